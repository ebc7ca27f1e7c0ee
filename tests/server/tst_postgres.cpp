// SPDX-License-Identifier: MIT
// The store on PostgreSQL, in a throwaway cluster this suite starts itself: migrations (run
// again, and by several instances at once), keys and their paging, BYTEA and BIGINT round
// trips, upserts, the per-workspace audit chains under concurrent writers and their migration
// from one global chain, rollbacks, LISTEN/NOTIFY on
// commit only; then two real latchkeyd processes on one database, where a revoke on one
// reaches the other's cache within a second (docs/postgresql.md).
//
// No PostgreSQL server on the machine is a failure, never a skip.
#include "core/auditlog.h"
#include "core/keytext.h"
#include "core/sqlstore.h"
#include "core/workspaceservice.h"
#include "harness.h"
#include "pgcluster.h"
#include "tests/core/schemav2.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTcpServer>

#include <atomic>
#include <thread>

using namespace latchkey;
using namespace latchkey::testing;

namespace {

const QByteArray kPassword = "correct horse battery staple";
const QString kEmail = QStringLiteral("owner@acme.test");
constexpr qint64 kBig = 4'102'444'800'123; // 2100-01-01, past 2^32 and 2^41

ApiKeyRecord sampleKey(const QString &ws, int i)
{
    ApiKeyRecord k;
    k.id = QStringLiteral("key_pg%1").arg(i, 6, 10, QLatin1Char('0'));
    k.workspaceId = ws;
    k.environment = i % 2 ? Environment::Live : Environment::Test;
    k.type = KeyType::Secret;
    k.name = QStringLiteral("Key %1").arg(i);
    k.prefix = i % 2 ? QStringLiteral("sk_live_") : QStringLiteral("sk_test_");
    k.last4 = QStringLiteral("ab%1").arg(i % 100, 2, 10, QLatin1Char('0'));
    // Every byte value, NUL and high bytes first: what a text binding would mangle.
    QByteArray hash(32, '\0');
    for (int b = 0; b < 32; ++b)
        hash[b] = char((b * 37 + i * 11) & 0xff);
    hash[0] = '\0';
    hash[1] = char(0xff);
    hash[2] = '\\';
    hash[3] = '\'';
    hash[4] = char(i & 0xff);
    hash[5] = char((i >> 8) & 0xff);
    k.hash = hash;
    k.scopes = {QStringLiteral("service.forms.submit")};
    k.ipAllowlist = {QStringLiteral("10.0.0.0/8")};
    k.rateLimit = RateLimit{1'000'000'000, 1};
    k.createdAt = kBig + i;
    k.createdBy = QStringLiteral("owner@acme.test");
    k.expiresAt = kBig * 2;
    return k;
}

AuditRecord sampleAudit(const QString &ws, int i)
{
    AuditRecord r;
    r.workspaceId = ws;
    r.environment = QStringLiteral("test");
    r.actor = QStringLiteral("owner@acme.test");
    r.action = QStringLiteral("api_key.created");
    r.target = QStringLiteral("key_%1").arg(i);
    r.details = {{QStringLiteral("n"), i}, {QStringLiteral("name"), QStringLiteral("ünï 'q' \\")}};
    r.createdAt = kBig + i;
    return r;
}

} // namespace

class TestPostgres : public QObject
{
    Q_OBJECT

private:
    PgCluster pg;
    int databases = 0;

    /// A fresh, empty database's store URL.
    QString freshDatabase()
    {
        const QString name = QStringLiteral("lk_%1").arg(++databases);
        if (!pg.createDatabase(name))
            qWarning("CREATE DATABASE %s: %s", qPrintable(name), qPrintable(pg.error));
        return pg.url(name);
    }

