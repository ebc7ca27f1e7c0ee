// SPDX-License-Identifier: MIT
#pragma once
// The lazy paging that the key, webhook-endpoint and audit tables share: a page is asked of the
// Backend when the view needs more rows (canFetchMore/fetchMore), answers to a superseded
// reload are dropped, and a failure is reported, never swallowed.

#include "core/result.h"
#include "core/store.h"

#include <QAbstractTableModel>

namespace latchkey::models {

class PagedModelBase : public QAbstractTableModel
{
    Q_OBJECT

public:
    using QAbstractTableModel::QAbstractTableModel;

    /// Drops every row and asks for the first page again.
    void reload();
    void setPageSize(int size) { m_pageSize = size; }
    bool isLoading() const { return m_loading; }
    QString workspaceId() const { return m_workspaceId; }

    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

signals:
    void failed(const QString &message);
    void pageLoaded();

protected:
    /// Asks the backend for the page after \p startingAfter; the answer goes to accept().
    virtual void requestPage(const QString &startingAfter, int generation) = 0;
    virtual void clearItems() = 0;
    virtual QString lastId() const = 0; ///< empty when there are no rows

    /// Whether an answer for \p generation is still wanted; reports \p error if there is one.
    bool answered(int generation, const ApiError *error);
    void setHasMore(bool more) { m_hasMore = more; }

    QString m_workspaceId;
    int m_pageSize = 50;

private:
    void load(const QString &startingAfter);

    bool m_hasMore = false;
    bool m_loading = false;
    int m_generation = 0; // answers to an earlier reload() are dropped
};

template<class T> class PagedTableModel : public PagedModelBase
{
public:
    using PagedModelBase::PagedModelBase;

    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_items.size());
    }
    const T *item(int row) const
    {
        return row >= 0 && row < m_items.size() ? &m_items[row] : nullptr;
    }

protected:
    virtual QString idOf(const T &item) const = 0;

    void clearItems() override { m_items.clear(); }
    QString lastId() const override
    {
        return m_items.isEmpty() ? QString() : idOf(m_items.constLast());
    }
    /// Appends a page the backend answered.
    void accept(int generation, Result<Page<T>> r)
    {
        if (!answered(generation, r.ok() ? nullptr : &r.error()))
            return;
        setHasMore(r->hasMore);
        if (!r->items.isEmpty()) {
            beginInsertRows({}, int(m_items.size()), int(m_items.size() + r->items.size()) - 1);
            m_items.append(std::move(r->items));
            endInsertRows();
        }
        emit pageLoaded();
    }

    QList<T> m_items;
};

} // namespace latchkey::models
