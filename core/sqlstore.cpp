// SPDX-License-Identifier: MIT
#include "sqlstore.h"

#include "auditlog.h"
#include "crypto.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlRecord>
#include <QUrl>
#include <QUuid>

namespace latchkey {

namespace {

const char kChannel[] = "latchkey_changes";
// pg_advisory_xact_lock key that serialises schema creation across instances ("LKMIGRAT").
constexpr qint64 kMigrationLock = 0x4c4b4d4947524154;

// One list for both dialects; {SERIAL} and {BLOB} are adapted by sqlFor().
struct Migration
{
    int version;
    QList<const char *> common;
    QList<const char *> sqliteOnly;
    QList<const char *> postgresOnly;
};

const QList<Migration> &migrations()
{
    static const QList<Migration> list = {
        {1,
         {
             "CREATE TABLE workspaces (id TEXT PRIMARY KEY, name TEXT NOT NULL, "
             "created_at BIGINT NOT NULL)",
             "CREATE TABLE users (id TEXT PRIMARY KEY, email TEXT NOT NULL UNIQUE, "
             "password_hash TEXT NOT NULL, created_at BIGINT NOT NULL)",
             "CREATE TABLE memberships (workspace_id TEXT NOT NULL REFERENCES workspaces(id) ON "
             "DELETE CASCADE, user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE, "
             "role TEXT NOT NULL, PRIMARY KEY (workspace_id, user_id))",
             "CREATE TABLE subscriptions (workspace_id TEXT NOT NULL REFERENCES workspaces(id) ON "
             "DELETE CASCADE, service TEXT NOT NULL, active INTEGER NOT NULL, updated_at BIGINT "
             "NOT NULL, PRIMARY KEY (workspace_id, service))",
             "CREATE TABLE api_keys (seq {SERIAL}, id TEXT NOT NULL UNIQUE, workspace_id TEXT NOT "
             "NULL REFERENCES workspaces(id), environment TEXT NOT NULL, type TEXT NOT NULL, name "
             "TEXT NOT NULL, prefix TEXT NOT NULL, last4 TEXT NOT NULL, hash {BLOB} NOT NULL "
             "UNIQUE, token TEXT, service_id TEXT, scopes TEXT NOT NULL, allowed_origins TEXT NOT "
             "NULL, ip_allowlist TEXT NOT NULL, endpoints TEXT NOT NULL, rate_limit INTEGER, "
             "rate_window INTEGER, created_at BIGINT NOT NULL, created_by TEXT NOT NULL, "
             "last_used BIGINT, expires_at BIGINT, revoked_at BIGINT, rolled_from TEXT)",
             "CREATE INDEX api_keys_by_workspace ON api_keys (workspace_id, environment, type, "
             "seq)",
             "CREATE TABLE webhook_endpoints (seq {SERIAL}, id TEXT NOT NULL UNIQUE, workspace_id "
             "TEXT NOT NULL REFERENCES workspaces(id), environment TEXT NOT NULL, url TEXT NOT "
             "NULL, description TEXT NOT NULL, events TEXT NOT NULL, created_at BIGINT NOT NULL, "
             "created_by TEXT NOT NULL)",
             "CREATE TABLE webhook_secrets (id TEXT PRIMARY KEY, endpoint_id TEXT NOT NULL "
             "REFERENCES webhook_endpoints(id) ON DELETE CASCADE, sealed {BLOB} NOT NULL, last4 "
             "TEXT NOT NULL, created_at BIGINT NOT NULL, expires_at BIGINT)",
             "CREATE TABLE audit_events (seq BIGINT PRIMARY KEY, id TEXT NOT NULL UNIQUE, "
             "workspace_id TEXT NOT NULL, environment TEXT NOT NULL, actor TEXT NOT NULL, action "
             "TEXT NOT NULL, target TEXT NOT NULL, details TEXT NOT NULL, created_at BIGINT NOT "
             "NULL, prev_hash {BLOB} NOT NULL, hash {BLOB} NOT NULL)",
             "CREATE INDEX audit_events_by_workspace ON audit_events (workspace_id, seq)",
             "CREATE TABLE sessions (id TEXT PRIMARY KEY, user_id TEXT NOT NULL REFERENCES "
             "users(id) ON DELETE CASCADE, token_hash {BLOB} NOT NULL UNIQUE, created_at BIGINT "
             "NOT NULL, last_seen BIGINT NOT NULL, expires_at BIGINT NOT NULL, revoked_at BIGINT)",
         },
         {
             // The audit log is append-only; the hash chain catches whoever bypasses this.
             "CREATE TRIGGER audit_events_no_update BEFORE UPDATE ON audit_events BEGIN "
             "SELECT RAISE(ABORT, 'the audit log is append-only'); END",
             "CREATE TRIGGER audit_events_no_delete BEFORE DELETE ON audit_events BEGIN "
             "SELECT RAISE(ABORT, 'the audit log is append-only'); END",
         },
         {
             "CREATE FUNCTION latchkey_audit_append_only() RETURNS trigger AS $$ BEGIN RAISE "
             "EXCEPTION 'the audit log is append-only'; END $$ LANGUAGE plpgsql",
             "CREATE TRIGGER audit_events_append_only BEFORE UPDATE OR DELETE ON audit_events "
             "FOR EACH ROW EXECUTE FUNCTION latchkey_audit_append_only()",
         }},
    };
    return list;
}

QString jsonText(const QStringList &list)
{
    return QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact));
}