    static std::unique_ptr<SqlStore> openOrWarn(const QString &url)
    {
        auto s = SqlStore::open(url);
        if (!s.ok()) {
            qWarning("open %s: %s", qPrintable(url), qPrintable(s.error().message));
            return nullptr;
        }
        return std::move(*s);
    }

private slots:
    void initTestCase();
    void cleanupTestCase();
    void migrationsAreIdempotent();
    void concurrentMigrations();
    void workspaceUpserts();
    void keysRoundTripAndPage();
    void auditChainUnderConcurrentWriters();
    void auditChainMigratesToOnePerWorkspace();
    void transactionsRollBack();
    void notificationsOnCommitOnly();
    void revokeReachesEveryInstance();
    void changeFeedLagIsAMetric();
};

void TestPostgres::initTestCase()
{
    QElapsedTimer t;
    t.start();
    if (!pg.start())
        QFAIL(qPrintable(QStringLiteral("no PostgreSQL cluster for this suite: ") + pg.error));
    qInfo("PostgreSQL cluster from %s on 127.0.0.1:%u up in %lld ms", qPrintable(pg.binDir),
          unsigned(pg.port), t.elapsed());
}

void TestPostgres::cleanupTestCase()
{
    pg.stop();
}

void TestPostgres::migrationsAreIdempotent()
{
    const QString url = freshDatabase();
    {
        auto store = openOrWarn(url);
        QVERIFY(store);
        QVERIFY(store->isPostgres());
        QCOMPARE(store->schemaVersion(), SqlStore::kSchemaVersion);
        QVERIFY(store->describe().startsWith(QLatin1String("postgresql://latchkey@")));
    }
    for (int round = 0; round < 2; ++round) {
        auto again = openOrWarn(url);
        QVERIFY(again);
        QCOMPARE(again->schemaVersion(), SqlStore::kSchemaVersion);
    }
    // A database holding someone else's tables is refused, never adopted.
    const QString foreignUrl = freshDatabase();
    {
        const QString c = QStringLiteral("foreign");
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), c);
            db.setHostName(QStringLiteral("127.0.0.1"));
            db.setPort(pg.port);
            db.setUserName(pg.user);
            db.setDatabaseName(QStringLiteral("lk_%1").arg(databases));
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE orders (id INT)")));
            db.close();
        }
        QSqlDatabase::removeDatabase(c);
    }
    auto refused = SqlStore::open(foreignUrl);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().message.contains(QLatin1String("orders")),
             qPrintable(refused.error().message));
}

void TestPostgres::concurrentMigrations()
{
    // Several instances starting at once on an empty database: one migrates, the others wait
    // and find the schema in place. Each store lives on its own thread, as in separate
    // processes.
    for (int round = 0; round < 3; ++round) {
        const QString url = freshDatabase();
        constexpr int kInstances = 4;
        std::atomic<int> ready{0};
        QStringList errors[kInstances];
        int versions[kInstances] = {};
        std::vector<std::thread> threads;
        for (int i = 0; i < kInstances; ++i)
            threads.emplace_back([&, i] {
                ++ready;
                while (ready.load() < kInstances)
                    std::this_thread::yield();
                auto s = SqlStore::open(url);
                if (!s.ok())
                    errors[i] << s.error().message;
                else
                    versions[i] = (*s)->schemaVersion();
            });
        for (auto &t : threads)
            t.join();
        for (int i = 0; i < kInstances; ++i) {
            QVERIFY2(errors[i].isEmpty(), qPrintable(errors[i].join(u'\n')));
            QCOMPARE(versions[i], SqlStore::kSchemaVersion);
        }
    }
}

void TestPostgres::workspaceUpserts()
{
    auto store = openOrWarn(freshDatabase());
    QVERIFY(store);
    WorkspaceService workspaces(*store, [] { return kBig; });
    auto init = workspaces.init(QStringLiteral("Acme"), kEmail, QString(),
                                {QStringLiteral("forms"), QStringLiteral("bookings")});
    QVERIFY2(init.ok(), init.ok() ? "" : qPrintable(init.error().message));
    QVERIFY(init->created);
    auto again = workspaces.init(QStringLiteral("Other"), QStringLiteral("OWNER@acme.test"),
                                 QString(), {QStringLiteral("forms")});
    QVERIFY(again.ok());
    QVERIFY(!again->created);
    QCOMPARE(again->workspace.id, init->workspace.id);

    const QString ws = init->workspace.id;
    // ON CONFLICT … DO UPDATE, twice over.
    QVERIFY(store->upsertSubscription({ws, QStringLiteral("forms"), false, kBig + 1}).ok());
    QVERIFY(store->upsertSubscription({ws, QStringLiteral("forms"), true, kBig + 2}).ok());
    QVERIFY(store->upsertSubscription({ws, QStringLiteral("payments"), false, kBig + 3}).ok());
    auto subs = store->subscriptions(ws);
    QVERIFY(subs.ok());
    QCOMPARE(subs->size(), 3);
    QCOMPARE(subs->at(1).service, QStringLiteral("forms"));
    QCOMPARE(subs->at(1).active, true);
    QCOMPARE(subs->at(1).updatedAt, kBig + 2);
    QCOMPARE(subs->at(2).service, QStringLiteral("payments"));
    QCOMPARE(subs->at(2).active, false);

    QVERIFY(store->upsertMembership({ws, init->owner.id, Role::Admin}).ok());
    QVERIFY(store->upsertMembership({ws, init->owner.id, Role::Owner}).ok());
    auto members = store->membershipsOfUser(init->owner.id);
    QVERIFY(members.ok());
    QCOMPARE(members->size(), 1);
    QCOMPARE(members->first().role, Role::Owner);

    auto user = store->userByEmail(QStringLiteral("Owner@Acme.test"));
    QVERIFY(user.ok() && user->has_value());
    QCOMPARE((*user)->createdAt, kBig);
    // The unique email holds.
    QVERIFY(!store->insertUser({QStringLiteral("usr_dup"), kEmail, "x", 1}).ok());
}

