// SPDX-License-Identifier: MIT
// Webhook endpoints: URL rules (no SSRF), whsec_ secrets shown once and sealed at rest,
// rotation with a 7-day overlap, SPEC §8 signatures, and the master key file.
#include "core/crypto.h"
#include "core/webhookservice.h"
#include "fixture.h"

#include <QFileInfo>
#include <QTest>

using namespace latchkey;
using namespace latchkey::testing;

namespace {
const QByteArray kMasterKey(32, '\x42');
}

class TestWebhooks : public QObject
{
    Q_OBJECT

private slots:
    void urlRules_data();
    void urlRules();
    void publicAddresses_data();
    void publicAddresses();
    void createShowsTheSecretOnceAndSealsIt();
    void rotateKeepsTheOldSecretForSevenDays();
    void signatureMatchesTheSpec();
    void signatureVerification_data();
    void signatureVerification();
    void rightsAreChecked();
    void masterKeyFileIsPrivate();
    void masterKeyFileIsRefusedWhenOthersCanRead();
    void wrongMasterKeyCannotDecrypt();
};

void TestWebhooks::urlRules_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<Environment>("env");
    QTest::addColumn<bool>("ok");
    const auto live = Environment::Live;
    const auto test = Environment::Test;
    QTest::newRow("https-live") << "https://hooks.example.com/latchkey" << live << true;
    QTest::newRow("https-test") << "https://hooks.example.com/x?y=1" << test << true;
    QTest::newRow("http-live") << "http://hooks.example.com" << live << false;
    QTest::newRow("http-public-test") << "http://hooks.example.com" << test << false;
    QTest::newRow("http-localhost-test") << "http://localhost:4242/hook" << test << true;
    QTest::newRow("http-127-test") << "http://127.0.0.1:8080/hook" << test << true;
    QTest::newRow("http-localhost-live") << "http://localhost/hook" << live << false;
    QTest::newRow("https-localhost-live") << "https://localhost/hook" << live << false;
    QTest::newRow("https-sub-localhost-live") << "https://a.localhost/hook" << live << false;
    QTest::newRow("https-127-live") << "https://127.0.0.1/hook" << live << false;
    QTest::newRow("https-10-live") << "https://10.1.2.3/hook" << live << false;
    QTest::newRow("https-192.168-live") << "https://192.168.0.10/hook" << live << false;
    QTest::newRow("https-172.16-live") << "https://172.16.5.4/hook" << live << false;
    QTest::newRow("https-169.254-live") << "https://169.254.169.254/latest" << live << false;
    QTest::newRow("https-ipv6-loopback-live") << "https://[::1]/hook" << live << false;
    QTest::newRow("https-ipv6-ula-live") << "https://[fd00::1]/hook" << live << false;
    QTest::newRow("https-mapped-live") << "https://[::ffff:10.0.0.1]/hook" << live << false;
    QTest::newRow("https-public-ip-live") << "https://203.0.114.1/hook" << live << true;
    QTest::newRow("https-private-test") << "https://10.1.2.3/hook" << test << true;
    QTest::newRow("ftp") << "ftp://example.com/x" << test << false;
    QTest::newRow("userinfo") << "https://user:pw@example.com/" << live << false;
    QTest::newRow("fragment") << "https://example.com/#frag" << live << false;
    QTest::newRow("no-host") << "https:///path" << live << false;
    QTest::newRow("garbage") << "not a url" << live << false;
    QTest::newRow("empty") << "" << live << false;
    QTest::newRow("huge") << QStringLiteral("https://example.com/") + QString(3000, u'a') << live
                          << false;
}

void TestWebhooks::urlRules()
{
    QFETCH(QString, url);
    QFETCH(Environment, env);
    QFETCH(bool, ok);
    const Status s = WebhookService::validateUrl(url, env);
    QCOMPARE(s.ok(), ok);
    if (!ok) {
        QCOMPARE(s.error().status, 400);
        QCOMPARE(s.error().param, QStringLiteral("url"));
    }
}

void TestWebhooks::publicAddresses_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<bool>("isPublic");
    QTest::newRow("8.8.8.8") << "8.8.8.8" << true;
    QTest::newRow("0.0.0.0") << "0.0.0.0" << false;
    QTest::newRow("100.64") << "100.64.0.1" << false;
    QTest::newRow("198.18") << "198.18.0.1" << false;
    QTest::newRow("224") << "224.0.0.1" << false;
    QTest::newRow("255") << "255.255.255.255" << false;
    QTest::newRow("2606:4700") << "2606:4700::1111" << true;
    QTest::newRow("fe80") << "fe80::1" << false;
    QTest::newRow("2001:db8") << "2001:db8::1" << false;
    QTest::newRow("::") << "::" << false;
}

void TestWebhooks::publicAddresses()
{
    QFETCH(QString, address);
    QFETCH(bool, isPublic);
    QCOMPARE(WebhookService::isPublicAddress(QHostAddress(address)), isPublic);
}