QStringList fromJsonText(const QString &text)
{
    QStringList out;
    const QJsonArray arr = QJsonDocument::fromJson(text.toUtf8()).array();
    out.reserve(arr.size());
    for (const auto &v : arr)
        out << v.toString();
    return out;
}

QVariant optionalInt(const std::optional<qint64> &v)
{
    return v ? QVariant(*v) : QVariant(QMetaType::fromType<qint64>());
}

std::optional<qint64> toOptional(const QVariant &v)
{
    if (v.isNull())
        return std::nullopt;
    return v.toLongLong();
}

QVariant nullText(const QString &s)
{
    return s.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(s);
}

const char kKeyColumns[] =
    "seq, id, workspace_id, environment, type, name, prefix, last4, hash, token, service_id, "
    "scopes, allowed_origins, ip_allowlist, endpoints, rate_limit, rate_window, created_at, "
    "created_by, last_used, expires_at, revoked_at, rolled_from";

ApiKeyRecord keyFromRow(const QSqlQuery &q)
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
    return k;
}

const char kEndpointColumns[] =
    "seq, id, workspace_id, environment, url, description, events, created_at, created_by";

WebhookEndpointRecord endpointFromRow(const QSqlQuery &q)
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

const char kAuditColumns[] = "seq, id, workspace_id, environment, actor, action, target, details, "
                             "created_at, prev_hash, hash";

AuditRecord auditFromRow(const QSqlQuery &q)
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

const char kSessionColumns[] =
    "id, user_id, token_hash, created_at, last_seen, expires_at, revoked_at";

SessionRecord sessionFromRow(const QSqlQuery &q)
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

UserRecord userFromRow(const QSqlQuery &q)
{
    return UserRecord{q.value(0).toString(), q.value(1).toString(), q.value(2).toByteArray(),
                      q.value(3).toLongLong()};
}

// QtSql binds a null QString as SQL NULL; an empty text field is "", not NULL. Only the
// variants made by nullText() and optionalInt() are meant as NULL.
QVariant bindable(const QVariant &v)
{
    if (v.typeId() == QMetaType::QString && !v.isNull() && v.toString().isNull())
        return QVariant(QString::fromLatin1(""));
    return v;
}

QString likePattern(const QString &needle)
{
    QString escaped = needle.toLower();
    escaped.replace(u'\\', QLatin1String("\\\\"));
    escaped.replace(u'%', QLatin1String("\\%"));
    escaped.replace(u'_', QLatin1String("\\_"));
    return u'%' + escaped + u'%';
}

} // namespace

// ---------------------------------------------------------------------------------------------

