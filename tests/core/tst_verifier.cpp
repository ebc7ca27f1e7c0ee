// SPDX-License-Identifier: MIT
// Verification: every outcome in the order core/verifier.h checks them, the cache (a hot verify
// does no SQL; revoke, edits and subscription changes reach it at once) and the rate-limit figures.
#include "core/keytext.h"
#include "core/verifier.h"
#include "fixture.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

#include <thread>

using namespace latchkey;
using namespace latchkey::testing;

namespace {
struct World
{
    Fixture f;
    KeyService keys{*f.store, ScopeCatalog::builtin(), f.clock};
    Verifier verifier{*f.store};
    QHash<QString, QByteArray> text; // name → key text

    World()
    {
        const Actor owner = f.member(Role::Owner);
        auto add = [&](const QString &name, CreateKeyRequest r) {
            r.name = name;
            auto k = keys.create(owner, r);
            if (!k.ok())
                qFatal("%s: %s", qPrintable(name), qPrintable(k.error().message));
            text.insert(name, k->secret);
            return k->key;
        };
        CreateKeyRequest server = secretKey(
            QString(), Environment::Live,
            {QStringLiteral("service.forms.submit"), QStringLiteral("service.bookings.read")});
        server.ipAllowlist = {QStringLiteral("10.0.0.0/8"), QStringLiteral("2001:db8::/32")};
        server.endpoints = {QStringLiteral("POST /v1/forms/*"), QStringLiteral("GET /v1/bookings")};
        server.rateLimit = RateLimit{1000, 60};
        add(QStringLiteral("server"), server);
        add(QStringLiteral("plain"),
            secretKey(QString(), Environment::Test, {QStringLiteral("service.forms.*")}));
        add(QStringLiteral("widget"),
            publicKey(QString(), QStringLiteral("forms"), {QStringLiteral("service.forms.submit")},
                      {QStringLiteral("https://shop.example.com"),
                       QStringLiteral("https://*.example.org")},
                      Environment::Live));
        add(QStringLiteral("payments-live"),
            secretKey(QString(), Environment::Live, {QStringLiteral("service.payments.read")}));
        add(QStringLiteral("payments-test"),
            secretKey(QString(), Environment::Test, {QStringLiteral("service.payments.read")}));
        CreateKeyRequest soon = secretKey(QString());
        soon.expiresAt = f.now + 1000;
        add(QStringLiteral("expiring"), soon);
        const ApiKeyRecord gone = add(QStringLiteral("revoked"), secretKey(QString()));
        (void)keys.revoke(owner, gone.id);
    }

    VerifyResult verify(const QString &name, const QString &scope, const QString &origin = {},
                        const QString &ip = {}, const QString &method = {},
                        const QString &path = {})
    {
        const QByteArray key = text.value(name, name.toLatin1());
        return verifier.verify(VerifyRequest{key, scope, origin, ip, method, path, f.now});
    }
};

Actor platformAdmin()
{
    Actor a;
    a.kind = Actor::Kind::PlatformAdmin;
    a.display = QStringLiteral("platform");
    return a;
}

QByteArray withTypo(QByteArray key)
{
    key[20] = key[20] == 'a' ? 'b' : 'a';
    return key;
}
} // namespace

class TestVerifier : public QObject
{
    Q_OBJECT

private slots:
    void outcomes_data();
    void outcomes();
    void validResultCarriesTheFacts();
    void hotVerifyDoesNoSql();
    void revokeReachesTheCacheAtOnce();
    void editsReachTheCacheAtOnce();
    void lapsedSubscriptionGives402OnlyInLive();
    void expiryIsCheckedOnEveryCall();
    void rateLimitFiguresAndRetryAfter();
    void defaultRateLimitApplies();
    void unlimitedKeyIsNeverThrottled();
    void lastUsedIsWrittenInBatches();
    void usageIsCountedPerDayAndOutcome();
    void concurrentVerifiesAgree();
    void cachedVerifyAnswersOnlyFromMemory();
};