void TestPostgres::keysRoundTripAndPage()
{
    auto store = openOrWarn(freshDatabase());
    QVERIFY(store);
    const QString ws = QStringLiteral("ws_pg");
    QVERIFY(store->insertWorkspace({ws, QStringLiteral("PG"), kBig}).ok());

    constexpr int kKeys = 25;
    QVERIFY(store
                ->transaction([&]() -> Status {
                    for (int i = 1; i <= kKeys; ++i)
                        if (Status s = store->insertKey(sampleKey(ws, i)); !s.ok())
                            return s;
                    return success();
                })
                .ok());
    // A public key with NULL-able text fields set, and odd characters in the name.
    ApiKeyRecord pub = sampleKey(ws, 100);
    pub.type = KeyType::Public;
    pub.name = QStringLiteral("50%_off 'widget' \\ ünï");
    pub.token = QStringLiteral("pk_test_token");
    pub.serviceId = QStringLiteral("forms");
    pub.allowedOrigins = {QStringLiteral("https://shop.example.com")};
    pub.rateLimit.reset();
    pub.expiresAt.reset();
    QVERIFY(store->insertKey(pub).ok());

    // BYTEA and BIGINT round trips, NULLs stay NULL, empty stays empty.
    for (int i : {1, 2, 17, 100}) {
        const ApiKeyRecord want = i == 100 ? pub : sampleKey(ws, i);
        auto got = store->keyByHash(want.hash);
        QVERIFY2(got.ok(), got.ok() ? "" : qPrintable(got.error().message));
        QVERIFY2(got->has_value(), qPrintable(QString::number(i)));
        const ApiKeyRecord &k = **got;
        QCOMPARE(k.id, want.id);
        QCOMPARE(k.hash, want.hash);
        QCOMPARE(k.hash.size(), 32);
        QCOMPARE(k.createdAt, want.createdAt);
        QCOMPARE(k.expiresAt, want.expiresAt);
        QCOMPARE(k.lastUsed, std::optional<qint64>());
        QCOMPARE(k.revokedAt, std::optional<qint64>());
        QCOMPARE(k.name, want.name);
        QCOMPARE(k.scopes, want.scopes);
        QCOMPARE(k.allowedOrigins, want.allowedOrigins);
        QCOMPARE(k.ipAllowlist, want.ipAllowlist);
        QCOMPARE(k.token, want.token);
        QCOMPARE(k.serviceId, want.serviceId);
        QCOMPARE(k.rolledFrom, QString());
        QCOMPARE(k.rateLimit.has_value(), want.rateLimit.has_value());
        if (want.rateLimit) {
            QCOMPARE(k.rateLimit->limit, want.rateLimit->limit);
            QCOMPARE(k.rateLimit->window, want.rateLimit->window);
        }
    }
    QByteArray unknown(32, '\0');
    auto none = store->keyByHash(unknown);
    QVERIFY(none.ok());
    QVERIFY(!none->has_value());
    // The hash is unique.
    ApiKeyRecord dup = sampleKey(ws, 3);
    dup.id = QStringLiteral("key_dup");
    QVERIFY(!store->insertKey(dup).ok());

    // Paging: newest first, has_more, starting_after.
    KeyQuery q;
    q.workspaceId = ws;
    q.type = KeyType::Secret;
    q.limit = 10;
    QStringList seen;
    for (int page = 0; page < 5; ++page) {
        auto p = store->listKeys(q);
        QVERIFY(p.ok());
        for (const auto &k : p->items)
            seen << k.id;
        if (!p->hasMore)
            break;
        QCOMPARE(p->items.size(), 10);
        q.startingAfter = p->items.last().id;
    }
    QCOMPARE(seen.size(), kKeys);
    QCOMPARE(seen.first(), sampleKey(ws, kKeys).id);
    QCOMPARE(seen.last(), sampleKey(ws, 1).id);
    q.startingAfter = QStringLiteral("key_nope");
    QVERIFY(!store->listKeys(q).ok());

    KeyQuery live;
    live.workspaceId = ws;
    live.environment = Environment::Live;
    auto liveCount = store->countKeys(live);
    QVERIFY(liveCount.ok());
    QCOMPARE(*liveCount, qint64(13));

    // LIKE with ESCAPE: '%' and '_' are literal.
    KeyQuery search;
    search.workspaceId = ws;
    search.nameContains = QStringLiteral("50%_OFF");
    auto found = store->listKeys(search);
    QVERIFY2(found.ok(), found.ok() ? "" : qPrintable(found.error().message));
    QCOMPARE(found->items.size(), 1);
    QCOMPARE(found->items.first().id, pub.id);
    search.nameContains = QStringLiteral("%");
    QCOMPARE(store->listKeys(search)->items.size(), 1);

    // Update (revoke) and touch; revoked keys leave the default list.
    ApiKeyRecord k5 = sampleKey(ws, 5);
    k5.revokedAt = kBig + 500;
    k5.rateLimit.reset();
    QVERIFY(store->updateKey(k5).ok());
    const QString k6 = sampleKey(ws, 6).id;
    QVERIFY(store
                ->recordUsage({{k6, kBig + 600, QStringLiteral("203.0.113.9")}},
                              {{k6, 20000, QStringLiteral("allowed"), 5}}, std::nullopt)
                .ok());
    QVERIFY(store
                ->recordUsage({{k6, kBig + 1, QStringLiteral("198.51.100.1")}}, // never back
                              {{k6, 20000, QStringLiteral("allowed"), 2},
                               {k6, 19000, QStringLiteral("ip_not_allowed"), 1}},
                              20000 - kUsageRetentionDays + 1)
                .ok());
    auto counts = store->usage(k6, 0);
    QVERIFY(counts.ok());
    QCOMPARE(counts->size(), 1); // day 19000 was pruned, day 20000 added up
    QCOMPARE(counts->first().count, 7);
    QCOMPARE((*store->key(ws, k6))->lastUsedIp, QStringLiteral("203.0.113.9"));
    auto k5got = store->key(ws, k5.id);
    QVERIFY(k5got.ok() && k5got->has_value());
    QCOMPARE((*k5got)->revokedAt, std::optional<qint64>(kBig + 500));
    QVERIFY(!(*k5got)->rateLimit.has_value());
    QCOMPARE((*store->key(ws, sampleKey(ws, 6).id))->lastUsed, std::optional<qint64>(kBig + 600));
    KeyQuery all;
    all.workspaceId = ws;
    QCOMPARE(*store->countKeys(all), qint64(kKeys));
    all.includeRevoked = true;
    QCOMPARE(*store->countKeys(all), qint64(kKeys + 1));
    ApiKeyRecord ghost = sampleKey(ws, 999);
    QVERIFY(!store->updateKey(ghost).ok());
}