Result<std::unique_ptr<SqlStore>> SqlStore::open(const QString &url)
{
    std::unique_ptr<SqlStore> store(new SqlStore);
    store->m_connection = QStringLiteral("latchkey-") + QUuid::createUuid().toString(QUuid::Id128);

    if (url.startsWith(QLatin1String("sqlite:"))) {
        QString path = url.mid(7);
        if (path.startsWith(QLatin1String("//")))
            path = QUrl(url).toLocalFile();
        if (path.isEmpty())
            return ApiError::invalidRequest(QStringLiteral("store"),
                                            tr("The store URL '%1' names no file.").arg(url));
        const QFileInfo info(path);
        if (info.exists() && info.isDir())
            return ApiError::invalidRequest(QStringLiteral("store"),
                                            tr("The store path %1 is a folder, not a file.")
                                                .arg(QDir::toNativeSeparators(path)));
        if (!QDir().mkpath(info.absolutePath()))
            return ApiError::internal(tr("Cannot create the folder %1 for the store.")
                                          .arg(QDir::toNativeSeparators(info.absolutePath())));
        store->m_description = QStringLiteral("sqlite:") + info.absoluteFilePath();
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), store->m_connection);
        db.setDatabaseName(info.absoluteFilePath());
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        if (!db.open())
            return store->storeError("open", db.lastError().text());
    } else if (url.startsWith(QLatin1String("postgresql://")) ||
               url.startsWith(QLatin1String("postgres://"))) {
        const QUrl u(url);
        if (!u.isValid() || u.path().size() < 2)
            return ApiError::invalidRequest(
                QStringLiteral("store"),
                tr("The store URL must look like postgresql://user@host/database."));
        store->m_postgres = true;
        store->m_description =
            QStringLiteral("postgresql://%1@%2/%3").arg(u.userName(), u.host(), u.path().mid(1));
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), store->m_connection);
        if (!db.isValid())
            return ApiError::internal(tr("The PostgreSQL driver for Qt (QPSQL) is not installed."));
        db.setDatabaseName(u.path().mid(1));
        if (!u.host().isEmpty())
            db.setHostName(u.host());
        if (u.port() > 0)
            db.setPort(u.port());
        if (!u.userName().isEmpty())
            db.setUserName(u.userName());
        if (!u.password().isEmpty())
            db.setPassword(u.password());
        if (!db.open())
            return store->storeError("connect", db.lastError().text());
    } else {
        return ApiError::invalidRequest(QStringLiteral("store"),
                                        tr("Unknown store URL '%1': use sqlite:/path/to/file.db or "
                                           "postgresql://user@host/database.")
                                            .arg(url.left(200)));
    }

    if (Status s = store->configure(); !s.ok())
        return s.error();
    if (Status s = store->migrate(); !s.ok())
        return s.error();
    return store;
}

SqlStore::~SqlStore()
{
    QObject::disconnect(m_notification);
    m_prepared.clear();
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

ApiError SqlStore::storeError(const char *operation, const QString &detail) const
{
    ApiError e = ApiError::internal(
        tr("The store (%1) failed to %2: %3")
            .arg(m_description, QString::fromLatin1(operation), detail.left(300)));
    e.code = QStringLiteral("store_error");
    return e;
}

QString SqlStore::sqlFor(const char *sql) const
{
    QString s = QString::fromLatin1(sql);
    s.replace(QLatin1String("{SERIAL}"), m_postgres ? QLatin1String("BIGSERIAL PRIMARY KEY")
                                                    : QLatin1String("INTEGER PRIMARY KEY "
                                                                    "AUTOINCREMENT"));
    s.replace(QLatin1String("{BLOB}"), m_postgres ? QLatin1String("BYTEA") : QLatin1String("BLOB"));
    return s;
}

Status SqlStore::execSql(const QString &sql, const char *operation)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (!q.exec(sql))
        return storeError(operation, q.lastError().text());
    return success();
}

