// SPDX-License-Identifier: MIT
// Webhook endpoints: URL rules (no SSRF), whsec_ secrets shown once and sealed at rest,
// rotation with a 7-day overlap, Latchkey-Signature headers, and the master key file.
#include "core/crypto.h"
#include "core/webhookservice.h"
#include "fixture.h"

#include <QFileInfo>
#include <QRandomGenerator>
#include <QTest>

using namespace latchkey;
using namespace latchkey::testing;
using namespace Qt::StringLiterals;

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
    void deliveryChecksEveryResolvedAddress_data();
    void deliveryChecksEveryResolvedAddress();
    void everyEncodingOfAnInternalAddressIsRefused_data();
    void everyEncodingOfAnInternalAddressIsRefused();
    void createShowsTheSecretOnceAndSealsIt();
    void rotateKeepsTheOldSecretForSevenDays();
    void signatureMatchesTheSpec();
    void signatureVerification_data();
    void signatureVerification();
    void rightsAreChecked();
    void masterKeyFileIsPrivate();
    void masterKeyFileIsRefusedWhenOthersCanRead();
    void wrongMasterKeyCannotDecrypt();
    void resealMovesEverySecretOrNone();
};

void TestWebhooks::urlRules_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<Environment>("env");
    QTest::addColumn<LoopbackWebhooks>("loopback");
    QTest::addColumn<bool>("ok");
    const auto live = Environment::Live;
    const auto test = Environment::Test;
    const auto no = LoopbackWebhooks::Refused;
    const auto dev = LoopbackWebhooks::AllowedForTest;
    QTest::newRow("https-live") << "https://hooks.example.com/latchkey" << live << no << true;
    QTest::newRow("https-test") << "https://hooks.example.com/x?y=1" << test << no << true;
    QTest::newRow("https-idn") << "https://bücher.example/x" << live << no << true;
    QTest::newRow("http-live") << "http://hooks.example.com" << live << no << false;
    QTest::newRow("http-public-test") << "http://hooks.example.com" << test << no << false;
    QTest::newRow("http-public-test-dev") << "http://hooks.example.com" << test << dev << false;
    // Loopback only where the operator allows it, and only for test endpoints.
    QTest::newRow("http-localhost-test") << "http://localhost:4242/hook" << test << no << false;
    QTest::newRow("http-127-test") << "http://127.0.0.1:8080/hook" << test << no << false;
    QTest::newRow("https-127-test") << "https://127.0.0.1:8080/hook" << test << no << false;
    QTest::newRow("http-localhost-test-dev") << "http://localhost:4242/hook" << test << dev << true;
    QTest::newRow("http-127-test-dev") << "http://127.0.0.1:8080/hook" << test << dev << true;
    QTest::newRow("https-localhost-test-dev") << "https://localhost/hook" << test << dev << true;
    QTest::newRow("http-2130706433-test-dev") << "http://2130706433:80/" << test << dev << true;
    QTest::newRow("http-127.0.0.2-test-dev") << "http://127.0.0.2/hook" << test << dev << false;
    QTest::newRow("http-::1-test-dev") << "http://[::1]/hook" << test << dev << false;
    QTest::newRow("http-mapped-127-test-dev")
        << "http://[::ffff:127.0.0.1]/" << test << dev << false;
    QTest::newRow("http-a.localhost-test-dev") << "http://a.localhost/hook" << test << dev << false;
    QTest::newRow("https-10-test-dev") << "https://10.0.0.1/hook" << test << dev << false;
    QTest::newRow("https-169.254-test-dev") << "https://169.254.169.254/" << test << dev << false;
    QTest::newRow("http-localhost-live-dev") << "http://localhost/hook" << live << dev << false;
    QTest::newRow("https-localhost-live-dev") << "https://localhost/hook" << live << dev << false;
    QTest::newRow("https-127-live-dev") << "https://127.0.0.1/hook" << live << dev << false;
    QTest::newRow("http-localhost-live") << "http://localhost/hook" << live << no << false;
    QTest::newRow("https-localhost-live") << "https://localhost/hook" << live << no << false;
    QTest::newRow("https-sub-localhost-live") << "https://a.localhost/hook" << live << no << false;
    QTest::newRow("https-localhost.-test") << "https://localhost./hook" << test << no << false;
    QTest::newRow("https-single-label") << "https://intranet/hook" << live << no << false;
    QTest::newRow("https-.internal") << "https://metadata.google.internal/" << live << no << false;
    QTest::newRow("https-.local") << "https://printer.local/" << test << no << false;
    QTest::newRow("https-127-live") << "https://127.0.0.1/hook" << live << no << false;
    QTest::newRow("https-10-live") << "https://10.1.2.3/hook" << live << no << false;
    QTest::newRow("https-192.168-live") << "https://192.168.0.10/hook" << live << no << false;
    QTest::newRow("https-172.16-live") << "https://172.16.5.4/hook" << live << no << false;
    QTest::newRow("https-169.254-live") << "https://169.254.169.254/latest" << live << no << false;
    QTest::newRow("https-ipv6-loopback-live") << "https://[::1]/hook" << live << no << false;
    QTest::newRow("https-ipv6-ula-live") << "https://[fd00::1]/hook" << live << no << false;
    QTest::newRow("https-mapped-live") << "https://[::ffff:10.0.0.1]/hook" << live << no << false;
    QTest::newRow("https-public-ip-live") << "https://203.0.114.1/hook" << live << no << true;
    QTest::newRow("https-public-ipv6-live") << "https://[2606:4700::1111]/" << live << no << true;
    // The finding: all of these were accepted.
    QTest::newRow("finding-10-test") << "https://10.0.0.1/" << test << no << false;
    QTest::newRow("finding-metadata-test") << "https://169.254.169.254/" << test << no << false;
    QTest::newRow("finding-ula-test") << "https://[fd00::1]/" << test << no << false;
    QTest::newRow("finding-decimal-test") << "https://2130706433:8443/" << test << no << false;
    QTest::newRow("finding-compat-live") << "https://[::127.0.0.1]/" << live << no << false;
    QTest::newRow("finding-6to4-live") << "https://[2002:7f00:1::]/" << live << no << false;
    QTest::newRow("trailing-dot-address") << "https://127.0.0.1./" << live << no << false;
    QTest::newRow("five-parts") << "https://1.2.3.4.5/" << live << no << false;
    QTest::newRow("percent-host") << "https://%31%32%37.0.0.1/" << live << no << false;
    QTest::newRow("ftp") << "ftp://example.com/x" << test << no << false;
    QTest::newRow("userinfo") << "https://user:pw@example.com/" << live << no << false;
    QTest::newRow("fragment") << "https://example.com/#frag" << live << no << false;
    QTest::newRow("no-host") << "https:///path" << live << no << false;
    QTest::newRow("garbage") << "not a url" << live << no << false;
    QTest::newRow("empty") << "" << live << no << false;
    QTest::newRow("huge") << QStringLiteral("https://example.com/") + QString(3000, u'a') << live
                          << no << false;
}