void TestPostgres::auditChainUnderConcurrentWriters()
{
    const QString url = freshDatabase();
    auto store = openOrWarn(url);
    QVERIFY(store);
    for (int i = 0; i < 10; ++i) {
        auto r = store->appendAudit(sampleAudit(QStringLiteral("ws_a"), i));
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
        QCOMPARE(r->seq, qint64(i + 1));
    }
    // Three more instances (connections) append at once, each to a shared workspace and to
    // its own: the per-workspace lock keeps each chain whole, numbered within its workspace.
    constexpr int kWriters = 3, kEach = 40;
    QStringList errors[kWriters];
    std::vector<std::thread> threads;
    for (int w = 0; w < kWriters; ++w)
        threads.emplace_back([&, w] {
            auto s = SqlStore::open(url);
            if (!s.ok()) {
                errors[w] << s.error().message;
                return;
            }
            for (int i = 0; i < kEach; ++i) {
                const QString ws =
                    i % 2 ? QStringLiteral("ws_shared") : QStringLiteral("ws_%1").arg(w);
                if (auto r = (*s)->appendAudit(sampleAudit(ws, i)); !r.ok())
                    errors[w] << r.error().message;
            }
        });
    for (auto &t : threads)
        t.join();
    for (const QStringList &e : errors)
        QVERIFY2(e.isEmpty(), qPrintable(e.join(u'\n')));

    auto all = AuditLog::verifyAll(*store);
    QVERIFY(all.ok());
    QMap<QString, qint64> expected{{QStringLiteral("ws_a"), 10},
                                   {QStringLiteral("ws_shared"), kWriters * kEach / 2}};
    for (int w = 0; w < kWriters; ++w)
        expected.insert(QStringLiteral("ws_%1").arg(w), kEach / 2);
    QCOMPARE(all->keys(), expected.keys());
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        const AuditLog::ChainCheck check = all->value(it.key());
        QVERIFY2(check.intact, qPrintable(it.key() + u' ' + check.reason));
        QCOMPARE(check.checked, it.value());
        // Newest first, numbered n…1 without a gap.
        ListQuery q;
        q.workspaceId = it.key();
        q.limit = 100;
        auto page = store->listAudit(q);
        QVERIFY(page.ok());
        QCOMPARE(page->items.size(), qsizetype(it.value()));
        for (qsizetype i = 0; i < page->items.size(); ++i)
            QCOMPARE(page->items[i].seq, it.value() - i);
    }
    auto check = AuditLog::verify(*store, QStringLiteral("ws_a"));
    QVERIFY(check.ok() && check->intact);

    ListQuery lq;
    lq.workspaceId = QStringLiteral("ws_a");
    lq.limit = 3;
    auto page = store->listAudit(lq);
    QVERIFY(page.ok());
    QCOMPARE(page->items.size(), 3);
    QVERIFY(page->hasMore);
    QCOMPARE(page->items.first().details.value(QLatin1String("n")).toInt(), 9);
    QCOMPARE(page->items.first().details.value(QLatin1String("name")).toString(),
             QStringLiteral("ünï 'q' \\"));
    QCOMPARE(page->items.first().createdAt, kBig + 9);
    QCOMPARE(page->items.first().hash.size(), 32);

    // The table refuses updates and deletes.
    const QString c = QStringLiteral("tamper");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), c);
        db.setHostName(QStringLiteral("127.0.0.1"));
        db.setPort(pg.port);
        db.setUserName(pg.user);
        db.setDatabaseName(QStringLiteral("lk_%1").arg(databases));
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(!q.exec(QStringLiteral("UPDATE audit_events SET actor = 'x' WHERE seq = 2")));
        QVERIFY(!q.exec(QStringLiteral("DELETE FROM audit_events WHERE seq = 2")));
        db.close();
    }
    QSqlDatabase::removeDatabase(c);
    check = AuditLog::verify(*store, QStringLiteral("ws_a"));
    QVERIFY(check.ok() && check->intact);
}