Status SqlStore::configure()
{
    if (m_postgres) {
        if (Status s = execSql(QStringLiteral("SET client_min_messages TO WARNING"), "configure");
            !s.ok())
            return s;
        return success();
    }
    // A file that is not SQLite at all fails here ("file is not a database").
    QSqlQuery probe(QSqlDatabase::database(m_connection, false));
    if (!probe.exec(QStringLiteral("PRAGMA schema_version")))
        return storeError("read the database (is it a Latchkey store, and undamaged?)",
                          probe.lastError().text());
    probe.finish(); // an open statement would keep SQLite from switching to WAL
    for (const char *pragma :
         {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=FULL", "PRAGMA foreign_keys=ON"}) {
        if (Status s = execSql(QString::fromLatin1(pragma), "configure"); !s.ok())
            return s;
    }
    QSqlQuery check(QSqlDatabase::database(m_connection, false));
    if (!check.exec(QStringLiteral("PRAGMA journal_mode")) || !check.next() ||
        check.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
        return storeError("switch to WAL mode", check.lastError().text());
    check.finish();
    return success();
}

int SqlStore::schemaVersion() const
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (q.exec(QStringLiteral("SELECT value FROM latchkey_meta WHERE key = 'schema_version'")) &&
        q.next())
        return q.value(0).toInt();
    return 0;
}

Status SqlStore::migrate()
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    const QStringList tables = db.tables();
    if (!tables.contains(QStringLiteral("latchkey_meta"))) {
        // Only an empty database may become a Latchkey store: never adopt someone else's file.
        QStringList foreign;
        for (const QString &t : tables)
            if (!t.startsWith(QLatin1String("sqlite_")))
                foreign << t;
        if (!foreign.isEmpty())
            return storeError("open",
                              tr("the database already holds other tables (%1) and is not a "
                                 "Latchkey store")
                                  .arg(foreign.mid(0, 5).join(QLatin1String(", "))));
        if (Status s = transaction([&]() -> Status {
                if (m_postgres) {
                    // Several instances may start at once on an empty database: the lock
                    // lets one create the table while the others wait, then find it there.
                    if (Status l = execSql(
                            QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(kMigrationLock),
                            "create the schema");
                        !l.ok())
                        return l;
                    if (Status c = execSql(QStringLiteral("CREATE TABLE IF NOT EXISTS "
                                                          "latchkey_meta (key TEXT PRIMARY "
                                                          "KEY, value TEXT NOT NULL)"),
                                           "create the schema");
                        !c.ok())
                        return c;
                    return run(QStringLiteral("INSERT INTO latchkey_meta (key, value) VALUES "
                                              "('schema_version', '0') ON CONFLICT (key) DO "
                                              "NOTHING"),
                               {}, "create the schema");
                }
                if (Status c = execSql(QStringLiteral("CREATE TABLE latchkey_meta (key TEXT "
                                                      "PRIMARY KEY, value TEXT NOT NULL)"),
                                       "create the schema");
                    !c.ok())
                    return c;
                return run(QStringLiteral("INSERT INTO latchkey_meta (key, value) VALUES "
                                          "('schema_version', '0')"),
                           {}, "create the schema");
            });
            !s.ok())
            return s;
    }

    const int current = schemaVersion();
    if (current > kSchemaVersion)
        return storeError("open",
                          tr("its schema version %1 is newer than this Latchkey understands "
                             "(%2); upgrade Latchkey")
                              .arg(current)
                              .arg(kSchemaVersion));

    for (const Migration &m : migrations()) {
        if (m.version <= current)
            continue;
        Status s = transaction([&]() -> Status {
            if (m_postgres) // several instances may start at once: one migrates, others wait
                if (Status l = execSql(QStringLiteral("LOCK TABLE latchkey_meta IN EXCLUSIVE MODE"),
                                       "migrate");
                    !l.ok())
                    return l;
            if (schemaVersion() >= m.version)
                return success();
            QList<const char *> statements = m.common;
            statements += m_postgres ? m.postgresOnly : m.sqliteOnly;
            for (const char *sql : statements)
                if (Status e = execSql(sqlFor(sql), "migrate"); !e.ok())
                    return e;
            return run(QStringLiteral("UPDATE latchkey_meta SET value = ? WHERE key = "
                                      "'schema_version'"),
                       {QString::number(m.version)}, "migrate");
        });
        if (!s.ok())
            return s;
    }
    return success();
}

Result<QSqlQuery *> SqlStore::prepared(const QString &sql)
{
    auto it = m_prepared.find(sql);
    if (it == m_prepared.end()) {
        QSqlQuery q(QSqlDatabase::database(m_connection, false));
        if (!q.prepare(sql))
            return storeError("prepare a statement", q.lastError().text());
        it = m_prepared.insert(sql, q);
    }
    return &it.value();
}

Status SqlStore::run(const QString &sql, const QVariantList &args, const char *operation,
                     int *rowsAffected)
{
    auto q = prepared(sql);
    if (!q.ok())
        return q.error();
    QSqlQuery &query = **q;
    for (int i = 0; i < args.size(); ++i)
        query.bindValue(i, bindable(args[i]));
    if (!query.exec()) {
        const QString text = query.lastError().text();
        query.finish();
        if (m_txDepth > 0)
            m_txFailed = true;
        return storeError(operation, text);
    }
    if (rowsAffected)
        *rowsAffected = query.numRowsAffected();
    query.finish();
    return success();
}

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
    auto q = prepared(sql);
    if (!q.ok())
        return q.error();
    QSqlQuery &query = **q;
    query.setForwardOnly(true);
    for (int i = 0; i < args.size(); ++i)
        query.bindValue(i, bindable(args[i]));
    if (!query.exec()) {
        const QString text = query.lastError().text();
        query.finish();
        if (m_txDepth > 0)
            m_txFailed = true;
        return storeError(operation, text);
    }
    QList<T> out;
    while (query.next())
        out.append(row(query));
    query.finish();
    return out;
}

