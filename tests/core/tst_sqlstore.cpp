// SPDX-License-Identifier: MIT
// The SQLite store: migrations, durability settings, refusal of foreign, damaged or newer
// files, transactions, paging, the append-only audit table and the change feed; the move of
// a version 2 store's global audit chain to one chain per workspace, refused when it is broken.
#include "core/auditlog.h"
#include "core/crypto.h"
#include "core/sqlstore.h"
#include "fixture.h"
#include "schemav2.h"

#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

using namespace latchkey;
using latchkey::testing::Fixture;

namespace {
// A second, independent connection to the same file: what another program (or an attacker
// with the file) sees.
struct RawConnection
{
    QString name = QStringLiteral("raw-") + QString::number(quintptr(this));
    explicit RawConnection(const QString &path)
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.open();
    }
    ~RawConnection()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
    QVariant scalar(const QString &sql)
    {
        QSqlQuery q(QSqlDatabase::database(name));
        if (!q.exec(sql) || !q.next())
            return {};
        return q.value(0);
    }
    bool exec(const QString &sql)
    {
        QSqlQuery q(QSqlDatabase::database(name));
        return q.exec(sql);
    }
};

ApiKeyRecord sampleKey(const QString &ws, int i)
{
    ApiKeyRecord k;
    k.id = QStringLiteral("key_%1").arg(i, 6, 10, QLatin1Char('0'));
    k.workspaceId = ws;
    k.environment = i % 2 ? Environment::Live : Environment::Test;
    k.type = i % 5 == 0 ? KeyType::Public : KeyType::Secret;
    k.name = QStringLiteral("Key %1").arg(i);
    k.prefix = QStringLiteral("sk_test_");
    k.last4 = QStringLiteral("ab%1").arg(i % 100, 2, 10, QLatin1Char('0'));
    k.hash = crypto::sha256(k.id.toLatin1());
    k.scopes = {QStringLiteral("service.forms.submit")};
    k.createdAt = 1000 + i;
    k.createdBy = QStringLiteral("owner@acme.test");
    return k;
}
} // namespace

class TestSqlStore : public QObject
{
    Q_OBJECT

private slots:
    void createsSchemaWithDurableSettings();
    void reopensWithoutMigratingAgain();
    void refusesBadUrls_data();
    void refusesBadUrls();
    void refusesAFileThatIsNotADatabase();
    void refusesADatabaseOfAnotherProgram();
    void refusesANewerSchema();
    void transactionIsAllOrNothing();
    void keyRoundTrip();
    void pagingIsNewestFirstWithHasMore();
    void filtersAndCounting();
    void startingAfterAnUnknownIdIsABadRequest();
    void auditTableIsAppendOnly();
    void migratesTheGlobalAuditChainToOneChainPerWorkspace();
    void refusesToMigrateATamperedAuditChain();
    void changesAreDeliveredOnCommitOnly();
    void acknowledgedWriteSurvivesAHardStop();
};

