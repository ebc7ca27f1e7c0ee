// SPDX-License-Identifier: MIT
#pragma once
// Filter-as-you-type over the loaded keys, by the same rule the store applies server-side to
// KeyQuery::nameContains (name, or prefix+last4, case-insensitive; or the exact id), so the
// instant local result and the server's answer agree.

#include <QSortFilterProxyModel>

namespace latchkey::models {

class KeyFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setFilterText(const QString &text);
    QString filterText() const { return m_text; }
    /// The store orders the keys (KeyTableModel::sort), so the whole list is in order, not
    /// only the loaded rows; the proxy keeps the model's order.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_text;
};

} // namespace latchkey::models
