// SPDX-License-Identifier: MIT
// The key lifecycle through KeyService: create (secret once), list and page, get, patch,
// revoke, roll with grace, status, rotation advice, rights, no-escalation, audit — and that no
// secret ever reaches the database file or the audit log.
#include "core/auditlog.h"
#include "core/keyfilter.h"
#include "core/keytext.h"
#include "fixture.h"

#include <QJsonDocument>
#include <QTest>

using namespace latchkey;
using namespace latchkey::testing;

class TestKeyService : public QObject
{
    Q_OBJECT

private slots:
    void createReturnsTheSecretOnce();
    void createValidatesItsRequest_data();
    void createValidatesItsRequest();
    void rolesDecideWhoMayCreate_data();
    void rolesDecideWhoMayCreate();
    void keyActorsAreBoundAndCannotEscalate();
    void keyActorsPassOnTheirRestrictions();
    void publicKeysKeepTheirTokenAndRules();
    void listPagesAndFilters();
    void listFiltersByStatusAndSortsInTheStore();
    void keyFilterReadsAndWritesItsParams();
    void patchChangesOnlyWhatIsSet();
    void descriptionAndMetadataAreKeptAndChecked();
    void patchCannotEscalate();
    void revokeIsImmediateAndIdempotent();
    void rollIssuesANewKeyWithGrace_data();
    void rollIssuesANewKeyWithGrace();
    void rollRefusesWhatItMustNot();
    void statusFollowsTheClock_data();
    void statusFollowsTheClock();
    void everyChangeIsAuditedAndChained();
    void secretsNeverReachTheFileOrTheAuditLog();
};

void TestKeyService::createReturnsTheSecretOnce()
{
    Fixture f;
    KeyService keys(*f.store, ScopeCatalog::builtin(), f.clock);
    auto issued = keys.create(f.member(Role::Owner), secretKey(QStringLiteral("Backend")));
    QVERIFY2(issued.ok(), qPrintable(issued.ok() ? QString() : issued.error().message));
    QVERIFY(issued->secret.startsWith("sk_test_"));
    QCOMPARE(KeyText::check(issued->secret), KeyText::Problem::None);
    const ApiKeyRecord &k = issued->key;
    QVERIFY(k.id.startsWith(QLatin1String("key_")));
    QCOMPARE(k.prefix, QStringLiteral("sk_test_"));
    QCOMPARE(k.last4, QString::fromLatin1(issued->secret.right(4)));
    QCOMPARE(k.hash, KeyText::hash(issued->secret));
    QVERIFY(k.token.isEmpty());
    QCOMPARE(k.createdBy, QStringLiteral("owner@acme.test"));
    QCOMPARE(k.createdAt, f.now);
    // Reading it back never yields the secret.
    auto got = keys.get(f.member(Role::Owner), k.id);
    QVERIFY(got.ok());
    QVERIFY(got->token.isEmpty());
    QCOMPARE(got->hash, k.hash);
}

void TestKeyService::createValidatesItsRequest_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("type"); // 0 secret, 1 public
    QTest::addColumn<QString>("service");
    QTest::addColumn<QStringList>("scopes");
    QTest::addColumn<QStringList>("origins");
    QTest::addColumn<QStringList>("ips");
    QTest::addColumn<QStringList>("endpoints");
    QTest::addColumn<int>("rateLimit");
    QTest::addColumn<qint64>("expiresIn");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("param");

    const QStringList submit{QStringLiteral("service.forms.submit")};
    const QStringList none;
    const QStringList origin{QStringLiteral("https://shop.example.com")};
    QTest::newRow("ok") << "ok" << 0 << "" << submit << none << none << none << 0 << qint64(0) << 0
                        << "";
    QTest::newRow("empty-name") << "  " << 0 << "" << submit << none << none << none << 0
                                << qint64(0) << 400 << "name";
    QTest::newRow("long-name") << QString(101, u'x') << 0 << "" << submit << none << none << none
                               << 0 << qint64(0) << 400 << "name";
    QTest::newRow("control-in-name")
        << "a\x01b" << 0 << "" << submit << none << none << none << 0 << qint64(0) << 400 << "name";
    QTest::newRow("no-scopes") << "x" << 0 << "" << none << none << none << none << 0 << qint64(0)
                               << 400 << "scopes";
    QTest::newRow("unknown-scope")
        << "x" << 0 << "" << QStringList{QStringLiteral("service.nope.x")} << none << none << none
        << 0 << qint64(0) << 400 << "scopes";
    QTest::newRow("bad-scope-syntax") << "x" << 0 << "" << QStringList{QStringLiteral("Forms!")}
                                      << none << none << none << 0 << qint64(0) << 400 << "scopes";
    QTest::newRow("star-scope") << "x" << 0 << "" << QStringList{QStringLiteral("*")} << none
                                << none << none << 0 << qint64(0) << 403 << "scopes";
    QTest::newRow("secret-with-origins") << "x" << 0 << "" << submit << origin << none << none << 0
                                         << qint64(0) << 400 << "allowed_origins";
    QTest::newRow("secret-with-service") << "x" << 0 << "forms" << submit << none << none << none
                                         << 0 << qint64(0) << 400 << "service_id";
    QTest::newRow("public-without-service") << "x" << 1 << "" << submit << origin << none << none
                                            << 0 << qint64(0) << 400 << "service_id";
    QTest::newRow("public-unknown-service") << "x" << 1 << "nope" << submit << origin << none
                                            << none << 0 << qint64(0) << 400 << "service_id";
    QTest::newRow("public-without-origins") << "x" << 1 << "forms" << submit << none << none << none
                                            << 0 << qint64(0) << 400 << "allowed_origins";
    QTest::newRow("public-bad-origin")
        << "x" << 1 << "forms" << submit << QStringList{QStringLiteral("htp://x")} << none << none
        << 0 << qint64(0) << 400 << "allowed_origins";
    QTest::newRow("bad-cidr") << "x" << 0 << "" << submit << none
                              << QStringList{QStringLiteral("10.0.0.0/33")} << none << 0
                              << qint64(0) << 400 << "restrictions.ip_allowlist";
    QTest::newRow("bad-endpoint") << "x" << 0 << "" << submit << none << none
                                  << QStringList{QStringLiteral("FETCH v1")} << 0 << qint64(0)
                                  << 400 << "restrictions.endpoints";
    QTest::newRow("zero-rate-limit") << "x" << 0 << "" << submit << none << none << none << -1
                                     << qint64(0) << 400 << "rate_limit.limit";
    QTest::newRow("expiry-in-past") << "x" << 0 << "" << submit << none << none << none << 0
                                    << qint64(-1000) << 400 << "expires_at";
    QTest::newRow("all-restrictions")
        << "x" << 0 << "" << submit << none << QStringList{QStringLiteral("2001:db8::/32")}
        << QStringList{QStringLiteral("POST /v1/forms/*")} << 100 << qint64(3600000) << 0 << "";
}