void TestSqlStore::createsSchemaWithDurableSettings()
{
    Fixture f;
    QCOMPARE(f.store->schemaVersion(), SqlStore::kSchemaVersion);
    QVERIFY(QFile::exists(f.path));
    RawConnection raw(f.path);
    QCOMPARE(raw.scalar(QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
    // synchronous and foreign_keys are per connection: check the store's own.
    QSqlQuery q(QSqlDatabase::database(QSqlDatabase::connectionNames().first()));
    for (const QString &name : QSqlDatabase::connectionNames()) {
        if (!name.startsWith(QLatin1String("latchkey-")))
            continue;
        QSqlQuery own(QSqlDatabase::database(name));
        QVERIFY(own.exec(QStringLiteral("PRAGMA synchronous")) && own.next());
        QCOMPARE(own.value(0).toInt(), 2); // FULL
        QVERIFY(own.exec(QStringLiteral("PRAGMA foreign_keys")) && own.next());
        QCOMPARE(own.value(0).toInt(), 1);
    }
}

void TestSqlStore::reopensWithoutMigratingAgain()
{
    Fixture f;
    QVERIFY(f.store->insertKey(sampleKey(f.ws.id, 1)).ok());
    const QString path = f.path;
    f.store.reset();
    auto again = SqlStore::open(QStringLiteral("sqlite:") + path);
    QVERIFY2(again.ok(), qPrintable(again.ok() ? QString() : again.error().message));
    auto k = (*again)->key(f.ws.id, QStringLiteral("key_000001"));
    QVERIFY(k.ok() && k->has_value());
    QCOMPARE((*k)->name, QStringLiteral("Key 1"));
}

void TestSqlStore::refusesBadUrls_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("empty") << QString() << "Unknown store URL";
    QTest::newRow("mysql") << "mysql://x/y"
                           << "Unknown store URL";
    QTest::newRow("sqlite-no-path") << "sqlite:"
                                    << "names no file";
    QTest::newRow("postgres-no-db") << "postgresql://user@localhost"
                                    << "postgresql://";
}

void TestSqlStore::refusesBadUrls()
{
    QFETCH(QString, url);
    QFETCH(QString, messagePart);
    auto s = SqlStore::open(url);
    QVERIFY(!s.ok());
    QVERIFY2(s.error().message.contains(messagePart), qPrintable(s.error().message));
}

void TestSqlStore::refusesAFileThatIsNotADatabase()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("garbage.db"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    const QByteArray junk =
        QByteArray("this is not a database, it is a shopping list\n").repeated(200);
    f.write(junk);
    f.close();
    auto s = SqlStore::open(QStringLiteral("sqlite:") + path);
    QVERIFY(!s.ok());
    QCOMPARE(s.error().code, QStringLiteral("store_error"));
    QVERIFY2(s.error().message.contains(path), qPrintable(s.error().message));
    // Never silently reset: the file is untouched.
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), junk);
}

void TestSqlStore::refusesADatabaseOfAnotherProgram()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("other.db"));
    {
        RawConnection raw(path);
        QVERIFY(raw.exec(QStringLiteral("CREATE TABLE recipes (id INTEGER, name TEXT)")));
    }
    auto s = SqlStore::open(QStringLiteral("sqlite:") + path);
    QVERIFY(!s.ok());
    QVERIFY2(s.error().message.contains(QStringLiteral("recipes")), qPrintable(s.error().message));
}

void TestSqlStore::refusesANewerSchema()
{
    Fixture f;
    const QString path = f.path;
    f.store.reset();
    {
        RawConnection raw(path);
        QVERIFY(raw.exec(
            QStringLiteral("UPDATE latchkey_meta SET value = '99' WHERE key = 'schema_version'")));
    }
    auto s = SqlStore::open(QStringLiteral("sqlite:") + path);
    QVERIFY(!s.ok());
    QVERIFY2(s.error().message.contains(QStringLiteral("99")), qPrintable(s.error().message));
    QVERIFY(s.error().message.contains(QStringLiteral("newer")));
    RawConnection raw(path);
    QCOMPARE(raw.scalar(QStringLiteral("SELECT COUNT(*) FROM workspaces")).toInt(), 1);
}

void TestSqlStore::transactionIsAllOrNothing()
{
    Fixture f;
    Status s = f.store->transaction([&]() -> Status {
        if (Status a = f.store->insertKey(sampleKey(f.ws.id, 1)); !a.ok())
            return a;
        return f.store->insertKey(sampleKey(f.ws.id, 1)); // duplicate id: fails
    });
    QVERIFY(!s.ok());
    QCOMPARE(s.error().code, QStringLiteral("store_error"));
    auto k = f.store->key(f.ws.id, QStringLiteral("key_000001"));
    QVERIFY(k.ok());
    QVERIFY(!k->has_value()); // the first insert was rolled back too
    // Work that reports failure rolls back as well.
    s = f.store->transaction([&]() -> Status {
        (void)f.store->insertKey(sampleKey(f.ws.id, 2));
        return ApiError::invalidRequest(QStringLiteral("x"), QStringLiteral("changed my mind"));
    });
    QCOMPARE(s.error().code, QStringLiteral("invalid_request"));
    QVERIFY(!f.store->key(f.ws.id, QStringLiteral("key_000002"))->has_value());
}

