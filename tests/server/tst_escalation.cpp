// SPDX-License-Identifier: MIT
// What a probe of a running latchkeyd found and must stay fixed (issue 12), against a real
// latchkeyd on loopback and its real SQLite store:
// - a key with keys.write cannot loosen its own restrictions, nor give a key looser ones
//   (403 restriction_not_grantable);
// - a developer cannot grant keys.*, which a key could not either;
// - origin wildcards over public suffixes are refused;
// - names and webhook descriptions refuse control characters, bidirectional overrides and
//   invisible-only text;
// - the store's files are readable by their owner only, whatever the umask;
// - only an active key that was not rolled yet can be rolled;
// - GET /v1/auth believes only the header family of the gateway named by serve --gateway
//   (issue 13: behind Caddy a client's own X-Original-* widened an endpoint allowlist).
#include "core/crypto.h"
#include "core/json.h"
#include "core/sqlstore.h"
#include "harness.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>

#include <sys/stat.h>

using namespace latchkey;
using namespace latchkey::testing;

namespace {
const QByteArray kPassword = "escalation password 1234";
const QString kEmail = QStringLiteral("owner@escalation.test");
const QString kDeveloper = QStringLiteral("dev@escalation.test");

QString inDays(int days)
{
    return json::rfc3339(QDateTime::currentMSecsSinceEpoch() + qint64(days) * 86400 * 1000);
}
} // namespace

class TestEscalation : public QObject
{
    Q_OBJECT

private:
    Latchkeyd d;
    Http owner;
    Http developer;

    void signIn(Http &h, const QString &email)
    {
        h.base = d.url;
        const HttpResult s = h.post(QStringLiteral("/v1/sessions"),
                                    {{QStringLiteral("email"), email},
                                     {QStringLiteral("password"), QString::fromUtf8(kPassword)}});
        if (s.status != 200)
            qWarning("sign-in failed: %s", s.body.constData());
        h.token = s.data().value(QLatin1String("token")).toString().toLatin1();
    }

private slots:
    void initTestCase();
    void storeFilesAreOwnerOnly();
    void aKeyCannotLoosenItself();
    void aKeyPassesOnItsRestrictions();
    void membersAndKeysGrantByOneRule();
    void wildcardsOverPublicSuffixesAreRefused_data();
    void wildcardsOverPublicSuffixesAreRefused();
    void namesMustBeReadable_data();
    void namesMustBeReadable();
    void webhookDescriptionsMustBeReadable();
    void onlyAnActiveKeyIsRolledAndOnce();
    void gatewayNamesTheOneHeaderFamily();
    void aDeveloperCannotReadTheAuditLog();
    void cleanupTestCase();
};

void TestEscalation::initTestCase()
{
    // The umask most systems have: files would be 0644 unless the store says otherwise.
    ::umask(022);
    QByteArray out;
    QVERIFY2(d.init(kEmail, kPassword, &out) == 0, out.constData());
    {
        auto store = SqlStore::open(d.storeUrl);
        QVERIFY(store.ok());
        const QString ws = (*store)->workspaces()->constFirst().id;
        UserRecord user;
        user.id = crypto::randomId(u"usr_");
        user.email = kDeveloper;
        user.passwordHash = crypto::hashPassword(QString::fromUtf8(kPassword));
        user.createdAt = QDateTime::currentMSecsSinceEpoch();
        QVERIFY((*store)->insertUser(user).ok());
        QVERIFY((*store)->upsertMembership({ws, user.id, Role::Developer}).ok());
    }
    QVERIFY2(d.start(), d.logs().constData());
    signIn(owner, kEmail);
    signIn(developer, kDeveloper);
    QVERIFY(!owner.token.isEmpty() && !developer.token.isEmpty());
}