void TestPostgres::auditChainMigratesToOnePerWorkspace()
{
    // A version 2 database: one chain across ws_a (records 1, 4, 8) and ws_b; and a copy
    // whose record 5 was changed after it was written.
    const QStringList order = {QStringLiteral("ws_a"), QStringLiteral("ws_b"),
                               QStringLiteral("ws_b"), QStringLiteral("ws_a"),
                               QStringLiteral("ws_b"), QStringLiteral("ws_b"),
                               QStringLiteral("ws_b"), QStringLiteral("ws_a")};
    QString urls[2];
    for (int tampered = 0; tampered < 2; ++tampered) {
        urls[tampered] = freshDatabase();
        const QString c = QStringLiteral("v2-%1").arg(tampered);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), c);
            db.setHostName(QStringLiteral("127.0.0.1"));
            db.setPort(pg.port);
            db.setUserName(pg.user);
            db.setDatabaseName(QStringLiteral("lk_%1").arg(databases));
            QVERIFY(db.open());
            const auto written =
                writeSchemaV2Store(db, true, order, tampered ? 5 : 0,
                                   [](AuditRecord &r) { r.target = QStringLiteral("key_other"); });
            QCOMPARE(written.size(), order.size());
            db.close();
        }
        QSqlDatabase::removeDatabase(c);
    }

    auto store = openOrWarn(urls[0]);
    QVERIFY(store);
    QCOMPARE(store->schemaVersion(), SqlStore::kSchemaVersion);
    auto all = AuditLog::verifyAll(*store);
    QVERIFY(all.ok());
    QCOMPARE(all->size(), 2);
    QVERIFY2(all->value(QStringLiteral("ws_a")).intact,
             qPrintable(all->value(QStringLiteral("ws_a")).reason));
    QCOMPARE(all->value(QStringLiteral("ws_a")).checked, 3);
    QVERIFY2(all->value(QStringLiteral("ws_b")).intact,
             qPrintable(all->value(QStringLiteral("ws_b")).reason));
    QCOMPARE(all->value(QStringLiteral("ws_b")).checked, 5);
    // New records continue each chain; the internal order continues past the old records.
    auto a = store->appendAudit(sampleAudit(QStringLiteral("ws_a"), 100));
    QVERIFY2(a.ok(), a.ok() ? "" : qPrintable(a.error().message));
    QCOMPARE(a->seq, qint64(4));
    auto b = store->appendAudit(sampleAudit(QStringLiteral("ws_b"), 101));
    QVERIFY(b.ok());
    QCOMPARE(b->seq, qint64(6));
    ListQuery q;
    q.workspaceId = QStringLiteral("ws_a");
    q.limit = 2;
    auto page = store->listAudit(q);
    QVERIFY(page.ok());
    QCOMPARE(page->items.first().seq, qint64(4));
    QCOMPARE(page->items.last().seq, qint64(3));
    QVERIFY(AuditLog::verify(*store, QStringLiteral("ws_a"))->intact);
    QVERIFY(AuditLog::verify(*store, QStringLiteral("ws_b"))->intact);

    auto refused = SqlStore::open(urls[1]);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().message.contains(
                 QStringLiteral("hash chain is broken at record 5 (evt_v2_0005)")),
             qPrintable(refused.error().message));
    QVERIFY(refused.error().message.contains(QStringLiteral("schema version 2")));
}

