// SPDX-License-Identifier: MIT
#pragma once
// The lazy paging that the key, webhook-endpoint and audit tables share: a page is asked of the
// Backend when the view needs more rows (canFetchMore/fetchMore), answers to a superseded
// reload are dropped, and a failure is reported, never swallowed. A model follows its backend's
// changes (follow()) and refreshes itself: the rows shown are read again and updated in place.

#include "client/backend.h"
#include "core/result.h"
#include "core/store.h"

#include <QAbstractTableModel>
#include <QSet>

#include <utility>

namespace latchkey::models {

class PagedModelBase : public QAbstractTableModel
{
    Q_OBJECT

public:
    using QAbstractTableModel::QAbstractTableModel;

    /// Drops every row and asks for the first page again.
    void reload();
    /// Reads again as many rows as are loaded (a page at least) and updates them in place:
    /// rows that stay keep their place (and a view's selection), new ones are inserted where
    /// the backend puts them, and the view keeps its scroll position.
    void refresh();
    /// From now on refresh() when \p backend says \p kinds changed in this model's workspace.
    void follow(client::Backend &backend, client::Changes kinds);
    void setPageSize(int size) { m_pageSize = size; }
    bool isLoading() const { return m_loading; }
    QString workspaceId() const { return m_workspaceId; }

    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

signals:
    void failed(const QString &message);
    void pageLoaded();
    /// A refresh() has brought the rows up to date.
    void refreshed();

protected:
    /// Asks the backend for the page after \p startingAfter; the answer goes to accept().
    virtual void requestPage(const QString &startingAfter, int generation) = 0;
    virtual void clearItems() = 0;
    virtual QString lastId() const = 0; ///< empty when there are no rows

    /// Whether an answer for \p generation is still wanted; reports \p error if there is one.
    bool answered(int generation, const ApiError *error);
    void setHasMore(bool more) { m_hasMore = more; }
    /// Whether the answers coming are a refresh()'s; how many rows it reads at least.
    bool isRefreshing() const { return m_refreshing; }
    int refreshWanted() const { return m_refreshWanted; }
    /// A refresh() asks for its next page.
    void continueRefresh(const QString &startingAfter, int generation);
    void endRefresh() { m_refreshing = false; }

    QString m_workspaceId;
    int m_pageSize = 50;

private:
    void load(const QString &startingAfter);

    bool m_hasMore = false;
    bool m_loading = false;
    bool m_refreshing = false;
    int m_refreshWanted = 0;
    int m_generation = 0; // answers to an earlier reload() or refresh() are dropped
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
    /// Whether a refresh() keeps a loaded row the backend no longer lists. Keys are never
    /// deleted: one that left the filter (revoked just now) stays in sight until the next
    /// reload; a deleted endpoint goes.
    virtual bool keepsUnlistedRows() const { return false; }

    QString lastId() const override
    {
        return m_items.isEmpty() ? QString() : idOf(m_items.constLast());
    }
    /// Appends a page the backend answered.
    void accept(int generation, Result<Page<T>> r)
    {
        if (!answered(generation, r.ok() ? nullptr : &r.error()))
            return;
        if (isRefreshing()) {
            if (generation != m_freshGeneration) // the first page of this refresh
                m_fresh.clear();
            m_freshGeneration = generation;
            m_fresh.append(std::move(r->items));
            if (r->hasMore && m_fresh.size() < refreshWanted() && !m_fresh.isEmpty())
                return continueRefresh(idOf(m_fresh.constLast()), generation);
            endRefresh();
            setHasMore(r->hasMore);
            merge(std::exchange(m_fresh, {}));
            emit pageLoaded();
            emit refreshed();
            return;
        }
        setHasMore(r->hasMore);
        if (!r->items.isEmpty()) {
            beginInsertRows({}, int(m_items.size()), int(m_items.size() + r->items.size()) - 1);
            m_items.append(std::move(r->items));
            endInsertRows();
        }
        emit pageLoaded();
    }

    void clearItems() override;

    QList<T> m_items;

private:
    /// Brings m_items to \p fresh with row signals, so persistent indexes follow their rows.
    void merge(QList<T> fresh)
    {
        QSet<QString> freshIds;
        for (const T &t : fresh)
            freshIds.insert(idOf(t));
        if (!keepsUnlistedRows()) {
            for (int row = int(m_items.size()) - 1; row >= 0; --row) {
                if (freshIds.contains(idOf(m_items[row])))
                    continue;
                beginRemoveRows({}, row, row);
                m_items.removeAt(row);
                endRemoveRows();
            }
        }
        QSet<QString> oldIds;
        QStringList oldOrder;
        for (const T &t : m_items) {
            oldIds.insert(idOf(t));
            if (freshIds.contains(idOf(t)))
                oldOrder << idOf(t);
        }
        QStringList freshOrder;
        for (const T &t : fresh)
            if (oldIds.contains(idOf(t)))
                freshOrder << idOf(t);
        if (oldOrder != freshOrder) { // the order itself changed: read as a new list
            beginResetModel();
            m_items = std::move(fresh);
            endResetModel();
            return;
        }
        int row = 0;
        for (T &t : fresh) {
            if (oldIds.contains(idOf(t))) {
                while (idOf(m_items[row]) != idOf(t))
                    ++row; // past rows kept though no longer listed
                m_items[row] = std::move(t);
                emit dataChanged(index(row, 0), index(row, columnCount() - 1));
            } else {
                beginInsertRows({}, row, row);
                m_items.insert(row, std::move(t));
                endInsertRows();
            }
            ++row;
        }
    }

    QList<T> m_fresh; // a refresh()'s pages so far
    int m_freshGeneration = -1;
};

template<class T> void PagedTableModel<T>::clearItems()
{
    m_items.clear();
    m_fresh.clear();
}

} // namespace latchkey::models