void TestWebhooks::urlRules()
{
    QFETCH(QString, url);
    QFETCH(Environment, env);
    QFETCH(LoopbackWebhooks, loopback);
    QFETCH(bool, ok);
    const Status s = WebhookService::validateUrl(url, env, loopback);
    QVERIFY2(s.ok() == ok, qPrintable(s.ok() ? QStringLiteral("accepted") : s.error().message));
    if (!ok) {
        QCOMPARE(s.error().status, 400);
        QCOMPARE(s.error().param, QStringLiteral("url"));
        QVERIFY(!s.error().message.isEmpty());
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
    QTest::newRow("fe80-scoped") << "fe80::1%1" << false;
    QTest::newRow("2001:db8") << "2001:db8::1" << false;
    QTest::newRow("::") << "::" << false;
    QTest::newRow("mapped-public") << "::ffff:8.8.8.8" << true;
    QTest::newRow("mapped-loopback") << "::ffff:127.0.0.1" << false;
    QTest::newRow("compat-loopback") << "::127.0.0.1" << false;
    QTest::newRow("compat-public") << "::8.8.8.8" << false;
    QTest::newRow("siit") << "::ffff:0:127.0.0.1" << false;
    QTest::newRow("6to4-loopback") << "2002:7f00:1::" << false;
    QTest::newRow("6to4-public") << "2002:808:808::1" << false;
    QTest::newRow("teredo") << "2001:0:4136:e378:8000:63bf:80ff:fffe" << false;
    QTest::newRow("nat64") << "64:ff9b::7f00:1" << false;
    QTest::newRow("nat64-public") << "64:ff9b::808:808" << false;
    QTest::newRow("nat64-local") << "64:ff9b:1::a00:1" << false;
    QTest::newRow("discard") << "100::1" << false;
    QTest::newRow("site-local") << "fec0::1" << false;
    QTest::newRow("multicast") << "ff02::1" << false;
    QTest::newRow("doc-3fff") << "3fff::1" << false;
}

void TestWebhooks::publicAddresses()
{
    QFETCH(QString, address);
    QFETCH(bool, isPublic);
    const QHostAddress a(address);
    QVERIFY(!a.isNull());
    QCOMPARE(WebhookService::isPublicAddress(a), isPublic);
}

void TestWebhooks::deliveryChecksEveryResolvedAddress_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<Environment>("env");
    QTest::addColumn<LoopbackWebhooks>("loopback");
    QTest::addColumn<QString>("address");
    QTest::addColumn<bool>("ok");
    const auto live = Environment::Live;
    const auto test = Environment::Test;
    const auto no = LoopbackWebhooks::Refused;
    const auto dev = LoopbackWebhooks::AllowedForTest;
    const QString name = QStringLiteral("https://hooks.example.com/x");
    QTest::newRow("name-public") << name << live << no << "93.184.215.14" << true;
    QTest::newRow("name-rebound-to-loopback") << name << live << no << "127.0.0.1" << false;
    QTest::newRow("name-rebound-to-metadata") << name << test << dev << "169.254.169.254" << false;
    QTest::newRow("name-to-mapped") << name << test << no << "::ffff:10.0.0.1" << false;
    QTest::newRow("name-to-loopback-dev") << name << test << dev << "127.0.0.1" << false;
    QTest::newRow("localhost-dev")
        << "http://localhost:8000/" << test << dev << "127.0.0.1" << true;
    QTest::newRow("localhost-dev-v6") << "http://localhost:8000/" << test << dev << "::1" << true;
    QTest::newRow("localhost-dev-private")
        << "http://localhost/" << test << dev << "10.0.0.1" << false;
    QTest::newRow("localhost-no") << "http://localhost/" << test << no << "127.0.0.1" << false;
    QTest::newRow("localhost-live-dev")
        << "https://localhost/" << live << dev << "127.0.0.1" << false;
}