void TestVerifier::outcomes_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("scope");
    QTest::addColumn<QString>("origin");
    QTest::addColumn<QString>("ip");
    QTest::addColumn<QString>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");

    const QString submit = QStringLiteral("service.forms.submit");
    const QString post = QStringLiteral("POST");
    const QString path = QStringLiteral("/v1/forms/contact");
    const QString ip = QStringLiteral("10.1.2.3");
    const QString shop = QStringLiteral("https://shop.example.com");
    // 401s come first, whatever else is wrong.
    QTest::newRow("missing") << "" << submit << ""
                             << ""
                             << ""
                             << "" << 401 << "missing_authorization";
    QTest::newRow("malformed") << "sk_live_nope" << submit << ""
                               << ""
                               << ""
                               << "" << 401 << "invalid_api_key";
    QTest::newRow("bad-prefix") << "xx_live_123" << submit << ""
                                << ""
                                << ""
                                << "" << 401 << "invalid_api_key";
    QTest::newRow("unknown") << "unknown" << submit << ""
                             << ""
                             << ""
                             << "" << 401 << "invalid_api_key";
    QTest::newRow("typo") << "typo" << submit << ""
                          << ""
                          << ""
                          << "" << 401 << "invalid_api_key";
    QTest::newRow("revoked") << "revoked" << submit << ""
                             << ""
                             << ""
                             << "" << 401 << "invalid_api_key";
    // 402 before 403: a live key for a service the workspace does not have.
    QTest::newRow("live-unsubscribed") << "payments-live"
                                       << "service.payments.read"
                                       << ""
                                       << "192.0.2.1"
                                       << "GET"
                                       << "/x" << 402 << "service_inactive";
    QTest::newRow("test-never-402") << "payments-test"
                                    << "service.payments.read"
                                    << ""
                                    << ""
                                    << ""
                                    << "" << 200 << "";
    // Then origin → ip → endpoint → scope.
    QTest::newRow("public-ok") << "widget" << submit << shop << ""
                               << ""
                               << "" << 200 << "";
    QTest::newRow("public-ok-normalised") << "widget" << submit << "HTTPS://SHOP.example.com:443"
                                          << ""
                                          << ""
                                          << "" << 200 << "";
    QTest::newRow("public-wildcard") << "widget" << submit << "https://a.b.example.org"
                                     << ""
                                     << ""
                                     << "" << 200 << "";
    QTest::newRow("public-wildcard-apex") << "widget" << submit << "https://example.org"
                                          << ""
                                          << ""
                                          << "" << 403 << "origin_not_allowed";
    QTest::newRow("public-no-origin") << "widget" << submit << ""
                                      << ""
                                      << ""
                                      << "" << 403 << "origin_not_allowed";
    QTest::newRow("public-evil-origin") << "widget" << submit << "https://shop.example.com.evil.io"
                                        << ""
                                        << ""
                                        << "" << 403 << "origin_not_allowed";
    QTest::newRow("public-origin-before-scope") << "widget"
                                                << "service.forms.manage"
                                                << "https://evil.io"
                                                << ""
                                                << ""
                                                << "" << 403 << "origin_not_allowed";
    QTest::newRow("public-scope") << "widget"
                                  << "service.forms.manage" << shop << ""
                                  << ""
                                  << "" << 403 << "insufficient_scope";
    QTest::newRow("server-ok") << "server" << submit << "" << ip << post << path << 200 << "";
    QTest::newRow("server-ipv6") << "server" << submit << ""
                                 << "2001:db8::7" << post << path << 200 << "";
    QTest::newRow("server-ip") << "server" << submit << ""
                               << "192.168.1.1" << post << path << 403 << "ip_not_allowed";
    QTest::newRow("server-no-ip") << "server" << submit << ""
                                  << "" << post << path << 403 << "ip_not_allowed";
    QTest::newRow("server-ip-before-endpoint") << "server" << submit << ""
                                               << "192.168.1.1"
                                               << "DELETE"
                                               << "/v1/admin" << 403 << "ip_not_allowed";
    QTest::newRow("server-endpoint-method")
        << "server" << submit << "" << ip << "GET" << path << 403 << "endpoint_not_allowed";
    QTest::newRow("server-endpoint-path") << "server" << submit << "" << ip << post
                                          << "/v1/bookings/1" << 403 << "endpoint_not_allowed";
    QTest::newRow("server-endpoint-dotdot")
        << "server" << submit << "" << ip << post << "/v1/forms/../admin" << 403
        << "endpoint_not_allowed";
    QTest::newRow("server-endpoint-before-scope") << "server"
                                                  << "service.forms.manage"
                                                  << "" << ip << "GET"
                                                  << "/v1/other" << 403 << "endpoint_not_allowed";
    QTest::newRow("server-scope") << "server"
                                  << "service.forms.manage"
                                  << "" << ip << post << path << 403 << "insufficient_scope";
    QTest::newRow("wildcard-scope") << "plain"
                                    << "service.forms.export"
                                    << ""
                                    << ""
                                    << ""
                                    << "" << 200 << "";
    QTest::newRow("wildcard-other-service") << "plain"
                                            << "service.bookings.read"
                                            << ""
                                            << ""
                                            << ""
                                            << "" << 403 << "insufficient_scope";
    QTest::newRow("no-scope-asked") << "plain"
                                    << ""
                                    << ""
                                    << ""
                                    << ""
                                    << "" << 200 << "";
}