Status SqlStore::transaction(const std::function<Status()> &work)
{
    if (m_txDepth > 0) {
        ++m_txDepth;
        Status s = work();
        --m_txDepth;
        if (!s.ok())
            m_txFailed = true;
        return s;
    }
    if (Status b = execSql(m_postgres ? QStringLiteral("BEGIN") : QStringLiteral("BEGIN IMMEDIATE"),
                           "begin a transaction");
        !b.ok())
        return b;
    m_txDepth = 1;
    m_txFailed = false;
    Status s = work();
    m_txDepth = 0;
    const QStringList changes = std::exchange(m_pendingChanges, {});
    if (!s.ok() || m_txFailed) {
        (void)execSql(QStringLiteral("ROLLBACK"), "roll back");
        if (s.ok())
            return storeError("complete a transaction", tr("a statement inside it failed"));
        return s;
    }
    if (Status c = execSql(QStringLiteral("COMMIT"), "commit"); !c.ok()) {
        (void)execSql(QStringLiteral("ROLLBACK"), "roll back");
        return c;
    }
    deliver(changes);
    return success();
}

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
    return run(QStringLiteral("INSERT INTO memberships (workspace_id, user_id, role) VALUES (?, ?, "
                              "?) ON CONFLICT (workspace_id, user_id) DO UPDATE SET role = "
                              "excluded.role"),
               {m.workspaceId, m.userId, name(m.role)}, "save a membership");
}

Result<QList<MembershipRecord>> SqlStore::membershipsOfUser(const QString &userId)
{
    return many<MembershipRecord>(
        QStringLiteral("SELECT m.workspace_id, m.user_id, m.role FROM memberships m JOIN "
                       "workspaces w ON w.id = m.workspace_id WHERE m.user_id = ? ORDER BY "
                       "w.created_at, w.id"),
        {userId},
        [](const QSqlQuery &q) {
            return MembershipRecord{q.value(0).toString(), q.value(1).toString(),
                                    roleFromString(q.value(2).toString()).value_or(Role::Viewer)};
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
            "rate_window, created_at, created_by, last_used, expires_at, revoked_at, rolled_from) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
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
         nullText(k.rolledFrom)},
        "create an API key");
}

