// SPDX-License-Identifier: MIT
#include "keyfilterproxymodel.h"

#include "keytablemodel.h"

namespace latchkey::models {

void KeyFilterProxyModel::setFilterText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    invalidateFilter();
}

void KeyFilterProxyModel::sort(int column, Qt::SortOrder order)
{
    if (sourceModel())
        sourceModel()->sort(column, order);
}

bool KeyFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_text.isEmpty())
        return true;
    const auto *keys = qobject_cast<const KeyTableModel *>(sourceModel());
    const ApiKeyRecord *key = keys && !sourceParent.isValid() ? keys->key(sourceRow) : nullptr;
    if (!key)
        return false;
    return key->name.contains(m_text, Qt::CaseInsensitive) ||
           (key->prefix + key->last4).contains(m_text, Qt::CaseInsensitive) || key->id == m_text;
}

} // namespace latchkey::models
