// SPDX-License-Identifier: MIT
// SqlStore: opening a store, its schema and migrations, statements and transactions.
#include "sqlstore_p.h"

namespace latchkey {

namespace {

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
        // Teams (docs/teams.md): when each member joined, and invitations, whose tokens are kept
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
        // Roll lineage: every key read says which key replaced it (kKeyColumns), found by
        // rolled_from.
        {5, {"CREATE INDEX api_keys_by_rolled_from ON api_keys (rolled_from)"}, {}, {}},
        // Key details (docs/api.md, "Usage"): the address of the last use, a description and
        // metadata on keys, and per-day verify counts by outcome, kept kUsageRetentionDays.
        {6,
         {
             "ALTER TABLE api_keys ADD COLUMN last_used_ip TEXT",
             "ALTER TABLE api_keys ADD COLUMN description TEXT NOT NULL DEFAULT ''",
             "ALTER TABLE api_keys ADD COLUMN metadata TEXT NOT NULL DEFAULT '{}'",
             // NOLINTNEXTLINE(bugprone-suspicious-missing-comma): one statement, two lines
             "CREATE TABLE key_usage (key_id TEXT NOT NULL, day BIGINT NOT NULL, outcome TEXT "
             "NOT NULL, count BIGINT NOT NULL, PRIMARY KEY (key_id, day, outcome))",
             "CREATE INDEX key_usage_by_day ON key_usage (day)",
         },
         {},
         {}},
        // The key list's store-side order and filters (KeyOrder, KeyQuery::statuses and
        // createdBefore): each walks an index instead of sorting every key of a workspace.
        {7,
         {
             "CREATE INDEX api_keys_by_name ON api_keys (workspace_id, (LOWER(name)), seq)",
             "CREATE INDEX api_keys_by_last_use ON api_keys (workspace_id, "
             "(COALESCE(last_used, -1)), seq)",
             "CREATE INDEX api_keys_by_expiry ON api_keys (workspace_id, expires_at)",
             "CREATE INDEX api_keys_by_created ON api_keys (workspace_id, created_at)",
         },
         {},
         {}},
    };
    return list;
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

Result<QSqlQuery *> SqlStore::executed(const QString &sql, const QVariantList &args,
                                       const char *operation, bool forwardOnly)
{
    auto q = prepared(sql);
    if (!q.ok())
        return q.error();
    QSqlQuery &query = **q;
    if (forwardOnly)
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
    return &query;
}

Status SqlStore::run(const QString &sql, const QVariantList &args, const char *operation,
                     int *rowsAffected)
{
    auto q = executed(sql, args, operation, false);
    if (!q.ok())
        return q.error();
    QSqlQuery &query = **q;
    if (rowsAffected)
        *rowsAffected = query.numRowsAffected();
    query.finish();
    return success();
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

} // namespace latchkey
