// SPDX-License-Identifier: MIT
#include "pagedtablemodel.h"

namespace latchkey::models {

void PagedModelBase::reload()
{
    ++m_generation;
    m_refreshing = false;
    beginResetModel();
    clearItems();
    m_hasMore = false;
    m_loading = false;
    endResetModel();
    if (!m_workspaceId.isEmpty())
        load({});
}

void PagedModelBase::refresh()
{
    if (m_workspaceId.isEmpty())
        return;
    if (rowCount() == 0) // nothing shown to keep in place
        return reload();
    ++m_generation; // an answer to an earlier page or refresh is dropped
    m_refreshing = true;
    m_refreshWanted = std::max(rowCount(), m_pageSize);
    load({});
}

void PagedModelBase::follow(client::Backend &backend, client::Changes kinds)
{
    connect(&backend, &client::Backend::changed, this,
            [this, kinds](const QString &workspaceId, client::Changes what) {
                if (client::touches(workspaceId, what, m_workspaceId, kinds))
                    refresh();
            });
}

void PagedModelBase::continueRefresh(const QString &startingAfter, int generation)
{
    m_loading = true;
    requestPage(startingAfter, generation);
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
        m_refreshing = false;
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