void TestWebhooks::deliveryChecksEveryResolvedAddress()
{
    QFETCH(QString, url);
    QFETCH(Environment, env);
    QFETCH(LoopbackWebhooks, loopback);
    QFETCH(QString, address);
    QFETCH(bool, ok);
    QCOMPARE(WebhookService::mayConnect(QUrl(url), env, loopback, QHostAddress(address)), ok);
}

namespace {

/// Independent of the implementation: IANA's special-purpose registries, as subnets.
bool referenceIsPublic(const QHostAddress &a)
{
    static const char *const blocked[] = {
        "0.0.0.0/8",     "10.0.0.0/8",      "100.64.0.0/10",  "127.0.0.0/8",    "169.254.0.0/16",
        "172.16.0.0/12", "192.0.0.0/24",    "192.0.2.0/24",   "192.88.99.0/24", "192.168.0.0/16",
        "198.18.0.0/15", "198.51.100.0/24", "203.0.113.0/24", "224.0.0.0/4",    "240.0.0.0/4",
        "::/8",          "100::/64",        "100::/8",        "2001::/23",      "2001:db8::/32",
        "2002::/16",     "3fff::/20",       "fc00::/7",       "fe80::/10",      "fec0::/10",
        "ff00::/8",      "4000::/2",        "8000::/1",       "0200::/7",       "0400::/6",
        "0800::/5",      "1000::/4",
    };
    QHostAddress x = a;
    bool ok = false;
    const quint32 v4 = a.toIPv4Address(&ok);
    if (a.protocol() == QAbstractSocket::IPv6Protocol &&
        a.toString().startsWith(QLatin1String("::ffff:")) && ok)
        x = QHostAddress(v4);
    for (const char *cidr : blocked) {
        const auto subnet = QHostAddress::parseSubnet(QString::fromLatin1(cidr));
        if (subnet.first.protocol() == x.protocol() && x.isInSubnet(subnet))
            return false;
    }
    return true;
}

QString fullwidth(const QString &ascii)
{
    QString out;
    for (QChar c : ascii)
        out += c.isDigit() ? QChar(char16_t(0xFF10 + (c.unicode() - u'0'))) : c;
    return out;
}

struct Encoding
{
    QString host;             ///< as it goes between "https://" and the path
    bool wrapsTheAddressOnly; ///< false: an IPv6 tunnel or translation form, refused whatever it
                              ///< carries
};

/// The forms in which a URL can name IPv4 address \p a: what QUrl, inet_aton or a browser
/// read as that address.
QList<Encoding> encodings(quint32 a)
{
    const quint32 b0 = a >> 24, b1 = (a >> 16) & 0xFF, b2 = (a >> 8) & 0xFF, b3 = a & 0xFF;
    const auto dec = [](quint32 v) { return QString::number(v); };
    const auto hex = [](quint32 v) { return QStringLiteral("0x") + QString::number(v, 16); };
    const auto oct = [](quint32 v) { return QStringLiteral("0") + QString::number(v, 8); };
    const QString dotted = QStringLiteral("%1.%2.%3.%4").arg(b0).arg(b1).arg(b2).arg(b3);
    const QString hi = QString::number(a >> 16, 16), lo = QString::number(a & 0xFFFF, 16);
    const quint32 x = ~a;
    QList<Encoding> out = {
        {dotted, true},
        {dotted + u'.', true},
        {dec(a), true},
        {hex(a), true},
        {hex(a).toUpper().replace(QLatin1String("0X"), QLatin1String("0X")), true},
        {oct(a), true},
        {QStringList{hex(b0), hex(b1), hex(b2), hex(b3)}.join(u'.'), true},
        {QStringList{oct(b0), oct(b1), oct(b2), oct(b3)}.join(u'.'), true},
        {QStringList{hex(b0), dec(b1), oct(b2), dec(b3)}.join(u'.'), true},
        {QStringList{dec(b0), dec(b1), dec(b2 << 8 | b3)}.join(u'.'), true},
        {QStringList{dec(b0), hex(b1 << 16 | b2 << 8 | b3)}.join(u'.'), true},
        {QStringList{oct(b0), dec(b1 << 16 | b2 << 8 | b3)}.join(u'.') + u'.', true},
        {fullwidth(dotted), true},
        {fullwidth(dec(a)), true},
        {QStringLiteral("[::ffff:%1]").arg(dotted), true},
        {QStringLiteral("[::FFFF:%1:%2]").arg(hi, lo), true},
        {QStringLiteral("[0:0:0:0:0:ffff:%1]").arg(dotted), true},
        {QStringLiteral("[::%1]").arg(dotted), false},
        {QStringLiteral("[::ffff:0:%1]").arg(dotted), false},
        {QStringLiteral("[64:ff9b::%1]").arg(dotted), false},
        {QStringLiteral("[64:ff9b:1::%1:%2]").arg(hi, lo), false},
        {QStringLiteral("[2002:%1:%2::1]").arg(hi, lo), false},
        {QStringLiteral("[2001:0:%1:%2::%3:%4]")
             .arg(hi, lo, QString::number(x >> 16, 16), QString::number(x & 0xFFFF, 16)),
         false},
    };
    return out;
}

QHostAddress randomIn(QRandomGenerator &rng, const char *cidr)
{
    const auto [net, bits] = QHostAddress::parseSubnet(QString::fromLatin1(cidr));
    if (net.protocol() == QAbstractSocket::IPv4Protocol) {
        const quint32 mask = bits == 0 ? 0 : ~quint32(0) << (32 - bits);
        return QHostAddress((net.toIPv4Address() & mask) | (rng.generate() & ~mask));
    }
    Q_IPV6ADDR a = net.toIPv6Address();
    for (int i = 0; i < 16; ++i) {
        const int keep = qBound(0, bits - 8 * i, 8);
        const quint8 mask = quint8(0xFF << (8 - keep));
        a[i] = quint8((a[i] & mask) | (quint8(rng.generate()) & ~mask));
    }
    return QHostAddress(a);
}

} // namespace