void TestKeyService::createValidatesItsRequest()
{
    QFETCH(QString, name);
    QFETCH(int, type);
    QFETCH(QString, service);
    QFETCH(QStringList, scopes);
    QFETCH(QStringList, origins);
    QFETCH(QStringList, ips);
    QFETCH(QStringList, endpoints);
    QFETCH(int, rateLimit);
    QFETCH(qint64, expiresIn);
    QFETCH(int, status);
    QFETCH(QString, param);
    Fixture f;
    KeyService keys(*f.store, ScopeCatalog::builtin(), f.clock);
    CreateKeyRequest r;
    r.name = name;
    r.type = type ? KeyType::Public : KeyType::Secret;
    r.serviceId = service;
    r.scopes = scopes;
    r.allowedOrigins = origins;
    r.ipAllowlist = ips;
    r.endpoints = endpoints;
    if (rateLimit)
        r.rateLimit = RateLimit{qMax(rateLimit, 0), 60};
    if (expiresIn)
        r.expiresAt = f.now + expiresIn;
    auto issued = keys.create(f.member(Role::Owner), r);
    if (status == 0) {
        QVERIFY2(issued.ok(), qPrintable(issued.ok() ? QString() : issued.error().message));
        return;
    }
    QVERIFY(!issued.ok());
    QCOMPARE(issued.error().status, status);
    QCOMPARE(issued.error().param, param);
    QVERIFY(!issued.error().message.isEmpty());
    KeyQuery q;
    QCOMPARE(*keys.count(f.member(Role::Owner), q), 0); // nothing half-written
}

void TestKeyService::rolesDecideWhoMayCreate_data()
{
    QTest::addColumn<Role>("role");
    QTest::addColumn<QStringList>("scopes");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    const QStringList submit{QStringLiteral("service.forms.submit")};
    const QStringList manage{QStringLiteral("service.forms.manage")};
    const QStringList keysWrite{QStringLiteral("keys.write")};
    const QStringList webhooks{QStringLiteral("webhooks.write")};
    QTest::newRow("owner-submit") << Role::Owner << submit << 0 << "";
    QTest::newRow("owner-manage") << Role::Owner << manage << 0 << "";
    QTest::newRow("owner-star") << Role::Owner << QStringList{QStringLiteral("*")} << 403
                                << "scope_not_grantable";
    QTest::newRow("admin-manage") << Role::Admin << manage << 0 << "";
    QTest::newRow("admin-webhooks") << Role::Admin << webhooks << 0 << "";
    QTest::newRow("developer-submit") << Role::Developer << submit << 0 << "";
    QTest::newRow("developer-keys") << Role::Developer << keysWrite << 0 << "";
    QTest::newRow("developer-manage") << Role::Developer << manage << 403 << "scope_not_grantable";
    QTest::newRow("developer-webhooks")
        << Role::Developer << webhooks << 403 << "scope_not_grantable";
    QTest::newRow("viewer-anything") << Role::Viewer << submit << 403 << "permission_denied";
}

void TestKeyService::rolesDecideWhoMayCreate()
{
    QFETCH(Role, role);
    QFETCH(QStringList, scopes);
    QFETCH(int, status);
    QFETCH(QString, code);
    Fixture f;
    KeyService keys(*f.store, ScopeCatalog::builtin(), f.clock);
    auto issued =
        keys.create(f.member(role), secretKey(QStringLiteral("k"), Environment::Test, scopes));
    if (status == 0) {
        QVERIFY2(issued.ok(), qPrintable(issued.ok() ? QString() : issued.error().message));
        return;
    }
    QVERIFY(!issued.ok());
    QCOMPARE(issued.error().status, status);
    QCOMPARE(issued.error().code, code);
}

void TestKeyService::keyActorsAreBoundAndCannotEscalate()
{
    Fixture f;
    KeyService keys(*f.store, ScopeCatalog::builtin(), f.clock);
    auto manager = keys.create(f.member(Role::Owner),
                               secretKey(QStringLiteral("CI"), Environment::Test,
                                         {QStringLiteral("keys.read"), QStringLiteral("keys.write"),
                                          QStringLiteral("service.forms.*")}));
    QVERIFY(manager.ok());
    const Actor ci = Actor::key(manager->key.id, QStringLiteral("sk_test_…") + manager->key.last4,
                                f.ws.id, Environment::Test, manager->key.scopes);
    // May grant what it holds…
    QVERIFY(keys.create(ci, secretKey(QStringLiteral("a"))).ok());
    // …but not more,
    auto more = keys.create(ci, secretKey(QStringLiteral("b"), Environment::Test,
                                          {QStringLiteral("service.bookings.read")}));
    QVERIFY(!more.ok());
    QCOMPARE(more.error().code, QStringLiteral("scope_not_grantable"));
    // and only in its own environment.
    auto live = keys.create(ci, secretKey(QStringLiteral("c"), Environment::Live));
    QVERIFY(!live.ok());
    QCOMPARE(live.error().status, 403);
    auto liveKey =
        keys.create(f.member(Role::Owner), secretKey(QStringLiteral("live"), Environment::Live));
    QVERIFY(liveKey.ok());
    auto hidden = keys.get(ci, liveKey->key.id);
    QCOMPARE(hidden.error().status, 404);
    // A key without keys.write gets insufficient_scope naming it.
    const Actor reader = Actor::key(QStringLiteral("key_r"), QStringLiteral("r"), f.ws.id,
                                    Environment::Test, {QStringLiteral("keys.read")});
    auto denied = keys.create(reader, secretKey(QStringLiteral("d")));
    QCOMPARE(denied.error().code, QStringLiteral("insufficient_scope"));
    QCOMPARE(denied.error().requiredScope, QStringLiteral("keys.write"));
    KeyQuery q;
    q.environment = Environment::Live;
    QCOMPARE(keys.list(ci, q).error().status, 403);
    q.environment.reset();
    auto listed = keys.list(ci, q);
    QVERIFY(listed.ok());
    for (const auto &k : listed->items)
        QCOMPARE(k.environment, Environment::Test);
}

