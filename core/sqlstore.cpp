// SPDX-License-Identifier: MIT
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

namespace {

const char kChannel[] = "latchkey_changes";
const char kAckChannel[] = "latchkey_acks";

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

// The audit log's append-only guards, made by migration 1 and remade by migration 3.
const char kSqliteAuditNoUpdate[] =
    "CREATE TRIGGER audit_events_no_update BEFORE UPDATE ON audit_events BEGIN "
    "SELECT RAISE(ABORT, 'the audit log is append-only'); END";
const char kPostgresAuditAppendOnly[] =
    "CREATE TRIGGER audit_events_append_only BEFORE UPDATE OR DELETE ON audit_events "
    "FOR EACH ROW EXECUTE FUNCTION latchkey_audit_append_only()";

// Work a migration does in code, after its statements, inside its transaction.
enum class MigrationStep
{
    None,
    RechainAuditPerWorkspace
};

// One list for both dialects; {SERIAL} and {BLOB} are adapted by sqlFor().
struct Migration
{
    int version;
    QList<const char *> common;
    QList<const char *> sqliteOnly;
    QList<const char *> postgresOnly;
    MigrationStep step = MigrationStep::None;
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
             kSqliteAuditNoUpdate,
             "CREATE TRIGGER audit_events_no_delete BEFORE DELETE ON audit_events BEGIN "
             "SELECT RAISE(ABORT, 'the audit log is append-only'); END",
         },
         {
             "CREATE FUNCTION latchkey_audit_append_only() RETURNS trigger AS $$ BEGIN RAISE "
             "EXCEPTION 'the audit log is append-only'; END $$ LANGUAGE plpgsql",
             kPostgresAuditAppendOnly,
         }},
        // Several instances: every change numbered in commit order (the head row's lock
        // serialises them), kept a while for instances that catch up, and the instances with
        // their heartbeat and the last change each has applied.
        {2,
         {},
         {},
         {
             "CREATE TABLE latchkey_change_head (id INTEGER PRIMARY KEY CHECK (id = 1), seq "
             "BIGINT NOT NULL)",
             "INSERT INTO latchkey_change_head (id, seq) VALUES (1, 0)",
             "CREATE TABLE latchkey_changes (seq BIGINT PRIMARY KEY, origin TEXT NOT NULL, what "
             "TEXT NOT NULL, created_at TIMESTAMPTZ NOT NULL DEFAULT now())",
             "CREATE TABLE latchkey_instances (id TEXT PRIMARY KEY, host TEXT NOT NULL, pid "
             "BIGINT NOT NULL, started_at TIMESTAMPTZ NOT NULL DEFAULT now(), heartbeat_at "
             "TIMESTAMPTZ NOT NULL, acked_seq BIGINT NOT NULL)",
         }},
        // One audit chain per workspace (SECURITY.md, "Rules"): ws_seq numbers a workspace's
        // records 1, 2, 3, … and each hash links to the workspace's previous record. seq stays
        // as the store's internal order and is never shown; on PostgreSQL a sequence hands it
        // out, since appends to different workspaces no longer wait for each other.
        // rechainAuditPerWorkspace() checks the old global chain, then re-links every record.
        {3,
         {
             "ALTER TABLE audit_events ADD COLUMN ws_seq BIGINT NOT NULL DEFAULT 0",
         },
         {},
         {
             "CREATE SEQUENCE audit_events_seq_seq OWNED BY audit_events.seq",
             "SELECT setval('audit_events_seq_seq', COALESCE(MAX(seq), 0) + 1, false) FROM "
             "audit_events",
             "ALTER TABLE audit_events ALTER COLUMN seq SET DEFAULT "
             "nextval('audit_events_seq_seq')",
         },
         MigrationStep::RechainAuditPerWorkspace},
        // Teams (SPEC §9): when each member joined, and invitations, whose tokens are kept
        // as SHA-256 hashes only.
        {4,
         {
             "ALTER TABLE memberships ADD COLUMN joined_at BIGINT NOT NULL DEFAULT 0",
             "CREATE TABLE invitations (id TEXT PRIMARY KEY, workspace_id TEXT NOT NULL "
             "REFERENCES workspaces(id) ON DELETE CASCADE, email TEXT NOT NULL, role TEXT NOT "
             "NULL, token_hash {BLOB} NOT NULL UNIQUE, invited_by TEXT NOT NULL, created_at "
             "BIGINT NOT NULL, expires_at BIGINT NOT NULL, accepted_at BIGINT, withdrawn_at "
             "BIGINT)",
             "CREATE INDEX invitations_by_workspace ON invitations (workspace_id, created_at)",
         },
         {},
         {}},
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