void TestVerifier::outcomes()
{
    QFETCH(QString, key);
    QFETCH(QString, scope);
    QFETCH(QString, origin);
    QFETCH(QString, ip);
    QFETCH(QString, method);
    QFETCH(QString, path);
    QFETCH(int, status);
    QFETCH(QString, code);
    World w;
    w.text.insert(QStringLiteral("unknown"), KeyText::generate(KeyType::Secret, Environment::Live));
    w.text.insert(QStringLiteral("typo"), withTypo(w.text.value(QStringLiteral("server"))));
    const VerifyResult r = w.verify(key, scope, origin, ip, method, path);
    if (status == 200) {
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error->code + u' ' + r.error->message));
        return;
    }
    QVERIFY(!r.ok());
    QCOMPARE(r.error->status, status);
    QCOMPARE(r.error->code, code);
    QVERIFY(!r.error->message.isEmpty());
    if (code == QLatin1String("insufficient_scope"))
        QCOMPARE(r.error->requiredScope, scope);
    // A missing value is named as missing, never quoted as ''.
    QVERIFY2(!r.error->message.contains(QStringLiteral("''")), qPrintable(r.error->message));
    // Never the key text in a message.
    const QByteArray text = w.text.value(key);
    if (text.size() == 44)
        QVERIFY(!r.error->message.contains(QString::fromLatin1(text.mid(8, 30))));
}

void TestVerifier::validResultCarriesTheFacts()
{
    World w;
    const VerifyResult r =
        w.verify(QStringLiteral("widget"), QStringLiteral("service.forms.submit"),
                 QStringLiteral("https://shop.example.com"));
    QVERIFY(r.ok());
    QVERIFY(r.key);
    QCOMPARE(r.key->record.type, KeyType::Public);
    QCOMPARE(r.key->record.environment, Environment::Live);
    QCOMPARE(r.key->record.workspaceId, w.f.ws.id);
    QCOMPARE(r.key->record.serviceId, QStringLiteral("forms"));
    QCOMPARE(r.key->record.scopes, QStringList{QStringLiteral("service.forms.submit")});
    QVERIFY(!r.rate.has_value()); // no rate limit: nothing throttled, nothing to report
}