void TestKeyService::keyActorsPassOnTheirRestrictions()
{
    Fixture f;
    KeyService keys(*f.store, ScopeCatalog::builtin(), f.clock);
    const qint64 day = 86400LL * 1000;
    CreateKeyRequest req =
        secretKey(QStringLiteral("bot"), Environment::Test,
                  {QStringLiteral("keys.write"), QStringLiteral("service.forms.submit")});
    req.expiresAt = f.now + 10 * day;
    req.ipAllowlist = {QStringLiteral("10.0.0.0/8")};
    req.endpoints = {QStringLiteral("POST /v1/forms/*"), QStringLiteral("/v1/api-keys/*")};
    req.rateLimit = RateLimit{100, 60};
    auto bot = keys.create(f.member(Role::Owner), req);
    QVERIFY(bot.ok());
    const Actor actor =
        Actor::key(bot->key.id, QStringLiteral("bot"), f.ws.id, Environment::Test, bot->key.scopes,
                   KeyLimits{req.expiresAt, *IpAllowlist::parse(req.ipAllowlist),
                             *EndpointAllowlist::parse(req.endpoints), req.rateLimit});

    // Create: every restriction within the key's own, or 403 naming the first too loose.
    CreateKeyRequest child = secretKey(QStringLiteral("child"));
    const auto refused = [&](const CreateKeyRequest &r, const QString &param) {
        auto made = keys.create(actor, r);
        if (made.ok())
            return false;
        return made.error().status == 403 && made.error().code == u"restriction_not_grantable" &&
               made.error().param == param;
    };
    QVERIFY(refused(child, QStringLiteral("expires_at")));
    child.expiresAt = f.now + 5 * day;
    QVERIFY(refused(child, QStringLiteral("restrictions.ip_allowlist")));
    child.ipAllowlist = {QStringLiteral("10.1.0.0/16")};
    QVERIFY(refused(child, QStringLiteral("restrictions.endpoints")));
    child.endpoints = {QStringLiteral("POST /v1/forms/f_1/*")};
    QVERIFY(refused(child, QStringLiteral("rate_limit")));
    child.rateLimit = RateLimit{100, 120};
    auto made = keys.create(actor, child);
    QVERIFY2(made.ok(), qPrintable(made.ok() ? QString() : made.error().message));

    // Patch: only the restrictions it sets are weighed; tightening itself is fine.
    KeyPatch tighter;
    tighter.expiresAt = std::optional<qint64>(f.now + 2 * day);
    QVERIFY(keys.patch(actor, bot->key.id, tighter).ok());
    KeyPatch looser;
    looser.expiresAt = std::optional<qint64>(); // never
    QCOMPARE(keys.patch(actor, bot->key.id, looser).error().code,
             QStringLiteral("restriction_not_grantable"));
    KeyPatch rename;
    rename.name = QStringLiteral("renamed");
    auto owners = keys.create(f.member(Role::Owner), secretKey(QStringLiteral("owner's")));
    QVERIFY(owners.ok());
    QVERIFY(keys.patch(actor, owners->key.id, rename).ok()); // no restriction touched

    // Roll: the new key carries the old one's restrictions, so rolling a looser key is a grant.
    QCOMPARE(keys.roll(actor, owners->key.id, 0).error().code,
             QStringLiteral("restriction_not_grantable"));
    QVERIFY(keys.roll(actor, made->key.id, 0).ok());
    // Members are bound by their role alone.
    QVERIFY(keys.patch(f.member(Role::Owner), bot->key.id, looser).ok());
}

void TestKeyService::publicKeysKeepTheirTokenAndRules()
{
    Fixture f;
    KeyService keys(*f.store, ScopeCatalog::builtin(), f.clock);
    auto pk = keys.create(f.member(Role::Developer),
                          publicKey(QStringLiteral("Widget"), QStringLiteral("forms"),
                                    {QStringLiteral("service.forms.submit")},
                                    {QStringLiteral("HTTPS://Shop.Example.com:443"),
                                     QStringLiteral("https://*.example.com")}));
    QVERIFY2(pk.ok(), qPrintable(pk.ok() ? QString() : pk.error().message));
    QVERIFY(pk->secret.startsWith("pk_test_"));
    QCOMPARE(pk->key.token, QString::fromLatin1(pk->secret));
    QCOMPARE(pk->key.allowedOrigins, (QStringList{QStringLiteral("https://shop.example.com"),
                                                  QStringLiteral("https://*.example.com")}));
    auto got = keys.get(f.member(Role::Viewer), pk->key.id);
    QCOMPARE(got->token, QString::fromLatin1(pk->secret)); // public: shown any time
    auto unsafe =
        keys.create(f.member(Role::Owner), publicKey(QStringLiteral("W2"), QStringLiteral("forms"),
                                                     {QStringLiteral("service.forms.manage")},
                                                     {QStringLiteral("https://a.example")}));
    QCOMPARE(unsafe.error().code, QStringLiteral("scope_not_grantable"));
    auto otherService =
        keys.create(f.member(Role::Owner), publicKey(QStringLiteral("W3"), QStringLiteral("forms"),
                                                     {QStringLiteral("service.bookings.create")},
                                                     {QStringLiteral("https://a.example")}));
    QCOMPARE(otherService.error().code, QStringLiteral("scope_not_grantable"));
}