void TestEscalation::storeFilesAreOwnerOnly()
{
    // SECURITY.md, "Rules": password hashes, emails and the audit log are for the store's owner
    // alone.
    const QString db = d.storeUrl.mid(int(qstrlen("sqlite:")));
    for (const QString &path : {db, db + QStringLiteral("-wal"), db + QStringLiteral("-shm")}) {
        struct stat st
        {};
        QVERIFY2(::stat(QFile::encodeName(path).constData(), &st) == 0, qPrintable(path));
        QCOMPARE(st.st_mode & 0777, mode_t(0600));
    }
    // A store an older version made readable to all is tightened when it is opened.
    const QString old = d.dir.filePath(QStringLiteral("old.db"));
    {
        auto made = SqlStore::open(QStringLiteral("sqlite:") + old);
        QVERIFY(made.ok());
    }
    QVERIFY(::chmod(QFile::encodeName(old).constData(), 0644) == 0);
    {
        auto reopened = SqlStore::open(QStringLiteral("sqlite:") + old);
        QVERIFY(reopened.ok());
    }
    struct stat st
    {};
    QVERIFY(::stat(QFile::encodeName(old).constData(), &st) == 0);
    QCOMPARE(st.st_mode & 0777, mode_t(0600));
}

void TestEscalation::aKeyCannotLoosenItself()
{
    // A key restricted in every way, with keys.write, made by the owner.
    const QJsonObject restricted{
        {QStringLiteral("name"), QStringLiteral("automation")},
        {QStringLiteral("scopes"),
         QJsonArray{QStringLiteral("keys.read"), QStringLiteral("keys.write"),
                    QStringLiteral("service.forms.submit")}},
        {QStringLiteral("restrictions"),
         QJsonObject{{QStringLiteral("ip_allowlist"),
                      QJsonArray{QStringLiteral("127.0.0.0/8"), QStringLiteral("::1")}},
                     {QStringLiteral("endpoints"),
                      QJsonArray{QStringLiteral("/v1/api-keys"), QStringLiteral("/v1/api-keys/*"),
                                 QStringLiteral("POST /v1/forms/*")}}}},
        {QStringLiteral("rate_limit"),
         QJsonObject{{QStringLiteral("limit"), 1000}, {QStringLiteral("window"), 60}}},
        {QStringLiteral("expires_at"), inDays(30)}};
    const HttpResult made = owner.post(QStringLiteral("/v1/api-keys"), restricted);
    QCOMPARE(made.status, 201);
    const QString id = made.data().value(QLatin1String("id")).toString();
    Http self;
    self.base = d.url;
    self.token = made.data().value(QLatin1String("secret")).toString().toLatin1();
    const QString path = QStringLiteral("/v1/api-keys/") + id;

    const auto patch = [&](const QJsonObject &body) {
        return self.send("PATCH", path, QJsonDocument(body).toJson(QJsonDocument::Compact));
    };
    struct Loosening
    {
        const char *what;
        QJsonObject body;
        QString param;
    };
    const QList<Loosening> loosenings{
        {"no restrictions",
         {{QStringLiteral("restrictions"), QJsonValue::Null}},
         QStringLiteral("restrictions.ip_allowlist")},
        {"no IP allowlist",
         {{QStringLiteral("restrictions"),
           QJsonObject{{QStringLiteral("ip_allowlist"), QJsonArray{}}}}},
         QStringLiteral("restrictions.ip_allowlist")},
        {"a wider network",
         {{QStringLiteral("restrictions"),
           QJsonObject{{QStringLiteral("ip_allowlist"), QJsonArray{QStringLiteral("0.0.0.0/0")}}}}},
         QStringLiteral("restrictions.ip_allowlist")},
        {"no endpoint allowlist",
         {{QStringLiteral("restrictions"),
           QJsonObject{{QStringLiteral("endpoints"), QJsonArray{}}}}},
         QStringLiteral("restrictions.endpoints")},
        {"any method",
         {{QStringLiteral("restrictions"),
           QJsonObject{{QStringLiteral("endpoints"),
                        QJsonArray{QStringLiteral("/v1/api-keys"), QStringLiteral("/v1/api-keys/*"),
                                   QStringLiteral("/v1/forms/*")}}}}},
         QStringLiteral("restrictions.endpoints")},
        {"no rate limit",
         {{QStringLiteral("rate_limit"), QJsonValue::Null}},
         QStringLiteral("rate_limit")},
        {"a higher rate",
         {{QStringLiteral("rate_limit"),
           QJsonObject{{QStringLiteral("limit"), 1000}, {QStringLiteral("window"), 30}}}},
         QStringLiteral("rate_limit")},
        {"a bigger burst",
         {{QStringLiteral("rate_limit"),
           QJsonObject{{QStringLiteral("limit"), 100000}, {QStringLiteral("window"), 86400}}}},
         QStringLiteral("rate_limit")},
        {"no expiry",
         {{QStringLiteral("expires_at"), QJsonValue::Null}},
         QStringLiteral("expires_at")},
        {"a later expiry",
         {{QStringLiteral("expires_at"), inDays(60)}},
         QStringLiteral("expires_at")},
    };
    for (const Loosening &l : loosenings) {
        const HttpResult r = patch(l.body);
        QVERIFY2(r.status == 403, qPrintable(QString::fromLatin1(l.what) + QStringLiteral(": ") +
                                             QString::fromUtf8(r.body)));
        QCOMPARE(r.code(), QStringLiteral("restriction_not_grantable"));
        QCOMPARE(r.param(), l.param);
    }
    // Nothing changed.
    const HttpResult after = owner.get(path);
    QCOMPARE(after.data()
                 .value(QLatin1String("rate_limit"))
                 .toObject()
                 .value(QLatin1String("limit"))
                 .toInt(),
             1000);
    QVERIFY(!after.data().value(QLatin1String("expires_at")).isNull());
    // Tightening is fine.
    QCOMPARE(patch({{QStringLiteral("expires_at"), inDays(20)},
                    {QStringLiteral("rate_limit"),
                     QJsonObject{{QStringLiteral("limit"), 500}, {QStringLiteral("window"), 60}}}})
                 .status,
             200);
    // The owner, a member, is bound by the role alone and may loosen it.
    QCOMPARE(owner.send("PATCH", path, R"({"rate_limit":null})").status, 200);
}

