// SPDX-License-Identifier: MIT
#pragma once
// API keys of one workspace, environment and type, paged lazily from the backend
// (canFetchMore/fetchMore, `starting_after` the last loaded id) so 100 000 keys stay fluid.

#include "client/backend.h"
#include "pagedtablemodel.h"

#include <functional>

namespace latchkey::models {

class KeyTableModel : public PagedTableModel<ApiKeyRecord>
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
        RateLimitColumn, ///< "100 per minute", or "No limit" for a key that is never throttled
        ScopesColumn,
        ServiceColumn, ///< public keys: the service's name
        OriginsColumn, ///< public keys: the allowed origins, or "Any origin"
        ColumnCount
    };
    enum Roles
    {
        IdRole = Qt::UserRole + 1,
        StatusRole, ///< int(KeyStatus)
        LiveRole,   ///< bool: a live key
        TokenRole,  ///< public keys: the whole (public) token
        NameRole,   ///< the key's name
    };

    explicit KeyTableModel(client::Backend &backend, KeyType type, QObject *parent = nullptr);

    /// Forgets what is loaded and loads the first page of \p workspaceId / \p environment.
    void setWorkspace(const QString &workspaceId, Environment environment);
    /// Asks the backend only for keys whose name (or prefix+last4) contains \p text, so a
    /// search finds keys on pages not loaded yet.
    void setNameFilter(const QString &text);
    QString nameFilter() const { return m_nameFilter; }
    /// Asks the backend only for keys in one of \p statuses; empty: every key but revoked ones.
    void setStatusFilter(const QList<KeyStatus> &statuses);
    QList<KeyStatus> statusFilter() const { return m_statuses; }
    /// The store's order for \p column, if the store can sort by it.
    static std::optional<KeyOrder> orderOf(int column);
    /// Reloads in the store's order for \p column (Name, Created, Last used, Expires); other
    /// columns are not sortable and change nothing. The whole list is ordered, not only the
    /// loaded rows.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    KeyOrder order() const { return m_order; }
    Qt::SortOrder sortOrder() const
    {
        return m_descending ? Qt::DescendingOrder : Qt::AscendingOrder;
    }
    /// The catalogue the Service column names services from.
    void setCatalog(const ScopeCatalog &catalog);
    /// For tests and screenshots: what "now" is when computing status and rotation.
    void setClock(std::function<qint64()> clock) { m_clock = std::move(clock); }

    /// Now, as status and rotation are computed (setClock()).
    qint64 now() const;
    Environment environment() const { return m_environment; }
    KeyType keyType() const { return m_type; }
    const ApiKeyRecord *key(int row) const { return item(row); }
    /// "Replaced by …", "Replaces …" or "Rotation recommended": what the Rotation column says.
    QString lineage(const ApiKeyRecord &key, bool rotate) const;
    /// Another key as the table shows it (sk_live_…abcd) when loaded, else its id.
    QString shownKey(const QString &id) const;
    /// Replaces a key already loaded (after revoke or patch), or does nothing.
    void updateKey(const ApiKeyRecord &key);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    void requestPage(const QString &startingAfter, int generation) override;
    QString idOf(const ApiKeyRecord &k) const override { return k.id; }
    bool keepsUnlistedRows() const override { return true; }

    client::Backend &m_backend;
    KeyType m_type;
    Environment m_environment = Environment::Test;
    QString m_nameFilter;
    QList<KeyStatus> m_statuses;
    ScopeCatalog m_catalog;
    KeyOrder m_order = KeyOrder::Created;
    bool m_descending = true;
    std::function<qint64()> m_clock;
};

/// For people: "3 days ago", "in 2 hours", "never".
QString relativeTime(std::optional<qint64> ms, qint64 nowMs);
/// "Active", "Expiring", "Expired", "Revoked".
QString statusText(KeyStatus status);
/// "100 per minute", "5 per 30 s"; "No limit" for a key that is never throttled.
QString rateLimitText(const std::optional<RateLimit> &limit);

} // namespace latchkey::models