void TestWebhooks::createShowsTheSecretOnceAndSealsIt()
{
    Fixture f;
    WebhookService hooks(*f.store, ScopeCatalog::builtin(), kMasterKey, f.clock);
    const Actor admin = f.member(Role::Admin);
    auto created =
        hooks.create(admin, Environment::Live, QStringLiteral("https://hooks.example.com/a"),
                     QStringLiteral("CRM"), {QStringLiteral("api_key.*")});
    QVERIFY2(created.ok(), qPrintable(created.ok() ? QString() : created.error().message));
    QVERIFY(created->secret.startsWith("whsec_"));
    QCOMPARE(created->secret.size(), 6 + 32);
    auto info = hooks.secretInfo(admin, created->endpoint.id);
    QCOMPARE(info->size(), 1);
    QCOMPARE(info->first().last4, QString::fromLatin1(created->secret.right(4)));
    QVERIFY(!info->first().expiresAt.has_value());
    auto signing = hooks.signingSecrets(admin, created->endpoint.id);
    QCOMPARE(*signing, QList<QByteArray>{created->secret});
    const QByteArray raw = f.rawFileBytes();
    QVERIFY(!raw.contains(created->secret));
    QVERIFY(!raw.contains(created->secret.mid(6)));
    auto listed = hooks.list(admin, ListQuery{QString(), Environment::Live, 10, QString()});
    QCOMPARE(listed->items.size(), 1);
    QCOMPARE(listed->items.first().url, QStringLiteral("https://hooks.example.com/a"));
    QVERIFY(hooks.remove(admin, created->endpoint.id).ok());
    QCOMPARE(hooks.get(admin, created->endpoint.id).error().status, 404);
}

void TestWebhooks::rotateKeepsTheOldSecretForSevenDays()
{
    Fixture f;
    WebhookService hooks(*f.store, ScopeCatalog::builtin(), kMasterKey, f.clock);
    const Actor admin = f.member(Role::Admin);
    auto created =
        hooks.create(admin, Environment::Test, QStringLiteral("http://localhost:9/h"), {}, {});
    QVERIFY(created.ok());
    f.now += 1000;
    auto rotated = hooks.rotateSecret(admin, created->endpoint.id);
    QVERIFY(rotated.ok());
    QVERIFY(rotated->secret != created->secret);
    auto both = hooks.signingSecrets(admin, created->endpoint.id);
    QCOMPARE(both->size(), 2);
    QVERIFY(both->contains(created->secret));
    QVERIFY(both->contains(rotated->secret));
    // A delivery during the overlap carries two v1 signatures; receivers with either secret
    // accept it.
    const QByteArray body = R"({"type":"ping"})";
    const qint64 t = f.now / 1000;
    const QByteArray header = WebhookService::signatureHeader(t, body, *both);
    QCOMPARE(header.count("v1="), 2);
    QVERIFY(WebhookService::verifySignature(header, body, created->secret, t));
    QVERIFY(WebhookService::verifySignature(header, body, rotated->secret, t));
    f.now += kSecretOverlapMs - 1; // the old secret was superseded at this rotation's "now"
    QCOMPARE(hooks.signingSecrets(admin, created->endpoint.id)->size(), 2);
    f.now += 1;
    auto after = hooks.signingSecrets(admin, created->endpoint.id);
    QCOMPARE(*after, QList<QByteArray>{rotated->secret});
}

void TestWebhooks::signatureMatchesTheSpec()
{
    // SPEC §8: HMAC-SHA256 of "<t>.<raw body>", hex. Reference computed with
    // `printf '1700000000.{"a":1}' | openssl dgst -sha256 -hmac whsec_test`.
    const QByteArray header =
        WebhookService::signatureHeader(1700000000, R"({"a":1})", {QByteArray("whsec_test")});
    QCOMPARE(header, QByteArray("t=1700000000,v1=") +
                         crypto::hmacSha256("whsec_test", R"(1700000000.{"a":1})").toHex());
    // RFC 4231 test case 2 pins the HMAC itself.
    QCOMPARE(crypto::hmacSha256("Jefe", "what do ya want for nothing?").toHex(),
             QByteArray("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"));
}

void TestWebhooks::signatureVerification_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<qint64>("now");
    QTest::addColumn<bool>("ok");
    const QByteArray body = "{\"id\":\"evt_1\"}";
    const QByteArray good = WebhookService::signatureHeader(1000, body, {QByteArray("whsec_a")});
    const QByteArray other = WebhookService::signatureHeader(1000, body, {QByteArray("whsec_b")});
    const QByteArray two =
        WebhookService::signatureHeader(1000, body, {QByteArray("whsec_b"), QByteArray("whsec_a")});
    QTest::newRow("good") << good << body << qint64(1000) << true;
    QTest::newRow("second-of-two") << two << body << qint64(1000) << true;
    QTest::newRow("edge-300s") << good << body << qint64(1300) << true;
    QTest::newRow("late-301s") << good << body << qint64(1301) << false;
    QTest::newRow("early-301s") << good << body << qint64(699) << false;
    QTest::newRow("other-secret") << other << body << qint64(1000) << false;
    QTest::newRow("changed-body") << good << QByteArray("{\"id\":\"evt_2\"}") << qint64(1000)
                                  << false;
    QTest::newRow("changed-t") << QByteArray(good).replace("t=1000", "t=1001") << body
                               << qint64(1000) << false;
    QTest::newRow("no-t") << good.mid(good.indexOf(',') + 1) << body << qint64(1000) << false;
    QTest::newRow("no-v1") << QByteArray("t=1000") << body << qint64(1000) << false;
    QTest::newRow("garbage") << QByteArray("hello") << body << qint64(1000) << false;
    QTest::newRow("empty") << QByteArray() << body << qint64(1000) << false;
}