void TestSqlStore::keyRoundTrip()
{
    Fixture f;
    ApiKeyRecord k = sampleKey(f.ws.id, 7);
    k.allowedOrigins = {QStringLiteral("https://*.example.com")};
    k.ipAllowlist = {QStringLiteral("10.0.0.0/8"), QStringLiteral("2001:db8::/32")};
    k.endpoints = {QStringLiteral("POST /v1/forms/*")};
    k.rateLimit = RateLimit{100, 60};
    k.expiresAt = 5000;
    k.token = QStringLiteral("pk_test_xyz");
    k.serviceId = QStringLiteral("forms");
    QVERIFY(f.store->insertKey(k).ok());
    auto back = f.store->keyByHash(k.hash);
    QVERIFY(back.ok() && back->has_value());
    const ApiKeyRecord &b = **back;
    QCOMPARE(b.id, k.id);
    QCOMPARE(b.environment, k.environment);
    QCOMPARE(b.type, k.type);
    QCOMPARE(b.allowedOrigins, k.allowedOrigins);
    QCOMPARE(b.ipAllowlist, k.ipAllowlist);
    QCOMPARE(b.endpoints, k.endpoints);
    QVERIFY(b.rateLimit.has_value());
    QCOMPARE(b.rateLimit->limit, 100);
    QCOMPARE(b.rateLimit->window, 60);
    QCOMPARE(b.expiresAt, std::optional<qint64>(5000));
    QVERIFY(!b.revokedAt.has_value());
    QVERIFY(!b.lastUsed.has_value());
    QCOMPARE(b.token, k.token);

    ApiKeyRecord changed = b;
    changed.name = QStringLiteral("Renamed");
    changed.rateLimit.reset();
    changed.revokedAt = 6000;
    QVERIFY(f.store->updateKey(changed).ok());
    auto again = f.store->key(f.ws.id, k.id);
    QCOMPARE((*again)->name, QStringLiteral("Renamed"));
    QVERIFY(!(*again)->rateLimit.has_value());
    QCOMPARE((*again)->revokedAt, std::optional<qint64>(6000));
    // Another workspace does not see it.
    QVERIFY(!f.store->key(QStringLiteral("ws_other"), k.id)->has_value());
}

void TestSqlStore::pagingIsNewestFirstWithHasMore()
{
    Fixture f;
    QVERIFY(f.store
                ->transaction([&]() -> Status {
                    for (int i = 1; i <= 25; ++i)
                        if (Status s = f.store->insertKey(sampleKey(f.ws.id, i)); !s.ok())
                            return s;
                    return success();
                })
                .ok());
    KeyQuery q;
    q.workspaceId = f.ws.id;
    q.limit = 10;
    QStringList seen;
    int pages = 0;
    for (;;) {
        auto page = f.store->listKeys(q);
        QVERIFY(page.ok());
        ++pages;
        for (const auto &k : page->items)
            seen << k.id;
        if (!page->hasMore)
            break;
        q.startingAfter = page->items.last().id;
    }
    QCOMPARE(pages, 3);
    QCOMPARE(seen.size(), 25);
    QCOMPARE(seen.first(), QStringLiteral("key_000025"));
    QCOMPARE(seen.last(), QStringLiteral("key_000001"));
    QCOMPARE(QSet<QString>(seen.begin(), seen.end()).size(), 25);
}

