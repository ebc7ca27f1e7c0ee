// SPDX-License-Identifier: MIT
#pragma once

#include "store.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <memory>

namespace latchkey {

/// The Store on SQL through QtSql: SQLite (QSQLITE) or PostgreSQL (QPSQL), one schema and one
/// migration list for both.
///
/// SQLite runs in WAL mode with foreign keys on and synchronous=FULL, so a write that returned
/// success survives a crash or power loss. A file that is not a Latchkey database, is damaged,
/// or carries a newer schema than this build knows is refused with a clear error; it is never
/// reset.
/// The order of a page of a SqlStore list: by an SQL expression (empty: store order only),
/// then store order.
struct SqlPageOrder
{
    QString key;
    bool descending = true;
};

class SqlStore final : public Store
{
    Q_DECLARE_TR_FUNCTIONS(SqlStore)

public:
    static constexpr int kSchemaVersion = 7;

    /// \p url: "sqlite:/path/to/file.db" or "postgresql://user[:password]@host[:port]/db".
    /// Creates the SQLite file and its folder if needed, then migrates to kSchemaVersion.
    static Result<std::unique_ptr<SqlStore>> open(const QString &url);
    ~SqlStore() override;

    bool isPostgres() const { return m_postgres; }
    /// "sqlite:/…" or "postgresql://user@host/db" (never a password).
    QString describe() const { return m_description; }
    int schemaVersion() const;

    Status transaction(const std::function<Status()> &work) override;

    Status insertWorkspace(const WorkspaceRecord &ws) override;
    Result<std::optional<WorkspaceRecord>> workspace(const QString &id) override;
    Result<QList<WorkspaceRecord>> workspaces() override;
    Status renameWorkspace(const QString &id, const QString &name) override;
    Status insertUser(const UserRecord &user) override;
    Result<std::optional<UserRecord>> userByEmail(const QString &email) override;
    Result<std::optional<UserRecord>> user(const QString &id) override;
    Status updatePasswordHash(const QString &userId, const QByteArray &hash) override;
    Status upsertMembership(const MembershipRecord &m) override;
    Result<QList<MembershipRecord>> membershipsOfUser(const QString &userId) override;
    Result<QList<MemberRecord>> members(const QString &workspaceId) override;
    Status deleteMembership(const QString &workspaceId, const QString &userId) override;
    Status lockWorkspace(const QString &workspaceId) override;
    Status insertInvitation(const InvitationRecord &inv) override;
    Status updateInvitation(const InvitationRecord &inv) override;
    Result<std::optional<InvitationRecord>> invitation(const QString &workspaceId,
                                                       const QString &id) override;
    Result<std::optional<InvitationRecord>> invitationByTokenHash(const QByteArray &hash) override;
    Result<QList<InvitationRecord>> pendingInvitations(const QString &workspaceId,
                                                       qint64 now) override;
    Status upsertSubscription(const SubscriptionRecord &s) override;
    Result<QList<SubscriptionRecord>> subscriptions(const QString &workspaceId) override;

    Status insertKey(const ApiKeyRecord &key) override;
    Status updateKey(const ApiKeyRecord &key) override;
    Result<std::optional<ApiKeyRecord>> key(const QString &workspaceId, const QString &id) override;
    Result<std::optional<ApiKeyRecord>> keyByHash(const QByteArray &hash) override;
    Result<Page<ApiKeyRecord>> listKeys(const KeyQuery &q) override;
    Result<qint64> countKeys(const KeyQuery &q) override;
    Status recordUsage(const QList<KeyUse> &uses, const QList<UsageCount> &counts,
                       std::optional<qint64> pruneBeforeDay) override;
    Result<QList<UsageCount>> usage(const QString &keyId, qint64 fromDay) override;

    Status insertEndpoint(const WebhookEndpointRecord &e) override;
    Result<std::optional<WebhookEndpointRecord>> endpoint(const QString &workspaceId,
                                                          const QString &id) override;
    Result<Page<WebhookEndpointRecord>> listEndpoints(const ListQuery &q) override;
    Status deleteEndpoint(const QString &id) override;
    Status insertSecret(const WebhookSecretRecord &s) override;
    Status updateSecretExpiry(const QString &id, std::optional<qint64> expiresAt) override;
    Result<QList<WebhookSecretRecord>> secrets(const QString &endpointId) override;
    Result<QList<WebhookSecretRecord>> allSecrets() override;
    Status updateSecretSealed(const QString &id, const QByteArray &sealed) override;