void TestPostgres::transactionsRollBack()
{
    auto store = openOrWarn(freshDatabase());
    QVERIFY(store);
    const QString ws = QStringLiteral("ws_tx");
    QVERIFY(store->insertWorkspace({ws, QStringLiteral("TX"), kBig}).ok());
    KeyQuery all;
    all.workspaceId = ws;
    all.includeRevoked = true;

    // The work says no: nothing stays.
    Status s = store->transaction([&]() -> Status {
        if (Status i = store->insertKey(sampleKey(ws, 1)); !i.ok())
            return i;
        return ApiError::invalidRequest(QStringLiteral("x"), QStringLiteral("changed my mind"));
    });
    QVERIFY(!s.ok());
    QCOMPARE(*store->countKeys(all), qint64(0));

    // A statement fails inside (duplicate hash): PostgreSQL aborts the transaction, the store
    // rolls back and is usable again at once.
    QVERIFY(store->insertKey(sampleKey(ws, 2)).ok());
    s = store->transaction([&]() -> Status {
        (void)store->insertKey(sampleKey(ws, 3));
        ApiKeyRecord dup = sampleKey(ws, 2);
        dup.id = QStringLiteral("key_dup");
        (void)store->insertKey(dup); // fails; the caller ignores it
        return success();
    });
    QVERIFY(!s.ok());
    QCOMPARE(*store->countKeys(all), qint64(1));

    // Nested transactions join the outer one, and roll back with it.
    s = store->transaction([&]() -> Status {
        if (Status inner = store->transaction([&] { return store->insertKey(sampleKey(ws, 4)); });
            !inner.ok())
            return inner;
        if (auto r = store->appendAudit(sampleAudit(ws, 1)); !r.ok())
            return r.error();
        return ApiError::invalidRequest(QStringLiteral("x"), QStringLiteral("no"));
    });
    QVERIFY(!s.ok());
    QCOMPARE(*store->countKeys(all), qint64(1));
    auto chain = AuditLog::verify(*store, ws);
    QVERIFY(chain.ok());
    QCOMPARE(chain->checked, qint64(0));

    QVERIFY(store->insertKey(sampleKey(ws, 5)).ok());
    QVERIFY(store->appendAudit(sampleAudit(ws, 2)).ok());
    QCOMPARE(*store->countKeys(all), qint64(2));
    QCOMPARE(AuditLog::verify(*store, ws)->checked, qint64(1));
}