void TestEscalation::aKeyPassesOnItsRestrictions()
{
    const QJsonObject managerBody{
        {QStringLiteral("name"), QStringLiteral("manager")},
        {QStringLiteral("scopes"),
         QJsonArray{QStringLiteral("keys.write"), QStringLiteral("service.forms.submit")}},
        {QStringLiteral("restrictions"),
         QJsonObject{{QStringLiteral("ip_allowlist"), QJsonArray{QStringLiteral("127.0.0.0/8")}}}},
        {QStringLiteral("rate_limit"),
         QJsonObject{{QStringLiteral("limit"), 100}, {QStringLiteral("window"), 60}}},
        {QStringLiteral("expires_at"), inDays(10)}};
    const HttpResult made = owner.post(QStringLiteral("/v1/api-keys"), managerBody);
    QCOMPARE(made.status, 201);
    Http manager;
    manager.base = d.url;
    manager.token = made.data().value(QLatin1String("secret")).toString().toLatin1();

    const auto child = [](const QJsonObject &extra) {
        QJsonObject body{
            {QStringLiteral("name"), QStringLiteral("child")},
            {QStringLiteral("scopes"), QJsonArray{QStringLiteral("service.forms.submit")}}};
        for (auto it = extra.begin(); it != extra.end(); ++it)
            body.insert(it.key(), it.value());
        return body;
    };
    const QJsonObject within{
        {QStringLiteral("restrictions"),
         QJsonObject{{QStringLiteral("ip_allowlist"), QJsonArray{QStringLiteral("127.0.0.1")}}}},
        {QStringLiteral("rate_limit"),
         QJsonObject{{QStringLiteral("limit"), 10}, {QStringLiteral("window"), 60}}},
        {QStringLiteral("expires_at"), inDays(5)}};
    // The probe's child: no expiry, no restrictions.
    const HttpResult bare = manager.post(QStringLiteral("/v1/api-keys"), child({}));
    QCOMPARE(bare.status, 403);
    QCOMPARE(bare.code(), QStringLiteral("restriction_not_grantable"));
    // Each restriction on its own.
    for (const QString &dropped : {QStringLiteral("restrictions"), QStringLiteral("rate_limit"),
                                   QStringLiteral("expires_at")}) {
        QJsonObject body = within;
        body.remove(dropped);
        const HttpResult r = manager.post(QStringLiteral("/v1/api-keys"), child(body));
        QVERIFY2(r.status == 403, qPrintable(dropped));
        QCOMPARE(r.code(), QStringLiteral("restriction_not_grantable"));
    }
    QJsonObject later = within;
    later.insert(QStringLiteral("expires_at"), inDays(11));
    QCOMPARE(manager.post(QStringLiteral("/v1/api-keys"), child(later)).param(),
             QStringLiteral("expires_at"));
    // Within its own: created.
    const HttpResult ok = manager.post(QStringLiteral("/v1/api-keys"), child(within));
    QCOMPARE(ok.status, 201);
    // And it cannot loosen that child afterwards either.
    const QString childPath =
        QStringLiteral("/v1/api-keys/") + ok.data().value(QLatin1String("id")).toString();
    const HttpResult loosen = manager.send("PATCH", childPath, R"({"expires_at":null})");
    QCOMPARE(loosen.status, 403);
    QCOMPARE(loosen.code(), QStringLiteral("restriction_not_grantable"));
    // A rename changes no restriction: allowed.
    QCOMPARE(manager.send("PATCH", childPath, R"({"name":"renamed"})").status, 200);
}