void TestWebhooks::signatureVerification()
{
    QFETCH(QByteArray, header);
    QFETCH(QByteArray, body);
    QFETCH(qint64, now);
    QFETCH(bool, ok);
    QCOMPARE(WebhookService::verifySignature(header, body, "whsec_a", now), ok);
}

void TestWebhooks::rightsAreChecked()
{
    Fixture f;
    WebhookService hooks(*f.store, ScopeCatalog::builtin(), kMasterKey, f.clock);
    const QString url = QStringLiteral("https://hooks.example.com/a");
    QCOMPARE(hooks.create(f.member(Role::Developer), Environment::Test, url, {}, {}).error().status,
             403);
    QCOMPARE(hooks.create(f.member(Role::Viewer), Environment::Test, url, {}, {}).error().status,
             403);
    auto e = hooks.create(f.member(Role::Owner), Environment::Test, url, {}, {});
    QVERIFY(e.ok());
    QVERIFY(hooks.get(f.member(Role::Viewer), e->endpoint.id).ok()); // viewers may read
    QCOMPARE(hooks.signingSecrets(f.member(Role::Viewer), e->endpoint.id).error().status, 403);
    QCOMPARE(hooks.rotateSecret(f.member(Role::Developer), e->endpoint.id).error().status, 403);
    const Actor key = Actor::key(QStringLiteral("key_x"), QStringLiteral("k"), f.ws.id,
                                 Environment::Live, {QStringLiteral("webhooks.read")});
    QCOMPARE(hooks.get(key, e->endpoint.id).error().status, 404); // other environment
    QCOMPARE(hooks
                 .create(f.member(Role::Owner), Environment::Test, url, {},
                         {QStringLiteral("Not An Event")})
                 .error()
                 .param,
             QStringLiteral("events"));
}

void TestWebhooks::masterKeyFileIsPrivate()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sub/master.key"));
    auto key = crypto::loadOrCreateMasterKey(path);
    QVERIFY2(key.ok(), qPrintable(key.ok() ? QString() : key.error().message));
    QCOMPARE(key->size(), 32);
#ifndef Q_OS_WIN // Qt reports Windows' read-only attribute here, not the file's ACL
    const auto perms = QFileInfo(path).permissions();
    QVERIFY(perms & QFile::ReadOwner);
    QVERIFY(
        !(perms & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther)));
#endif
    auto again = crypto::loadOrCreateMasterKey(path);
    QCOMPARE(*again, *key);
}

void TestWebhooks::masterKeyFileIsRefusedWhenOthersCanRead()
{
#ifdef Q_OS_WIN
    QSKIP("Unix file modes: on Windows the key file's privacy is its ACL, not checked here");
#endif
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("master.key"));
    QVERIFY(crypto::loadOrCreateMasterKey(path).ok());
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadOther);
    auto refused = crypto::loadOrCreateMasterKey(path);
    QVERIFY(!refused.ok());
    QVERIFY(refused.error().message.contains(QStringLiteral("chmod 600")));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    QFile f(path);
    QVERIFY(f.open(QIODevice::Append));
    f.write("x");
    f.close();
    QVERIFY(
        crypto::loadOrCreateMasterKey(path).error().message.contains(QStringLiteral("32 bytes")));
}

void TestWebhooks::wrongMasterKeyCannotDecrypt()
{
    const QByteArray sealed = crypto::aesGcmEncrypt(kMasterKey, "whsec_abc", "whs_1");
    QCOMPARE(*crypto::aesGcmDecrypt(kMasterKey, sealed, "whs_1"), QByteArray("whsec_abc"));
    QVERIFY(!crypto::aesGcmDecrypt(QByteArray(32, 'x'), sealed, "whs_1").ok());
    QVERIFY(!crypto::aesGcmDecrypt(kMasterKey, sealed, "whs_2").ok()); // bound to its record
    QByteArray flipped = sealed;
    flipped[14] = char(flipped[14] ^ 1);
    QVERIFY(!crypto::aesGcmDecrypt(kMasterKey, flipped, "whs_1").ok());
    QVERIFY(!crypto::aesGcmDecrypt(kMasterKey, sealed.left(20), "whs_1").ok());
}

QTEST_GUILESS_MAIN(TestWebhooks)
#include "tst_webhooks.moc"