void TestPostgres::notificationsOnCommitOnly()
{
    const QString url = freshDatabase();
    auto a = openOrWarn(url);
    auto b = openOrWarn(url);
    QVERIFY(a && b);
    QStringList seenA, seenB;
    a->onChange([&](const QString &what) { seenA << what; });
    b->onChange([&](const QString &what) { seenB << what; });

    // Outside a transaction: at once, to both, once each.
    a->publishChange(QStringLiteral("ws:one"));
    QCOMPARE(seenA, QStringList{QStringLiteral("ws:one")});
    QTRY_COMPARE_WITH_TIMEOUT(seenB, QStringList{QStringLiteral("ws:one")}, 5000);

    // Inside: nothing until the commit.
    QVERIFY(a->transaction([&]() -> Status {
                 a->publishChange(QStringLiteral("ws:two"));
                 a->publishChange(QStringLiteral("ws:three"));
                 QTest::qWait(200);
                 if (seenA.size() != 1 || seenB.size() != 1)
                     return ApiError::internal(QStringLiteral("delivered before the commit"));
                 return success();
             }).ok());
    QCOMPARE(seenA.size(), 3);
    QTRY_COMPARE_WITH_TIMEOUT(seenB.size(), 3, 5000);
    QCOMPARE(seenB.mid(1), (QStringList{QStringLiteral("ws:two"), QStringLiteral("ws:three")}));

    // Rolled back: never delivered, anywhere.
    QVERIFY(!a->transaction([&]() -> Status {
                  a->publishChange(QStringLiteral("ws:never"));
                  return ApiError::internal(QStringLiteral("roll back"));
              }).ok());
    // B publishes after, so once B's own change arrives anything before it has too.
    b->publishChange(QStringLiteral("ws:marker"));
    QTRY_COMPARE_WITH_TIMEOUT(seenA.size(), 4, 5000);
    QTest::qWait(100);
    QCOMPARE(seenA.last(), QStringLiteral("ws:marker"));
    QCOMPARE(seenB.size(), 4);
    QVERIFY(!seenA.contains(QStringLiteral("ws:never")));
    QVERIFY(!seenB.contains(QStringLiteral("ws:never")));

    // A notification that lands while the listener is busy with a query is not lost.
    a->publishChange(QStringLiteral("ws:busy"));
    for (int i = 0; i < 5; ++i)
        QVERIFY(b->workspaces().ok());
    QTRY_COMPARE_WITH_TIMEOUT(seenB.last(), QStringLiteral("ws:busy"), 5000);
}