void TestKeyService::listPagesAndFilters()
{
    Fixture f;
    KeyService keys(*f.store, ScopeCatalog::builtin(), f.clock);
    const Actor owner = f.member(Role::Owner);
    for (int i = 0; i < 12; ++i) {
        f.now += 1000;
        QVERIFY(keys.create(owner, secretKey(QStringLiteral("Server %1").arg(i))).ok());
    }
    QVERIFY(keys.create(owner, publicKey(QStringLiteral("Widget"), QStringLiteral("forms"),
                                         {QStringLiteral("service.forms.submit")},
                                         {QStringLiteral("https://a.example")}))
                .ok());
    KeyQuery q;
    q.type = KeyType::Secret;
    q.limit = 5;
    auto p1 = keys.list(owner, q);
    QVERIFY(p1.ok());
    QCOMPARE(p1->items.size(), 5);
    QVERIFY(p1->hasMore);
    QCOMPARE(p1->items.first().name, QStringLiteral("Server 11"));
    q.startingAfter = p1->items.last().id;
    auto p2 = keys.list(owner, q);
    QCOMPARE(p2->items.first().name, QStringLiteral("Server 6"));
    q.startingAfter = p2->items.last().id;
    auto p3 = keys.list(owner, q);
    QCOMPARE(p3->items.size(), 2);
    QVERIFY(!p3->hasMore);
    KeyQuery bad;
    bad.limit = 0;
    QCOMPARE(keys.list(owner, bad).error().param, QStringLiteral("limit"));
    bad.limit = 101;
    QCOMPARE(keys.list(owner, bad).error().param, QStringLiteral("limit"));
    KeyQuery pub;
    pub.type = KeyType::Public;
    QCOMPARE(keys.list(owner, pub)->items.size(), 1);
    KeyQuery named;
    named.nameContains = QStringLiteral("server 1");
    QCOMPARE(keys.list(owner, named)->items.size(), 3); // 1, 10, 11
}

namespace {
QStringList names(const Result<Page<ApiKeyRecord>> &page)
{
    QStringList out;
    if (!page.ok())
        return {QStringLiteral("error: ") + page.error().message};
    for (const ApiKeyRecord &k : page->items)
        out << k.name;
    return out;
}
} // namespace

void TestKeyService::listFiltersByStatusAndSortsInTheStore()
{
    Fixture f;
    KeyService keys(*f.store, ScopeCatalog::builtin(), f.clock);
    const Actor owner = f.member(Role::Owner);
    constexpr qint64 day = 24LL * 3600 * 1000;
    const qint64 t0 = f.now;
    QHash<QString, QString> ids;
    const auto make = [&](const QString &name, std::optional<qint64> expiresAt) {
        CreateKeyRequest r = secretKey(name);
        r.expiresAt = expiresAt;
        auto issued = keys.create(owner, r);
        QVERIFY2(issued.ok(), qPrintable(issued.ok() ? QString() : issued.error().message));
        ids.insert(name, issued->key.id);
    };
    // Made in this order (store order), each a second after the one before.
    make(QStringLiteral("Charlie"), std::nullopt);
    f.now += 1000;
    make(QStringLiteral("alpha"), t0 + 4 * day);
    f.now += 1000;
    make(QStringLiteral("Bravo"), t0 + 40 * day);
    f.now += 1000;
    make(QStringLiteral("Delta"), t0 + 30 * day);
    f.now += 1000;
    make(QStringLiteral("echo"), t0 + day);
    QVERIFY(keys.revoke(owner, ids.value(QStringLiteral("Delta"))).ok());
    QVERIFY(f.store
                ->recordUsage({{ids.value(QStringLiteral("Bravo")), t0 + day, {}},
                               {ids.value(QStringLiteral("Charlie")), t0 + day + 5000, {}}},
                              {}, std::nullopt)
                .ok());
    // Two days on: echo has expired, alpha expires within 7 days.
    f.now = t0 + 2 * day;

    const auto list = [&](QList<KeyStatus> statuses, KeyOrder order = KeyOrder::Created,
                          bool descending = true, int limit = 10) {
        KeyQuery q;
        q.statuses = std::move(statuses);
        q.orderBy = order;
        q.descending = descending;
        q.limit = limit;
        return keys.list(owner, q);
    };
    const QStringList current = {QStringLiteral("echo"), QStringLiteral("Bravo"),
                                 QStringLiteral("alpha"), QStringLiteral("Charlie")};
    QCOMPARE(names(list({})), current); // revoked keys only when asked for
    QCOMPARE(names(list({KeyStatus::Expiring})), QStringList{QStringLiteral("alpha")});
    QCOMPARE(names(list({KeyStatus::Expired})), QStringList{QStringLiteral("echo")});
    QCOMPARE(names(list({KeyStatus::Revoked})), QStringList{QStringLiteral("Delta")});
    QCOMPARE(names(list({KeyStatus::Active})),
             (QStringList{QStringLiteral("Bravo"), QStringLiteral("Charlie")}));
    QCOMPARE(
        names(list({KeyStatus::Active, KeyStatus::Revoked})),
        (QStringList{QStringLiteral("Delta"), QStringLiteral("Bravo"), QStringLiteral("Charlie")}));
    // What the list says each key is agrees with keyStatus(), for every key.
    const auto every =
        list({KeyStatus::Active, KeyStatus::Expiring, KeyStatus::Expired, KeyStatus::Revoked});
    QVERIFY(every.ok());
    QCOMPARE(every->items.size(), 5);
    for (const ApiKeyRecord &k : every->items) {
        const KeyStatus status = keyStatus(k, f.now);
        const QByteArray what = (k.name + QLatin1Char(' ') + name(status)).toUtf8();
        QVERIFY2(names(list({status})).contains(k.name), what.constData());
    }

    // The store sorts the whole list, and keyset paging follows its order.
    const auto pages = [&](KeyOrder order, bool descending) {
        QStringList all;
        KeyQuery q;
        q.orderBy = order;
        q.descending = descending;
        q.limit = 3;
        for (int guard = 0; guard < 5; ++guard) {
            auto page = keys.list(owner, q);
            if (!page.ok())
                return QStringList{page.error().message};
            all << names(page);
            if (!page->hasMore)
                break;
            q.startingAfter = page->items.last().id;
        }
        return all;
    };
    QCOMPARE(pages(KeyOrder::Name, false),
             (QStringList{QStringLiteral("alpha"), QStringLiteral("Bravo"),
                          QStringLiteral("Charlie"), QStringLiteral("echo")}));
    QCOMPARE(pages(KeyOrder::Name, true),
             (QStringList{QStringLiteral("echo"), QStringLiteral("Charlie"),
                          QStringLiteral("Bravo"), QStringLiteral("alpha")}));
    // Never-expiring last; never-used as oldest, the newest of those first.
    QCOMPARE(pages(KeyOrder::Expires, false),
             (QStringList{QStringLiteral("echo"), QStringLiteral("alpha"), QStringLiteral("Bravo"),
                          QStringLiteral("Charlie")}));
    QCOMPARE(pages(KeyOrder::LastUsed, true),
             (QStringList{QStringLiteral("Charlie"), QStringLiteral("Bravo"),
                          QStringLiteral("echo"), QStringLiteral("alpha")}));
    QCOMPARE(pages(KeyOrder::Created, false),
             (QStringList{QStringLiteral("Charlie"), QStringLiteral("alpha"),
                          QStringLiteral("Bravo"), QStringLiteral("echo")}));
    QCOMPARE(pages(KeyOrder::Created, true),
             (QStringList{QStringLiteral("echo"), QStringLiteral("Bravo"), QStringLiteral("alpha"),
                          QStringLiteral("Charlie")}));
    // Age: only keys created before a time (the attention bar's "older than 90 days").
    KeyQuery old;
    old.createdBefore = t0 + 1500;
    QCOMPARE(names(keys.list(owner, old)),
             (QStringList{QStringLiteral("alpha"), QStringLiteral("Charlie")}));
    KeyQuery counted;
    counted.statuses = {KeyStatus::Expiring, KeyStatus::Expired};
    QCOMPARE(*keys.count(owner, counted), qint64(2));
    // Creation is the key's created_at, not the order the store took them in: a key made last
    // with an earlier time (an import; another instance's clock) sorts by its time.
    f.now = t0 - day;
    make(QStringLiteral("Foxtrot"), std::nullopt);
    f.now = t0 + 2 * day;
    QCOMPARE(
        pages(KeyOrder::Created, false),
        (QStringList{QStringLiteral("Foxtrot"), QStringLiteral("Charlie"), QStringLiteral("alpha"),
                     QStringLiteral("Bravo"), QStringLiteral("echo")}));
    QCOMPARE(pages(KeyOrder::Created, true),
             (QStringList{QStringLiteral("echo"), QStringLiteral("Bravo"), QStringLiteral("alpha"),
                          QStringLiteral("Charlie"), QStringLiteral("Foxtrot")}));
}

