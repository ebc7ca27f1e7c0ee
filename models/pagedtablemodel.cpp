// SPDX-License-Identifier: MIT
#include "pagedtablemodel.h"

namespace latchkey::models {

void PagedModelBase::reload()
{
    ++m_generation;
    beginResetModel();
    clearItems();
    m_hasMore = false;
    m_loading = false;
    endResetModel();
    if (!m_workspaceId.isEmpty())
        load({});
}

void PagedModelBase::load(const QString &startingAfter)
{
    m_loading = true;
    requestPage(startingAfter, m_generation);
}

bool PagedModelBase::answered(int generation, const ApiError *error)
{
    if (generation != m_generation)
        return false;
    m_loading = false;
    if (error) {
        emit failed(error->message);
        return false;
    }
    return true;
}

bool PagedModelBase::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_hasMore && !m_loading;
}

void PagedModelBase::fetchMore(const QModelIndex &parent)
{
    const QString after = lastId();
    if (canFetchMore(parent) && !after.isEmpty())
        load(after);
}

} // namespace latchkey::models