void TestVerifier::hotVerifyDoesNoSql()
{
    World w;
    QVERIFY(w.verify(QStringLiteral("server"), QStringLiteral("service.forms.submit"), {},
                     QStringLiteral("10.0.0.1"), QStringLiteral("POST"),
                     QStringLiteral("/v1/forms/x"))
                .ok());
    // Take the tables away behind the store's back: any SQL on the verify path now fails.
    {
        QSqlDatabase raw =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        raw.setDatabaseName(w.f.path);
        QVERIFY(raw.open());
        QSqlQuery q(raw);
        QVERIFY(q.exec(QStringLiteral("ALTER TABLE api_keys RENAME TO api_keys_gone")));
        QVERIFY(q.exec(QStringLiteral("ALTER TABLE subscriptions RENAME TO subscriptions_gone")));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    for (int i = 0; i < 100; ++i)
        QVERIFY(w.verify(QStringLiteral("server"), QStringLiteral("service.forms.submit"), {},
                         QStringLiteral("10.0.0.1"), QStringLiteral("POST"),
                         QStringLiteral("/v1/forms/x"))
                    .ok());
    // A key not in the cache has to go to the store, which now fails: a 500, not a pass.
    const VerifyResult cold = w.verify(QStringLiteral("plain"), {});
    QVERIFY(!cold.ok());
    QCOMPARE(cold.error->status, 500);
}

void TestVerifier::revokeReachesTheCacheAtOnce()
{
    World w;
    QVERIFY(w.verify(QStringLiteral("plain"), {}).ok());
    QCOMPARE(w.verifier.cachedKeys(), 1);
    KeyQuery q;
    q.nameContains = QStringLiteral("plain");
    const ApiKeyRecord k = w.keys.list(w.f.member(Role::Owner), q)->items.first();
    QVERIFY(w.keys.revoke(w.f.member(Role::Owner), k.id).ok());
    const VerifyResult r = w.verify(QStringLiteral("plain"), {});
    QVERIFY(!r.ok());
    QCOMPARE(r.error->status, 401);
    QCOMPARE(r.error->code, QStringLiteral("invalid_api_key"));
}

void TestVerifier::editsReachTheCacheAtOnce()
{
    World w;
    const QString exportScope = QStringLiteral("service.forms.export");
    QVERIFY(w.verify(QStringLiteral("plain"), exportScope).ok());
    KeyQuery q;
    q.nameContains = QStringLiteral("plain");
    const ApiKeyRecord k = w.keys.list(w.f.member(Role::Owner), q)->items.first();
    KeyPatch p;
    p.scopes = QStringList{QStringLiteral("service.forms.submit")};
    p.ipAllowlist = QStringList{QStringLiteral("203.0.113.0/24")};
    QVERIFY(w.keys.patch(w.f.member(Role::Owner), k.id, p).ok());
    const VerifyResult r =
        w.verify(QStringLiteral("plain"), exportScope, {}, QStringLiteral("203.0.113.9"));
    QCOMPARE(r.error->code, QStringLiteral("insufficient_scope"));
    QCOMPARE(w.verify(QStringLiteral("plain"), {}, {}, QStringLiteral("10.0.0.1")).error->code,
             QStringLiteral("ip_not_allowed"));
    // Rolling with no grace ends the old key at once, and the new one works.
    auto rolled = w.keys.roll(w.f.member(Role::Owner), k.id, 0);
    QVERIFY(rolled.ok());
    QCOMPARE(w.verify(QStringLiteral("plain"), {}, {}, QStringLiteral("203.0.113.9")).error->status,
             401);
    QVERIFY(
        w.verifier.verify(VerifyRequest{rolled->secret, {}, {}, u"203.0.113.9", {}, {}, w.f.now})
            .ok());
}

void TestVerifier::lapsedSubscriptionGives402OnlyInLive()
{
    World w;
    WorkspaceService spaces(*w.f.store, w.f.clock);
    const QString ip = QStringLiteral("10.0.0.1");
    auto call = [&] {
        return w.verify(QStringLiteral("server"), QStringLiteral("service.bookings.read"), {}, ip,
                        QStringLiteral("GET"), QStringLiteral("/v1/bookings"));
    };
    QVERIFY(call().ok());
    QVERIFY(
        spaces.setSubscription(platformAdmin(), w.f.ws.id, QStringLiteral("bookings"), false).ok());
    const VerifyResult lapsed = call();
    QCOMPARE(lapsed.error->status, 402);
    QCOMPARE(lapsed.error->code, QStringLiteral("service_inactive"));
    // Other services of the same key still work.
    QVERIFY(w.verify(QStringLiteral("server"), QStringLiteral("service.forms.submit"), {}, ip,
                     QStringLiteral("POST"), QStringLiteral("/v1/forms/a"))
                .ok());
    // Sandbox never gets 402.
    QVERIFY(
        w.verify(QStringLiteral("payments-test"), QStringLiteral("service.payments.read")).ok());
    QVERIFY(
        spaces.setSubscription(platformAdmin(), w.f.ws.id, QStringLiteral("bookings"), true).ok());
    QVERIFY(call().ok());
    // Only the owner (or the platform) may change subscriptions.
    QCOMPARE(
        spaces.setSubscription(w.f.member(Role::Admin), w.f.ws.id, QStringLiteral("forms"), false)
            .error()
            .status,
        403);
}

void TestVerifier::expiryIsCheckedOnEveryCall()
{
    World w;
    QVERIFY(w.verify(QStringLiteral("expiring"), {}).ok());
    w.f.now += 999;
    QVERIFY(w.verify(QStringLiteral("expiring"), {}).ok());
    w.f.now += 1; // cached, but expiry is a property of time, not of the cache
    const VerifyResult r = w.verify(QStringLiteral("expiring"), {});
    QCOMPARE(r.error->status, 401);
    QVERIFY(r.error->message.contains(QStringLiteral("expired")));
}

void TestVerifier::rateLimitFiguresAndRetryAfter()
{
    Fixture f;
    KeyService keys(*f.store, ScopeCatalog::builtin(), f.clock);
    Verifier verifier(*f.store);
    CreateKeyRequest req = secretKey(QStringLiteral("limited"));
    req.rateLimit = RateLimit{3, 60};
    auto k = keys.create(f.member(Role::Owner), req);
    f.now = 1'790'000'010'000; // somewhere inside a 60-s window
    const qint64 windowStart = (f.now / 1000) / 60 * 60;
    for (int i = 0; i < 3; ++i) {
        const VerifyResult r = verifier.verify(VerifyRequest{k->secret, {}, {}, {}, {}, {}, f.now});
        QVERIFY(r.ok());
        QCOMPARE(r.rate->limit, 3);
        QCOMPARE(r.rate->remaining, 2 - i);
        QCOMPARE(r.rate->resetUnix, windowStart + 60);
    }
    const VerifyResult over = verifier.verify(VerifyRequest{k->secret, {}, {}, {}, {}, {}, f.now});
    QCOMPARE(over.error->status, 429);
    QCOMPARE(over.error->code, QStringLiteral("rate_limit_exceeded"));
    QCOMPARE(over.rate->remaining, 0);
    QCOMPARE(over.rate->retryAfter, int(windowStart + 60 - f.now / 1000));
    QVERIFY(over.rate->retryAfter >= 1);
    f.now = (windowStart + 60) * 1000; // the next window
    QVERIFY(verifier.verify(VerifyRequest{k->secret, {}, {}, {}, {}, {}, f.now}).ok());
}

void TestVerifier::defaultRateLimitApplies()
{
    Fixture f;
    KeyService keys(*f.store, ScopeCatalog::builtin(), f.clock);
    Verifier verifier(*f.store, VerifierOptions{RateLimit{2, 1}});
    auto k = keys.create(f.member(Role::Owner), secretKey(QStringLiteral("unlimited?")));
    f.now = 1'790'000'000'000;
    QVERIFY(verifier.verify(VerifyRequest{k->secret, {}, {}, {}, {}, {}, f.now}).ok());
    QVERIFY(verifier.verify(VerifyRequest{k->secret, {}, {}, {}, {}, {}, f.now}).ok());
    QCOMPARE(verifier.verify(VerifyRequest{k->secret, {}, {}, {}, {}, {}, f.now}).error->status,
             429);
}

void TestVerifier::unlimitedKeyIsNeverThrottled()
{
    // "rate_limit": null means no limit: no 429 however many calls, and no rate facts to
    // answer as X-RateLimit-*.
    Fixture f;
    KeyService keys(*f.store, ScopeCatalog::builtin(), f.clock);
    Verifier verifier(*f.store);
    auto k = keys.create(f.member(Role::Owner), secretKey(QStringLiteral("unlimited")));
    QVERIFY(k.ok());
    QVERIFY(!k->key.rateLimit.has_value());
    f.now = 1'790'000'000'000;
    for (int i = 0; i < 5000; ++i) {
        const VerifyResult r = verifier.verify(VerifyRequest{k->secret, {}, {}, {}, {}, {}, f.now});
        QVERIFY(r.ok());
        QVERIFY(!r.rate.has_value());
    }
}

void TestVerifier::lastUsedIsWrittenInBatches()
{
    World w;
    QVERIFY(w.verify(QStringLiteral("plain"), {}).ok());
    KeyQuery q;
    q.nameContains = QStringLiteral("plain");
    const Actor owner = w.f.member(Role::Owner);
    QVERIFY(!w.keys.list(owner, q)->items.first().lastUsed.has_value());
    QVERIFY(w.verifier.flushUsage().ok());
    QCOMPARE(w.keys.list(owner, q)->items.first().lastUsed, std::optional<qint64>(w.f.now));
    QVERIFY(w.keys.list(owner, q)->items.first().lastUsedIp.isEmpty()); // the call named none
    w.f.now += 1000;
    QVERIFY(w.verify(QStringLiteral("plain"), {}, {}, QStringLiteral("203.0.113.7")).ok());
    QVERIFY(w.verifier.flushUsage().ok());
    QCOMPARE(w.keys.list(owner, q)->items.first().lastUsedIp, QStringLiteral("203.0.113.7"));
}

void TestVerifier::usageIsCountedPerDayAndOutcome()
{
    World w;
    const Actor owner = w.f.member(Role::Owner);
    KeyQuery q;
    q.nameContains = QStringLiteral("server");
    const QString id = w.keys.list(owner, q)->items.first().id;
    auto call = [&](const QString &scope, const QString &ip) {
        return w.verify(QStringLiteral("server"), scope, {}, ip, QStringLiteral("POST"),
                        QStringLiteral("/v1/forms/contact"));
    };
    const QString submit = QStringLiteral("service.forms.submit");
    const qint64 firstDay = usageDay(w.f.now);
    for (int i = 0; i < 3; ++i)
        QVERIFY(call(submit, QStringLiteral("10.1.2.3")).ok());
    QCOMPARE(call(submit, QStringLiteral("192.0.2.1")).error->code,
             QStringLiteral("ip_not_allowed"));
    QCOMPARE(call(submit, QStringLiteral("192.0.2.1")).error->code,
             QStringLiteral("ip_not_allowed"));
    QCOMPARE(call(QStringLiteral("service.forms.export"), QStringLiteral("10.1.2.3")).error->code,
             QStringLiteral("insufficient_scope"));
    // Nothing is written on the verify path: the store has no counts until the flush.
    QVERIFY(w.f.store->usage(id, 0)->isEmpty());
    // An edit drops the key's cache entry; what it had counted is kept.
    KeyPatch rename;
    rename.name = QStringLiteral("server renamed");
    QVERIFY(w.keys.patch(owner, id, rename).ok());
    w.f.now += kDayMs;
    QVERIFY(call(submit, QStringLiteral("10.9.9.9")).ok());
    QVERIFY(w.verifier.flushUsage().ok());

    auto report = w.keys.usage(owner, id, 30);
    QVERIFY2(report.ok(), report.ok() ? "" : qPrintable(report.error().message));
    QCOMPARE(report->days.size(), 30);
    QCOMPARE(report->days.last().date, usageDate(firstDay + 1));
    QCOMPARE(report->days.last().allowed, 1);
    QCOMPARE(report->days.last().refusedTotal(), 0);
    const UsageDay &before = report->days.at(28);
    QCOMPARE(before.date, usageDate(firstDay));
    QCOMPARE(before.allowed, 3);
    QCOMPARE(before.refused.value(QStringLiteral("ip_not_allowed")), 2);
    QCOMPARE(before.refused.value(QStringLiteral("insufficient_scope")), 1);
    QCOMPARE(before.refusedTotal(), 3);
    QCOMPARE(report->days.first().allowed + report->days.first().refusedTotal(), 0);

    // A second flush adds nothing twice.
    QVERIFY(w.verifier.flushUsage().ok());
    QCOMPARE(w.keys.usage(owner, id, 2)->days.first().allowed, 3);

    // The days asked for are checked, and counts older than the retention are dropped.
    for (int bad : {0, -1, kUsageRetentionDays + 1}) {
        auto refused = w.keys.usage(owner, id, bad);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().param, QStringLiteral("days"));
    }
    w.f.now += qint64(kUsageRetentionDays) * kDayMs;
    QVERIFY(call(submit, QStringLiteral("10.1.2.3")).ok());
    QVERIFY(w.verifier.flushUsage().ok());
    const auto kept = w.f.store->usage(id, 0);
    QCOMPARE(kept->size(), 1);
    QCOMPARE(kept->first().day, usageDay(w.f.now));
}