// What a record is: its number within its workspace, never the store's global seq.
const char kAuditColumns[] = "ws_seq, id, workspace_id, environment, actor, action, target, "
                             "details, created_at, prev_hash, hash";

// The store holds password hashes, emails and the audit log: readable by its owner only,
// whatever the umask (SECURITY.md, "Rules"). A new file is created 0600 before SQLite opens it
// (SQLite gives its -wal and -shm files the database file's mode); a store made by an older version
// is tightened, with its -wal and -shm files.
Status ownerOnly(const QString &path)
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
        if (Status s = ownerOnly(info.absoluteFilePath()); !s.ok())
            return s.error();
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
        // A dead peer or network is noticed in seconds, not at the TCP timeout.
        db.setConnectOptions(QStringLiteral("connect_timeout=5;keepalives=1;keepalives_idle=5;"
                                            "keepalives_interval=2;keepalives_count=3"));
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
    // Qt reports failures by value; only std::bad_alloc could come out, and a destructor must
    // not let it: the connection is then left for the process's end to close.
    try {
        leave();
        QObject::disconnect(m_notification);
        m_cluster.reset();
        m_prepared.clear();
        {
            QSqlDatabase db = QSqlDatabase::database(m_connection, false);
            if (db.isOpen())
                db.close();
        }
        QSqlDatabase::removeDatabase(m_connection);
    } catch (...) { // NOLINT(bugprone-empty-catch): nothing sensible to do while destroying
    }
}