    Result<AuditRecord> appendAudit(const AuditRecord &r) override;
    Result<Page<AuditRecord>> listAudit(const AuditQuery &q) override;
    Status forEachAudit(const QString &workspaceId,
                        const std::function<bool(const AuditRecord &)> &visit) override;
    Result<QStringList> auditedWorkspaces() override;

    Status insertSession(const SessionRecord &s) override;
    Result<std::optional<SessionRecord>> sessionByTokenHash(const QByteArray &hash) override;
    Status touchSession(const QString &id, qint64 lastSeen) override;
    Status revokeSession(const QString &id, qint64 at) override;
    Status revokeSessionsOfUser(const QString &userId, const QString &keepSessionId,
                                qint64 at) override;

    void publishChange(const QString &what) override;
    void onChange(std::function<void(const QString &)> handler) override;
    void onCacheTrust(std::function<void(qint64 trustedUntilMs)> handler) override;
    void whenPropagated(std::function<void(Status)> done) override;

    /// PostgreSQL: whether the connection is up (false while latchkeyd reconnects).
    bool connected() const;
    /// PostgreSQL: this process's row in latchkey_instances while it holds a cache; else empty.
    QString instanceId() const;

private:
    SqlStore() = default;
    Status configure();
    Status migrate();
    Status rechainAuditPerWorkspace(); // schema 3: one global chain becomes one per workspace
    Result<QSqlQuery *> prepared(const QString &sql);
    Status exec(QSqlQuery &q, const char *operation);
    Status execSql(const QString &sql, const char *operation);
    ApiError storeError(const char *operation, const QString &detail) const;
    QString sqlFor(const char *sql) const; // adapts column types to the dialect
    template<class T, class Row>
    Result<std::optional<T>> one(const QString &sql, const QVariantList &args, Row row,
                                 const char *operation);
    template<class T, class Row>
    Result<QList<T>> many(const QString &sql, const QVariantList &args, Row row,
                          const char *operation);
    /// \p sql prepared (cached), bound to \p args and executed; a failure is counted and
    /// reported as storeError(\p operation). The caller reads the rows, then finish()es it.
    Result<QSqlQuery *> executed(const QString &sql, const QVariantList &args,
                                 const char *operation, bool forwardOnly);
    Status run(const QString &sql, const QVariantList &args, const char *operation,
               int *rowsAffected = nullptr);
    /// What the \p id row of \p table compares as in \p order: its key (when there is one)
    /// and its seq.
    Result<QVariantList> cursorOf(const char *table, const QString &workspaceId, const QString &id,
                                  const SqlPageOrder &order);
    /// \p limit rows after \p startingAfter in \p order (newest first by default), with
    /// has_more.
    template<class T, class Row>
    Result<Page<T>> pageOf(const char *table, const char *columns, QString where, QVariantList args,
                           const QString &workspaceId, const QString &startingAfter, int limit,
                           Row row, const char *operation, const SqlPageOrder &order = {});

    QString m_connection;
    QString m_description;
    bool m_postgres = false;
    int m_txDepth = 0;
    bool m_txFailed = false;
    QHash<QString, QSqlQuery> m_prepared;
    std::function<void(const QString &)> m_changeHandler;
    QStringList m_pendingChanges; // published inside the open transaction; delivered on commit
    void deliver(const QStringList &changes);
    QMetaObject::Connection m_notification;

    // PostgreSQL, several instances: LISTEN, heartbeat, acknowledgements, reconnection
    // (sqlstore.cpp, "Change notification"; docs/postgresql.md).
    struct Cluster;
    std::unique_ptr<Cluster> m_cluster;
    Cluster &cluster();
    bool lostConnection() const; // known lost, not yet reconnected
    Status listen();
    void onNotification(const QString &channel, bool self, const QString &payload);
    void heartbeat();
    Status catchUp();
    Status sendAck(bool withHeartbeat);
    void scheduleAck();
    void checkWaiters();
    void scheduleWaiterCheck(int delayMs);
    void noteFailure();
    void connectionLost();
    bool reconnect();
    void setTrust(qint64 untilMs);
    void leave();
};

} // namespace latchkey