void TestKeyService::keyFilterReadsAndWritesItsParams()
{
    KeyQuery q;
    QVERIFY(KeyFilter::read(QUrlQuery(QStringLiteral("status=expiring,revoked&sort=-name&"
                                                     "created_lt=2026-01-31T09:00:00Z&type=public&"
                                                     "search=Billing")),
                            q)
                .ok());
    QCOMPARE(q.statuses, (QList<KeyStatus>{KeyStatus::Expiring, KeyStatus::Revoked}));
    QCOMPARE(q.orderBy, KeyOrder::Name);
    QVERIFY(q.descending);
    QCOMPARE(*q.createdBefore, 1'769'850'000'000LL);
    QCOMPARE(*q.type, KeyType::Public);
    QCOMPARE(q.nameContains, QStringLiteral("Billing"));
    // What a client sends back reads as the same query.
    QUrlQuery written;
    for (const auto &[param, value] : KeyFilter::queryItems(q))
        written.addQueryItem(param, value);
    KeyQuery again;
    QVERIFY(KeyFilter::read(written, again).ok());
    QCOMPARE(again.statuses, q.statuses);
    QCOMPARE(again.orderBy, q.orderBy);
    QCOMPARE(again.descending, q.descending);
    QCOMPARE(again.createdBefore, q.createdBefore);
    // Defaults are left out.
    QVERIFY(KeyFilter::queryItems(KeyQuery{}).isEmpty());
    // Each bad value is named.
    for (const auto &[query, param] : QList<QPair<QString, QString>>{
             {QStringLiteral("status=paused"), QStringLiteral("status")},
             {QStringLiteral("status="), QStringLiteral("status")},
             {QStringLiteral("sort=size"), QStringLiteral("sort")},
             {QStringLiteral("sort=-"), QStringLiteral("sort")},
             {QStringLiteral("created_lt=yesterday"), QStringLiteral("created_lt")},
             {QStringLiteral("type=both"), QStringLiteral("type")},
             {QStringLiteral("include_revoked=1"), QStringLiteral("include_revoked")}}) {
        KeyQuery bad;
        const Status s = KeyFilter::read(QUrlQuery(query), bad);
        QVERIFY2(!s.ok(), qPrintable(query));
        QCOMPARE(s.error().param, param);
        QCOMPARE(s.error().code, QStringLiteral("invalid_request"));
    }
}

