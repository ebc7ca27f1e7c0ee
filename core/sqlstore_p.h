// SPDX-License-Identifier: MIT
#pragma once
// SqlStore's insides shared by its source files: sqlstore.cpp (opening, schema and migrations,
// statements and transactions), sqlstore_tables.cpp (the tables) and sqlstore_changes.cpp (the
// PostgreSQL change feed). Not part of the core library's interface.
#include "sqlstore.h"

#include "auditlog.h"
#include "crypto.h"
#include "redact.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSocketNotifier>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlRecord>
#include <QSysInfo>
#include <QTimer>
#include <QUrl>
#include <QUuid>
#include <QtEndian>

#include <vector>

namespace latchkey {

namespace sqlstore_detail {

inline constexpr char kChannel[] = "latchkey_changes";
inline constexpr char kAckChannel[] = "latchkey_acks";

// Several instances on one PostgreSQL (docs/postgresql.md). An instance heartbeats every
// kHeartbeatMs; it trusts its cache for kTrustMs after the start of its last heartbeat that
// succeeded; the others count it live for kLivenessMs after that heartbeat's database time.
// kTrustMs < kLivenessMs: a stale instance has stopped trusting its cache before the others
// stop waiting for it. A change waits at most kWaitMs for the live instances' acks.
constexpr int kHeartbeatMs = 250;
constexpr int kTrustMs = 1000;
constexpr int kLivenessMs = 1500;
constexpr int kWaitMs = 2000;
constexpr int kRecheckMs = 100;
constexpr int kMaxReconnectDelayMs = 2000;
constexpr int kPruneEveryMs = 60000;
static_assert(kHeartbeatMs * 3 <= kTrustMs && kTrustMs + 300 <= kLivenessMs &&
              kLivenessMs + 300 <= kWaitMs);
// pg_advisory_xact_lock key that serialises schema creation across instances ("LKMIGRAT").
constexpr qint64 kMigrationLock = 0x4c4b4d4947524154;

// pg_advisory_xact_lock(class, key) pair that serialises appends to one workspace's audit
// chain across instances ("LKAU"; the key is derived from the workspace id). The two-key
// space does not overlap the one-key space of kMigrationLock.
constexpr qint32 kAuditLockClass = 0x4c4b4155;

inline QString jsonText(const QStringList &list)
{
    return QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact));
}

inline QStringList fromJsonText(const QString &text)
{
    QStringList out;
    const QJsonArray arr = QJsonDocument::fromJson(text.toUtf8()).array();
    out.reserve(arr.size());
    for (const auto &v : arr)
        out << v.toString();
    return out;
}