void TestPostgres::revokeReachesEveryInstance()
{
    const QString url = freshDatabase();
    Latchkeyd a(url), b(url);
    QByteArray out;
    QCOMPARE(a.init(kEmail, kPassword, &out), 0);
    QVERIFY2(out.contains("Created workspace"), out.constData());
    QCOMPARE(b.init(kEmail, kPassword, &out), 0); // the same database: already there
    QVERIFY2(!out.contains("Created workspace"), out.constData());
    QVERIFY2(a.start(), a.logs().constData());
    QVERIFY2(b.start(), b.logs().constData());

    Http ha, hb;
    ha.base = a.url;
    hb.base = b.url;
    const HttpResult health = hb.send("GET", QStringLiteral("/healthz"), {}, {}, false);
    QCOMPARE(health.status, 200);
    const HttpResult signIn = ha.post(QStringLiteral("/v1/sessions"),
                                      {{QStringLiteral("email"), kEmail},
                                       {QStringLiteral("password"), QString::fromUtf8(kPassword)}});
    QCOMPARE(signIn.status, 200);
    ha.token = signIn.data().value(QLatin1String("token")).toString().toLatin1();
    // A session made on A works on B.
    hb.token = ha.token;
    const HttpResult wsOnB = hb.get(QStringLiteral("/v1/workspaces"));
    QCOMPARE(wsOnB.status, 200);
    hb.token.clear();

    const HttpResult created =
        ha.post(QStringLiteral("/v1/api-keys"),
                {{QStringLiteral("name"), QStringLiteral("Shared")},
                 {QStringLiteral("environment"), QStringLiteral("test")},
                 {QStringLiteral("scopes"), QJsonArray{QStringLiteral("service.forms.submit")}}});
    QVERIFY2(created.status == 201, created.body.constData());
    const QString id = created.data().value(QLatin1String("id")).toString();
    const QString secret = created.data().value(QLatin1String("secret")).toString();
    QVERIFY(!secret.isEmpty());
    const QJsonObject verifyBody{{QStringLiteral("key"), secret},
                                 {QStringLiteral("scope"), QStringLiteral("service.forms.submit")}};
    const QList<std::pair<QByteArray, QByteArray>> authHeaders{
        {"Authorization", "Bearer " + secret.toLatin1()},
        {"X-Required-Scope", "service.forms.submit"}};

    // Both answer; B now holds the key in its cache.
    for (int i = 0; i < 3; ++i) {
        const HttpResult va = ha.post(QStringLiteral("/v1/verify"), verifyBody);
        QVERIFY2(va.status == 200, va.body.constData());
        const HttpResult vb = hb.post(QStringLiteral("/v1/verify"), verifyBody);
        QVERIFY2(vb.status == 200, vb.body.constData());
        QCOMPARE(vb.data().value(QLatin1String("key_id")).toString(), id);
        QCOMPARE(hb.send("GET", QStringLiteral("/v1/auth"), {}, authHeaders, false).status, 204);
    }

    QElapsedTimer sinceRevoke;
    const HttpResult revoked = ha.del(QStringLiteral("/v1/api-keys/") + id);
    sinceRevoke.start();
    QVERIFY2(revoked.status == 200, revoked.body.constData());
    QCOMPARE(ha.post(QStringLiteral("/v1/verify"), verifyBody).status, 401);

    int lastStatus = 0;
    qint64 delayMs = -1;
    while (sinceRevoke.elapsed() < 3000) {
        lastStatus = hb.post(QStringLiteral("/v1/verify"), verifyBody).status;
        if (lastStatus == 401) {
            delayMs = sinceRevoke.elapsed();
            break;
        }
        QTest::qWait(5);
    }
    qInfo("revoke on A reached B's cache after %lld ms (last status %d)", delayMs, lastStatus);
    QVERIFY2(delayMs >= 0, "B still accepts the revoked key 3 s after the revoke");
    QVERIFY2(delayMs <= 1000, qPrintable(QStringLiteral("B took %1 ms").arg(delayMs)));
    const HttpResult authB = hb.send("GET", QStringLiteral("/v1/auth"), {}, authHeaders, false);
    QCOMPARE(authB.status, 401);
    QCOMPARE(authB.code(), QStringLiteral("invalid_api_key"));

    // Both keep serving and stop cleanly.
    QCOMPARE(a.terminate(), 0);
    QCOMPARE(b.terminate(), 0);
}

// On PostgreSQL the scrape has latchkeyd_change_feed_lag_seconds: the time since the instance
// last caught up with the change feed, renewed by every heartbeat (a quarter of a second), so
// it stays small while the database answers.
void TestPostgres::changeFeedLagIsAMetric()
{
    const QString url = freshDatabase();
    Latchkeyd a(url);
    QCOMPARE(a.init(kEmail, kPassword), 0);
    quint16 port = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        port = probe.serverPort();
    }
    QVERIFY2(
        a.start({QStringLiteral("--metrics-listen"), QStringLiteral("127.0.0.1:%1").arg(port)}),
        a.logs().constData());
    Http h;
    h.base = QStringLiteral("http://127.0.0.1:%1").arg(port);
    QList<double> lags;
    for (int i = 0; i < 4; ++i) {
        QTest::qWait(300);
        const HttpResult r = h.send("GET", QStringLiteral("/metrics"), {}, {}, false);
        QCOMPARE(r.status, 200);
        QVERIFY2(r.body.contains("# TYPE latchkeyd_change_feed_lag_seconds gauge\n"),
                 r.body.constData());
        const qsizetype at = r.body.indexOf("\nlatchkeyd_change_feed_lag_seconds ");
        QVERIFY2(at >= 0, r.body.constData());
        bool ok = false;
        const qsizetype from = at + 35;
        lags.append(r.body.mid(from, r.body.indexOf('\n', from) - from).toDouble(&ok));
        QVERIFY(ok);
    }
    qInfo("change-feed lag: %s",
          qPrintable(QString::number(lags.first()) + u',' + QString::number(lags.last())));
    for (const double lag : std::as_const(lags))
        QVERIFY2(lag >= 0 && lag < 0.9, qPrintable(QString::number(lag)));
    QCOMPARE(a.terminate(), 0);
}

QTEST_GUILESS_MAIN(TestPostgres)
#include "tst_postgres.moc"