void TestKeyService::patchChangesOnlyWhatIsSet()
{
    Fixture f;
    KeyService keys(*f.store, ScopeCatalog::builtin(), f.clock);
    const Actor owner = f.member(Role::Owner);
    CreateKeyRequest req = secretKey(QStringLiteral("Original"));
    req.rateLimit = RateLimit{10, 60};
    auto issued = keys.create(owner, req);
    QVERIFY(issued.ok());
    KeyPatch p;
    p.name = QStringLiteral("Renamed");
    p.ipAllowlist = QStringList{QStringLiteral("10.0.0.0/8")};
    auto patched = keys.patch(owner, issued->key.id, p);
    QVERIFY2(patched.ok(), qPrintable(patched.ok() ? QString() : patched.error().message));
    QCOMPARE(patched->name, QStringLiteral("Renamed"));
    QCOMPARE(patched->ipAllowlist, QStringList{QStringLiteral("10.0.0.0/8")});
    QCOMPARE(patched->scopes, issued->key.scopes);
    QVERIFY(patched->rateLimit.has_value());
    KeyPatch clear;
    clear.rateLimit = std::optional<RateLimit>{};
    clear.expiresAt = std::optional<qint64>(f.now + 3600000);
    patched = keys.patch(owner, issued->key.id, clear);
    QVERIFY(!patched->rateLimit.has_value());
    QCOMPARE(patched->expiresAt, std::optional<qint64>(f.now + 3600000));
    auto stored = keys.get(owner, issued->key.id);
    QCOMPARE(stored->name, QStringLiteral("Renamed"));
    QVERIFY(!stored->rateLimit.has_value());
    KeyPatch badIp;
    badIp.ipAllowlist = QStringList{QStringLiteral("10.0.0.1/8")};
    QCOMPARE(keys.patch(owner, issued->key.id, badIp).error().param,
             QStringLiteral("restrictions.ip_allowlist"));
    QCOMPARE(keys.patch(owner, QStringLiteral("key_missing"), p).error().status, 404);
}

void TestKeyService::patchCannotEscalate()
{
    Fixture f;
    KeyService keys(*f.store, ScopeCatalog::builtin(), f.clock);
    auto admins =
        keys.create(f.member(Role::Admin), secretKey(QStringLiteral("Refunds"), Environment::Test,
                                                     {QStringLiteral("service.payments.refund")}));
    QVERIFY2(admins.ok(), qPrintable(admins.ok() ? QString() : admins.error().message));
    const Actor dev = f.member(Role::Developer);
    // A developer may rename it and narrow it, but not widen it…
    KeyPatch rename;
    rename.name = QStringLiteral("Refunds (old)");
    QVERIFY(keys.patch(dev, admins->key.id, rename).ok());
    KeyPatch open;
    open.ipAllowlist = QStringList{};
    QCOMPARE(keys.patch(dev, admins->key.id, open).error().code,
             QStringLiteral("scope_not_grantable"));
    // …nor add what the role cannot grant.
    auto mine = keys.create(dev, secretKey(QStringLiteral("Mine")));
    KeyPatch add;
    add.scopes =
        QStringList{QStringLiteral("service.forms.submit"), QStringLiteral("service.forms.manage")};
    QCOMPARE(keys.patch(dev, mine->key.id, add).error().code,
             QStringLiteral("scope_not_grantable"));
    QCOMPARE(keys.get(dev, mine->key.id)->scopes,
             QStringList{QStringLiteral("service.forms.submit")});
    // A viewer cannot patch at all.
    QCOMPARE(keys.patch(f.member(Role::Viewer), mine->key.id, rename).error().code,
             QStringLiteral("permission_denied"));
}

void TestKeyService::revokeIsImmediateAndIdempotent()
{
    Fixture f;
    KeyService keys(*f.store, ScopeCatalog::builtin(), f.clock);
    const Actor owner = f.member(Role::Owner);
    auto issued = keys.create(owner, secretKey(QStringLiteral("Doomed")));
    QStringList changes;
    f.store->onChange([&](const QString &w) { changes << w; });
    auto revoked = keys.revoke(owner, issued->key.id);
    QVERIFY(revoked.ok());
    QCOMPARE(revoked->revokedAt, std::optional<qint64>(f.now));
    QCOMPARE(keyStatus(*revoked, f.now), KeyStatus::Revoked);
    QCOMPARE(changes, QStringList{QString::fromLatin1(issued->key.hash.toHex())});
    f.now += 5000;
    auto again = keys.revoke(owner, issued->key.id);
    QCOMPARE(again->revokedAt, revoked->revokedAt);
    KeyQuery q;
    QCOMPARE(*keys.count(owner, q), 0);
    q.includeRevoked = true;
    QCOMPARE(*keys.count(owner, q), 1);
    KeyPatch p;
    p.name = QStringLiteral("Zombie");
    QCOMPARE(keys.patch(owner, issued->key.id, p).error().status, 400);
    QCOMPARE(keys.revoke(f.member(Role::Viewer), issued->key.id).error().status, 403);
    f.store->onChange({});
}

void TestKeyService::rollIssuesANewKeyWithGrace_data()
{
    QTest::addColumn<qint64>("grace");
    QTest::addColumn<KeyStatus>("oldStatus");
    QTest::newRow("now") << qint64(0) << KeyStatus::Expired;
    QTest::newRow("1h") << qint64(3600) << KeyStatus::Expiring;
    QTest::newRow("24h") << qint64(86400) << KeyStatus::Expiring;
    QTest::newRow("3d") << qint64(3 * 86400) << KeyStatus::Expiring;
    QTest::newRow("7d") << qint64(7 * 86400) << KeyStatus::Expiring;
}

