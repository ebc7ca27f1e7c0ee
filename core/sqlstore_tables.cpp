// SPDX-License-Identifier: MIT
// SqlStore: the tables, one statement per operation.
#include "sqlstore_p.h"

namespace latchkey {

// Workspaces, users, memberships, subscriptions -----------------------------------------------

Status SqlStore::insertWorkspace(const WorkspaceRecord &ws)
{
    return run(QStringLiteral("INSERT INTO workspaces (id, name, created_at) VALUES (?, ?, ?)"),
               {ws.id, ws.name, ws.createdAt}, "create a workspace");
}

Result<std::optional<WorkspaceRecord>> SqlStore::workspace(const QString &id)
{
    return one<WorkspaceRecord>(
        QStringLiteral("SELECT id, name, created_at FROM workspaces WHERE id = ?"), {id},
        [](const QSqlQuery &q) {
            return WorkspaceRecord{q.value(0).toString(), q.value(1).toString(),
                                   q.value(2).toLongLong()};
        },
        "read a workspace");
}

Result<QList<WorkspaceRecord>> SqlStore::workspaces()
{
    return many<WorkspaceRecord>(
        QStringLiteral("SELECT id, name, created_at FROM workspaces ORDER BY created_at, id"), {},
        [](const QSqlQuery &q) {
            return WorkspaceRecord{q.value(0).toString(), q.value(1).toString(),
                                   q.value(2).toLongLong()};
        },
        "list workspaces");
}

Status SqlStore::renameWorkspace(const QString &id, const QString &name)
{
    return run(QStringLiteral("UPDATE workspaces SET name = ? WHERE id = ?"), {name, id},
               "rename a workspace");
}

Status SqlStore::updatePasswordHash(const QString &userId, const QByteArray &hash)
{
    return run(QStringLiteral("UPDATE users SET password_hash = ? WHERE id = ?"),
               {QString::fromLatin1(hash), userId}, "change a password");
}

Status SqlStore::insertUser(const UserRecord &u)
{
    return run(QStringLiteral(
                   "INSERT INTO users (id, email, password_hash, created_at) VALUES (?, ?, ?, ?)"),
               {u.id, u.email.toLower(), QString::fromLatin1(u.passwordHash), u.createdAt},
               "create a user");
}

Result<std::optional<UserRecord>> SqlStore::userByEmail(const QString &email)
{
    return one<UserRecord>(QStringLiteral("SELECT id, email, password_hash, created_at FROM users "
                                          "WHERE email = ?"),
                           {email.toLower()}, userFromRow, "read a user");
}

Result<std::optional<UserRecord>> SqlStore::user(const QString &id)
{
    return one<UserRecord>(QStringLiteral("SELECT id, email, password_hash, created_at FROM users "
                                          "WHERE id = ?"),
                           {id}, userFromRow, "read a user");
}

Status SqlStore::upsertMembership(const MembershipRecord &m)
{
    // joined_at is kept from the first time: a role change is not a new membership.
    return run(QStringLiteral("INSERT INTO memberships (workspace_id, user_id, role, joined_at) "
                              "VALUES (?, ?, ?, ?) ON CONFLICT (workspace_id, user_id) DO UPDATE "
                              "SET role = excluded.role"),
               {m.workspaceId, m.userId, name(m.role), m.joinedAt}, "save a membership");
}

Result<QList<MemberRecord>> SqlStore::members(const QString &workspaceId)
{
    return many<MemberRecord>(
        QStringLiteral("SELECT u.id, u.email, u.created_at, m.role, m.joined_at, (SELECT "
                       "MAX(s.created_at) FROM sessions s WHERE s.user_id = u.id) FROM "
                       "memberships m JOIN users u ON u.id = m.user_id WHERE m.workspace_id = ? "
                       "ORDER BY m.joined_at, u.email"),
        {workspaceId},
        [](const QSqlQuery &q) {
            MemberRecord m;
            m.user.id = q.value(0).toString();
            m.user.email = q.value(1).toString();
            m.user.createdAt = q.value(2).toLongLong();
            m.role = roleFromString(q.value(3).toString()).value_or(Role::Viewer);
            m.joinedAt = q.value(4).toLongLong();
            m.lastSignInAt = toOptional(q.value(5));
            return m;
        },
        "list members");
}

Status SqlStore::deleteMembership(const QString &workspaceId, const QString &userId)
{
    return run(QStringLiteral("DELETE FROM memberships WHERE workspace_id = ? AND user_id = ?"),
               {workspaceId, userId}, "remove a member");
}

Status SqlStore::lockWorkspace(const QString &workspaceId)
{
    if (!m_postgres)
        return success(); // one writer at a time already
    return run(QStringLiteral("SELECT id FROM workspaces WHERE id = ? FOR UPDATE"), {workspaceId},
               "lock a workspace's members");
}

Result<QList<MembershipRecord>> SqlStore::membershipsOfUser(const QString &userId)
{
    return many<MembershipRecord>(
        QStringLiteral("SELECT m.workspace_id, m.user_id, m.role, m.joined_at FROM memberships m "
                       "JOIN "
                       "workspaces w ON w.id = m.workspace_id WHERE m.user_id = ? ORDER BY "
                       "w.created_at, w.id"),
        {userId},
        [](const QSqlQuery &q) {
            return MembershipRecord{q.value(0).toString(), q.value(1).toString(),
                                    roleFromString(q.value(2).toString()).value_or(Role::Viewer),
                                    q.value(3).toLongLong()};
        },
        "list memberships");
}

Status SqlStore::upsertSubscription(const SubscriptionRecord &s)
{
    return run(QStringLiteral("INSERT INTO subscriptions (workspace_id, service, active, "
                              "updated_at) VALUES (?, ?, ?, ?) ON CONFLICT (workspace_id, service) "
                              "DO UPDATE SET active = excluded.active, updated_at = "
                              "excluded.updated_at"),
               {s.workspaceId, s.service, s.active ? 1 : 0, s.updatedAt}, "save a subscription");
}

Result<QList<SubscriptionRecord>> SqlStore::subscriptions(const QString &workspaceId)
{
    return many<SubscriptionRecord>(
        QStringLiteral("SELECT workspace_id, service, active, updated_at FROM subscriptions WHERE "
                       "workspace_id = ? ORDER BY service"),
        {workspaceId},
        [](const QSqlQuery &q) {
            return SubscriptionRecord{q.value(0).toString(), q.value(1).toString(),
                                      q.value(2).toInt() != 0, q.value(3).toLongLong()};
        },
        "list subscriptions");
}

// API keys -------------------------------------------------------------------------------------

Status SqlStore::insertKey(const ApiKeyRecord &k)
{
    return run(
        QStringLiteral(
            "INSERT INTO api_keys (id, workspace_id, environment, type, name, prefix, last4, hash, "
            "token, service_id, scopes, allowed_origins, ip_allowlist, endpoints, rate_limit, "
            "rate_window, created_at, created_by, last_used, expires_at, revoked_at, rolled_from, "
            "description, metadata) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
            "?, ?, ?, ?, ?, ?)"),
        {k.id,
         k.workspaceId,
         name(k.environment),
         name(k.type),
         k.name,
         k.prefix,
         k.last4,
         k.hash,
         nullText(k.token),
         nullText(k.serviceId),
         jsonText(k.scopes),
         jsonText(k.allowedOrigins),
         jsonText(k.ipAllowlist),
         jsonText(k.endpoints),
         k.rateLimit ? QVariant(k.rateLimit->limit) : QVariant(QMetaType::fromType<int>()),
         k.rateLimit ? QVariant(k.rateLimit->window) : QVariant(QMetaType::fromType<int>()),
         k.createdAt,
         k.createdBy,
         optionalInt(k.lastUsed),
         optionalInt(k.expiresAt),
         optionalInt(k.revokedAt),
         nullText(k.rolledFrom),
         k.description,
         jsonText(k.metadata)},
        "create an API key");
}

Status SqlStore::updateKey(const ApiKeyRecord &k)
{
    int rows = 0;
    Status s =
        run(QStringLiteral("UPDATE api_keys SET name = ?, description = ?, metadata = ?, scopes = "
                           "?, allowed_origins = ?, ip_allowlist = ?, endpoints = ?, rate_limit = "
                           "?, rate_window = ?, last_used = ?, expires_at = ?, revoked_at = ? "
                           "WHERE id = ?"),
            {k.name, k.description, jsonText(k.metadata), jsonText(k.scopes),
             jsonText(k.allowedOrigins), jsonText(k.ipAllowlist), jsonText(k.endpoints),
             k.rateLimit ? QVariant(k.rateLimit->limit) : QVariant(QMetaType::fromType<int>()),
             k.rateLimit ? QVariant(k.rateLimit->window) : QVariant(QMetaType::fromType<int>()),
             optionalInt(k.lastUsed), optionalInt(k.expiresAt), optionalInt(k.revokedAt), k.id},
            "update an API key", &rows);
    if (s.ok() && rows != 1)
        return storeError("update an API key", tr("no such key"));
    return s;
}

Result<std::optional<ApiKeyRecord>> SqlStore::key(const QString &workspaceId, const QString &id)
{
    return one<ApiKeyRecord>(QStringLiteral("SELECT %1 FROM api_keys WHERE workspace_id = ? AND "
                                            "id = ?")
                                 .arg(QLatin1String(kKeyColumns)),
                             {workspaceId, id}, keyFromRow, "read an API key");
}

Result<std::optional<ApiKeyRecord>> SqlStore::keyByHash(const QByteArray &hash)
{
    return one<ApiKeyRecord>(
        QStringLiteral("SELECT %1 FROM api_keys WHERE hash = ?").arg(QLatin1String(kKeyColumns)),
        {hash}, keyFromRow, "look up an API key");
}

Result<QVariantList> SqlStore::cursorOf(const char *table, const QString &workspaceId,
                                        const QString &id, const SqlPageOrder &order)
{
    const bool keyed = !order.key.isEmpty();
    auto cursor = one<QVariantList>(
        QStringLiteral("SELECT %1seq FROM %2 WHERE workspace_id = ? AND id = ?")
            .arg(keyed ? order.key + QLatin1String(", ") : QString(), QLatin1String(table)),
        {workspaceId, id},
        [keyed](const QSqlQuery &q) {
            return keyed ? QVariantList{q.value(0), q.value(1).toLongLong()}
                         : QVariantList{q.value(0).toLongLong()};
        },
        "find the starting_after object");
    if (!cursor.ok())
        return cursor.error();
    if (!cursor->has_value())
        return ApiError::invalidRequest(
            QStringLiteral("starting_after"),
            tr("starting_after names no object in this list: %1").arg(redactSecrets(id.left(64))));
    return **cursor;
}

namespace {
/// What KeyOrder compares, in SQL; never-used keys as oldest, never-expiring ones as latest.
/// Creation is the key's own created_at, not the order of insertion: a key imported or made
/// on another instance of a PostgreSQL store with an older time sorts by that time.
QString keyOrderKey(KeyOrder order)
{
    switch (order) {
    case KeyOrder::Created:
        return QStringLiteral("created_at");
    case KeyOrder::Name:
        return QStringLiteral("LOWER(name)");
    case KeyOrder::LastUsed:
        return QStringLiteral("COALESCE(last_used, -1)");
    case KeyOrder::Expires:
        return QStringLiteral("COALESCE(expires_at, 9223372036854775807)");
    }
    return {};
}

void keyFilter(const KeyQuery &q, QString &where, QVariantList &args)
{
    where = QStringLiteral("workspace_id = ?");
    args = {q.workspaceId};
    if (q.environment) {
        where += QLatin1String(" AND environment = ?");
        args << name(*q.environment);
    }
    if (q.type) {
        where += QLatin1String(" AND type = ?");
        args << name(*q.type);
    }
    if (!q.statuses.isEmpty()) {
        // keyStatus() in SQL, as of q.nowMs.
        QStringList any;
        for (KeyStatus status : q.statuses) {
            switch (status) {
            case KeyStatus::Revoked:
                any << QStringLiteral("revoked_at IS NOT NULL");
                break;
            case KeyStatus::Expired:
                any << QStringLiteral("(revoked_at IS NULL AND expires_at <= ?)");
                args << q.nowMs;
                break;
            case KeyStatus::Expiring:
                any << QStringLiteral(
                    "(revoked_at IS NULL AND expires_at > ? AND expires_at <= ?)");
                args << q.nowMs << q.nowMs + kExpiringWindowMs;
                break;
            case KeyStatus::Active:
                any << QStringLiteral(
                    "(revoked_at IS NULL AND (expires_at IS NULL OR expires_at > ?))");
                args << q.nowMs + kExpiringWindowMs;
                break;
            }
        }
        where += QStringLiteral(" AND (%1)").arg(any.join(QLatin1String(" OR ")));
    } else if (!q.includeRevoked) {
        where += QLatin1String(" AND revoked_at IS NULL");
    }
    if (q.createdBefore) {
        where += QLatin1String(" AND created_at < ?");
        args << *q.createdBefore;
    }
    if (!q.nameContains.isEmpty()) {
        where += QLatin1String(" AND (LOWER(name) LIKE ? ESCAPE '\\' OR LOWER(prefix || last4) "
                               "LIKE ? ESCAPE '\\' OR id = ?)");
        args << likePattern(q.nameContains) << likePattern(q.nameContains) << q.nameContains;
    }
}
} // namespace

Result<Page<ApiKeyRecord>> SqlStore::listKeys(const KeyQuery &q)
{
    QString where;
    QVariantList args;
    keyFilter(q, where, args);
    return pageOf<ApiKeyRecord>("api_keys", kKeyColumns, where, args, q.workspaceId,
                                q.startingAfter, q.limit, keyFromRow, "list API keys",
                                {keyOrderKey(q.orderBy), q.descending});
}

Result<qint64> SqlStore::countKeys(const KeyQuery &q)
{
    QString where;
    QVariantList args;
    keyFilter(q, where, args);
    auto n = one<qint64>(
        QStringLiteral("SELECT COUNT(*) FROM api_keys WHERE %1").arg(where), args,
        [](const QSqlQuery &r) { return r.value(0).toLongLong(); }, "count API keys");
    if (!n.ok())
        return n.error();
    return n->value_or(0);
}

Status SqlStore::recordUsage(const QList<KeyUse> &uses, const QList<UsageCount> &counts,
                             std::optional<qint64> pruneBeforeDay)
{
    return transaction([&]() -> Status {
        for (const KeyUse &u : uses)
            if (Status s = run(QStringLiteral("UPDATE api_keys SET last_used = ?, last_used_ip = ? "
                                              "WHERE id = ? AND (last_used IS NULL OR last_used "
                                              "< ?)"),
                               {u.at, nullText(u.ip), u.keyId, u.at}, "record key use");
                !s.ok())
                return s;
        for (const UsageCount &c : counts)
            if (Status s = run(QStringLiteral("INSERT INTO key_usage (key_id, day, outcome, count) "
                                              "VALUES (?, ?, ?, ?) ON CONFLICT (key_id, day, "
                                              "outcome) DO UPDATE SET count = key_usage.count + "
                                              "excluded.count"),
                               {c.keyId, c.day, c.outcome, c.count}, "count key use");
                !s.ok())
                return s;
        if (pruneBeforeDay)
            return run(QStringLiteral("DELETE FROM key_usage WHERE day < ?"), {*pruneBeforeDay},
                       "drop old key usage");
        return success();
    });
}

Result<QList<UsageCount>> SqlStore::usage(const QString &keyId, qint64 fromDay)
{
    return many<UsageCount>(
        QStringLiteral("SELECT key_id, day, outcome, count FROM key_usage WHERE key_id = ? AND "
                       "day >= ? ORDER BY day, outcome"),
        {keyId, fromDay},
        [](const QSqlQuery &q) {
            return UsageCount{q.value(0).toString(), q.value(1).toLongLong(), q.value(2).toString(),
                              q.value(3).toLongLong()};
        },
        "read key usage");
}

// Webhooks -------------------------------------------------------------------------------------

Status SqlStore::insertEndpoint(const WebhookEndpointRecord &e)
{
    return run(QStringLiteral("INSERT INTO webhook_endpoints (id, workspace_id, environment, url, "
                              "description, events, created_at, created_by) VALUES (?, ?, ?, ?, "
                              "?, ?, ?, ?)"),
               {e.id, e.workspaceId, name(e.environment), e.url, e.description, jsonText(e.events),
                e.createdAt, e.createdBy},
               "create a webhook endpoint");
}

Result<std::optional<WebhookEndpointRecord>> SqlStore::endpoint(const QString &workspaceId,
                                                                const QString &id)
{
    return one<WebhookEndpointRecord>(
        QStringLiteral("SELECT %1 FROM webhook_endpoints WHERE workspace_id = ? AND id = ?")
            .arg(QLatin1String(kEndpointColumns)),
        {workspaceId, id}, endpointFromRow, "read a webhook endpoint");
}

Result<Page<WebhookEndpointRecord>> SqlStore::listEndpoints(const ListQuery &q)
{
    QString where = QStringLiteral("workspace_id = ?");
    QVariantList args{q.workspaceId};
    if (q.environment) {
        where += QLatin1String(" AND environment = ?");
        args << name(*q.environment);
    }
    return pageOf<WebhookEndpointRecord>("webhook_endpoints", kEndpointColumns, where, args,
                                         q.workspaceId, q.startingAfter, q.limit, endpointFromRow,
                                         "list webhook endpoints");
}

Status SqlStore::deleteEndpoint(const QString &id)
{
    return transaction([&]() -> Status {
        if (Status s = run(QStringLiteral("DELETE FROM webhook_secrets WHERE endpoint_id = ?"),
                           {id}, "delete a webhook endpoint");
            !s.ok())
            return s;
        return run(QStringLiteral("DELETE FROM webhook_endpoints WHERE id = ?"), {id},
                   "delete a webhook endpoint");
    });
}

Status SqlStore::insertSecret(const WebhookSecretRecord &s)
{
    return run(QStringLiteral("INSERT INTO webhook_secrets (id, endpoint_id, sealed, last4, "
                              "created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?)"),
               {s.id, s.endpointId, s.sealed, s.last4, s.createdAt, optionalInt(s.expiresAt)},
               "store a webhook signing secret");
}

Status SqlStore::updateSecretExpiry(const QString &id, std::optional<qint64> expiresAt)
{
    return run(QStringLiteral("UPDATE webhook_secrets SET expires_at = ? WHERE id = ?"),
               {optionalInt(expiresAt), id}, "update a webhook signing secret");
}

Result<QList<WebhookSecretRecord>> SqlStore::secrets(const QString &endpointId)
{
    return many<WebhookSecretRecord>(
        QStringLiteral("SELECT id, endpoint_id, sealed, last4, created_at, expires_at FROM "
                       "webhook_secrets WHERE endpoint_id = ? ORDER BY created_at DESC, id"),
        {endpointId},
        [](const QSqlQuery &q) {
            return WebhookSecretRecord{q.value(0).toString(),    q.value(1).toString(),
                                       q.value(2).toByteArray(), q.value(3).toString(),
                                       q.value(4).toLongLong(),  toOptional(q.value(5))};
        },
        "read webhook signing secrets");
}

Result<QList<WebhookSecretRecord>> SqlStore::allSecrets()
{
    return many<WebhookSecretRecord>(
        QStringLiteral("SELECT id, endpoint_id, sealed, last4, created_at, expires_at FROM "
                       "webhook_secrets ORDER BY id"),
        {},
        [](const QSqlQuery &q) {
            return WebhookSecretRecord{q.value(0).toString(),    q.value(1).toString(),
                                       q.value(2).toByteArray(), q.value(3).toString(),
                                       q.value(4).toLongLong(),  toOptional(q.value(5))};
        },
        "read webhook signing secrets");
}

Status SqlStore::updateSecretSealed(const QString &id, const QByteArray &sealed)
{
    return run(QStringLiteral("UPDATE webhook_secrets SET sealed = ? WHERE id = ?"), {sealed, id},
               "update a webhook signing secret");
}

// Audit ----------------------------------------------------------------------------------------

Result<AuditRecord> SqlStore::appendAudit(const AuditRecord &in)
{
    AuditRecord r = in;
    Status s = transaction([&]() -> Status {
        if (m_postgres) { // one writer at a time extends a workspace's chain, across instances
            const QByteArray digest = crypto::sha256(r.workspaceId.toUtf8());
            const qint32 key = qFromBigEndian<qint32>(digest.constData());
            if (Status l = run(QStringLiteral("SELECT pg_advisory_xact_lock(%1, ?::integer)")
                                   .arg(kAuditLockClass),
                               {key}, "lock the audit log");
                !l.ok())
                return l;
        }
        auto head = one<std::pair<qint64, QByteArray>>(
            QStringLiteral("SELECT ws_seq, hash FROM audit_events WHERE workspace_id = ? ORDER BY "
                           "ws_seq DESC LIMIT 1"),
            {r.workspaceId},
            [](const QSqlQuery &q) {
                return std::pair{q.value(0).toLongLong(), q.value(1).toByteArray()};
            },
            "read the audit log head");
        if (!head.ok())
            return head.error();
        r.seq = head->has_value() ? (*head)->first + 1 : 1;
        r.prevHash = head->has_value() ? (*head)->second : AuditLog::genesisHash();
        if (r.id.isEmpty())
            r.id = crypto::randomId(u"evt_");
        r.hash = AuditLog::chainHash(r.prevHash, r);
        // The internal order: PostgreSQL's sequence (the column default), or on SQLite, its
        // single writer, the next number.
        const QString sql =
            m_postgres ? QStringLiteral("INSERT INTO audit_events (ws_seq, id, workspace_id, "
                                        "environment, actor, action, target, details, "
                                        "created_at, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, "
                                        "?, ?, ?, ?, ?)")
                       : QStringLiteral("INSERT INTO audit_events (seq, ws_seq, id, workspace_id, "
                                        "environment, actor, action, target, details, "
                                        "created_at, prev_hash, hash) VALUES ((SELECT "
                                        "COALESCE(MAX(seq), 0) + 1 FROM audit_events), ?, ?, ?, "
                                        "?, ?, ?, ?, ?, ?, ?, ?)");
        return run(sql,
                   {r.seq, r.id, r.workspaceId, r.environment, r.actor, r.action, r.target,
                    QString::fromUtf8(QJsonDocument(r.details).toJson(QJsonDocument::Compact)),
                    r.createdAt, r.prevHash, r.hash},
                   "append to the audit log");
    });
    if (!s.ok())
        return s.error();
    return r;
}

Result<Page<AuditRecord>> SqlStore::listAudit(const AuditQuery &q)
{
    QString where = QStringLiteral("workspace_id = ?");
    QVariantList args{q.workspaceId};
    if (q.environment) {
        where += QLatin1String(" AND (environment = ? OR environment = '')");
        args << name(*q.environment);
    }
    // The filters (AuditFilter::check has vetted them): LOWER() folds ASCII on both databases;
    // a family "api_key.*" compares its first characters (LIKE would read '_' as a wildcard).
    if (!q.actor.isEmpty()) {
        where += QLatin1String(" AND LOWER(actor) = LOWER(?)");
        args << q.actor;
    }
    if (q.action.endsWith(u".*")) {
        const QString family = q.action.chopped(1);
        where += QStringLiteral(" AND SUBSTR(action, 1, %1) = ?").arg(family.size());
        args << family;
    } else if (!q.action.isEmpty()) {
        where += QLatin1String(" AND action = ?");
        args << q.action;
    }
    if (!q.target.isEmpty()) {
        where += QLatin1String(" AND target = ?");
        args << q.target;
    }
    if (q.createdFrom) {
        where += QLatin1String(" AND created_at >= ?");
        args << *q.createdFrom;
    }
    if (q.createdTo) {
        where += QLatin1String(" AND created_at <= ?");
        args << *q.createdTo;
    }
    return pageOf<AuditRecord>("audit_events", kAuditColumns, where, args, q.workspaceId,
                               q.startingAfter, q.limit, auditFromRow, "list audit events");
}

Status SqlStore::forEachAudit(const QString &workspaceId,
                              const std::function<bool(const AuditRecord &)> &visit)
{
    // Read in batches so a long log never sits in memory at once.
    qint64 after = 0;
    for (;;) {
        auto rows = many<AuditRecord>(
            QStringLiteral("SELECT %1 FROM audit_events WHERE workspace_id = ? AND ws_seq > ? "
                           "ORDER BY ws_seq LIMIT 1000")
                .arg(QLatin1String(kAuditColumns)),
            {workspaceId, after}, auditFromRow, "read the audit log");
        if (!rows.ok())
            return rows.error();
        if (rows->isEmpty())
            return success();
        for (const AuditRecord &r : *rows) {
            if (!visit(r))
                return success();
            after = r.seq;
        }
    }
}

Result<QStringList> SqlStore::auditedWorkspaces()
{
    return many<QString>(
        QStringLiteral("SELECT DISTINCT workspace_id FROM audit_events ORDER BY workspace_id"), {},
        [](const QSqlQuery &q) { return q.value(0).toString(); }, "read the audit log");
}

// Sessions -------------------------------------------------------------------------------------

namespace {
const char kInvitationColumns[] = "id, workspace_id, email, role, token_hash, invited_by, "
                                  "created_at, expires_at, accepted_at, withdrawn_at";

InvitationRecord invitationFromRow(const QSqlQuery &q)
{
    InvitationRecord r;
    r.id = q.value(0).toString();
    r.workspaceId = q.value(1).toString();
    r.email = q.value(2).toString();
    r.role = roleFromString(q.value(3).toString()).value_or(Role::Viewer);
    r.tokenHash = q.value(4).toByteArray();
    r.invitedBy = q.value(5).toString();
    r.createdAt = q.value(6).toLongLong();
    r.expiresAt = q.value(7).toLongLong();
    r.acceptedAt = toOptional(q.value(8));
    r.withdrawnAt = toOptional(q.value(9));
    return r;
}
} // namespace

Status SqlStore::insertInvitation(const InvitationRecord &inv)
{
    return run(QStringLiteral("INSERT INTO invitations (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                   .arg(QLatin1String(kInvitationColumns)),
               {inv.id, inv.workspaceId, inv.email, name(inv.role), inv.tokenHash, inv.invitedBy,
                inv.createdAt, inv.expiresAt, optionalInt(inv.acceptedAt),
                optionalInt(inv.withdrawnAt)},
               "save an invitation");
}

Status SqlStore::updateInvitation(const InvitationRecord &inv)
{
    return run(QStringLiteral("UPDATE invitations SET accepted_at = ?, withdrawn_at = ? WHERE id "
                              "= ?"),
               {optionalInt(inv.acceptedAt), optionalInt(inv.withdrawnAt), inv.id},
               "update an invitation");
}

Result<std::optional<InvitationRecord>> SqlStore::invitation(const QString &workspaceId,
                                                             const QString &id)
{
    return one<InvitationRecord>(
        QStringLiteral("SELECT %1 FROM invitations WHERE workspace_id = ? AND id = ?")
            .arg(QLatin1String(kInvitationColumns)),
        {workspaceId, id}, invitationFromRow, "read an invitation");
}

Result<std::optional<InvitationRecord>> SqlStore::invitationByTokenHash(const QByteArray &hash)
{
    return one<InvitationRecord>(QStringLiteral("SELECT %1 FROM invitations WHERE token_hash = ?")
                                     .arg(QLatin1String(kInvitationColumns)),
                                 {hash}, invitationFromRow, "read an invitation");
}

Result<QList<InvitationRecord>> SqlStore::pendingInvitations(const QString &workspaceId, qint64 now)
{
    return many<InvitationRecord>(
        QStringLiteral("SELECT %1 FROM invitations WHERE workspace_id = ? AND accepted_at IS NULL "
                       "AND withdrawn_at IS NULL AND expires_at > ? ORDER BY created_at DESC, id")
            .arg(QLatin1String(kInvitationColumns)),
        {workspaceId, now}, invitationFromRow, "list invitations");
}

Status SqlStore::insertSession(const SessionRecord &s)
{
    return run(QStringLiteral("INSERT INTO sessions (id, user_id, token_hash, created_at, "
                              "last_seen, expires_at, revoked_at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
               {s.id, s.userId, s.tokenHash, s.createdAt, s.lastSeen, s.expiresAt,
                optionalInt(s.revokedAt)},
               "create a session");
}

Result<std::optional<SessionRecord>> SqlStore::sessionByTokenHash(const QByteArray &hash)
{
    return one<SessionRecord>(QStringLiteral("SELECT %1 FROM sessions WHERE token_hash = ?")
                                  .arg(QLatin1String(kSessionColumns)),
                              {hash}, sessionFromRow, "read a session");
}

Status SqlStore::touchSession(const QString &id, qint64 lastSeen)
{
    return run(QStringLiteral("UPDATE sessions SET last_seen = ? WHERE id = ?"), {lastSeen, id},
               "update a session");
}

Status SqlStore::revokeSession(const QString &id, qint64 at)
{
    return run(QStringLiteral("UPDATE sessions SET revoked_at = ? WHERE id = ? AND revoked_at IS "
                              "NULL"),
               {at, id}, "end a session");
}

Status SqlStore::revokeSessionsOfUser(const QString &userId, const QString &keepSessionId,
                                      qint64 at)
{
    return run(QStringLiteral("UPDATE sessions SET revoked_at = ? WHERE user_id = ? AND id <> ? "
                              "AND revoked_at IS NULL"),
               {at, userId, keepSessionId}, "end a user's sessions");
}

} // namespace latchkey