inline QString jsonText(const QMap<QString, QString> &map)
{
    QJsonObject o;
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        o.insert(it.key(), it.value());
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

inline QMap<QString, QString> mapFromJsonText(const QString &text)
{
    QMap<QString, QString> out;
    const QJsonObject o = QJsonDocument::fromJson(text.toUtf8()).object();
    for (auto it = o.begin(); it != o.end(); ++it)
        out.insert(it.key(), it.value().toString());
    return out;
}

inline QVariant optionalInt(const std::optional<qint64> &v)
{
    return v ? QVariant(*v) : QVariant(QMetaType::fromType<qint64>());
}

inline std::optional<qint64> toOptional(const QVariant &v)
{
    if (v.isNull())
        return std::nullopt;
    return v.toLongLong();
}

inline QVariant nullText(const QString &s)
{
    return s.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(s);
}

inline constexpr char kKeyColumns[] =
    "seq, id, workspace_id, environment, type, name, prefix, last4, hash, token, service_id, "
    "scopes, allowed_origins, ip_allowlist, endpoints, rate_limit, rate_window, created_at, "
    "created_by, last_used, expires_at, revoked_at, rolled_from, (SELECT s.id FROM api_keys s "
    "WHERE s.rolled_from = api_keys.id ORDER BY s.seq LIMIT 1), last_used_ip, description, "
    "metadata";

inline ApiKeyRecord keyFromRow(const QSqlQuery &q)
{
    ApiKeyRecord k;
    k.seq = q.value(0).toLongLong();
    k.id = q.value(1).toString();
    k.workspaceId = q.value(2).toString();
    k.environment = environmentFromString(q.value(3).toString()).value_or(Environment::Test);
    k.type = keyTypeFromString(q.value(4).toString()).value_or(KeyType::Secret);
    k.name = q.value(5).toString();
    k.prefix = q.value(6).toString();
    k.last4 = q.value(7).toString();
    k.hash = q.value(8).toByteArray();
    k.token = q.value(9).toString();
    k.serviceId = q.value(10).toString();
    k.scopes = fromJsonText(q.value(11).toString());
    k.allowedOrigins = fromJsonText(q.value(12).toString());
    k.ipAllowlist = fromJsonText(q.value(13).toString());
    k.endpoints = fromJsonText(q.value(14).toString());
    if (!q.value(15).isNull())
        k.rateLimit = RateLimit{q.value(15).toInt(), q.value(16).toInt()};
    k.createdAt = q.value(17).toLongLong();
    k.createdBy = q.value(18).toString();
    k.lastUsed = toOptional(q.value(19));
    k.expiresAt = toOptional(q.value(20));
    k.revokedAt = toOptional(q.value(21));
    k.rolledFrom = q.value(22).toString();
    k.replacedBy = q.value(23).toString();
    k.lastUsedIp = q.value(24).toString();
    k.description = q.value(25).toString();
    k.metadata = mapFromJsonText(q.value(26).toString());
    return k;
}

inline constexpr char kEndpointColumns[] =
    "seq, id, workspace_id, environment, url, description, events, created_at, created_by";

inline WebhookEndpointRecord endpointFromRow(const QSqlQuery &q)
{
    WebhookEndpointRecord e;
    e.seq = q.value(0).toLongLong();
    e.id = q.value(1).toString();
    e.workspaceId = q.value(2).toString();
    e.environment = environmentFromString(q.value(3).toString()).value_or(Environment::Test);
    e.url = q.value(4).toString();
    e.description = q.value(5).toString();
    e.events = fromJsonText(q.value(6).toString());
    e.createdAt = q.value(7).toLongLong();
    e.createdBy = q.value(8).toString();
    return e;
}

// What a record is: its number within its workspace, never the store's global seq.
inline constexpr char kAuditColumns[] =
    "ws_seq, id, workspace_id, environment, actor, action, target, "
    "details, created_at, prev_hash, hash";

// The store holds password hashes, emails and the audit log: readable by its owner only,
// whatever the umask (SECURITY.md, "Rules"). A new file is created 0600 before SQLite opens it
// (SQLite gives its -wal and -shm files the database file's mode); a store made by an older version
// is tightened, with its -wal and -shm files.
inline Status ownerOnly(const QString &path)
{
    const auto owner = QFile::ReadOwner | QFile::WriteOwner;
    QFile file(path);
    if (!file.exists()) {
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, owner) && !file.exists())
            return ApiError::internal(SqlStore::tr("Cannot create the store file %1: %2")
                                          .arg(QDir::toNativeSeparators(path), file.errorString()));
        file.close();
        return success();
    }
    for (const QString &p : {path, path + QLatin1String("-wal"), path + QLatin1String("-shm")}) {
        QFile f(p);
        if (!f.exists())
            continue;
        const auto perms = f.permissions();
        const auto others = QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup |
                            QFile::ReadOther | QFile::WriteOther | QFile::ExeOther;
        if ((perms & others) && !f.setPermissions((perms & ~others) | owner))
            return ApiError::internal(
                SqlStore::tr("The store file %1 can be read by other users, and its "
                             "permissions cannot be changed: %2")
                    .arg(QDir::toNativeSeparators(p), f.errorString()));
    }
    return success();
}

inline AuditRecord auditFromRow(const QSqlQuery &q)
{
    AuditRecord r;
    r.seq = q.value(0).toLongLong();
    r.id = q.value(1).toString();
    r.workspaceId = q.value(2).toString();
    r.environment = q.value(3).toString();
    r.actor = q.value(4).toString();
    r.action = q.value(5).toString();
    r.target = q.value(6).toString();
    r.details = QJsonDocument::fromJson(q.value(7).toString().toUtf8()).object();
    r.createdAt = q.value(8).toLongLong();
    r.prevHash = q.value(9).toByteArray();
    r.hash = q.value(10).toByteArray();
    return r;
}

inline constexpr char kSessionColumns[] =
    "id, user_id, token_hash, created_at, last_seen, expires_at, revoked_at";

inline SessionRecord sessionFromRow(const QSqlQuery &q)
{
    SessionRecord s;
    s.id = q.value(0).toString();
    s.userId = q.value(1).toString();
    s.tokenHash = q.value(2).toByteArray();
    s.createdAt = q.value(3).toLongLong();
    s.lastSeen = q.value(4).toLongLong();
    s.expiresAt = q.value(5).toLongLong();
    s.revokedAt = toOptional(q.value(6));
    return s;
}