void TestWebhooks::everyEncodingOfAnInternalAddressIsRefused_data()
{
    QTest::addColumn<bool>("internal");
    QTest::newRow("internal") << true;
    QTest::newRow("public") << false;
}

// The property: whatever form a URL gives an address in, the address QUrl (and a resolver)
// makes of it decides. Thousands of generated URLs, from a fixed seed.
void TestWebhooks::everyEncodingOfAnInternalAddressIsRefused()
{
    QFETCH(bool, internal);
    QRandomGenerator rng(20260417);
    static const char *const internalV4[] = {
        "0.0.0.0/8",      "10.0.0.0/8",    "100.64.0.0/10",   "127.0.0.0/8",
        "169.254.0.0/16", "172.16.0.0/12", "192.0.0.0/24",    "192.0.2.0/24",
        "192.168.0.0/16", "198.18.0.0/15", "198.51.100.0/24", "203.0.113.0/24",
        "224.0.0.0/4",    "240.0.0.0/4",   "127.0.0.1/32",    "169.254.169.254/32",
    };
    QList<quint32> addresses;
    if (internal) {
        for (const char *cidr : internalV4)
            for (int i = 0; i < 12; ++i)
                addresses << randomIn(rng, cidr).toIPv4Address();
    } else {
        while (addresses.size() < 200) {
            const quint32 a = rng.generate();
            if (referenceIsPublic(QHostAddress(a)))
                addresses << a;
        }
    }
    int checked = 0;
    QStringList wrong;
    for (const quint32 a : addresses) {
        const bool publicAddress = referenceIsPublic(QHostAddress(a));
        QCOMPARE(publicAddress, !internal);
        for (const Encoding &e : encodings(a)) {
            for (const QString &form :
                 {QStringLiteral("https://%1/hook"), QStringLiteral("https://%1:8443/a?b=c"),
                  QStringLiteral("http://%1:8080/")}) {
                const QString url = form.arg(e.host);
                const bool https = url.startsWith(QLatin1String("https:"));
                for (Environment env : {Environment::Test, Environment::Live})
                    for (LoopbackWebhooks lb :
                         {LoopbackWebhooks::Refused, LoopbackWebhooks::AllowedForTest}) {
                        const bool devLoopback = lb == LoopbackWebhooks::AllowedForTest &&
                                                 env == Environment::Test && a == 0x7F000001 &&
                                                 e.wrapsTheAddressOnly && !e.host.startsWith(u'[');
                        const bool expected =
                            devLoopback || (https && publicAddress && e.wrapsTheAddressOnly);
                        const bool got = WebhookService::validateUrl(url, env, lb).ok();
                        ++checked;
                        if (got != expected)
                            wrong << QStringLiteral("%1 (%2, %3): %4")
                                         .arg(url, name(env),
                                              lb == LoopbackWebhooks::Refused ? u"refused"_s
                                                                              : u"dev"_s,
                                              got ? u"accepted"_s : u"refused"_s);
                        // And at delivery: the address the host turned into.
                        const QHostAddress at(a);
                        if (!devLoopback &&
                            WebhookService::mayConnect(QUrl(url), env, lb, at) != publicAddress)
                            wrong << QStringLiteral("mayConnect %1 -> %2").arg(url, at.toString());
                    }
            }
        }
    }
    // IPv6 straight: random addresses in every range, checked against the reference list.
    static const char *const v6[] = {
        "::/8",     "100::/64",  "2001::/23", "2001:db8::/32", "2002::/16",     "3fff::/20",
        "fc00::/7", "fe80::/10", "fec0::/10", "ff00::/8",      "64:ff9b::/96",  "64:ff9b:1::/48",
        "2000::/3", "2600::/12", "2a00::/12", "4000::/2",      "::ffff:0:0/96",
    };
    for (const char *cidr : v6)
        for (int i = 0; i < 40; ++i) {
            const QHostAddress a = randomIn(rng, cidr);
            if (referenceIsPublic(a) == internal)
                continue;
            const QString url = QStringLiteral("https://[%1]/hook").arg(a.toString());
            for (Environment env : {Environment::Test, Environment::Live}) {
                const bool got = WebhookService::validateUrl(url, env).ok();
                ++checked;
                if (got != !internal)
                    wrong << url + (got ? QStringLiteral(" accepted") : QStringLiteral(" refused"));
                if (WebhookService::isPublicAddress(a) != !internal)
                    wrong << QStringLiteral("isPublicAddress %1").arg(a.toString());
            }
        }
    // Names of this machine, however written.
    if (internal) {
        for (const QString &host :
             {QStringLiteral("localhost"), QStringLiteral("LOCALHOST"),
              QStringLiteral("localhost."), QStringLiteral("a.localhost"),
              QStringLiteral("a.b.LocalHost."), QStringLiteral("ｌｏｃａｌｈｏｓｔ"),
              QStringLiteral("local\u00ADhost"), QStringLiteral("loc%61lhost"),
              QStringLiteral("%6c%6f%63%61%6c%68%6f%73%74")}) {
            for (Environment env : {Environment::Test, Environment::Live}) {
                const QString url = QStringLiteral("https://%1:8443/").arg(host);
                ++checked;
                if (WebhookService::validateUrl(url, env).ok())
                    wrong << url + QStringLiteral(" accepted");
            }
        }
    }
    qInfo("%d URLs checked", checked);
    QVERIFY2(checked > 2000, "too few cases generated");
    QVERIFY2(wrong.isEmpty(), qPrintable(wrong.mid(0, 30).join(u'\n')));
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
    const Actor admin = f.member(Role::Admin);
    // A loopback test endpoint: only a service whose operator allows it takes one.
    WebhookService strict(*f.store, ScopeCatalog::builtin(), kMasterKey, f.clock);
    const auto refused =
        strict.create(admin, Environment::Test, QStringLiteral("http://localhost:9/h"), {}, {});
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().param, QStringLiteral("url"));
    WebhookService hooks(*f.store, ScopeCatalog::builtin(), kMasterKey, f.clock,
                         LoopbackWebhooks::AllowedForTest);
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
    // Latchkey-Signature's v1: HMAC-SHA256 of "<t>.<raw body>", hex. Reference computed with
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

