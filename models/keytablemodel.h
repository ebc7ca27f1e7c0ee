// SPDX-License-Identifier: MIT
#pragma once
// API keys of one workspace, environment and type, paged lazily from the backend
// (canFetchMore/fetchMore, `starting_after` the last loaded id) so 100 000 keys stay fluid.

#include "client/backend.h"

#include <QAbstractTableModel>

#include <functional>

namespace latchkey::models {

class KeyTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        KeyColumn,
        StatusColumn,
        CreatedColumn,
        LastUsedColumn,
        ExpiresColumn,
        RotationColumn,
        ScopesColumn,
        ColumnCount
    };
    enum Roles
    {
        IdRole = Qt::UserRole + 1,
        StatusRole, ///< int(KeyStatus)
        SortRole,   ///< raw value for sorting
        LiveRole,   ///< bool: a live key
        TokenRole,  ///< public keys: the whole (public) token
        NameRole,   ///< the key's name
    };

    explicit KeyTableModel(client::Backend &backend, KeyType type, QObject *parent = nullptr);

    /// Forgets what is loaded and loads the first page of \p workspaceId / \p environment.
    void setWorkspace(const QString &workspaceId, Environment environment);
    void reload();
    void setPageSize(int size) { m_pageSize = size; }
    /// Asks the backend only for keys whose name (or prefix+last4) contains \p text, so a
    /// search finds keys on pages not loaded yet.
    void setNameFilter(const QString &text);
    QString nameFilter() const { return m_nameFilter; }
    /// For tests and screenshots: what "now" is when computing status and rotation.
    void setClock(std::function<qint64()> clock) { m_clock = std::move(clock); }

    QString workspaceId() const { return m_workspaceId; }
    Environment environment() const { return m_environment; }
    KeyType keyType() const { return m_type; }
    bool isLoading() const { return m_loading; }
    const ApiKeyRecord *key(int row) const;
    /// Replaces a key already loaded (after revoke or patch), or does nothing.
    void updateKey(const ApiKeyRecord &key);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

signals:
    void failed(const QString &message);
    void pageLoaded();

private:
    void load(const QString &startingAfter);
    qint64 now() const;

    client::Backend &m_backend;
    KeyType m_type;
    QString m_workspaceId;
    Environment m_environment = Environment::Test;
    QString m_nameFilter;
    QList<ApiKeyRecord> m_keys;
    bool m_hasMore = false;
    bool m_loading = false;
    int m_generation = 0; // answers to an earlier setWorkspace() are dropped
    int m_pageSize = 50;
    std::function<qint64()> m_clock;
};

/// For people: "3 days ago", "in 2 hours", "never".
QString relativeTime(std::optional<qint64> ms, qint64 nowMs);

} // namespace latchkey::models