void TestKeyService::rollIssuesANewKeyWithGrace()
{
    QFETCH(qint64, grace);
    QFETCH(KeyStatus, oldStatus);
    Fixture f;
    KeyService keys(*f.store, ScopeCatalog::builtin(), f.clock);
    const Actor owner = f.member(Role::Owner);
    CreateKeyRequest req = secretKey(QStringLiteral("Rolling"), Environment::Live);
    req.ipAllowlist = {QStringLiteral("192.0.2.0/24")};
    req.rateLimit = RateLimit{5, 1};
    auto old = keys.create(owner, req);
    QVERIFY(old.ok());
    f.now += 1000;
    auto rolled = keys.roll(owner, old->key.id, grace);
    QVERIFY2(rolled.ok(), qPrintable(rolled.ok() ? QString() : rolled.error().message));
    QVERIFY(rolled->secret.startsWith("sk_live_"));
    QVERIFY(rolled->secret != old->secret);
    QCOMPARE(rolled->key.scopes, old->key.scopes);
    QCOMPARE(rolled->key.ipAllowlist, old->key.ipAllowlist);
    QCOMPARE(rolled->key.rateLimit, old->key.rateLimit);
    QCOMPARE(rolled->key.name, old->key.name);
    QCOMPARE(rolled->key.rolledFrom, old->key.id);
    QCOMPARE(keyStatus(rolled->key, f.now), KeyStatus::Active);
    auto oldNow = keys.get(owner, old->key.id);
    QCOMPARE(oldNow->expiresAt, std::optional<qint64>(f.now + grace * 1000));
    QCOMPARE(keyStatus(*oldNow, f.now), oldStatus);
    f.now += grace * 1000;
    QCOMPARE(keyStatus(*keys.get(owner, old->key.id), f.now), KeyStatus::Expired);
}

void TestKeyService::rollRefusesWhatItMustNot()
{
    Fixture f;
    KeyService keys(*f.store, ScopeCatalog::builtin(), f.clock);
    const Actor owner = f.member(Role::Owner);
    auto k = keys.create(owner, secretKey(QStringLiteral("k")));
    QCOMPARE(keys.roll(owner, k->key.id, -1).error().param, QStringLiteral("old_expires_in"));
    QCOMPARE(keys.roll(owner, k->key.id, 604801).error().param, QStringLiteral("old_expires_in"));
    QVERIFY(keys.roll(owner, k->key.id, 604800).ok());
    auto pk = keys.create(owner, publicKey(QStringLiteral("p"), QStringLiteral("forms"),
                                           {QStringLiteral("service.forms.submit")},
                                           {QStringLiteral("https://a.example")}));
    QCOMPARE(keys.roll(owner, pk->key.id, 0).error().status, 400);
    auto privileged = keys.create(owner, secretKey(QStringLiteral("m"), Environment::Test,
                                                   {QStringLiteral("service.forms.manage")}));
    QCOMPARE(keys.roll(f.member(Role::Developer), privileged->key.id, 0).error().code,
             QStringLiteral("scope_not_grantable"));
    // Only an active key that was not rolled yet (409 key_not_rollable).
    const auto notRollable = [&](const QString &id) {
        auto r = keys.roll(owner, id, 0);
        return !r.ok() && r.error().status == 409 &&
               r.error().code == QLatin1String("key_not_rollable");
    };
    QVERIFY(notRollable(k->key.id)); // rolled above already
    QVERIFY(keys.revoke(owner, k->key.id).ok());
    QVERIFY(notRollable(k->key.id)); // revoked
    CreateKeyRequest soon = secretKey(QStringLiteral("expires"));
    soon.expiresAt = f.now + 60'000;
    auto expiring = keys.create(owner, soon);
    QVERIFY(expiring.ok());
    f.now += 61'000;
    QVERIFY(notRollable(expiring->key.id)); // expired: it must not come back without an expiry
    auto fresh = keys.create(owner, secretKey(QStringLiteral("fresh")));
    auto once = keys.roll(owner, fresh->key.id, 3600);
    QVERIFY(once.ok());
    QVERIFY(notRollable(fresh->key.id));             // the same key a second time
    QVERIFY(keys.roll(owner, once->key.id, 0).ok()); // its replacement can be rolled
}

void TestKeyService::statusFollowsTheClock_data()
{
    QTest::addColumn<qint64>("age");
    QTest::addColumn<qint64>("expiresIn"); // 0 = no expiry
    QTest::addColumn<bool>("revoked");
    QTest::addColumn<KeyStatus>("status");
    QTest::addColumn<bool>("rotate");
    const qint64 day = 86400000;
    QTest::newRow("fresh") << qint64(0) << qint64(0) << false << KeyStatus::Active << false;
    QTest::newRow("89-days") << 89 * day << qint64(0) << false << KeyStatus::Active << false;
    QTest::newRow("91-days") << 91 * day << qint64(0) << false << KeyStatus::Active << true;
    QTest::newRow("expiry-in-30d") << qint64(0) << 30 * day << false << KeyStatus::Active << false;
    QTest::newRow("expiry-in-7d") << qint64(0) << 7 * day << false << KeyStatus::Expiring << false;
    QTest::newRow("expiry-in-1ms")
        << qint64(0) << qint64(1) << false << KeyStatus::Expiring << false;
    QTest::newRow("expired") << qint64(0) << qint64(-1) << false << KeyStatus::Expired << false;
    QTest::newRow("old-expired") << 100 * day << qint64(-1) << false << KeyStatus::Expired << false;
    QTest::newRow("revoked") << 100 * day << qint64(0) << true << KeyStatus::Revoked << false;
}

void TestKeyService::statusFollowsTheClock()
{
    QFETCH(qint64, age);
    QFETCH(qint64, expiresIn);
    QFETCH(bool, revoked);
    QFETCH(KeyStatus, status);
    QFETCH(bool, rotate);
    const qint64 now = 1'790'000'000'000;
    ApiKeyRecord k;
    k.type = KeyType::Secret;
    k.createdAt = now - age;
    if (expiresIn)
        k.expiresAt = now + expiresIn;
    if (revoked)
        k.revokedAt = now - 1;
    QCOMPARE(keyStatus(k, now), status);
    QCOMPARE(rotationRecommended(k, now), rotate);
}