inline UserRecord userFromRow(const QSqlQuery &q)
{
    return UserRecord{q.value(0).toString(), q.value(1).toString(), q.value(2).toByteArray(),
                      q.value(3).toLongLong()};
}

// QtSql binds a null QString as SQL NULL; an empty text field is "", not NULL. Only the
// variants made by nullText() and optionalInt() are meant as NULL.
inline QVariant bindable(const QVariant &v)
{
    if (v.typeId() == QMetaType::QString && !v.isNull() && v.toString().isNull())
        return QVariant(QString::fromLatin1(""));
    return v;
}

inline QString likePattern(const QString &needle)
{
    QString escaped = needle.toLower();
    escaped.replace(u'\\', QLatin1String("\\\\"));
    escaped.replace(u'%', QLatin1String("\\%"));
    escaped.replace(u'_', QLatin1String("\\_"));
    return u'%' + escaped + u'%';
}

} // namespace sqlstore_detail

using namespace sqlstore_detail;

template<class T, class Row>
Result<std::optional<T>> SqlStore::one(const QString &sql, const QVariantList &args, Row row,
                                       const char *operation)
{
    auto list = many<T>(sql, args, row, operation);
    if (!list.ok())
        return list.error();
    if (list->isEmpty())
        return std::optional<T>{};
    return std::optional<T>(list->first());
}

template<class T, class Row>
Result<QList<T>> SqlStore::many(const QString &sql, const QVariantList &args, Row row,
                                const char *operation)
{
    auto q = executed(sql, args, operation, true);
    if (!q.ok())
        return q.error();
    QSqlQuery &query = **q;
    QList<T> out;
    while (query.next())
        out.append(row(query));
    query.finish();
    return out;
}

template<class T, class Row>
Result<Page<T>> SqlStore::pageOf(const char *table, const char *columns, QString where,
                                 QVariantList args, const QString &workspaceId,
                                 const QString &startingAfter, int limit, Row row,
                                 const char *operation, const SqlPageOrder &order)
{
    const QLatin1String dir = order.descending ? QLatin1String("DESC") : QLatin1String("ASC");
    const QLatin1String cmp = order.descending ? QLatin1String("<") : QLatin1String(">");
    const QString orderBy = order.key.isEmpty()
                                ? QStringLiteral("seq %1").arg(dir)
                                : QStringLiteral("%1 %2, seq %2").arg(order.key, dir);
    if (!startingAfter.isEmpty()) {
        auto cursor = cursorOf(table, workspaceId, startingAfter, order);
        if (!cursor.ok())
            return cursor.error();
        // Keyset paging: the rows after the cursor's place in the order, whatever was added.
        where += order.key.isEmpty()
                     ? QStringLiteral(" AND seq %1 ?").arg(cmp)
                     : QStringLiteral(" AND (%1, seq) %2 (?, ?)").arg(order.key, cmp);
        args << *cursor;
    }
    limit = qBound(1, limit, 1000);
    // One row more than asked tells whether there is a next page.
    auto rows = many<T>(QStringLiteral("SELECT %1 FROM %2 WHERE %3 ORDER BY %4 LIMIT %5")
                            .arg(QLatin1String(columns), QLatin1String(table), where, orderBy)
                            .arg(limit + 1),
                        args, row, operation);
    if (!rows.ok())
        return rows.error();
    Page<T> page{std::move(*rows), false};
    page.hasMore = page.items.size() > limit;
    if (page.hasMore)
        page.items.removeLast();
    return page;
}

// One instance among several on PostgreSQL: what sqlstore_changes.cpp keeps.
struct SqlStore::Cluster
{
    struct Waiter
    {
        qint64 seq;      // the change head when the wait began
        qint64 deadline; // steadyNowMs()
        std::function<void(Status)> done;
    };

    QString id = QUuid::createUuid().toString(QUuid::Id128).left(16);
    bool joined = false;   // registered in latchkey_instances, heartbeating
    bool connected = true; // false from a lost connection until reconnected
    qint64 applied = 0;    // every change up to this number has been applied here
    qint64 acked = -1;     // what our row says
    qint64 trustUntil = 0; // steadyNowMs()
    qint64 nextReconnect = 0;
    int reconnectDelay = kHeartbeatMs;
    qint64 lastPrune = 0;
    bool busy = false; // inside heartbeat() or reconnect()
    std::function<void(qint64)> trustHandler;
    std::vector<Waiter> waiters;
    QTimer heartbeatTimer;
    QTimer ackTimer;
    QTimer waiterTimer;
    QMetaObject::Connection socketWatch;
};

} // namespace latchkey