void TestSqlStore::filtersAndCounting()
{
    Fixture f;
    for (int i = 1; i <= 20; ++i)
        QVERIFY(f.store->insertKey(sampleKey(f.ws.id, i)).ok());
    ApiKeyRecord revoked = **f.store->key(f.ws.id, QStringLiteral("key_000003"));
    revoked.revokedAt = 99;
    QVERIFY(f.store->updateKey(revoked).ok());

    KeyQuery q;
    q.workspaceId = f.ws.id;
    QCOMPARE(*f.store->countKeys(q), 19);
    q.includeRevoked = true;
    QCOMPARE(*f.store->countKeys(q), 20);
    q.environment = Environment::Live; // odd ids
    QCOMPARE(*f.store->countKeys(q), 10);
    q.type = KeyType::Public; // multiples of 5 → 5, 15
    QCOMPARE(*f.store->countKeys(q), 2);
    KeyQuery byName;
    byName.workspaceId = f.ws.id;
    byName.nameContains = QStringLiteral("key 1"); // 1, 10..19
    QCOMPARE(*f.store->countKeys(byName), 11);
    byName.nameContains = QStringLiteral("100%_"); // LIKE metacharacters are literal
    QCOMPARE(*f.store->countKeys(byName), 0);
    byName.nameContains = QStringLiteral("'; DROP TABLE api_keys; --");
    QCOMPARE(*f.store->countKeys(byName), 0);
    KeyQuery all;
    all.workspaceId = f.ws.id;
    QCOMPARE(*f.store->countKeys(all), 19);
}

void TestSqlStore::startingAfterAnUnknownIdIsABadRequest()
{
    Fixture f;
    KeyQuery q;
    q.workspaceId = f.ws.id;
    q.startingAfter = QStringLiteral("key_nope");
    auto page = f.store->listKeys(q);
    QVERIFY(!page.ok());
    QCOMPARE(page.error().status, 400);
    QCOMPARE(page.error().param, QStringLiteral("starting_after"));
}

void TestSqlStore::auditTableIsAppendOnly()
{
    Fixture f;
    AuditRecord r;
    r.workspaceId = f.ws.id;
    r.actor = QStringLiteral("x");
    r.action = QStringLiteral("test.event");
    r.target = QStringLiteral("t");
    auto appended = f.store->appendAudit(r);
    QVERIFY(appended.ok());
    QCOMPARE(appended->seq, 2); // the workspace's creation is record 1
    QCOMPARE(appended->hash, AuditLog::chainHash(appended->prevHash, *appended));
    RawConnection raw(f.path);
    QVERIFY(!raw.exec(QStringLiteral("UPDATE audit_events SET actor = 'mallory'")));
    QVERIFY(!raw.exec(QStringLiteral("DELETE FROM audit_events")));
    QCOMPARE(raw.scalar(QStringLiteral("SELECT COUNT(*) FROM audit_events")).toInt(), 2);
}

namespace {
// Interleaved: ws_a has records 1, 4, 8 of the old global chain; ws_b the other five.
const QStringList kOldOrder = {
    QStringLiteral("ws_a"), QStringLiteral("ws_b"), QStringLiteral("ws_b"), QStringLiteral("ws_a"),
    QStringLiteral("ws_b"), QStringLiteral("ws_b"), QStringLiteral("ws_b"), QStringLiteral("ws_a"),
};
} // namespace