void TestEscalation::membersAndKeysGrantByOneRule()
{
    // A developer holds keys.read and keys.write one by one, as such a key would: neither may
    // grant the wildcard keys.*, which would also cover management scopes added later.
    const QJsonObject wildcard{{QStringLiteral("name"), QStringLiteral("wild")},
                               {QStringLiteral("scopes"), QJsonArray{QStringLiteral("keys.*")}}};
    const HttpResult byDeveloper = developer.post(QStringLiteral("/v1/api-keys"), wildcard);
    QCOMPARE(byDeveloper.status, 403);
    QCOMPARE(byDeveloper.code(), QStringLiteral("scope_not_grantable"));
    const HttpResult keyMade =
        developer.post(QStringLiteral("/v1/api-keys"),
                       {{QStringLiteral("name"), QStringLiteral("dev automation")},
                        {QStringLiteral("scopes"),
                         QJsonArray{QStringLiteral("keys.read"), QStringLiteral("keys.write")}}});
    QCOMPARE(keyMade.status, 201);
    Http key;
    key.base = d.url;
    key.token = keyMade.data().value(QLatin1String("secret")).toString().toLatin1();
    const HttpResult byKey = key.post(QStringLiteral("/v1/api-keys"), wildcard);
    QCOMPARE(byKey.status, 403);
    QCOMPARE(byKey.code(), QStringLiteral("scope_not_grantable"));
    // One by one is fine for both; an owner may grant the wildcard.
    QCOMPARE(developer
                 .post(QStringLiteral("/v1/api-keys"),
                       {{QStringLiteral("name"), QStringLiteral("two")},
                        {QStringLiteral("scopes"),
                         QJsonArray{QStringLiteral("keys.read"), QStringLiteral("keys.write")}}})
                 .status,
             201);
    QCOMPARE(owner.post(QStringLiteral("/v1/api-keys"), wildcard).status, 201);
    // GET /v1/scopes tells the developer the same.
    const HttpResult scopes = developer.get(QStringLiteral("/v1/scopes"));
    QCOMPARE(scopes.status, 200);
}