Status SqlStore::updateKey(const ApiKeyRecord &k)
{
    int rows = 0;
    Status s =
        run(QStringLiteral("UPDATE api_keys SET name = ?, scopes = ?, allowed_origins = ?, "
                           "ip_allowlist = ?, endpoints = ?, rate_limit = ?, rate_window = ?, "
                           "last_used = ?, expires_at = ?, revoked_at = ? WHERE id = ?"),
            {k.name, jsonText(k.scopes), jsonText(k.allowedOrigins), jsonText(k.ipAllowlist),
             jsonText(k.endpoints),
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

Result<qint64> SqlStore::seqOf(const char *table, const QString &workspaceId, const QString &id)
{
    auto seq = one<qint64>(
        QStringLiteral("SELECT seq FROM %1 WHERE workspace_id = ? AND id = ?")
            .arg(QLatin1String(table)),
        {workspaceId, id}, [](const QSqlQuery &q) { return q.value(0).toLongLong(); },
        "find the starting_after object");
    if (!seq.ok())
        return seq.error();
    if (!seq->has_value())
        return ApiError::invalidRequest(
            QStringLiteral("starting_after"),
            tr("starting_after names no object in this list: %1").arg(id.left(64)));
    return **seq;
}

template<class T, class Row>
Result<Page<T>> SqlStore::pageOf(const char *table, const char *columns, QString where,
                                 QVariantList args, const QString &workspaceId,
                                 const QString &startingAfter, int limit, Row row,
                                 const char *operation)
{
    if (!startingAfter.isEmpty()) {
        auto seq = seqOf(table, workspaceId, startingAfter);
        if (!seq.ok())
            return seq.error();
        where += QLatin1String(" AND seq < ?");
        args << *seq;
    }
    limit = qBound(1, limit, 1000);
    // One row more than asked tells whether there is a next page.
    auto rows = many<T>(QStringLiteral("SELECT %1 FROM %2 WHERE %3 ORDER BY seq DESC LIMIT %4")
                            .arg(QLatin1String(columns), QLatin1String(table), where)
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

namespace {
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
    if (!q.includeRevoked)
        where += QLatin1String(" AND revoked_at IS NULL");
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
                                q.startingAfter, q.limit, keyFromRow, "list API keys");
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

Status SqlStore::touchKeys(const QList<std::pair<QString, qint64>> &lastUsedById)
{
    if (lastUsedById.isEmpty())
        return success();
    return transaction([&]() -> Status {
        for (const auto &[id, at] : lastUsedById)
            if (Status s = run(QStringLiteral("UPDATE api_keys SET last_used = ? WHERE id = ? AND "
                                              "(last_used IS NULL OR last_used < ?)"),
                               {at, id, at}, "record key use");
                !s.ok())
                return s;
        return success();
    });
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

// Audit ----------------------------------------------------------------------------------------

Result<AuditRecord> SqlStore::appendAudit(const AuditRecord &in)
{
    AuditRecord r = in;
    Status s = transaction([&]() -> Status {
        if (m_postgres) // one writer at a time extends the chain, across every instance
            if (Status l = execSql(QStringLiteral("LOCK TABLE audit_events IN EXCLUSIVE MODE"),
                                   "lock the audit log");
                !l.ok())
                return l;
        auto head = one<std::pair<qint64, QByteArray>>(
            QStringLiteral("SELECT seq, hash FROM audit_events ORDER BY seq DESC LIMIT 1"), {},
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
        return run(QStringLiteral("INSERT INTO audit_events (seq, id, workspace_id, environment, "
                                  "actor, action, target, details, created_at, prev_hash, hash) "
                                  "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                   {r.seq, r.id, r.workspaceId, r.environment, r.actor, r.action, r.target,
                    QString::fromUtf8(QJsonDocument(r.details).toJson(QJsonDocument::Compact)),
                    r.createdAt, r.prevHash, r.hash},
                   "append to the audit log");
    });
    if (!s.ok())
        return s.error();
    return r;
}

Result<Page<AuditRecord>> SqlStore::listAudit(const ListQuery &q)
{
    QString where = QStringLiteral("workspace_id = ?");
    QVariantList args{q.workspaceId};
    if (q.environment) {
        where += QLatin1String(" AND (environment = ? OR environment = '')");
        args << name(*q.environment);
    }
    return pageOf<AuditRecord>("audit_events", kAuditColumns, where, args, q.workspaceId,
                               q.startingAfter, q.limit, auditFromRow, "list audit events");
}

Status SqlStore::forEachAudit(const std::function<bool(const AuditRecord &)> &visit)
{
    // Read in batches so a long log never sits in memory at once.
    qint64 after = 0;
    for (;;) {
        auto rows = many<AuditRecord>(
            QStringLiteral("SELECT %1 FROM audit_events WHERE seq > ? ORDER BY seq LIMIT 1000")
                .arg(QLatin1String(kAuditColumns)),
            {after}, auditFromRow, "read the audit log");
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

// Sessions -------------------------------------------------------------------------------------

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

// Change notification --------------------------------------------------------------------------

void SqlStore::publishChange(const QString &what)
{
    if (m_postgres) // delivered to every listening instance when the transaction commits
        (void)run(QStringLiteral("SELECT pg_notify(?, ?)"), {QString::fromLatin1(kChannel), what},
                  "notify other instances");
    if (m_txDepth > 0)
        m_pendingChanges << what;
    else
        deliver({what});
}

void SqlStore::deliver(const QStringList &changes)
{
    if (m_changeHandler)
        for (const QString &what : changes)
            m_changeHandler(what);
}

void SqlStore::onChange(std::function<void(const QString &)> handler)
{
    m_changeHandler = std::move(handler);
    if (!m_postgres || m_notification)
        return;
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlDriver *driver = db.driver();
    if (!driver->subscribeToNotification(QString::fromLatin1(kChannel))) {
        qWarning("latchkey: cannot LISTEN for changes on %s", qPrintable(m_description));
        return;
    }
    m_notification =
        QObject::connect(driver, &QSqlDriver::notification,
                         [this](const QString &name, QSqlDriver::NotificationSource source,
                                const QVariant &payload) {
                             // Our own changes were delivered locally on commit already.
                             if (source == QSqlDriver::SelfSource)
                                 return;
                             if (name == QLatin1String(kChannel) && m_changeHandler)
                                 m_changeHandler(payload.toString());
                         });
}

} // namespace latchkey