void TestSqlStore::migratesTheGlobalAuditChainToOneChainPerWorkspace()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v2.db"));
    QList<AuditRecord> old;
    {
        RawConnection raw(path);
        old = testing::writeSchemaV2Store(QSqlDatabase::database(raw.name), false, kOldOrder);
    }
    QCOMPARE(old.size(), kOldOrder.size());
    auto store = SqlStore::open(QStringLiteral("sqlite:") + path);
    QVERIFY2(store.ok(), qPrintable(store.ok() ? QString() : store.error().message));
    QCOMPARE((*store)->schemaVersion(), SqlStore::kSchemaVersion);

    auto all = AuditLog::verifyAll(**store);
    QVERIFY(all.ok());
    QCOMPARE(all->keys(), (QStringList{QStringLiteral("ws_a"), QStringLiteral("ws_b")}));
    for (const auto &[ws, count] :
         {std::pair{QStringLiteral("ws_a"), 3}, std::pair{QStringLiteral("ws_b"), 5}}) {
        const AuditLog::ChainCheck check = all->value(ws);
        QVERIFY2(check.intact, qPrintable(ws + u' ' + check.reason));
        QCOMPARE(check.checked, count);
        // Numbered 1…n in the old order, every field kept.
        ListQuery q;
        q.workspaceId = ws;
        q.limit = 100;
        auto page = (*store)->listAudit(q);
        QVERIFY(page.ok());
        QList<AuditRecord> expected;
        for (const AuditRecord &r : std::as_const(old))
            if (r.workspaceId == ws)
                expected << r;
        QCOMPARE(page->items.size(), expected.size());
        for (int i = 0; i < expected.size(); ++i) {
            const AuditRecord &got = page->items[expected.size() - 1 - i];
            QCOMPARE(got.seq, qint64(i + 1));
            QCOMPARE(got.id, expected[i].id);
            QCOMPARE(got.actor, expected[i].actor);
            QCOMPARE(got.details, expected[i].details);
            QCOMPARE(got.createdAt, expected[i].createdAt);
        }
    }
    // The first record was first in both chains: its hash is unchanged.
    ListQuery qa;
    qa.workspaceId = QStringLiteral("ws_a");
    qa.limit = 100;
    QCOMPARE((*store)->listAudit(qa)->items.last().hash, old.first().hash);

    // A new record continues its own workspace's chain.
    AuditRecord r;
    r.workspaceId = QStringLiteral("ws_a");
    r.actor = QStringLiteral("owner@ws_a.test");
    r.action = QStringLiteral("test.event");
    r.target = QStringLiteral("t");
    auto appended = (*store)->appendAudit(r);
    QVERIFY(appended.ok());
    QCOMPARE(appended->seq, 4);
    QVERIFY(AuditLog::verify(**store, QStringLiteral("ws_a"))->intact);
    QCOMPARE(AuditLog::verify(**store, QStringLiteral("ws_a"))->checked, 4);
    QCOMPARE(AuditLog::verify(**store, QStringLiteral("ws_b"))->checked, 5);
    store->reset();

    // The guards are back, and a second number for the same place in a chain is refused.
    RawConnection raw(path);
    QVERIFY(!raw.exec(QStringLiteral("UPDATE audit_events SET actor = 'mallory'")));
    QVERIFY(!raw.exec(QStringLiteral("DELETE FROM audit_events")));
    QVERIFY(!raw.exec(QStringLiteral(
        "INSERT INTO audit_events (seq, ws_seq, id, workspace_id, environment, actor, action, "
        "target, details, created_at, prev_hash, hash) VALUES (100, 2, 'evt_dup', 'ws_a', '', "
        "'x', 'x', 'x', '{}', 1, x'00', x'00')")));
    QCOMPARE(raw.scalar(QStringLiteral("SELECT COUNT(*) FROM audit_events")).toInt(), 9);
}

void TestSqlStore::refusesToMigrateATamperedAuditChain()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v2.db"));
    {
        RawConnection raw(path);
        // Record 4 was changed after it was written, its hash left as it was.
        QCOMPARE(testing::writeSchemaV2Store(
                     QSqlDatabase::database(raw.name), false, kOldOrder, 4,
                     [](AuditRecord &r) { r.actor = QStringLiteral("mallory@evil.test"); })
                     .size(),
                 kOldOrder.size());
    }
    for (int attempt = 0; attempt < 2; ++attempt) {
        auto store = SqlStore::open(QStringLiteral("sqlite:") + path);
        QVERIFY(!store.ok());
        const QString message = store.error().message;
        QCOMPARE(store.error().code, QStringLiteral("store_error"));
        QVERIFY2(message.contains(QStringLiteral("hash chain is broken at record 4 (evt_v2_0004)")),
                 qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("contents")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("schema version 2")), qPrintable(message));
    }
    // Nothing changed: still version 2, no new column, the old links and guards in place.
    RawConnection raw(path);
    QCOMPARE(raw.scalar(QStringLiteral("SELECT value FROM latchkey_meta WHERE key = "
                                       "'schema_version'"))
                 .toString(),
             QStringLiteral("2"));
    QCOMPARE(raw.scalar(QStringLiteral("SELECT COUNT(*) FROM pragma_table_info('audit_events') "
                                       "WHERE name = 'ws_seq'"))
                 .toInt(),
             0);
    QCOMPARE(raw.scalar(QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type = "
                                       "'trigger' AND tbl_name = 'audit_events'"))
                 .toInt(),
             2);
    QCOMPARE(raw.scalar(QStringLiteral("SELECT actor FROM audit_events WHERE seq = 4")).toString(),
             QStringLiteral("mallory@evil.test"));
}