void TestEscalation::wildcardsOverPublicSuffixesAreRefused_data()
{
    QTest::addColumn<QString>("origin");
    QTest::addColumn<int>("status");
    QTest::newRow("co.uk") << QStringLiteral("https://*.co.uk") << 400;
    QTest::newRow("github.io") << QStringLiteral("https://*.github.io") << 400;
    QTest::newRow("com") << QStringLiteral("https://*.com") << 400;
    QTest::newRow("registrable") << QStringLiteral("https://*.shop.co.uk") << 201;
}

void TestEscalation::wildcardsOverPublicSuffixesAreRefused()
{
    QFETCH(QString, origin);
    QFETCH(int, status);
    const HttpResult r =
        owner.post(QStringLiteral("/v1/api-keys"),
                   {{QStringLiteral("name"), QStringLiteral("widget")},
                    {QStringLiteral("type"), QStringLiteral("public")},
                    {QStringLiteral("service_id"), QStringLiteral("forms")},
                    {QStringLiteral("scopes"), QJsonArray{QStringLiteral("service.forms.submit")}},
                    {QStringLiteral("allowed_origins"), QJsonArray{origin}}});
    QVERIFY2(r.status == status, r.body.constData());
    if (status == 400)
        QCOMPARE(r.param(), QStringLiteral("allowed_origins"));
}

void TestEscalation::namesMustBeReadable_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("right-to-left override") << QStringLiteral("invoice\u202Egpj.exe") << false;
    QTest::newRow("isolate") << QStringLiteral("a\u2067b") << false;
    QTest::newRow("zero-width only") << QStringLiteral("\u200B\u200B\u200C") << false;
    QTest::newRow("hangul filler only") << QStringLiteral("\u3164") << false;
    QTest::newRow("line feed") << QStringLiteral("CI\nrelease") << false;
    QTest::newRow("escape") << QStringLiteral("CI \x1b[31mred") << false;
    QTest::newRow("line separator") << QStringLiteral("a\u2028b") << false;
    QTest::newRow("emoji with joiner") << QStringLiteral("team \U0001F469\u200D\U0001F4BB") << true;
    QTest::newRow("arabic") << QStringLiteral("مفتاح الإنتاج") << true;
    QTest::newRow("accents") << QStringLiteral("Clé de production") << true;
}

void TestEscalation::namesMustBeReadable()
{
    QFETCH(QString, name);
    QFETCH(bool, accepted);
    const HttpResult r = owner.post(
        QStringLiteral("/v1/api-keys"),
        {{QStringLiteral("name"), name},
         {QStringLiteral("scopes"), QJsonArray{QStringLiteral("service.forms.submit")}}});
    if (accepted) {
        QVERIFY2(r.status == 201, r.body.constData());
        QCOMPARE(r.data().value(QLatin1String("name")).toString(), name);
        return;
    }
    QVERIFY2(r.status == 400, r.body.constData());
    QCOMPARE(r.code(), QStringLiteral("invalid_request"));
    QCOMPARE(r.param(), QStringLiteral("name"));
}

void TestEscalation::webhookDescriptionsMustBeReadable()
{
    // The probe kept CR, LF and ESC in a webhook description.
    for (const QString &bad :
         {QStringLiteral("line one\r\nline two"), QStringLiteral("\x1b[2Jwiped"),
          QStringLiteral("\u202Eetirw"), QStringLiteral("\u200B")}) {
        const HttpResult r = owner.post(
            QStringLiteral("/v1/webhook-endpoints"),
            {{QStringLiteral("url"), QStringLiteral("https://hooks.example.com/latchkey")},
             {QStringLiteral("description"), bad}});
        QVERIFY2(r.status == 400, r.body.constData());
        QCOMPARE(r.param(), QStringLiteral("description"));
    }
    const HttpResult ok = owner.post(
        QStringLiteral("/v1/webhook-endpoints"),
        {{QStringLiteral("url"), QStringLiteral("https://hooks.example.com/latchkey")},
         {QStringLiteral("description"), QStringLiteral("Production hooks — Zahlungen")}});
    QVERIFY2(ok.status == 201, ok.body.constData());
}

