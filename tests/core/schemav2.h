// SPDX-License-Identifier: MIT
#pragma once
// A store as Latchkey schema version 2 left it, written with raw SQL: every table, the
// append-only triggers, and an audit log that is one hash chain across all workspaces (each
// record's number is its global seq). The starting point of the migration tests.

#include "core/auditlog.h"

#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace latchkey::testing {

inline QStringList schemaV2Statements(bool postgres)
{
    const QString serial = postgres ? QStringLiteral("BIGSERIAL PRIMARY KEY")
                                    : QStringLiteral("INTEGER PRIMARY KEY "
                                                     "AUTOINCREMENT");
    const QString blob = postgres ? QStringLiteral("BYTEA") : QStringLiteral("BLOB");
    QStringList out = {
        QStringLiteral("CREATE TABLE latchkey_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
        QStringLiteral("INSERT INTO latchkey_meta (key, value) VALUES ('schema_version', '2')"),
        QStringLiteral("CREATE TABLE workspaces (id TEXT PRIMARY KEY, name TEXT NOT NULL, "
                       "created_at BIGINT NOT NULL)"),
        QStringLiteral("CREATE TABLE users (id TEXT PRIMARY KEY, email TEXT NOT NULL UNIQUE, "
                       "password_hash TEXT NOT NULL, created_at BIGINT NOT NULL)"),
        QStringLiteral("CREATE TABLE memberships (workspace_id TEXT NOT NULL REFERENCES "
                       "workspaces(id) ON DELETE CASCADE, user_id TEXT NOT NULL REFERENCES "
                       "users(id) ON DELETE CASCADE, role TEXT NOT NULL, PRIMARY KEY "
                       "(workspace_id, user_id))"),
        QStringLiteral("CREATE TABLE subscriptions (workspace_id TEXT NOT NULL REFERENCES "
                       "workspaces(id) ON DELETE CASCADE, service TEXT NOT NULL, active INTEGER "
                       "NOT NULL, updated_at BIGINT NOT NULL, PRIMARY KEY (workspace_id, "
                       "service))"),
        QStringLiteral("CREATE TABLE api_keys (seq %1, id TEXT NOT NULL UNIQUE, workspace_id TEXT "
                       "NOT NULL REFERENCES workspaces(id), environment TEXT NOT NULL, type TEXT "
                       "NOT NULL, name TEXT NOT NULL, prefix TEXT NOT NULL, last4 TEXT NOT NULL, "
                       "hash %2 NOT NULL UNIQUE, token TEXT, service_id TEXT, scopes TEXT NOT "
                       "NULL, allowed_origins TEXT NOT NULL, ip_allowlist TEXT NOT NULL, "
                       "endpoints TEXT NOT NULL, rate_limit INTEGER, rate_window INTEGER, "
                       "created_at BIGINT NOT NULL, created_by TEXT NOT NULL, last_used BIGINT, "
                       "expires_at BIGINT, revoked_at BIGINT, rolled_from TEXT)")
            .arg(serial, blob),
        QStringLiteral("CREATE INDEX api_keys_by_workspace ON api_keys (workspace_id, "
                       "environment, type, seq)"),
        QStringLiteral("CREATE TABLE webhook_endpoints (seq %1, id TEXT NOT NULL UNIQUE, "
                       "workspace_id TEXT NOT NULL REFERENCES workspaces(id), environment TEXT "
                       "NOT NULL, url TEXT NOT NULL, description TEXT NOT NULL, events TEXT NOT "
                       "NULL, created_at BIGINT NOT NULL, created_by TEXT NOT NULL)")
            .arg(serial),
        QStringLiteral("CREATE TABLE webhook_secrets (id TEXT PRIMARY KEY, endpoint_id TEXT NOT "
                       "NULL REFERENCES webhook_endpoints(id) ON DELETE CASCADE, sealed %1 NOT "
                       "NULL, last4 TEXT NOT NULL, created_at BIGINT NOT NULL, expires_at BIGINT)")
            .arg(blob),
        QStringLiteral("CREATE TABLE audit_events (seq BIGINT PRIMARY KEY, id TEXT NOT NULL "
                       "UNIQUE, workspace_id TEXT NOT NULL, environment TEXT NOT NULL, actor TEXT "
                       "NOT NULL, action TEXT NOT NULL, target TEXT NOT NULL, details TEXT NOT "
                       "NULL, created_at BIGINT NOT NULL, prev_hash %1 NOT NULL, hash %1 NOT "
                       "NULL)")
            .arg(blob),
        QStringLiteral("CREATE INDEX audit_events_by_workspace ON audit_events (workspace_id, "
                       "seq)"),
        QStringLiteral("CREATE TABLE sessions (id TEXT PRIMARY KEY, user_id TEXT NOT NULL "
                       "REFERENCES users(id) ON DELETE CASCADE, token_hash %1 NOT NULL UNIQUE, "
                       "created_at BIGINT NOT NULL, last_seen BIGINT NOT NULL, expires_at BIGINT "
                       "NOT NULL, revoked_at BIGINT)")
            .arg(blob),
    };
    if (postgres) {
        out << QStringLiteral("CREATE FUNCTION latchkey_audit_append_only() RETURNS trigger AS $$ "
                              "BEGIN RAISE EXCEPTION 'the audit log is append-only'; END $$ "
                              "LANGUAGE plpgsql")
            << QStringLiteral("CREATE TRIGGER audit_events_append_only BEFORE UPDATE OR DELETE "
                              "ON audit_events FOR EACH ROW EXECUTE FUNCTION "
                              "latchkey_audit_append_only()")
            << QStringLiteral("CREATE TABLE latchkey_change_head (id INTEGER PRIMARY KEY CHECK "
                              "(id = 1), seq BIGINT NOT NULL)")
            << QStringLiteral("INSERT INTO latchkey_change_head (id, seq) VALUES (1, 0)")
            << QStringLiteral("CREATE TABLE latchkey_changes (seq BIGINT PRIMARY KEY, origin "
                              "TEXT NOT NULL, what TEXT NOT NULL, created_at TIMESTAMPTZ NOT "
                              "NULL DEFAULT now())")
            << QStringLiteral("CREATE TABLE latchkey_instances (id TEXT PRIMARY KEY, host TEXT "
                              "NOT NULL, pid BIGINT NOT NULL, started_at TIMESTAMPTZ NOT NULL "
                              "DEFAULT now(), heartbeat_at TIMESTAMPTZ NOT NULL, acked_seq "
                              "BIGINT NOT NULL)");
    } else {
        out << QStringLiteral("CREATE TRIGGER audit_events_no_update BEFORE UPDATE ON "
                              "audit_events BEGIN SELECT RAISE(ABORT, 'the audit log is "
                              "append-only'); END")
            << QStringLiteral("CREATE TRIGGER audit_events_no_delete BEFORE DELETE ON "
                              "audit_events BEGIN SELECT RAISE(ABORT, 'the audit log is "
                              "append-only'); END");
    }
    return out;
}

/// Writes a version 2 store into the empty database \p db: one workspace per entry of
/// \p workspaceOfRecord's distinct values, and one audit record per entry, chained globally
/// as version 2 did. \p forge, if set, is applied to the record numbered \p forgedSeq after
/// its hash was computed (a change made without recomputing the hash). Returns the records
/// as written, in global order, or an empty list when a statement failed (a warning says why).
inline QList<AuditRecord> writeSchemaV2Store(QSqlDatabase db, bool postgres,
                                             const QStringList &workspaceOfRecord,
                                             qint64 forgedSeq = 0,
                                             const std::function<void(AuditRecord &)> &forge = {})
{
    QSqlQuery q(db);
    for (const QString &sql : schemaV2Statements(postgres))
        if (!q.exec(sql)) {
            qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
            return {};
        }
    QStringList workspaces = workspaceOfRecord;
    workspaces.removeDuplicates();
    for (const QString &ws : std::as_const(workspaces)) {
        q.prepare(QStringLiteral("INSERT INTO workspaces (id, name, created_at) VALUES (?, ?, ?)"));
        q.addBindValue(ws);
        q.addBindValue(ws.toUpper());
        q.addBindValue(qint64(1'790'000'000'000));
        if (!q.exec()) {
            qWarning("insert workspace: %s", qPrintable(q.lastError().text()));
            return {};
        }
    }
    QList<AuditRecord> written;
    QByteArray prev = AuditLog::genesisHash();
    for (int i = 0; i < workspaceOfRecord.size(); ++i) {
        AuditRecord r;
        r.seq = i + 1;
        r.id = QStringLiteral("evt_v2_%1").arg(i + 1, 4, 10, QLatin1Char('0'));
        r.workspaceId = workspaceOfRecord[i];
        r.environment = i % 3 ? QStringLiteral("test") : QStringLiteral("live");
        r.actor = QStringLiteral("owner@%1.test").arg(r.workspaceId);
        r.action = QStringLiteral("api_key.created");
        r.target = QStringLiteral("key_%1").arg(i + 1);
        r.details = {{QStringLiteral("name"), QStringLiteral("Key %1").arg(i + 1)}};
        r.createdAt = 1'790'000'000'000 + i;
        r.prevHash = prev;
        r.hash = AuditLog::chainHash(prev, r);
        prev = r.hash;
        if (r.seq == forgedSeq && forge)
            forge(r);
        q.prepare(QStringLiteral("INSERT INTO audit_events (seq, id, workspace_id, environment, "
                                 "actor, action, target, details, created_at, prev_hash, hash) "
                                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        for (const QVariant &v : QVariantList{
                 r.seq, r.id, r.workspaceId, r.environment, r.actor, r.action, r.target,
                 QString::fromUtf8(QJsonDocument(r.details).toJson(QJsonDocument::Compact)),
                 r.createdAt, r.prevHash, r.hash})
            q.addBindValue(v);
        if (!q.exec()) {
            qWarning("insert audit record: %s", qPrintable(q.lastError().text()));
            return {};
        }
        written << r;
    }
    return written;
}

} // namespace latchkey::testing