ApiError SqlStore::storeError(const char *operation, const QString &detail) const
{
    if (m_postgres && !connected()) {
        ApiError e = ApiError::internal(
            tr("The store (%1) is unreachable; latchkeyd reconnects by itself. It failed to "
               "%2: %3")
                .arg(m_description, QString::fromLatin1(operation), detail.left(300)));
        e.status = 503;
        e.code = QStringLiteral("store_unavailable");
        return e;
    }
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
    if (lostConnection())
        return storeError(operation, tr("the connection is lost"));
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (!q.exec(sql)) {
        noteFailure();
        return storeError(operation, q.lastError().text());
    }
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
            if (m.step == MigrationStep::RechainAuditPerWorkspace)
                if (Status e = rechainAuditPerWorkspace(); !e.ok())
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
    if (lostConnection()) // until reconnected: fail fast, quietly
        return storeError("reach the database", tr("the connection is lost"));
    auto it = m_prepared.find(sql);
    if (it == m_prepared.end()) {
        QSqlQuery q(QSqlDatabase::database(m_connection, false));
        if (!q.prepare(sql)) {
            noteFailure();
            return storeError("prepare a statement", q.lastError().text());
        }
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
        noteFailure();
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
        noteFailure();
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
            tr("starting_after names no object in this list: %1").arg(redactSecrets(id.left(64))));
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
    if (!q.rolledFrom.isEmpty()) {
        where += QLatin1String(" AND rolled_from = ?");
        args << q.rolledFrom;
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

Status SqlStore::rechainAuditPerWorkspace()
{
    // Until now the records formed one chain across every workspace, in seq order. That
    // chain is checked first: a log that fails it is not re-linked, so re-chaining cannot
    // launder tampering. Then each record gets its number within its workspace and a hash
    // linked to the workspace's previous record. The fields and seq stay, so the old chain
    // can still be recomputed; a store with one workspace keeps every hash.
    const QString dropGuard = m_postgres
                                  ? QStringLiteral("DROP TRIGGER audit_events_append_only ON "
                                                   "audit_events")
                                  : QStringLiteral("DROP TRIGGER audit_events_no_update");
    if (Status d = execSql(dropGuard, "migrate the audit log"); !d.ok())
        return d;

    struct Head
    {
        qint64 seq = 0;
        QByteArray hash = AuditLog::genesisHash();
    };
    QHash<QString, Head> heads;
    AuditLog::Walk global;
    qint64 after = 0;
    for (;;) {
        auto rows = many<std::pair<qint64, AuditRecord>>(
            QStringLiteral("SELECT seq, id, workspace_id, environment, actor, action, target, "
                           "details, created_at, prev_hash, hash FROM audit_events WHERE seq > ? "
                           "ORDER BY seq LIMIT 1000"),
            {after},
            [](const QSqlQuery &q) {
                // In the old chain a record's number was its global seq.
                return std::pair{q.value(0).toLongLong(), auditFromRow(q)};
            },
            "migrate the audit log");
        if (!rows.ok())
            return rows.error();
        if (rows->isEmpty())
            break;
        for (auto &[seq, r] : *rows) {
            if (!global.feed(r)) {
                const AuditLog::ChainCheck &bad = global.check();
                ApiError e = ApiError::internal(
                    tr("The store (%1) cannot be upgraded: its audit log's hash chain is broken "
                       "at record %2 (%3): %4. Nothing was changed; the store stays at schema "
                       "version %5. Restore a backup from before the damage.")
                        .arg(m_description)
                        .arg(bad.firstBadSeq)
                        .arg(bad.firstBadId, bad.reason)
                        .arg(schemaVersion()));
                e.code = QStringLiteral("store_error");
                return e;
            }
            Head &head = heads[r.workspaceId];
            r.seq = ++head.seq;
            r.prevHash = head.hash;
            r.hash = AuditLog::chainHash(r.prevHash, r);
            head.hash = r.hash;
            if (Status u = run(QStringLiteral("UPDATE audit_events SET ws_seq = ?, prev_hash = ?, "
                                              "hash = ? WHERE seq = ?"),
                               {r.seq, r.prevHash, r.hash, seq}, "migrate the audit log");
                !u.ok())
                return u;
            after = seq;
        }
    }

    const QStringList finish = {
        QStringLiteral("CREATE UNIQUE INDEX audit_events_chain ON audit_events (workspace_id, "
                       "ws_seq)"),
        QString::fromLatin1(m_postgres ? kPostgresAuditAppendOnly : kSqliteAuditNoUpdate),
    };
    for (const QString &sql : finish)
        if (Status e = execSql(sql, "migrate the audit log"); !e.ok())
            return e;
    return success();
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

// Change notification --------------------------------------------------------------------------
//
// SQLite: one process; a change reaches the onChange handler when its transaction commits.
//
// PostgreSQL, several instances (docs/postgresql.md, "Revocation across instances"):
// - Every change gets the next number from the one row of latchkey_change_head. That row's
//   lock is held to the commit, so numbers are gapless and in commit order. The change is
//   kept in latchkey_changes and announced by NOTIFY latchkey_changes "<seq> <origin> <what>".
// - An instance that holds a cache (onCacheTrust) registers in latchkey_instances. It
//   applies every change it hears of, then acknowledges it: acked_seq in its row and NOTIFY
//   latchkey_acks. Every kHeartbeatMs it reads the changes it may have missed, applies them,
//   and writes its heartbeat (database time) with acked_seq; only then it trusts its cache
//   until kTrustMs after that heartbeat began.
// - whenPropagated() waits until every other instance whose heartbeat is younger than
//   kLivenessMs has acknowledged the newest change, at most kWaitMs. An instance that missed
//   heartbeats stops trusting its cache kLivenessMs - kTrustMs before the others stop
//   waiting for it; its cache is not read again before it has caught up.
// - A lost connection withdraws trust at once and empties the cache; the heartbeat timer
//   reconnects, LISTENs again, empties the cache again and takes the current head as its
//   starting point.

namespace {

QtMessageHandler g_previousHandler = nullptr;

// Dropping statements prepared on a dead connection makes QPSQL warn once per statement that
// it cannot DEALLOCATE them; the session that held them is gone anyway.
void dropDeallocateWarnings(QtMsgType type, const QMessageLogContext &context, const QString &text)
{
    if (type == QtWarningMsg && text.startsWith(QLatin1String("Unable to free statement")))
        return;
    if (g_previousHandler)
        g_previousHandler(type, context, text);
}

ApiError propagationTimeout()
{
    ApiError e = ApiError::internal(
        QCoreApplication::translate("SqlStore",
                                    "The change is saved, but not every latchkeyd instance has "
                                    "confirmed it within %1 ms; until they do, one of them may "
                                    "still answer from its cache. Repeat the request to wait "
                                    "again.")
            .arg(kWaitMs));
    e.status = 503;
    e.code = QStringLiteral("propagation_pending");
    return e;
}

} // namespace

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

SqlStore::Cluster &SqlStore::cluster()
{
    if (!m_cluster) {
        m_cluster = std::make_unique<Cluster>();
        Cluster &c = *m_cluster;
        c.heartbeatTimer.setInterval(kHeartbeatMs);
        c.heartbeatTimer.setTimerType(Qt::PreciseTimer);
        QObject::connect(&c.heartbeatTimer, &QTimer::timeout, [this] { heartbeat(); });
        c.ackTimer.setSingleShot(true);
        QObject::connect(&c.ackTimer, &QTimer::timeout, [this] {
            if (m_txDepth > 0)
                return scheduleAck();
            Cluster &cl = *m_cluster;
            if (cl.joined && cl.connected && !cl.busy && cl.applied > cl.acked)
                if (Status s = sendAck(false); !s.ok())
                    qWarning("latchkey: cannot acknowledge a change: %s",
                             qPrintable(s.error().message));
        });
        c.waiterTimer.setSingleShot(true);
        QObject::connect(&c.waiterTimer, &QTimer::timeout, [this] { checkWaiters(); });
    }
    return *m_cluster;
}

bool SqlStore::lostConnection() const
{
    return m_cluster && !m_cluster->connected;
}

bool SqlStore::connected() const
{
    if (!m_postgres)
        return true;
    if (m_cluster && !m_cluster->connected)
        return false;
    return QSqlDatabase::database(m_connection, false).isOpen();
}

QString SqlStore::instanceId() const
{
    return m_cluster && m_cluster->joined ? m_cluster->id : QString();
}

void SqlStore::publishChange(const QString &what)
{
    if (!m_postgres) {
        if (m_txDepth > 0)
            m_pendingChanges << what;
        else
            deliver({what});
        return;
    }
    const bool outermost = m_txDepth == 0;
    // Inside an open transaction this joins it, and a failure here rolls the change back: a
    // change that other instances cannot learn of does not happen.
    const Status s = transaction([&]() -> Status {
        auto seq = one<qint64>(
            QStringLiteral("UPDATE latchkey_change_head SET seq = seq + 1 WHERE id = 1 "
                           "RETURNING seq"),
            {}, [](const QSqlQuery &q) { return q.value(0).toLongLong(); }, "number a change");
        if (!seq.ok())
            return seq.error();
        if (!seq->has_value())
            return storeError("number a change", tr("the change head is missing"));
        const QString origin = m_cluster && m_cluster->joined ? m_cluster->id : QStringLiteral("-");
        if (Status r = run(QStringLiteral("INSERT INTO latchkey_changes (seq, origin, what) VALUES "
                                          "(?, ?, ?)"),
                           {**seq, origin, what}, "record a change");
            !r.ok())
            return r;
        if (Status r = run(QStringLiteral("SELECT pg_notify(?, ?)"),
                           {QString::fromLatin1(kChannel),
                            QStringLiteral("%1 %2 %3").arg(**seq).arg(origin, what)},
                           "notify other instances");
            !r.ok())
            return r;
        m_pendingChanges << what; // delivered here when the transaction commits
        return success();
    });
    if (!s.ok()) {
        qWarning("latchkey: cannot publish a change: %s", qPrintable(s.error().message));
        if (outermost) // forgetting a cached thing is always safe
            deliver({what});
    }
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
    if (Status s = listen(); !s.ok())
        qWarning("latchkey: cannot LISTEN for changes on %s: %s", qPrintable(m_description),
                 qPrintable(s.error().message));
}

Status SqlStore::listen()
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlDriver *driver = db.driver();
    for (const char *channel : {kChannel, kAckChannel}) {
        const QString name = QString::fromLatin1(channel);
        if (!driver->subscribedToNotifications().contains(name) &&
            !driver->subscribeToNotification(name)) {
            noteFailure();
            return storeError("LISTEN for changes", driver->lastError().text());
        }
    }
    if (!m_notification)
        m_notification = QObject::connect(
            driver, &QSqlDriver::notification,
            [this](const QString &name, QSqlDriver::NotificationSource source,
                   const QVariant &payload) {
                onNotification(name, source == QSqlDriver::SelfSource, payload.toString());
            });
    // The driver reads the connection when its socket turns readable; a server that went
    // away shows there first, well before the next heartbeat.
    Cluster &c = cluster();
    QObject::disconnect(c.socketWatch);
    if (auto *notifier = driver->findChild<QSocketNotifier *>())
        c.socketWatch =
            QObject::connect(notifier, &QSocketNotifier::activated, &c.heartbeatTimer, [this] {
                if (m_cluster && m_cluster->connected &&
                    !QSqlDatabase::database(m_connection, false).isOpen())
                    connectionLost();
            });
    return success();
}

void SqlStore::onNotification(const QString &channel, bool self, const QString &payload)
{
    if (channel == QLatin1String(kAckChannel)) {
        if (m_cluster && !m_cluster->waiters.empty())
            scheduleWaiterCheck(0);
        return;
    }
    if (channel != QLatin1String(kChannel))
        return;
    // "<seq> <origin> <what>"
    const qsizetype first = payload.indexOf(u' ');
    const qsizetype second = first < 0 ? -1 : payload.indexOf(u' ', first + 1);
    bool numbered = false;
    const qint64 seq = second < 0 ? 0 : payload.left(first).toLongLong(&numbered);
    const QString what = numbered ? payload.mid(second + 1) : payload;
    // Our own changes were delivered locally on commit already.
    if (!self && m_changeHandler)
        m_changeHandler(what);
    // Notifications come in commit order, and numbers follow commit order: every change up to
    // this one has been heard of (and applied) on this connection.
    if (numbered && m_cluster && m_cluster->joined && m_cluster->connected &&
        seq > m_cluster->applied) {
        m_cluster->applied = seq;
        scheduleAck();
    }
}

void SqlStore::scheduleAck()
{
    Cluster &c = cluster();
    if (!c.ackTimer.isActive())
        c.ackTimer.start(m_txDepth > 0 ? 5 : 0);
}

Status SqlStore::sendAck(bool withHeartbeat)
{
    Cluster &c = cluster();
    const qint64 applied = c.applied;
    if (withHeartbeat) {
        if (Status s = run(QStringLiteral("INSERT INTO latchkey_instances (id, host, pid, "
                                          "heartbeat_at, acked_seq) VALUES (?, ?, ?, now(), ?) "
                                          "ON CONFLICT (id) DO UPDATE SET heartbeat_at = now(), "
                                          "acked_seq = EXCLUDED.acked_seq"),
                           {c.id, QSysInfo::machineHostName().left(200),
                            QCoreApplication::applicationPid(), applied},
                           "write the instance heartbeat");
            !s.ok())
            return s;
    } else {
        int rows = 0;
        if (Status s =
                run(QStringLiteral("UPDATE latchkey_instances SET acked_seq = ? WHERE id = ?"),
                    {applied, c.id}, "acknowledge a change", &rows);
            !s.ok())
            return s;
        if (rows == 0) // our row was pruned (a long stop): the heartbeat writes it anew
            return success();
    }
    if (applied > c.acked) {
        if (Status s = run(QStringLiteral("SELECT pg_notify(?, ?)"),
                           {QString::fromLatin1(kAckChannel), c.id}, "acknowledge a change");
            !s.ok())
            return s;
    }
    c.acked = applied;
    return success();
}

Status SqlStore::catchUp()
{
    Cluster &c = cluster();
    using Row = std::pair<qint64, QString>;
    auto rows = many<Row>(
        QStringLiteral("SELECT seq, what FROM latchkey_changes WHERE seq > ? ORDER BY seq "
                       "LIMIT 1001"),
        {c.applied},
        [](const QSqlQuery &q) {
            return Row{q.value(0).toLongLong(), q.value(1).toString()};
        },
        "read the changes of other instances");
    if (!rows.ok())
        return rows.error();
    if (rows->isEmpty())
        return success();
    if (rows->first().first != c.applied + 1 || rows->size() > 1000) {
        // Too far behind (the log was pruned, or a very long stop): forget everything.
        auto head = one<qint64>(
            QStringLiteral("SELECT seq FROM latchkey_change_head WHERE id = 1"), {},
            [](const QSqlQuery &q) { return q.value(0).toLongLong(); }, "read the change head");
        if (!head.ok())
            return head.error();
        deliver({QString(kEverything)});
        c.applied = qMax(c.applied, head->value_or(0));
        return success();
    }
    QStringList changes;
    for (const Row &r : *rows)
        changes << r.second;
    deliver(changes);
    c.applied = rows->last().first;
    return success();
}

void SqlStore::setTrust(qint64 untilMs)
{
    Cluster &c = cluster();
    c.trustUntil = untilMs;
    if (c.trustHandler)
        c.trustHandler(untilMs);
}

void SqlStore::heartbeat()
{
    Cluster &c = cluster();
    if (!c.joined || c.busy || m_txDepth > 0)
        return;
    if (!c.connected) {
        if (Store::steadyNowMs() >= c.nextReconnect)
            reconnect();
        return;
    }
    c.busy = true;
    const qint64 began = Store::steadyNowMs();
    Status s = catchUp();
    if (s.ok())
        s = sendAck(true);
    if (s.ok() && began - c.lastPrune >= kPruneEveryMs) {
        c.lastPrune = began;
        (void)run(QStringLiteral("DELETE FROM latchkey_changes WHERE created_at < now() - interval "
                                 "'10 minutes' AND seq < (SELECT seq FROM latchkey_change_head "
                                 "WHERE id = 1)"),
                  {}, "prune the change log");
        (void)run(QStringLiteral("DELETE FROM latchkey_instances WHERE heartbeat_at < now() - "
                                 "interval '1 day'"),
                  {}, "prune the instance list");
    }
    c.busy = false;
    if (s.ok() && c.connected)
        setTrust(began + kTrustMs);
    // else: a lost connection was handled by noteFailure(); a failed statement on a live
    // connection lets the trust lapse at its deadline.
}

void SqlStore::noteFailure()
{
    if (!m_postgres || !m_cluster || !m_cluster->connected)
        return;
    if (!QSqlDatabase::database(m_connection, false).isOpen())
        connectionLost();
}

void SqlStore::connectionLost()
{
    Cluster &c = cluster();
    if (!c.connected)
        return;
    c.connected = false;
    c.reconnectDelay = kHeartbeatMs;
    c.nextReconnect = 0;
    qWarning("latchkey: lost the connection to %s; verifying against the database (503 while it "
             "is unreachable) until latchkeyd has reconnected",
             qPrintable(m_description));
    setTrust(0);
    deliver({QString(kEverything)});
    if (!c.waiters.empty())
        scheduleWaiterCheck(0);
}

bool SqlStore::reconnect()
{
    Cluster &c = cluster();
    c.busy = true;
    c.nextReconnect = Store::steadyNowMs() + c.reconnectDelay;
    c.reconnectDelay = qMin(c.reconnectDelay * 2, kMaxReconnectDelayMs);
    QObject::disconnect(c.socketWatch);
    g_previousHandler = qInstallMessageHandler(dropDeallocateWarnings);
    m_prepared.clear();
    qInstallMessageHandler(g_previousHandler);
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    db.close();
    bool ok = db.open();
    // Connected, not yet trusted: LISTEN first, then forget everything, then take the head.
    // A change committed after the head was read is heard of; one before is in the database.
    if (ok) {
        c.connected = true; // storeError() and noteFailure() judge by the connection again
        ok = configure().ok() && listen().ok();
    }
    std::optional<qint64> head;
    if (ok) {
        deliver({QString(kEverything)});
        auto h = one<qint64>(
            QStringLiteral("SELECT seq FROM latchkey_change_head WHERE id = 1"), {},
            [](const QSqlQuery &q) { return q.value(0).toLongLong(); }, "read the change head");
        ok = h.ok() && h->has_value();
        if (ok)
            head = **h;
    }
    c.busy = false;
    if (!ok) {
        c.connected = false;
        db.close();
        return false;
    }
    c.applied = *head;
    c.acked = -1;
    c.reconnectDelay = kHeartbeatMs;
    qInfo("latchkey: reconnected to %s", qPrintable(m_description));
    heartbeat();
    if (!c.waiters.empty())
        scheduleWaiterCheck(0);
    return true;
}

void SqlStore::onCacheTrust(std::function<void(qint64 trustedUntilMs)> handler)
{
    if (!m_postgres)
        return Store::onCacheTrust(std::move(handler));
    Cluster &c = cluster();
    c.trustHandler = std::move(handler);
    if (!c.trustHandler)
        return leave();
    if (c.joined)
        return c.trustHandler(c.trustUntil);
    c.joined = true;
    c.trustUntil = 0;
    c.trustHandler(0);
    c.heartbeatTimer.start();
    if (Status s = listen(); !s.ok()) {
        qWarning("latchkey: cannot LISTEN for changes on %s: %s", qPrintable(m_description),
                 qPrintable(s.error().message));
        return;
    }
    auto head = one<qint64>(
        QStringLiteral("SELECT seq FROM latchkey_change_head WHERE id = 1"), {},
        [](const QSqlQuery &q) { return q.value(0).toLongLong(); }, "read the change head");
    if (!head.ok() || !head->has_value())
        return; // the heartbeat retries; the cache stays untrusted until then
    c.applied = **head;
    heartbeat();
}

void SqlStore::leave()
{
    if (!m_cluster || !m_cluster->joined)
        return;
    Cluster &c = *m_cluster;
    c.joined = false;
    c.heartbeatTimer.stop();
    c.ackTimer.stop();
    if (c.connected && m_txDepth == 0)
        (void)run(QStringLiteral("DELETE FROM latchkey_instances WHERE id = ?"), {c.id},
                  "leave the instance list");
}

void SqlStore::whenPropagated(std::function<void(Status)> done)
{
    if (!m_postgres)
        return done(success());
    Cluster &c = cluster();
    if (Status s = listen(); !s.ok())
        return done(s.error());
    auto head = one<qint64>(
        QStringLiteral("SELECT seq FROM latchkey_change_head WHERE id = 1"), {},
        [](const QSqlQuery &q) { return q.value(0).toLongLong(); }, "read the change head");
    if (!head.ok())
        return done(head.error());
    c.waiters.push_back({head->value_or(0), Store::steadyNowMs() + kWaitMs, std::move(done)});
    checkWaiters();
}

void SqlStore::scheduleWaiterCheck(int delayMs)
{
    Cluster &c = cluster();
    if (!c.waiterTimer.isActive() || c.waiterTimer.remainingTime() > delayMs)
        c.waiterTimer.start(delayMs);
}

void SqlStore::checkWaiters()
{
    Cluster &c = cluster();
    if (c.waiters.empty())
        return;
    if (m_txDepth > 0 || c.busy)
        return scheduleWaiterCheck(5);
    // The lowest acknowledgement among the other live instances (database clock on both
    // sides of the comparison).
    std::optional<qint64> lowest;
    if (c.connected) {
        auto r = one<qint64>(
            QStringLiteral("SELECT COALESCE(MIN(acked_seq), ?) FROM latchkey_instances WHERE id "
                           "<> ? AND heartbeat_at > clock_timestamp() - make_interval(secs => "
                           "CAST(? AS DOUBLE PRECISION))"),
            {std::numeric_limits<qint64>::max(), c.id, kLivenessMs / 1000.0},
            [](const QSqlQuery &q) { return q.value(0).toLongLong(); },
            "read the other instances' acknowledgements");
        if (r.ok() && r->has_value())
            lowest = **r;
    }
    const qint64 now = Store::steadyNowMs();
    std::vector<std::pair<std::function<void(Status)>, Status>> finished;
    std::vector<Cluster::Waiter> waiting;
    for (Cluster::Waiter &w : c.waiters) {
        if (lowest && w.seq <= *lowest)
            finished.emplace_back(std::move(w.done), success());
        else if (!c.connected)
            finished.emplace_back(std::move(w.done),
                                  storeError("confirm a change", tr("the connection is lost")));
        else if (now >= w.deadline)
            finished.emplace_back(std::move(w.done), propagationTimeout());
        else
            waiting.push_back(std::move(w));
    }
    c.waiters = std::move(waiting);
    if (!c.waiters.empty())
        scheduleWaiterCheck(kRecheckMs);
    for (auto &[done, status] : finished)
        done(status);
}

} // namespace latchkey