void TestEscalation::onlyAnActiveKeyIsRolledAndOnce()
{
    // The probe rolled an expired key into one that never expires, and one key again and
    // again: 409 key_not_rollable unless active and not rolled yet.
    const auto make = [&](const QJsonObject &extra) {
        QJsonObject body{
            {QStringLiteral("name"), QStringLiteral("rolled")},
            {QStringLiteral("scopes"), QJsonArray{QStringLiteral("service.forms.submit")}}};
        for (auto it = extra.begin(); it != extra.end(); ++it)
            body.insert(it.key(), it.value());
        return owner.post(QStringLiteral("/v1/api-keys"), body)
            .data()
            .value(QLatin1String("id"))
            .toString();
    };
    const auto roll = [&](const QString &id) {
        return owner.post(QStringLiteral("/v1/api-keys/") + id + QStringLiteral("/roll"),
                          {{QStringLiteral("old_expires_in"), 3600}});
    };
    const QString once = make({});
    const HttpResult first = roll(once);
    QCOMPARE(first.status, 201);
    // The lineage is in both records: the old key names its successor, the new one its origin.
    const QString successor = first.data().value(QLatin1String("id")).toString();
    QCOMPARE(first.data().value(QLatin1String("rolled_from")).toString(), once);
    QCOMPARE(owner.get(QStringLiteral("/v1/api-keys/") + once)
                 .data()
                 .value(QLatin1String("replaced_by"))
                 .toString(),
             successor);
    const HttpResult twice = roll(once);
    QCOMPARE(twice.status, 409);
    QCOMPARE(twice.code(), QStringLiteral("key_not_rollable"));

    const QString revoked = make({});
    QCOMPARE(owner.del(QStringLiteral("/v1/api-keys/") + revoked).status, 200);
    QCOMPARE(roll(revoked).code(), QStringLiteral("key_not_rollable"));

    const QString soon = make({{QStringLiteral("expires_at"),
                                json::rfc3339(QDateTime::currentMSecsSinceEpoch() + 1500)}});
    QTRY_COMPARE_WITH_TIMEOUT(owner.get(QStringLiteral("/v1/api-keys/") + soon)
                                  .data()
                                  .value(QLatin1String("status"))
                                  .toString(),
                              QStringLiteral("expired"), 10000);
    const HttpResult expired = roll(soon);
    QCOMPARE(expired.status, 409);
    QCOMPARE(expired.code(), QStringLiteral("key_not_rollable"));
}