void TestKeyService::everyChangeIsAuditedAndChained()
{
    Fixture f;
    KeyService keys(*f.store, ScopeCatalog::builtin(), f.clock);
    const Actor owner = f.member(Role::Owner);
    auto k = keys.create(owner, secretKey(QStringLiteral("Audited")));
    KeyPatch p;
    p.name = QStringLiteral("Audited 2");
    QVERIFY(keys.patch(owner, k->key.id, p).ok());
    auto rolled = keys.roll(owner, k->key.id, 60);
    QVERIFY(keys.revoke(owner, rolled->key.id).ok());
    ListQuery q;
    q.workspaceId = f.ws.id;
    q.limit = 100;
    auto page = f.store->listAudit(q);
    QVERIFY(page.ok());
    QStringList actions;
    for (const AuditRecord &r : page->items)
        actions.prepend(r.action);
    QCOMPARE(actions,
             (QStringList{QStringLiteral("workspace.created"), QStringLiteral("api_key.created"),
                          QStringLiteral("api_key.updated"), QStringLiteral("api_key.rolled"),
                          QStringLiteral("api_key.revoked")}));
    for (const AuditRecord &r : page->items)
        if (r.action.startsWith(QLatin1String("api_key")))
            QCOMPARE(r.actor, QStringLiteral("owner@acme.test"));
    auto check = AuditLog::verify(*f.store, f.ws.id);
    QVERIFY(check.ok());
    QVERIFY(check->intact);
    QCOMPARE(check->checked, 5);
}

void TestKeyService::secretsNeverReachTheFileOrTheAuditLog()
{
    Fixture f;
    KeyService keys(*f.store, ScopeCatalog::builtin(), f.clock);
    const Actor owner = f.member(Role::Owner);
    QList<QByteArray> secrets;
    for (int i = 0; i < 20; ++i) {
        auto k = keys.create(owner, secretKey(QStringLiteral("k%1").arg(i),
                                              i % 2 ? Environment::Live : Environment::Test));
        QVERIFY(k.ok());
        secrets << k->secret;
        auto r = keys.roll(owner, k->key.id, 0);
        QVERIFY(r.ok());
        secrets << r->secret;
    }
    QByteArray raw = f.rawFileBytes();
    QVERIFY(raw.size() > 4096);
    ListQuery q;
    q.workspaceId = f.ws.id;
    q.limit = 1000;
    QByteArray audit;
    const auto page = f.store->listAudit(q);
    QVERIFY(page.ok());
    for (const AuditRecord &r : page->items)
        audit += QJsonDocument(r.details).toJson() + r.actor.toUtf8() + r.target.toUtf8();
    for (const QByteArray &s : secrets) {
        // Neither the whole key nor its random part, in any place.
        QVERIFY(!raw.contains(s));
        QVERIFY(!raw.contains(s.mid(8, 30)));
        QVERIFY(!audit.contains(s.mid(8, 30)));
        // The hash is there: that is how a key is found.
        QVERIFY(raw.contains(KeyText::hash(s)));
    }
    f.store.reset(); // checkpoint the WAL into the main file, then read again
    raw = f.rawFileBytes();
    for (const QByteArray &s : secrets)
        QVERIFY(!raw.contains(s.mid(8, 30)));
}

void TestKeyService::descriptionAndMetadataAreKeptAndChecked()
{
    Fixture f;
    KeyService keys(*f.store, ScopeCatalog::builtin(), f.clock);
    const Actor owner = f.member(Role::Owner);
    CreateKeyRequest r = secretKey(QStringLiteral("described"));
    r.description = QStringLiteral("  Nightly export job; ask ops@example.com  ");
    r.metadata = {{QStringLiteral("form_slug"), QStringLiteral("contact-us")},
                  {QStringLiteral("team"), QStringLiteral("billing")}};
    auto k = keys.create(owner, r);
    QVERIFY2(k.ok(), k.ok() ? "" : qPrintable(k.error().message));
    auto read = keys.get(owner, k->key.id);
    QCOMPARE(read->description, QStringLiteral("Nightly export job; ask ops@example.com"));
    QCOMPARE(read->metadata, r.metadata);
    // A roll keeps them; a patch changes only what it sets.
    auto rolled = keys.roll(owner, k->key.id, 60);
    QVERIFY(rolled.ok());
    QCOMPARE(keys.get(owner, rolled->key.id)->metadata, r.metadata);
    KeyPatch p;
    p.metadata = QMap<QString, QString>{{QStringLiteral("team"), QStringLiteral("growth")}};
    QVERIFY(keys.patch(owner, rolled->key.id, p).ok());
    read = keys.get(owner, rolled->key.id);
    QCOMPARE(read->metadata.size(), 1);
    QCOMPARE(read->description, QStringLiteral("Nightly export job; ask ops@example.com"));

    // Bad input is refused, naming the field.
    struct Bad
    {
        QString description;
        QMap<QString, QString> metadata;
        const char *param;
    };
    QMap<QString, QString> many;
    for (int i = 0; i <= kMaxMetadataEntries; ++i)
        many.insert(QStringLiteral("k%1").arg(i), QStringLiteral("v"));
    const QList<Bad> bad = {
        {QString(kMaxDescriptionLength + 1, u'x'), {}, "description"},
        {QStringLiteral("gnp\u202E.exe"), {}, "description"},
        {QStringLiteral("line\nbreak"), {}, "description"},
        {{}, many, "metadata"},
        {{}, {{QStringLiteral("has space"), QStringLiteral("v")}}, "metadata"},
        {{}, {{QString(), QStringLiteral("v")}}, "metadata"},
        {{}, {{QStringLiteral("ok"), QString(kMaxMetadataValueLength + 1, u'v')}}, "metadata"},
        {{}, {{QStringLiteral("ok"), QStringLiteral("a\u0007b")}}, "metadata"},
    };
    for (const Bad &b : bad) {
        CreateKeyRequest req = secretKey(QStringLiteral("bad"));
        req.description = b.description;
        req.metadata = b.metadata;
        auto refused = keys.create(owner, req);
        QVERIFY2(!refused.ok(), b.param);
        QCOMPARE(refused.error().param, QString::fromLatin1(b.param));
    }
}

QTEST_GUILESS_MAIN(TestKeyService)
#include "tst_keyservice.moc"