void TestSqlStore::changesAreDeliveredOnCommitOnly()
{
    Fixture f;
    QStringList got;
    f.store->onChange([&](const QString &w) { got << w; });
    f.store->publishChange(QStringLiteral("a"));
    QCOMPARE(got, QStringList{QStringLiteral("a")});
    (void)f.store->transaction([&]() -> Status {
        f.store->publishChange(QStringLiteral("b"));
        if (!got.contains(QStringLiteral("b")))
            got << QStringLiteral("not-yet");
        return success();
    });
    QCOMPARE(got,
             (QStringList{QStringLiteral("a"), QStringLiteral("not-yet"), QStringLiteral("b")}));
    (void)f.store->transaction([&]() -> Status {
        f.store->publishChange(QStringLiteral("c"));
        return ApiError::conflict(QStringLiteral("rolled back"));
    });
    QVERIFY(!got.contains(QStringLiteral("c")));
    f.store->onChange({});
}

void TestSqlStore::acknowledgedWriteSurvivesAHardStop()
{
    // A child process writes, reports success, and is killed with SIGKILL before it can close
    // the database. Everything it acknowledged must be there afterwards.
    Fixture f;
    const QString path = f.path;
    f.store.reset();
    const QString child = QCoreApplication::applicationFilePath();
    QProcess p;
    p.setProcessEnvironment([&] {
        auto env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LATCHKEY_CRASH_WRITER"), path);
        return env;
    }());
    p.start(child, {});
    QVERIFY(p.waitForStarted());
    QByteArray out;
    QTRY_VERIFY_WITH_TIMEOUT((out += p.readAllStandardOutput()).count('\n') >= 50, 30000);
    p.kill();
    p.waitForFinished();
    const QList<QByteArray> acked = out.split('\n');
    auto reopened = SqlStore::open(QStringLiteral("sqlite:") + path);
    QVERIFY(reopened.ok());
    int checked = 0;
    for (const QByteArray &line : acked) {
        if (!line.startsWith("ack "))
            continue;
        const QString id = QString::fromLatin1(line.mid(4));
        auto k = (*reopened)->key(f.ws.id, id);
        QVERIFY2(k.ok() && k->has_value(), qPrintable(id));
        ++checked;
    }
    QVERIFY(checked >= 50);
}

// In the child: write keys forever, printing "ack <id>" after each committed write.
static int crashWriter(const QString &path)
{
    auto store = SqlStore::open(QStringLiteral("sqlite:") + path);
    if (!store.ok())
        return 3;
    auto ws = (*store)->workspaces();
    if (!ws.ok() || ws->isEmpty())
        return 4;
    for (int i = 1;; ++i) {
        ApiKeyRecord k = sampleKey(ws->first().id, i);
        if (!(*store)->insertKey(k).ok())
            return 5;
        printf("ack %s\n", qPrintable(k.id));
        fflush(stdout);
    }
}

int main(int argc, char **argv)
{
    const QString crashPath = qEnvironmentVariable("LATCHKEY_CRASH_WRITER");
    if (!crashPath.isEmpty()) {
        QCoreApplication app(argc, argv);
        return crashWriter(crashPath);
    }
    QCoreApplication app(argc, argv);
    TestSqlStore t;
    return QTest::qExec(&t, argc, argv);
}

#include "tst_sqlstore.moc"