void TestEscalation::gatewayNamesTheOneHeaderFamily()
{
    const HttpResult made =
        owner.post(QStringLiteral("/v1/api-keys"),
                   {{QStringLiteral("name"), QStringLiteral("forms reader")},
                    {QStringLiteral("scopes"), QJsonArray{QStringLiteral("service.forms.read")}},
                    {QStringLiteral("restrictions"),
                     QJsonObject{{QStringLiteral("endpoints"),
                                  QJsonArray{QStringLiteral("GET /v1/forms/*")}}}}});
    QCOMPARE(made.status, 201);
    const QByteArray key = made.data().value(QLatin1String("secret")).toString().toLatin1();
    using Headers = QList<std::pair<QByteArray, QByteArray>>;
    const auto ask = [&](const QString &base, const Headers &extra) {
        Http h;
        h.base = base;
        Headers headers{{"Authorization", "Bearer " + key}};
        headers += extra;
        return h.send("GET", QStringLiteral("/v1/auth"), {}, headers, false);
    };
    const Headers nginxForms{{"X-Original-Method", "GET"}, {"X-Original-URI", "/v1/forms/a"}};
    const Headers nginxBookings{{"X-Original-Method", "POST"},
                                {"X-Original-URI", "/v1/bookings/x"}};
    const Headers otherForms{{"X-Forwarded-Method", "GET"}, {"X-Forwarded-Uri", "/v1/forms/a"}};
    const Headers otherBookings{{"X-Forwarded-Method", "POST"},
                                {"X-Forwarded-Uri", "/v1/bookings/x"}};

    // The default, nginx: X-Original-* only.
    QCOMPARE(ask(d.url, nginxForms).status, 204);
    const HttpResult spoofed = ask(d.url, nginxBookings + otherForms);
    QCOMPARE(spoofed.status, 403);
    QCOMPARE(spoofed.header("Latchkey-Error-Code"), QByteArray("endpoint_not_allowed"));
    QCOMPARE(ask(d.url, otherForms).status, 403); // not nginx's word: no original request

    // Caddy (and Traefik): X-Forwarded-Method / X-Forwarded-Uri only. The probe's bypass: a
    // client's own X-Original-* passed on by Caddy next to Caddy's X-Forwarded-*.
    for (const QString &gateway : {QStringLiteral("caddy"), QStringLiteral("traefik")}) {
        Latchkeyd behind(d.storeUrl);
        QVERIFY2(behind.start({QStringLiteral("--gateway"), gateway}), behind.logs().constData());
        QCOMPARE(ask(behind.url, otherForms).status, 204);
        const HttpResult bypass = ask(behind.url, otherBookings + nginxForms);
        QVERIFY2(bypass.status == 403, qPrintable(gateway));
        QCOMPARE(bypass.header("Latchkey-Error-Code"), QByteArray("endpoint_not_allowed"));
        QCOMPARE(ask(behind.url, nginxForms).status, 403);
        QCOMPARE(behind.terminate(), 0);
    }

    // Anything else is a usage error that names the choices.
    QProcess bad;
    bad.start(latchkeydPath(), {QStringLiteral("serve"), QStringLiteral("--listen"),
                                QStringLiteral("127.0.0.1:0"), QStringLiteral("--store"),
                                d.storeUrl, QStringLiteral("--gateway"), QStringLiteral("apache")});
    QVERIFY(bad.waitForFinished(30000));
    QCOMPARE(bad.exitCode(), 2);
    QVERIFY(bad.readAllStandardError().contains("nginx, traefik or caddy"));
}

void TestEscalation::aDeveloperCannotReadTheAuditLog()
{
    // audit.read is not a developer's (docs/teams.md): every face asks core/authorization, and the
    // server once let a signed-in developer read the audit log because only keys were checked.
    for (const char *path : {"/v1/audit-events", "/v1/audit-events/verify"}) {
        const HttpResult r = developer.get(QString::fromLatin1(path));
        QCOMPARE(r.status, 403);
        QCOMPARE(r.code(), QStringLiteral("permission_denied"));
        QVERIFY2(r.body.contains("audit log"), r.body.constData());
        QCOMPARE(owner.get(QString::fromLatin1(path)).status, 200);
    }
    // The developer can still do what the role holds.
    QCOMPARE(developer.get(QStringLiteral("/v1/api-keys")).status, 200);
    // …but not webhooks, which the role does not hold either.
    const HttpResult hooks = developer.get(QStringLiteral("/v1/webhook-endpoints"));
    QCOMPARE(hooks.status, 403);
    QCOMPARE(hooks.code(), QStringLiteral("permission_denied"));
}

void TestEscalation::cleanupTestCase()
{
    QCOMPARE(d.terminate(), 0);
}

QTEST_GUILESS_MAIN(TestEscalation)
#include "tst_escalation.moc"