void TestVerifier::concurrentVerifiesAgree()
{
    World w;
    const QByteArray key = w.text.value(QStringLiteral("plain"));
    QVERIFY(w.verify(QStringLiteral("plain"), {}).ok()); // warm: threads never touch the store
    std::atomic<int> ok{0}, bad{0};
    std::vector<std::thread> threads;
    const qint64 now = w.f.now;
    for (int t = 0; t < 4; ++t)
        threads.emplace_back([&] {
            for (int i = 0; i < 200; ++i) {
                const auto r = w.verifier.verify(
                    VerifyRequest{key, u"service.forms.submit", {}, {}, {}, {}, now});
                (r.ok() ? ok : bad)++;
            }
        });
    for (auto &t : threads)
        t.join();
    // The default limit of 1000 per second lets 999 more through in this second.
    QCOMPARE(ok.load(), 800);
    QCOMPARE(bad.load(), 0);
}

void TestVerifier::cachedVerifyAnswersOnlyFromMemory()
{
    // verifyCached() is what latchkeyd's I/O threads ask: it answers as verify() would when
    // the cache holds everything, and otherwise says nothing so that the store is asked.
    World w;
    const QByteArray plain = w.text.value(QStringLiteral("plain"));
    const QString scope = QStringLiteral("service.forms.submit");
    auto cached = [&](const QByteArray &key, const QString &s, const QString &ip = {},
                      const QString &method = {}, const QString &path = {}) {
        return w.verifier.verifyCached(VerifyRequest{key, s, {}, ip, method, path, w.f.now});
    };
    QVERIFY(!cached(plain, scope)); // never verified: not in memory
    QCOMPARE(w.verifier.cachedKeys(), 0);
    // What needs no store at all is answered: no key, a malformed key.
    QCOMPARE(cached(QByteArray(), scope)->error->code, QStringLiteral("missing_authorization"));
    QCOMPARE(cached("sk_test_short", scope)->error->status, 401);
    // A typo fails the checksum: answered. A well-formed unknown key is never cached: only
    // the store can say it is unknown.
    QCOMPARE(cached(withTypo(plain), scope)->error->code, QStringLiteral("invalid_api_key"));
    QVERIFY(!cached(KeyText::generate(KeyType::Secret, Environment::Test), scope));

    QVERIFY(w.verify(QStringLiteral("plain"), scope).ok());
    const std::optional<VerifyResult> hit = cached(plain, scope);
    QVERIFY(hit && hit->ok());
    QCOMPARE(hit->key->record.name, QStringLiteral("plain"));
    QCOMPARE(cached(plain, QStringLiteral("service.bookings.read"))->error->code,
             QStringLiteral("insufficient_scope"));

    // A live key also needs its workspace's subscriptions in memory.
    const QByteArray server = w.text.value(QStringLiteral("server"));
    const QString ip = QStringLiteral("10.0.0.1");
    w.verifier.invalidateWorkspace(w.f.ws.id);
    QVERIFY(w.verify(QStringLiteral("server"), scope, {}, ip, QStringLiteral("POST"),
                     QStringLiteral("/v1/forms/a"))
                .ok());
    QVERIFY(cached(server, scope, ip, QStringLiteral("POST"), QStringLiteral("/v1/forms/a")));
    w.verifier.invalidateWorkspace(w.f.ws.id);
    QVERIFY(!cached(server, scope, ip, QStringLiteral("POST"), QStringLiteral("/v1/forms/a")));

    // Rate limits count the same calls whichever way they are asked.
    const std::optional<VerifyResult> first =
        cached(server, scope, ip, QStringLiteral("POST"), QStringLiteral("/v1/forms/a"));
    QVERIFY(!first); // subscriptions forgotten just above
    const VerifyResult viaStore = w.verify(QStringLiteral("server"), scope, {}, ip,
                                           QStringLiteral("POST"), QStringLiteral("/v1/forms/a"));
    const std::optional<VerifyResult> viaMemory =
        cached(server, scope, ip, QStringLiteral("POST"), QStringLiteral("/v1/forms/a"));
    QVERIFY(viaStore.rate && viaMemory && viaMemory->rate);
    QCOMPARE(viaMemory->rate->remaining, viaStore.rate->remaining - 1);

    // A revoke empties the cache entry before it returns: memory no longer answers for it.
    KeyQuery q;
    q.nameContains = QStringLiteral("plain");
    const ApiKeyRecord k = w.keys.list(w.f.member(Role::Owner), q)->items.first();
    QVERIFY(w.keys.revoke(w.f.member(Role::Owner), k.id).ok());
    QVERIFY(!cached(plain, scope));
    QCOMPARE(w.verify(QStringLiteral("plain"), scope).error->code,
             QStringLiteral("invalid_api_key"));
    const std::optional<VerifyResult> revoked = cached(plain, scope);
    QVERIFY(revoked && !revoked->ok()); // the revoked record is cached now, and says so
    QCOMPARE(revoked->error->code, QStringLiteral("invalid_api_key"));
}

QTEST_GUILESS_MAIN(TestVerifier)
#include "tst_verifier.moc"