// latchkeyd rekey's core: every secret (expired ones too) sealed again under a new key in one
// transaction, the same secrets afterwards; one that the old key does not open changes nothing.
void TestWebhooks::resealMovesEverySecretOrNone()
{
    Fixture f;
    const Actor admin = f.member(Role::Admin);
    WebhookService hooks(*f.store, ScopeCatalog::builtin(), kMasterKey, f.clock);
    auto a = hooks.create(admin, Environment::Live, QStringLiteral("https://hooks.example.com/a"),
                          {}, {});
    auto b = hooks.create(admin, Environment::Live, QStringLiteral("https://hooks.example.com/b"),
                          {}, {});
    QVERIFY(a.ok() && b.ok());
    f.now += 1000;
    auto rotated = hooks.rotateSecret(admin, a->endpoint.id);
    QVERIFY(rotated.ok());
    f.now += kSecretOverlapMs; // a's first secret has expired: it is sealed again all the same
    const auto sealedBefore = *f.store->allSecrets();
    QCOMPARE(sealedBefore.size(), 3);
    auto sealedNow = [&] {
        QList<QByteArray> out;
        const auto all = f.store->allSecrets();
        for (const WebhookSecretRecord &r : *all)
            out << r.sealed;
        return out;
    };
    const QList<QByteArray> before = sealedNow();
    const QByteArray newKey(32, '\x17');

    // The wrong old key: the first secret does not open, nothing changes.
    auto wrong = WebhookService::resealSecrets(*f.store, QByteArray(32, 'x'), newKey);
    QVERIFY(wrong.ok());
    QCOMPARE(wrong->count, 0);
    QCOMPARE(wrong->unopenedId, sealedBefore.first().id);
    QCOMPARE(sealedNow(), before);

    // A secret sealed under another key, last in the order: those before it were sealed again
    // inside the transaction, and rolled back with it.
    {
        Fixture g;
        WebhookService other(*g.store, ScopeCatalog::builtin(), kMasterKey, g.clock);
        QVERIFY(other
                    .create(g.member(Role::Admin), Environment::Live,
                            QStringLiteral("https://hooks.example.com/c"), {}, {})
                    .ok());
        const WebhookSecretRecord first = g.store->allSecrets()->first();
        WebhookSecretRecord foreign = first;
        foreign.id = QStringLiteral("whs_zzzzzzzz");
        foreign.sealed =
            crypto::aesGcmEncrypt(QByteArray(32, 'f'), "whsec_foreign", "whs_zzzzzzzz");
        QVERIFY(g.store->insertSecret(foreign).ok());
        auto mixed = WebhookService::resealSecrets(*g.store, kMasterKey, newKey);
        QVERIFY(mixed.ok());
        QCOMPARE(mixed->unopenedId, foreign.id);
        QCOMPARE(mixed->unopenedEndpointId, first.endpointId);
        QCOMPARE(g.store->allSecrets()->first().sealed, first.sealed);
    }

    // The right key: all three, and the new key opens the very same secrets.
    auto done = WebhookService::resealSecrets(*f.store, kMasterKey, newKey);
    QVERIFY(done.ok());
    QCOMPARE(done->count, 3);
    QVERIFY(done->unopenedId.isEmpty());
    const auto sealedAfter = *f.store->allSecrets();
    for (qsizetype i = 0; i < sealedAfter.size(); ++i) {
        QCOMPARE(sealedAfter[i].id, sealedBefore[i].id);
        QVERIFY(sealedAfter[i].sealed != sealedBefore[i].sealed);
        QCOMPARE(sealedAfter[i].expiresAt, sealedBefore[i].expiresAt);
        QVERIFY(
            !crypto::aesGcmDecrypt(kMasterKey, sealedAfter[i].sealed, sealedAfter[i].id.toLatin1())
                 .ok());
    }
    WebhookService renewed(*f.store, ScopeCatalog::builtin(), newKey, f.clock);
    QCOMPARE(*renewed.signingSecrets(admin, a->endpoint.id), QList<QByteArray>{rotated->secret});
    QCOMPARE(*renewed.signingSecrets(admin, b->endpoint.id), QList<QByteArray>{b->secret});
    QVERIFY(!hooks.signingSecrets(admin, b->endpoint.id).ok());
}

QTEST_GUILESS_MAIN(TestWebhooks)
#include "tst_webhooks.moc"
