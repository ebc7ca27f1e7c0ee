// SPDX-License-Identifier: MIT
// Restrictions on a key (core/restrictions.h): origin normalisation and allowlists, CIDR networks
// and IP allowlists, endpoint patterns, rate-limit bounds and the fixed-window rate limiter. Every
// rule is a table of rows that must pass and rows that must fail.
#include "core/restrictions.h"

#include <QRandomGenerator>
#include <QTest>

#include <atomic>
#include <thread>
#include <vector>

using namespace latchkey;
using namespace Qt::StringLiterals;

namespace {
const QString kOrigins = u"allowed_origins"_s;
const QString kIps = u"restrictions.ip_allowlist"_s;
const QString kEndpoints = u"restrictions.endpoints"_s;

bool hasControlCharacters(const QString &s)
{
    return std::any_of(s.begin(), s.end(), [](QChar c) { return c.unicode() < 0x20; });
}

void verifyInvalidRequest(const ApiError &e, const QString &param)
{
    QCOMPARE(e.status, 400);
    QCOMPARE(e.code, u"invalid_request"_s);
    QCOMPARE(e.param, param);
    QVERIFY(!e.message.isEmpty());
    QVERIFY2(!hasControlCharacters(e.message), qPrintable(e.message));
}

// 2023-11-14T00:00:00Z, a multiple of a day, so windows of 1, 10, 60 s and a day start here.
constexpr qint64 kT0 = 1'699'920'000'000;
} // namespace

class TestRestrictions : public QObject
{
    Q_OBJECT

private slots:
    void originNormalise_data();
    void originNormalise();
    void originNormaliseParam();
    void originErrorHidesUserInfo();
    void originPatternParse_data();
    void originPatternParse();
    void publicSuffixWildcardSaysWhy();
    void originPatternMatches_data();
    void originPatternMatches();
    void originAllowlist();

    void cidrParse_data();
    void cidrParse();
    void cidrContains_data();
    void cidrContains();
    void ipAllowlist_data();
    void ipAllowlist();
    void ipAllowlistLists();

    void endpointParse_data();
    void endpointParse();
    void endpointMatches_data();
    void endpointMatches();
    void endpointAllowlist();

    void cidrCovers_data();
    void cidrCovers();
    void endpointCovers_data();
    void endpointCovers();
    void allowlistsCoverTheirSubsets();
    void rateLimitNoLooser_data();
    void rateLimitNoLooser();
    void rateLimitMake_data();
    void rateLimitMake();
    void rateLimiterFigures_data();
    void rateLimiterFigures();
    void rateLimiterNewWindowResets();
    void rateLimiterLateCallerCountsInNewestWindow();
    void rateLimiterForgetAndClear();
    void rateLimiterKeysAreIndependent();
    void rateLimiterChangedWindow();
    void rateLimiterInvalidLimitDoesNotCrash();
    void rateLimiterSweepKeepsLiveCounters();
    void rateLimiterIsExactUnderThreads_data();
    void rateLimiterIsExactUnderThreads();

    void garbageNeverCrashesOrPasses();
};

// ---------------------------------------------------------------------------------------------
// Origins

void TestRestrictions::originNormalise_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("expected");

    auto ok = [](const char *name, const QString &in, const QString &out) {
        QTest::newRow(name) << in << true << out;
    };
    auto bad = [](const char *name, const QString &in) {
        QTest::newRow(name) << in << false << QString();
    };

    ok("plain https", u"https://example.com"_s, u"https://example.com"_s);
    ok("plain http", u"http://example.com"_s, u"http://example.com"_s);
    ok("upper case", u"HTTPS://EXAMPLE.COM"_s, u"https://example.com"_s);
    ok("mixed case", u"Https://Shop.Example.Com"_s, u"https://shop.example.com"_s);
    ok("https default port", u"https://example.com:443"_s, u"https://example.com"_s);
    ok("http default port", u"http://example.com:80"_s, u"http://example.com"_s);
    ok("http on 443 kept", u"http://example.com:443"_s, u"http://example.com:443"_s);
    ok("https on 80 kept", u"https://example.com:80"_s, u"https://example.com:80"_s);
    ok("non-default port", u"https://example.com:8443"_s, u"https://example.com:8443"_s);
    ok("port with leading zero", u"https://example.com:0443"_s, u"https://example.com"_s);
    ok("highest port", u"https://example.com:65535"_s, u"https://example.com:65535"_s);
    ok("localhost dev", u"http://localhost:3000"_s, u"http://localhost:3000"_s);
    ok("trailing slash", u"https://example.com/"_s, u"https://example.com"_s);
    ok("trailing slash with port", u"https://example.com:8080/"_s, u"https://example.com:8080"_s);
    ok("surrounding spaces", u"  https://example.com \t"_s, u"https://example.com"_s);
    ok("idn", u"https://bücher.example"_s, u"https://xn--bcher-kva.example"_s);
    ok("idn upper case and port", u"HTTPS://Bücher.Example:443"_s,
       u"https://xn--bcher-kva.example"_s);
    ok("punycode kept", u"https://xn--bcher-kva.example"_s, u"https://xn--bcher-kva.example"_s);
    ok("punycode upper case", u"https://XN--BCHER-KVA.example"_s,
       u"https://xn--bcher-kva.example"_s);
    ok("idn sharp s", u"https://faß.de"_s, u"https://xn--fa-hia.de"_s);
    ok("emoji host", u"https://😀.example"_s, u"https://xn--e28h.example"_s);
    ok("ideographic full stop", u"https://a。example.com"_s, u"https://a.example.com"_s);
    ok("underscore", u"https://a_b.example.com"_s, u"https://a_b.example.com"_s);
    ok("digits and hyphens", u"https://123-abc.example.com"_s, u"https://123-abc.example.com"_s);
    ok("63-char label", u"https://"_s + QString(63, u'a') + u".com"_s,
       u"https://"_s + QString(63, u'a') + u".com"_s);
    ok("ipv4", u"http://127.0.0.1:8080"_s, u"http://127.0.0.1:8080"_s);
    ok("ipv4 default port", u"http://192.0.2.1:80"_s, u"http://192.0.2.1"_s);
    ok("ipv6 loopback", u"http://[::1]:8080"_s, u"http://[::1]:8080"_s);
    ok("ipv6 upper case", u"https://[2001:DB8::1]"_s, u"https://[2001:db8::1]"_s);
    ok("ipv6 long form", u"https://[2001:db8:0:0:0:0:0:1]:443"_s, u"https://[2001:db8::1]"_s);

    bad("empty", QString());
    bad("blank", u"   "_s);
    bad("null origin", u"null"_s);
    bad("bare host", u"example.com"_s);
    bad("garbage", u"garbage !!"_s);
    bad("only scheme", u"https://"_s);
    bad("only scheme and slash", u"https:///"_s);
    bad("no scheme", u"://example.com"_s);
    bad("one slash", u"https:/example.com"_s);
    bad("ftp", u"ftp://example.com"_s);
    bad("typo scheme", u"htp://x"_s);
    bad("file", u"file:///etc/passwd"_s);
    bad("javascript", u"javascript://example.com"_s);
    bad("wss", u"wss://example.com"_s);
    bad("space in scheme", u"ht tps://example.com"_s);
    bad("path", u"https://example.com/path"_s);
    bad("two slashes", u"https://example.com//"_s);
    bad("path and slash", u"https://example.com/a/"_s);
    bad("query", u"https://example.com?x=1"_s);
    bad("slash and query", u"https://example.com/?x=1"_s);
    bad("empty query", u"https://example.com?"_s);
    bad("fragment", u"https://example.com#top"_s);
    bad("empty fragment", u"https://example.com/#"_s);
    bad("backslash", u"https://example.com\\evil"_s);
    bad("user", u"https://user@example.com"_s);
    bad("user and password", u"https://user:pw@example.com"_s);
    bad("at in host", u"https://evil.com@example.com"_s);
    bad("port zero", u"https://example.com:0"_s);
    bad("port too big", u"https://example.com:65536"_s);
    bad("port huge", u"https://example.com:99999999999"_s);
    bad("port letters", u"https://example.com:http"_s);
    bad("empty port", u"https://example.com:"_s);
    bad("negative port", u"https://example.com:-1"_s);
    bad("plus port", u"https://example.com:+80"_s);
    bad("space in host", u"https://exa mple.com"_s);
    bad("leading hyphen", u"https://-example.com"_s);
    bad("trailing hyphen", u"https://example-.com"_s);
    bad("double dot", u"https://ex..com"_s);
    bad("leading dot", u"https://.example.com"_s);
    bad("trailing dot", u"https://example.com."_s);
    bad("wildcard is no origin", u"https://*.example.com"_s);
    bad("percent in host", u"https://exa%41mple.com"_s);
    bad("nul in host", u"https://ex\0ample.com"_s);
    bad("64-char label", u"https://"_s + QString(64, u'a') + u".com"_s);
    bad("host over 253", u"https://"_s + QString(250, u'a') + u".com"_s);
    bad("huge", u"https://"_s + QString(5000, u'a'));
    bad("empty punycode", u"https://xn--.com"_s);
    bad("bad ipv4", u"https://1.2.3.256"_s);
    bad("short ipv4", u"https://127.1"_s);
    bad("octal ipv4", u"https://010.0.0.1"_s);
    bad("hex ipv4", u"https://0x7f.0.0.1"_s);
    bad("numeric last label", u"https://a.b.c.1"_s);
    bad("ipv6 without brackets", u"http://::1"_s);
    bad("ipv6 unclosed", u"http://[::1"_s);
    bad("ipv6 text after", u"http://[::1]x"_s);
    bad("ipv6 zone", u"http://[fe80::1%25eth0]"_s);
    bad("ipv6 garbage", u"http://[not:an:address]"_s);
    bad("ipv4 in brackets", u"http://[127.0.0.1]"_s);
    bad("unicode garbage", u"ünïcödé"_s);
    bad("bidi override host", u"https://exa\u202Emple.com"_s);
}

void TestRestrictions::originNormalise()
{
    QFETCH(QString, input);
    QFETCH(bool, valid);
    QFETCH(QString, expected);

    const auto result = Origin::normalise(input);
    QCOMPARE(result.ok(), valid);
    if (!valid) {
        verifyInvalidRequest(result.error(), u"origin"_s);
        return;
    }
    QCOMPARE(*result, expected);
    // Normalising is idempotent: a normalised origin is its own normal form.
    const auto again = Origin::normalise(*result);
    QVERIFY(again.ok());
    QCOMPARE(*again, expected);
}

void TestRestrictions::originNormaliseParam()
{
    const auto result = Origin::normalise(u"ftp://example.com", u"webhook.url"_s);
    QVERIFY(!result.ok());
    verifyInvalidRequest(result.error(), u"webhook.url"_s);
    QVERIFY2(result.error().message.contains(u"ftp"_s), qPrintable(result.error().message));

    const auto path = Origin::normalise(u"https://example.com/checkout");
    QVERIFY(!path.ok());
    // The message names the problem and suggests the origin the person meant.
    QVERIFY2(path.error().message.contains(u"path"_s), qPrintable(path.error().message));
    QVERIFY2(path.error().message.contains(u"'https://example.com'"_s),
             qPrintable(path.error().message));

    // A wildcard pattern's message quotes and suggests what the person wrote, "*." included.
    const auto wild = OriginPattern::parse(u"https://*.example.com/checkout");
    QVERIFY(!wild.ok());
    QVERIFY2(wild.error().message.contains(u"'https://*.example.com/checkout'"_s),
             qPrintable(wild.error().message));
    QVERIFY2(wild.error().message.contains(u"'https://*.example.com'"_s),
             qPrintable(wild.error().message));

    // Characters are named by code point, not echoed raw.
    const auto nonAscii = EndpointPattern::parse(u"/v1/ü");
    QVERIFY(!nonAscii.ok());
    QVERIFY2(nonAscii.error().message.contains(u"U+00FC"_s), qPrintable(nonAscii.error().message));
}

void TestRestrictions::originErrorHidesUserInfo()
{
    const auto result = Origin::normalise(u"https://alice:hunter2@example.com");
    QVERIFY(!result.ok());
    QVERIFY(!result.error().message.contains(u"hunter2"_s));
    QVERIFY(!result.error().message.contains(u"alice"_s));
}

void TestRestrictions::originPatternParse_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("expected");

    auto ok = [](const char *name, const QString &in, const QString &out) {
        QTest::newRow(name) << in << true << out;
    };
    auto bad = [](const char *name, const QString &in) {
        QTest::newRow(name) << in << false << QString();
    };

    ok("exact", u"https://shop.example.com"_s, u"https://shop.example.com"_s);
    ok("exact normalised", u"HTTPS://Shop.Example.com:443/"_s, u"https://shop.example.com"_s);
    ok("localhost", u"http://localhost:3000"_s, u"http://localhost:3000"_s);
    ok("wildcard", u"https://*.example.com"_s, u"https://*.example.com"_s);
    ok("wildcard normalised", u"HTTPS://*.Example.COM:443"_s, u"https://*.example.com"_s);
    ok("wildcard with port", u"https://*.example.com:8443"_s, u"https://*.example.com:8443"_s);
    ok("wildcard trailing slash", u"https://*.example.com/"_s, u"https://*.example.com"_s);
    ok("wildcard idn", u"https://*.bücher.example"_s, u"https://*.xn--bcher-kva.example"_s);
    ok("wildcard localhost", u"http://*.localhost:3000"_s, u"http://*.localhost:3000"_s);
    ok("wildcard deep base", u"https://*.eu.shop.example.com"_s,
       u"https://*.eu.shop.example.com"_s);
    ok("spaces trimmed", u" https://*.example.com "_s, u"https://*.example.com"_s);
    ok("wildcard under co.uk", u"https://*.shop.co.uk"_s, u"https://*.shop.co.uk"_s);
    ok("wildcard under github.io", u"https://*.latchkey.github.io"_s,
       u"https://*.latchkey.github.io"_s);

    bad("empty", QString());
    bad("star alone", u"*"_s);
    bad("star host", u"https://*"_s);
    bad("star dot", u"https://*."_s);
    bad("star tld", u"https://*.com"_s);
    // The Public Suffix List decides (SECURITY.md, "Rules"): ICANN and private suffixes alike.
    bad("public suffix co.uk", u"https://*.co.uk"_s);
    bad("public suffix upper case", u"https://*.CO.UK:443"_s);
    bad("public suffix github.io", u"https://*.github.io"_s);
    bad("public suffix s3", u"https://*.s3.amazonaws.com"_s);
    bad("public suffix idn", u"https://*.公司.cn"_s);
    bad("public suffix punycode", u"https://*.xn--55qx5d.cn"_s);
    bad("star in middle", u"https://a.*.example.com"_s);
    bad("star in label", u"https://*example.com"_s);
    bad("star suffix in label", u"https://shop*.example.com"_s);
    bad("double star", u"https://**.example.com"_s);
    bad("two wildcards", u"https://*.*.example.com"_s);
    bad("star at end", u"https://example.com*"_s);
    bad("star scheme", u"*://example.com"_s);
    bad("star port", u"https://example.com:*"_s);
    bad("wildcard with path", u"https://*.example.com/path"_s);
    bad("wildcard ipv4", u"https://*.1.2.3.4"_s);
    bad("wildcard ipv6", u"https://*.[::1]"_s);
    bad("wildcard ftp", u"ftp://*.example.com"_s);
    bad("wildcard user info", u"https://u@*.example.com"_s);
    bad("path", u"https://example.com/path"_s);
    bad("garbage", u"not an origin"_s);
}

void TestRestrictions::originPatternParse()
{
    QFETCH(QString, input);
    QFETCH(bool, valid);
    QFETCH(QString, expected);

    const auto result = OriginPattern::parse(input);
    QCOMPARE(result.ok(), valid);
    if (!valid) {
        verifyInvalidRequest(result.error(), kOrigins);
        return;
    }
    QCOMPARE(result->toString(), expected);
    const auto again = OriginPattern::parse(result->toString());
    QVERIFY(again.ok());
    QCOMPARE(again->toString(), expected);
}

void TestRestrictions::publicSuffixWildcardSaysWhy()
{
    const auto r = OriginPattern::parse(u"https://*.co.uk"_s);
    QVERIFY(!r.ok());
    verifyInvalidRequest(r.error(), kOrigins);
    QVERIFY2(r.error().message.contains(u"co.uk is a public suffix"_s),
             qPrintable(r.error().message));
    QVERIFY2(r.error().message.contains(u"https://*.example.co.uk"_s),
             qPrintable(r.error().message));
}

void TestRestrictions::originPatternMatches_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QString>("origin");
    QTest::addColumn<bool>("allowed");

    const QString exact = u"https://shop.example.com"_s;
    QTest::newRow("exact same") << exact << u"https://shop.example.com"_s << true;
    QTest::newRow("exact upper case") << exact << u"https://SHOP.Example.com"_s << true;
    QTest::newRow("exact default port") << exact << u"https://shop.example.com:443"_s << true;
    QTest::newRow("exact trailing slash") << exact << u"https://shop.example.com/"_s << true;
    QTest::newRow("exact other scheme") << exact << u"http://shop.example.com"_s << false;
    QTest::newRow("exact other port") << exact << u"https://shop.example.com:8443"_s << false;
    QTest::newRow("exact parent") << exact << u"https://example.com"_s << false;
    QTest::newRow("exact child") << exact << u"https://evil.shop.example.com"_s << false;
    QTest::newRow("exact as prefix") << exact << u"https://shop.example.com.evil.org"_s << false;
    QTest::newRow("exact with path") << exact << u"https://shop.example.com/x"_s << false;
    QTest::newRow("exact empty") << exact << QString() << false;
    QTest::newRow("exact null") << exact << u"null"_s << false;
    QTest::newRow("exact user info") << exact << u"https://a@shop.example.com"_s << false;

    const QString wild = u"https://*.example.com"_s;
    QTest::newRow("wild one label") << wild << u"https://a.example.com"_s << true;
    QTest::newRow("wild two labels") << wild << u"https://a.b.example.com"_s << true;
    QTest::newRow("wild upper case") << wild << u"https://A.Example.COM"_s << true;
    QTest::newRow("wild default port") << wild << u"https://a.example.com:443"_s << true;
    QTest::newRow("wild idn label") << wild << u"https://bücher.example.com"_s << true;
    QTest::newRow("wild base itself") << wild << u"https://example.com"_s << false;
    QTest::newRow("wild hyphen lookalike") << wild << u"https://evil-example.com"_s << false;
    QTest::newRow("wild glued") << wild << u"https://evilexample.com"_s << false;
    QTest::newRow("wild as prefix") << wild << u"https://example.com.evil.org"_s << false;
    QTest::newRow("wild as prefix 2") << wild << u"https://a.example.com.evil.org"_s << false;
    QTest::newRow("wild other scheme") << wild << u"http://a.example.com"_s << false;
    QTest::newRow("wild other port") << wild << u"https://a.example.com:8443"_s << false;
    QTest::newRow("wild empty label") << wild << u"https://.example.com"_s << false;
    QTest::newRow("wild double dot") << wild << u"https://a..example.com"_s << false;
    QTest::newRow("wild trailing dot") << wild << u"https://a.example.com."_s << false;
    QTest::newRow("wild path") << wild << u"https://a.example.com/x"_s << false;
    QTest::newRow("wild user info") << wild << u"https://x@a.example.com"_s << false;
    QTest::newRow("wild bad label") << wild << u"https://-a.example.com"_s << false;
    QTest::newRow("wild long label")
        << wild << u"https://"_s + QString(64, u'a') + u".example.com"_s << false;
    QTest::newRow("wild empty") << wild << QString() << false;
    QTest::newRow("wild literal star") << wild << u"https://*.example.com"_s << false;

    const QString wildPort = u"https://*.example.com:8443"_s;
    QTest::newRow("port wild match") << wildPort << u"https://a.example.com:8443"_s << true;
    QTest::newRow("port wild no port") << wildPort << u"https://a.example.com"_s << false;
    QTest::newRow("port wild other port") << wildPort << u"https://a.example.com:8444"_s << false;
    QTest::newRow("port wild base") << wildPort << u"https://example.com:8443"_s << false;

    const QString local = u"http://localhost:3000"_s;
    QTest::newRow("localhost same") << local << u"http://localhost:3000"_s << true;
    QTest::newRow("localhost other port") << local << u"http://localhost:3001"_s << false;
    QTest::newRow("localhost no port") << local << u"http://localhost"_s << false;
    QTest::newRow("localhost by ip") << local << u"http://127.0.0.1:3000"_s << false;
    QTest::newRow("localhost https") << local << u"https://localhost:3000"_s << false;

    const QString wildLocal = u"http://*.localhost"_s;
    QTest::newRow("sub localhost") << wildLocal << u"http://app.localhost"_s << true;
    QTest::newRow("sub localhost base") << wildLocal << u"http://localhost"_s << false;

    const QString idn = u"https://*.bücher.example"_s;
    QTest::newRow("idn punycode") << idn << u"https://shop.xn--bcher-kva.example"_s << true;
    QTest::newRow("idn unicode") << idn << u"https://shop.bücher.example"_s << true;
    QTest::newRow("idn other") << idn << u"https://shop.bucher.example"_s << false;

    const QString ip = u"http://192.0.2.1:8080"_s;
    QTest::newRow("ip same") << ip << u"http://192.0.2.1:8080"_s << true;
    QTest::newRow("ip other") << ip << u"http://192.0.2.2:8080"_s << false;
}

void TestRestrictions::originPatternMatches()
{
    QFETCH(QString, pattern);
    QFETCH(QString, origin);
    QFETCH(bool, allowed);

    const auto list = OriginAllowlist::parse({pattern});
    QVERIFY(list.ok());
    QCOMPARE(list->allows(origin), allowed);

    const auto parsed = OriginPattern::parse(pattern);
    QVERIFY(parsed.ok());
    const auto normal = Origin::normalise(origin);
    QCOMPARE(normal.ok() && parsed->matches(*normal), allowed);
}

void TestRestrictions::originAllowlist()
{
    // An empty allowlist allows nothing.
    const auto empty = OriginAllowlist::parse({});
    QVERIFY(empty.ok());
    QVERIFY(empty->isEmpty());
    QVERIFY(!empty->allows(u"https://example.com"));
    QVERIFY(!empty->allows(u""));

    // Several entries, normalised and de-duplicated in order.
    const auto list =
        OriginAllowlist::parse({u"https://Shop.Example.com"_s, u"https://*.example.org"_s,
                                u"https://shop.example.com:443/"_s, u"http://localhost:3000"_s});
    QVERIFY(list.ok());
    QCOMPARE(list->toStringList(),
             (QStringList{u"https://shop.example.com"_s, u"https://*.example.org"_s,
                          u"http://localhost:3000"_s}));
    QVERIFY(list->allows(u"https://shop.example.com"));
    QVERIFY(list->allows(u"https://a.example.org"));
    QVERIFY(list->allows(u"http://localhost:3000"));
    QVERIFY(!list->allows(u"https://example.org"));
    QVERIFY(!list->allows(u"https://other.example.com"));
    QVERIFY(!list->allows(u""));

    // The stored form parses back to the same list.
    const auto again = OriginAllowlist::parse(list->toStringList());
    QVERIFY(again.ok());
    QCOMPARE(again->toStringList(), list->toStringList());

    // One bad entry fails the whole list, naming the field.
    const auto bad = OriginAllowlist::parse({u"https://ok.example.com"_s, u"https://*.com"_s});
    QVERIFY(!bad.ok());
    verifyInvalidRequest(bad.error(), kOrigins);

    QStringList many;
    for (int i = 0; i < 101; ++i)
        many.append(u"https://s%1.example.com"_s.arg(i));
    const auto tooMany = OriginAllowlist::parse(many);
    QVERIFY(!tooMany.ok());
    verifyInvalidRequest(tooMany.error(), kOrigins);
    many.removeLast();
    QVERIFY(OriginAllowlist::parse(many).ok());
}

// ---------------------------------------------------------------------------------------------
// CIDR

void TestRestrictions::cidrParse_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("expected"); // canonical form, or a text the error must contain

    auto ok = [](const char *name, const QString &in, const QString &out) {
        QTest::newRow(name) << in << true << out;
    };
    auto bad = [](const char *name, const QString &in, const QString &hint = QString()) {
        QTest::newRow(name) << in << false << hint;
    };

    ok("ipv4 /8", u"10.0.0.0/8"_s, u"10.0.0.0/8"_s);
    ok("ipv4 /24", u"192.168.1.0/24"_s, u"192.168.1.0/24"_s);
    ok("ipv4 /12", u"172.16.0.0/12"_s, u"172.16.0.0/12"_s);
    ok("ipv4 /31", u"192.0.2.4/31"_s, u"192.0.2.4/31"_s);
    ok("ipv4 /32", u"10.1.2.3/32"_s, u"10.1.2.3/32"_s);
    ok("ipv4 bare", u"203.0.113.7"_s, u"203.0.113.7/32"_s);
    ok("ipv4 /0", u"0.0.0.0/0"_s, u"0.0.0.0/0"_s);
    ok("ipv4 broadcast", u"255.255.255.255"_s, u"255.255.255.255/32"_s);
    ok("ipv4 spaces", u"  10.0.0.0/8 "_s, u"10.0.0.0/8"_s);
    ok("prefix leading zero", u"10.0.0.0/08"_s, u"10.0.0.0/8"_s);
    ok("ipv6 /32", u"2001:db8::/32"_s, u"2001:db8::/32"_s);
    ok("ipv6 upper case", u"2001:DB8::/32"_s, u"2001:db8::/32"_s);
    ok("ipv6 long form", u"2001:0db8:0000:0000:0000:0000:0000:0000/64"_s, u"2001:db8::/64"_s);
    ok("ipv6 /33", u"2001:db8:8000::/33"_s, u"2001:db8:8000::/33"_s);
    ok("ipv6 bare", u"::1"_s, u"::1/128"_s);
    ok("ipv6 bare full", u"2001:db8::7"_s, u"2001:db8::7/128"_s);
    ok("ipv6 /0", u"::/0"_s, u"::/0"_s);
    ok("ipv6 /128", u"2001:db8::1/128"_s, u"2001:db8::1/128"_s);
    ok("mapped network", u"::ffff:10.0.0.0/104"_s, u"10.0.0.0/8"_s);
    ok("mapped address", u"::ffff:192.0.2.1"_s, u"192.0.2.1/32"_s);

    bad("empty", QString());
    bad("blank", u"  "_s);
    bad("ipv4 host bits", u"10.0.0.1/8"_s, u"10.0.0.0/8"_s);
    bad("ipv4 host bits /24", u"192.168.1.77/24"_s, u"192.168.1.0/24"_s);
    bad("ipv4 host bits /0", u"1.0.0.0/0"_s, u"0.0.0.0/0"_s);
    bad("ipv6 host bits", u"2001:db8::1/32"_s, u"2001:db8::/32"_s);
    bad("ipv6 host bits /33", u"2001:db8:c000::/33"_s, u"2001:db8:8000::/33"_s);
    bad("ipv4 prefix 33", u"10.0.0.0/33"_s, u"32"_s);
    bad("ipv6 prefix 129", u"::/129"_s, u"128"_s);
    bad("negative prefix", u"10.0.0.0/-1"_s);
    bad("plus prefix", u"10.0.0.0/+8"_s);
    bad("empty prefix", u"10.0.0.0/"_s);
    bad("letter prefix", u"10.0.0.0/a"_s);
    bad("placeholder prefix", u"10.0.0.0/%1"_s, u"'10.0.0.0/%1'"_s);
    bad("long prefix", u"10.0.0.0/0008"_s);
    bad("two prefixes", u"10.0.0.0/8/8"_s);
    bad("space before prefix", u"10.0.0.0 /8"_s);
    bad("octet too big", u"256.0.0.0/8"_s);
    bad("three octets", u"10.0.0/8"_s);
    bad("five octets", u"10.0.0.0.0"_s);
    bad("trailing dot", u"10.0.0.0."_s);
    bad("octal octet", u"010.0.0.0/8"_s);
    bad("hex octet", u"0x0a.0.0.0"_s);
    bad("short form", u"127.1"_s);
    bad("negative octet", u"-1.0.0.0"_s);
    bad("word", u"localhost"_s);
    bad("bad hex", u"::g"_s);
    bad("too many groups", u"1:2:3:4:5:6:7:8:9"_s);
    bad("two double colons", u"1::2::3"_s);
    bad("zone id", u"fe80::1%eth0"_s);
    bad("brackets", u"[::1]"_s);
    bad("nul", u"10.0.0.0\0/8"_s);
    bad("huge", QString(5000, u'1'));
    bad("non-ascii digits", u"١٠.0.0.0/8"_s);
}

void TestRestrictions::cidrParse()
{
    QFETCH(QString, input);
    QFETCH(bool, valid);
    QFETCH(QString, expected);

    const auto result = Cidr::parse(input);
    QCOMPARE(result.ok(), valid);
    if (!valid) {
        verifyInvalidRequest(result.error(), kIps);
        QVERIFY2(result.error().message.contains(expected), qPrintable(result.error().message));
        return;
    }
    QCOMPARE(result->toString(), expected);
    const auto again = Cidr::parse(result->toString());
    QVERIFY(again.ok());
    QCOMPARE(again->toString(), expected);
}

void TestRestrictions::cidrContains_data()
{
    QTest::addColumn<QString>("cidr");
    QTest::addColumn<QString>("address");
    QTest::addColumn<bool>("inside");

    QTest::newRow("v4 inside") << u"10.0.0.0/8"_s << u"10.1.2.3"_s << true;
    QTest::newRow("v4 first") << u"10.0.0.0/8"_s << u"10.0.0.0"_s << true;
    QTest::newRow("v4 last") << u"10.0.0.0/8"_s << u"10.255.255.255"_s << true;
    QTest::newRow("v4 after") << u"10.0.0.0/8"_s << u"11.0.0.0"_s << false;
    QTest::newRow("v4 before") << u"10.0.0.0/8"_s << u"9.255.255.255"_s << false;
    QTest::newRow("v4 mapped inside") << u"10.0.0.0/8"_s << u"::ffff:10.1.2.3"_s << true;
    QTest::newRow("v4 mapped outside") << u"10.0.0.0/8"_s << u"::ffff:11.1.2.3"_s << false;
    QTest::newRow("v4 vs v6") << u"10.0.0.0/8"_s << u"2001:db8::1"_s << false;
    QTest::newRow("v4 vs compat v6") << u"10.0.0.0/8"_s << u"::10.1.2.3"_s << false;
    QTest::newRow("/24 inside") << u"192.168.1.0/24"_s << u"192.168.1.255"_s << true;
    QTest::newRow("/24 outside") << u"192.168.1.0/24"_s << u"192.168.2.0"_s << false;
    QTest::newRow("/31 inside") << u"192.0.2.4/31"_s << u"192.0.2.5"_s << true;
    QTest::newRow("/31 outside") << u"192.0.2.4/31"_s << u"192.0.2.6"_s << false;
    QTest::newRow("/32 same") << u"203.0.113.7"_s << u"203.0.113.7"_s << true;
    QTest::newRow("/32 next") << u"203.0.113.7"_s << u"203.0.113.8"_s << false;
    QTest::newRow("/0 any v4") << u"0.0.0.0/0"_s << u"8.8.8.8"_s << true;
    QTest::newRow("/0 any mapped") << u"0.0.0.0/0"_s << u"::ffff:8.8.8.8"_s << true;
    QTest::newRow("/0 v4 not v6") << u"0.0.0.0/0"_s << u"::1"_s << false;
    QTest::newRow("v6 inside") << u"2001:db8::/32"_s << u"2001:db8:ffff::1"_s << true;
    QTest::newRow("v6 outside") << u"2001:db8::/32"_s << u"2001:db9::1"_s << false;
    QTest::newRow("v6 vs v4") << u"2001:db8::/32"_s << u"10.0.0.1"_s << false;
    QTest::newRow("v6 /33 inside") << u"2001:db8:8000::/33"_s << u"2001:db8:8000::1"_s << true;
    QTest::newRow("v6 /33 outside") << u"2001:db8:8000::/33"_s << u"2001:db8:7fff::1"_s << false;
    QTest::newRow("v6 /127 inside") << u"2001:db8::2/127"_s << u"2001:db8::3"_s << true;
    QTest::newRow("v6 /127 outside") << u"2001:db8::2/127"_s << u"2001:db8::4"_s << false;
    QTest::newRow("v6 /128 same") << u"::1"_s << u"::1"_s << true;
    QTest::newRow("v6 /128 other") << u"::1"_s << u"::2"_s << false;
    QTest::newRow("v6 /0 any") << u"::/0"_s << u"2001:db8::1"_s << true;
    QTest::newRow("v6 upper case address") << u"2001:db8::/32"_s << u"2001:DB8::AB"_s << true;
    QTest::newRow("mapped net v4 address") << u"::ffff:10.0.0.0/104"_s << u"10.9.9.9"_s << true;
    QTest::newRow("mapped net outside") << u"::ffff:10.0.0.0/104"_s << u"11.9.9.9"_s << false;
}

void TestRestrictions::cidrContains()
{
    QFETCH(QString, cidr);
    QFETCH(QString, address);
    QFETCH(bool, inside);

    const auto network = Cidr::parse(cidr);
    QVERIFY(network.ok());
    QHostAddress host;
    QVERIFY(host.setAddress(address));
    QCOMPARE(network->contains(host), inside);

    const auto list = IpAllowlist::parse({cidr});
    QVERIFY(list.ok());
    QCOMPARE(list->allows(address), inside);
}

void TestRestrictions::ipAllowlist_data()
{
    QTest::addColumn<QStringList>("entries");
    QTest::addColumn<QString>("ip");
    QTest::addColumn<bool>("allowed");

    const QStringList none;
    QTest::newRow("empty allows v4") << none << u"203.0.113.7"_s << true;
    QTest::newRow("empty allows v6") << none << u"2001:db8::1"_s << true;
    QTest::newRow("empty allows unknown") << none << QString() << true;
    QTest::newRow("empty allows garbage") << none << u"garbage"_s << true;

    const QStringList office{u"203.0.113.0/24"_s, u"2001:db8::/32"_s, u"198.51.100.9"_s};
    QTest::newRow("first network") << office << u"203.0.113.200"_s << true;
    QTest::newRow("second network") << office << u"2001:db8::42"_s << true;
    QTest::newRow("single address") << office << u"198.51.100.9"_s << true;
    QTest::newRow("mapped address") << office << u"::ffff:198.51.100.9"_s << true;
    QTest::newRow("outside all") << office << u"198.51.100.10"_s << false;
    QTest::newRow("outside v6") << office << u"2001:db9::1"_s << false;
    QTest::newRow("unknown address") << office << QString() << false;
    QTest::newRow("garbage address") << office << u"garbage"_s << false;
    QTest::newRow("short form address") << office << u"203.0.113"_s << false;
    QTest::newRow("octal address") << office << u"0203.0.113.1"_s << false;
    QTest::newRow("address with prefix") << office << u"203.0.113.1/24"_s << false;
    QTest::newRow("address with port") << office << u"203.0.113.1:443"_s << false;
    QTest::newRow("nul in address") << office << u"203.0.113.1\0"_s << false;
    QTest::newRow("huge address") << office << QString(10000, u':') << false;
}

void TestRestrictions::ipAllowlist()
{
    QFETCH(QStringList, entries);
    QFETCH(QString, ip);
    QFETCH(bool, allowed);

    const auto list = IpAllowlist::parse(entries);
    QVERIFY(list.ok());
    QCOMPARE(list->isEmpty(), entries.isEmpty());
    QCOMPARE(list->allows(ip), allowed);
}

void TestRestrictions::ipAllowlistLists()
{
    const auto list = IpAllowlist::parse(
        {u"10.0.0.0/8"_s, u" 10.0.0.0/8"_s, u"2001:DB8::/32"_s, u"::ffff:10.0.0.0/104"_s});
    QVERIFY(list.ok());
    QCOMPARE(list->toStringList(), (QStringList{u"10.0.0.0/8"_s, u"2001:db8::/32"_s}));

    const auto bad = IpAllowlist::parse({u"10.0.0.0/8"_s, u"10.0.0.1/8"_s});
    QVERIFY(!bad.ok());
    verifyInvalidRequest(bad.error(), kIps);

    QStringList many;
    for (int i = 0; i < 1001; ++i)
        many.append(u"10.%1.%2.0/24"_s.arg(i / 256).arg(i % 256));
    const auto tooMany = IpAllowlist::parse(many);
    QVERIFY(!tooMany.ok());
    verifyInvalidRequest(tooMany.error(), kIps);
    many.removeLast();
    QVERIFY(IpAllowlist::parse(many).ok());

    // A default-constructed network contains nothing.
    QVERIFY(!Cidr().contains(QHostAddress(u"0.0.0.0"_s)));
    QVERIFY(!Cidr().contains(QHostAddress()));
}

// ---------------------------------------------------------------------------------------------
// Endpoints

void TestRestrictions::endpointParse_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("expected");

    auto ok = [](const char *name, const QString &in, const QString &out) {
        QTest::newRow(name) << in << true << out;
    };
    auto bad = [](const char *name, const QString &in) {
        QTest::newRow(name) << in << false << QString();
    };

    ok("method and wildcard", u"POST /v1/forms/*"_s, u"POST /v1/forms/*"_s);
    ok("lower-case method", u"post /v1/forms/*"_s, u"POST /v1/forms/*"_s);
    ok("no method", u"/v1/forms/*"_s, u"/v1/forms/*"_s);
    ok("star method", u"* /v1/forms"_s, u"/v1/forms"_s);
    ok("root", u"GET /"_s, u"GET /"_s);
    ok("root wildcard", u"OPTIONS /*"_s, u"OPTIONS /*"_s);
    ok("inner wildcard", u"DELETE /v1/keys/*/scopes"_s, u"DELETE /v1/keys/*/scopes"_s);
    ok("spaces and trailing slash", u"  GET \t  /v1/health/  "_s, u"GET /v1/health"_s);
    ok("wildcard trailing slash", u"/v1/forms/*/"_s, u"/v1/forms/*"_s);
    ok("every method", u"head /a"_s, u"HEAD /a"_s);
    ok("put", u"PUT /a"_s, u"PUT /a"_s);
    ok("patch", u"PATCH /a"_s, u"PATCH /a"_s);
    ok("sub-delims", u"GET /v1/a:b@c/x-y_z.json"_s, u"GET /v1/a:b@c/x-y_z.json"_s);

    bad("empty", QString());
    bad("blank", u"   "_s);
    bad("no leading slash", u"v1/forms"_s);
    bad("method no leading slash", u"POST v1/forms"_s);
    bad("method only", u"POST"_s);
    bad("method glued", u"POST/v1/forms"_s);
    bad("star only", u"*"_s);
    bad("star star", u"* *"_s);
    bad("unknown method", u"FETCH /x"_s);
    bad("misspelt method", u"GETT /x"_s);
    bad("digit in method", u"G3T /x"_s);
    bad("non-ascii method", u"GÉT /x"_s);
    bad("three words", u"GET /a /b"_s);
    bad("query", u"POST /v1/forms?x=1"_s);
    bad("fragment", u"GET /v1#x"_s);
    bad("double slash", u"POST /v1//forms"_s);
    bad("only slashes", u"GET //"_s);
    bad("dot dot", u"POST /v1/../admin"_s);
    bad("dot", u"POST /v1/./x"_s);
    bad("dot dot parameter", u"GET /v1/..;/x"_s);
    bad("star in segment", u"/v1/form*"_s);
    bad("star prefix", u"/v1/*x"_s);
    bad("double star", u"/v1/**"_s);
    bad("space in path", u"/v1/a b"_s);
    bad("percent", u"/v1/%2e"_s);
    bad("backslash", u"/v1\\admin"_s);
    bad("nul", u"/v1/\0x"_s);
    bad("non-ascii", u"/v1/ü"_s);
    bad("too many segments", u"/"_s + QStringList(100, u"a"_s).join(u'/'));
    bad("huge", u"/"_s + QString(5000, u'a'));
}

void TestRestrictions::endpointParse()
{
    QFETCH(QString, input);
    QFETCH(bool, valid);
    QFETCH(QString, expected);

    const auto result = EndpointPattern::parse(input);
    QCOMPARE(result.ok(), valid);
    if (!valid) {
        verifyInvalidRequest(result.error(), kEndpoints);
        return;
    }
    QCOMPARE(result->toString(), expected);
    const auto again = EndpointPattern::parse(result->toString());
    QVERIFY(again.ok());
    QCOMPARE(again->toString(), expected);
}

void TestRestrictions::endpointMatches_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QString>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("allowed");

    const QString forms = u"POST /v1/forms/*"_s;
    const QString post = u"POST"_s;
    QTest::newRow("tail one") << forms << post << u"/v1/forms/f_1"_s << true;
    QTest::newRow("tail two") << forms << post << u"/v1/forms/f_1/submit"_s << true;
    QTest::newRow("tail many") << forms << post << u"/v1/forms/a/b/c/d"_s << true;
    QTest::newRow("tail trailing slash") << forms << post << u"/v1/forms/f_1/"_s << true;
    QTest::newRow("tail query ignored") << forms << post << u"/v1/forms/f_1?x=1&y=2"_s << true;
    QTest::newRow("tail query dots ignored") << forms << post << u"/v1/forms/f?../../x"_s << true;
    QTest::newRow("tail fragment ignored") << forms << post << u"/v1/forms/f#x"_s << true;
    QTest::newRow("tail needs one") << forms << post << u"/v1/forms"_s << false;
    QTest::newRow("tail needs one slash") << forms << post << u"/v1/forms/"_s << false;
    QTest::newRow("tail query only") << forms << post << u"/v1/forms?x=/y"_s << false;
    QTest::newRow("wrong method") << forms << u"GET"_s << u"/v1/forms/f_1"_s << false;
    QTest::newRow("method case") << forms << u"post"_s << u"/v1/forms/f_1"_s << false;
    QTest::newRow("no method") << forms << QString() << u"/v1/forms/f_1"_s << false;
    QTest::newRow("path case") << forms << post << u"/V1/forms/f_1"_s << false;
    QTest::newRow("similar prefix") << forms << post << u"/v1/formsX/f_1"_s << false;
    QTest::newRow("dot dot escape") << forms << post << u"/v1/forms/../admin"_s << false;
    QTest::newRow("dot dot deep") << forms << post << u"/v1/forms/a/../../admin"_s << false;
    QTest::newRow("dot dot last") << forms << post << u"/v1/forms/a/.."_s << false;
    QTest::newRow("dot segment") << forms << post << u"/v1/forms/./x"_s << false;
    QTest::newRow("dot dot param") << forms << post << u"/v1/forms/..;/admin"_s << false;
    QTest::newRow("encoded dots") << forms << post << u"/v1/forms/%2e%2e/admin"_s << false;
    QTest::newRow("encoded dots upper") << forms << post << u"/v1/forms/%2E%2E/admin"_s << false;
    QTest::newRow("half encoded dots") << forms << post << u"/v1/forms/.%2e/admin"_s << false;
    QTest::newRow("encoded dot in name") << forms << post << u"/v1/forms/a%2ejson"_s << false;
    QTest::newRow("encoded slash") << forms << post << u"/v1/forms/a%2fb"_s << false;
    QTest::newRow("encoded slash upper") << forms << post << u"/v1/forms/a%2Fb"_s << false;
    QTest::newRow("encoded backslash") << forms << post << u"/v1/forms/a%5c..%5cb"_s << false;
    QTest::newRow("encoded nul") << forms << post << u"/v1/forms/a%00"_s << false;
    QTest::newRow("backslash") << forms << post << u"/v1/forms/a\\..\\admin"_s << false;
    QTest::newRow("double slash") << forms << post << u"/v1/forms//x"_s << false;
    QTest::newRow("double slash early") << forms << post << u"//v1/forms/x"_s << false;
    QTest::newRow("control char") << forms << post << u"/v1/forms/a\nb"_s << false;
    QTest::newRow("nul") << forms << post << u"/v1/forms/a\0b"_s << false;
    QTest::newRow("no leading slash") << forms << post << u"v1/forms/f_1"_s << false;
    QTest::newRow("empty path") << forms << post << QString() << false;
    QTest::newRow("other encoding ok") << forms << post << u"/v1/forms/a%20b"_s << true;
    QTest::newRow("trailing percent") << forms << post << u"/v1/forms/a%2"_s << true;

    const QString any = u"/v1/forms/*"_s;
    QTest::newRow("any GET") << any << u"GET"_s << u"/v1/forms/x"_s << true;
    QTest::newRow("any DELETE") << any << u"DELETE"_s << u"/v1/forms/x"_s << true;
    QTest::newRow("any unknown method") << any << QString() << u"/v1/forms/x"_s << true;
    QTest::newRow("any wrong path") << any << u"GET"_s << u"/v1/keys/x"_s << false;

    const QString inner = u"* /v1/keys/*/scopes"_s;
    QTest::newRow("inner one") << inner << u"PUT"_s << u"/v1/keys/k1/scopes"_s << true;
    QTest::newRow("inner two") << inner << u"PUT"_s << u"/v1/keys/k1/k2/scopes"_s << false;
    QTest::newRow("inner empty") << inner << u"PUT"_s << u"/v1/keys//scopes"_s << false;
    QTest::newRow("inner none") << inner << u"PUT"_s << u"/v1/keys/scopes"_s << false;
    QTest::newRow("inner longer") << inner << u"PUT"_s << u"/v1/keys/k1/scopes/x"_s << false;
    QTest::newRow("inner dot dot") << inner << u"PUT"_s << u"/v1/keys/../scopes"_s << false;

    const QString health = u"GET /v1/health"_s;
    QTest::newRow("exact") << health << u"GET"_s << u"/v1/health"_s << true;
    QTest::newRow("exact trailing slash") << health << u"GET"_s << u"/v1/health/"_s << true;
    QTest::newRow("exact query") << health << u"GET"_s << u"/v1/health?verbose"_s << true;
    QTest::newRow("exact longer") << health << u"GET"_s << u"/v1/health/x"_s << false;
    QTest::newRow("exact prefix") << health << u"GET"_s << u"/v1/healthz"_s << false;
    QTest::newRow("exact shorter") << health << u"GET"_s << u"/v1"_s << false;
    QTest::newRow("exact head") << health << u"HEAD"_s << u"/v1/health"_s << false;

    const QString root = u"GET /"_s;
    QTest::newRow("root") << root << u"GET"_s << u"/"_s << true;
    QTest::newRow("root query") << root << u"GET"_s << u"/?x=1"_s << true;
    QTest::newRow("root other") << root << u"GET"_s << u"/x"_s << false;
    QTest::newRow("root empty") << root << u"GET"_s << QString() << false;
    QTest::newRow("root double") << root << u"GET"_s << u"//"_s << false;

    const QString all = u"GET /*"_s;
    QTest::newRow("all one") << all << u"GET"_s << u"/x"_s << true;
    QTest::newRow("all deep") << all << u"GET"_s << u"/a/b/c"_s << true;
    QTest::newRow("all root") << all << u"GET"_s << u"/"_s << false;
    QTest::newRow("all dot dot") << all << u"GET"_s << u"/a/../../etc/passwd"_s << false;

    const QString middle = u"/v1/*/x"_s;
    QTest::newRow("middle") << middle << u"GET"_s << u"/v1/a/x"_s << true;
    QTest::newRow("middle missing") << middle << u"GET"_s << u"/v1/x"_s << false;
    QTest::newRow("middle dot") << middle << u"GET"_s << u"/v1/./x"_s << false;
}

void TestRestrictions::endpointMatches()
{
    QFETCH(QString, pattern);
    QFETCH(QString, method);
    QFETCH(QString, path);
    QFETCH(bool, allowed);

    const auto parsed = EndpointPattern::parse(pattern);
    QVERIFY(parsed.ok());
    QCOMPARE(parsed->matches(method, path), allowed);

    const auto list = EndpointAllowlist::parse({pattern});
    QVERIFY(list.ok());
    QCOMPARE(list->allows(method, path), allowed);
}

void TestRestrictions::endpointAllowlist()
{
    const auto empty = EndpointAllowlist::parse({});
    QVERIFY(empty.ok());
    QVERIFY(empty->isEmpty());
    QVERIFY(empty->allows(u"DELETE", u"/v1/anything"));
    QVERIFY(empty->allows(u"", u""));

    const auto list = EndpointAllowlist::parse(
        {u"post /v1/forms/*"_s, u"POST /v1/forms/*"_s, u"GET /v1/bookings/*"_s, u"/v1/ping"_s});
    QVERIFY(list.ok());
    QVERIFY(!list->isEmpty());
    QCOMPARE(list->toStringList(),
             (QStringList{u"POST /v1/forms/*"_s, u"GET /v1/bookings/*"_s, u"/v1/ping"_s}));
    QVERIFY(list->allows(u"POST", u"/v1/forms/f1"));
    QVERIFY(list->allows(u"GET", u"/v1/bookings/b1"));
    QVERIFY(list->allows(u"PATCH", u"/v1/ping"));
    QVERIFY(!list->allows(u"GET", u"/v1/forms/f1"));
    QVERIFY(!list->allows(u"POST", u"/v1/bookings/b1"));
    QVERIFY(!list->allows(u"POST", u"/v1/forms/../keys"));
    QVERIFY(!list->allows(u"GET", u""));

    const auto bad = EndpointAllowlist::parse({u"GET /ok"_s, u"BREW /coffee"_s});
    QVERIFY(!bad.ok());
    verifyInvalidRequest(bad.error(), kEndpoints);
    QVERIFY2(bad.error().message.contains(u"BREW"_s), qPrintable(bad.error().message));

    QStringList many;
    for (int i = 0; i < 101; ++i)
        many.append(u"GET /v1/r%1"_s.arg(i));
    const auto tooMany = EndpointAllowlist::parse(many);
    QVERIFY(!tooMany.ok());
    verifyInvalidRequest(tooMany.error(), kEndpoints);
    many.removeLast();
    QVERIFY(EndpointAllowlist::parse(many).ok());
}

// ---------------------------------------------------------------------------------------------
// Rate limits

void TestRestrictions::cidrCovers_data()
{
    QTest::addColumn<QString>("outer");
    QTest::addColumn<QString>("inner");
    QTest::addColumn<bool>("covers");
    auto row = [](const char *n, const char *o, const char *i, bool c) {
        QTest::newRow(n) << QString::fromLatin1(o) << QString::fromLatin1(i) << c;
    };
    row("same", "10.0.0.0/8", "10.0.0.0/8", true);
    row("narrower", "10.0.0.0/8", "10.1.0.0/16", true);
    row("host", "10.0.0.0/8", "10.255.255.255", true);
    row("wider", "10.1.0.0/16", "10.0.0.0/8", false);
    row("beside", "10.0.0.0/8", "11.0.0.0/8", false);
    row("everything", "0.0.0.0/0", "203.0.113.7", true);
    row("v4 not v6", "0.0.0.0/0", "::1", false);
    row("v6 narrower", "2001:db8::/32", "2001:db8:1::/48", true);
    row("v6 wider", "2001:db8:1::/48", "2001:db8::/32", false);
    row("v6 beside", "2001:db8::/32", "2001:db9::/32", false);
    row("v6 all covers mapped v4", "::/0", "10.0.0.0/8", true);
    row("mapped range covers v4", "::ffff:0:0/96", "192.0.2.0/24", true);
    row("mapped range not v6", "::ffff:0:0/96", "2001:db8::/32", false);
    row("v4 mapped network as v4", "10.0.0.0/8", "::ffff:10.1.0.0/112", true);
}

void TestRestrictions::cidrCovers()
{
    QFETCH(QString, outer);
    QFETCH(QString, inner);
    QFETCH(bool, covers);
    const auto o = Cidr::parse(outer);
    const auto i = Cidr::parse(inner);
    QVERIFY(o.ok() && i.ok());
    QCOMPARE(o->covers(*i), covers);
    // Covering is containing every address: spot-check the inner network's first address.
    if (covers)
        QVERIFY(o->contains(QHostAddress(i->toString().section(u'/', 0, 0))));
}

void TestRestrictions::endpointCovers_data()
{
    QTest::addColumn<QString>("outer");
    QTest::addColumn<QString>("inner");
    QTest::addColumn<bool>("covers");
    auto row = [](const char *n, const char *o, const char *i, bool c) {
        QTest::newRow(n) << QString::fromLatin1(o) << QString::fromLatin1(i) << c;
    };
    row("same", "POST /v1/forms/*", "POST /v1/forms/*", true);
    row("deeper", "POST /v1/forms/*", "POST /v1/forms/f_1/entries", true);
    row("deeper wildcard", "POST /v1/forms/*", "POST /v1/forms/f_1/*", true);
    row("one segment wildcard", "POST /v1/forms/*/entries", "POST /v1/forms/f_1/entries", true);
    row("any method covers one", "/v1/forms/*", "GET /v1/forms/a", true);
    row("one method not any", "POST /v1/forms/*", "/v1/forms/*", false);
    row("other method", "POST /v1/forms/*", "GET /v1/forms/a", false);
    row("parent not covered", "POST /v1/forms/*", "POST /v1/forms", false);
    row("literal not wildcard", "POST /v1/forms/a", "POST /v1/forms/*", false);
    row("exact not deeper", "POST /v1/forms/*/entries", "POST /v1/forms/a/entries/*", false);
    row("exact not shorter", "POST /v1/forms/a", "POST /v1/forms", false);
    row("other path", "POST /v1/forms/*", "POST /v1/bookings/a", false);
    row("root", "/", "/", true);
    row("root not deeper", "/", "/v1", false);
}

void TestRestrictions::endpointCovers()
{
    QFETCH(QString, outer);
    QFETCH(QString, inner);
    QFETCH(bool, covers);
    const auto o = EndpointPattern::parse(outer);
    const auto i = EndpointPattern::parse(inner);
    QVERIFY(o.ok() && i.ok());
    QCOMPARE(o->covers(*i), covers);
}

void TestRestrictions::allowlistsCoverTheirSubsets()
{
    const auto ips = [](const QStringList &l) { return *IpAllowlist::parse(l); };
    const QStringList office{u"10.0.0.0/8"_s, u"2001:db8::/32"_s};
    QVERIFY(ips(office).covers(ips({u"10.1.2.3"_s})));
    QVERIFY(ips(office).covers(ips({u"10.1.0.0/16"_s, u"2001:db8:5::/48"_s})));
    QVERIFY(!ips(office).covers(ips({u"10.1.2.3"_s, u"192.0.2.1"_s})));
    QVERIFY(!ips(office).covers(ips({}))); // empty allows every address
    QVERIFY(ips({}).covers(ips(office)));
    QVERIFY(ips({}).covers(ips({})));

    const auto eps = [](const QStringList &l) { return *EndpointAllowlist::parse(l); };
    const QStringList forms{u"POST /v1/forms/*"_s, u"GET /v1/forms/*"_s};
    QVERIFY(eps(forms).covers(eps({u"POST /v1/forms/a"_s})));
    QVERIFY(!eps(forms).covers(eps({u"DELETE /v1/forms/a"_s})));
    QVERIFY(!eps(forms).covers(eps({})));
    QVERIFY(eps({}).covers(eps(forms)));
}

void TestRestrictions::rateLimitNoLooser_data()
{
    QTest::addColumn<int>("limit");
    QTest::addColumn<int>("window");
    QTest::addColumn<bool>("noLooser");
    // Against 100 requests per 60 s.
    QTest::newRow("same") << 100 << 60 << true;
    QTest::newRow("fewer") << 50 << 60 << true;
    QTest::newRow("same count, longer window") << 100 << 3600 << true;
    QTest::newRow("same rate, smaller burst") << 10 << 6 << true;
    QTest::newRow("higher rate") << 100 << 30 << false;
    QTest::newRow("more per window") << 101 << 60 << false;
    QTest::newRow("lower rate, bigger burst") << 1000 << 86400 << false;
}

void TestRestrictions::rateLimitNoLooser()
{
    QFETCH(int, limit);
    QFETCH(int, window);
    QFETCH(bool, noLooser);
    const RateLimit bound{100, 60};
    QCOMPARE((RateLimit{limit, window}.noLooserThan(bound)), noLooser);
}

void TestRestrictions::rateLimitMake_data()
{
    QTest::addColumn<qint64>("limit");
    QTest::addColumn<qint64>("window");
    QTest::addColumn<QString>("badParam"); // empty: valid

    const QString limit = u"rate_limit.limit"_s;
    const QString window = u"rate_limit.window"_s;
    QTest::newRow("smallest") << qint64(1) << qint64(1) << QString();
    QTest::newRow("typical") << qint64(100) << qint64(60) << QString();
    QTest::newRow("largest") << qint64(1'000'000'000) << qint64(86'400) << QString();
    QTest::newRow("zero limit") << qint64(0) << qint64(60) << limit;
    QTest::newRow("negative limit") << qint64(-5) << qint64(60) << limit;
    QTest::newRow("limit too big") << qint64(1'000'000'001) << qint64(60) << limit;
    QTest::newRow("limit int overflow")
        << qint64(1) + std::numeric_limits<int>::max() << qint64(60) << limit;
    QTest::newRow("limit max") << std::numeric_limits<qint64>::max() << qint64(60) << limit;
    QTest::newRow("limit min") << std::numeric_limits<qint64>::min() << qint64(60) << limit;
    QTest::newRow("zero window") << qint64(10) << qint64(0) << window;
    QTest::newRow("negative window") << qint64(10) << qint64(-1) << window;
    QTest::newRow("window too long") << qint64(10) << qint64(86'401) << window;
    QTest::newRow("window max") << qint64(10) << std::numeric_limits<qint64>::max() << window;
}

void TestRestrictions::rateLimitMake()
{
    QFETCH(qint64, limit);
    QFETCH(qint64, window);
    QFETCH(QString, badParam);

    const auto result = RateLimit::make(limit, window);
    QCOMPARE(result.ok(), badParam.isEmpty());
    if (!result.ok()) {
        verifyInvalidRequest(result.error(), badParam);
        return;
    }
    QCOMPARE(result->limit, limit);
    QCOMPARE(result->window, window);
    QVERIFY((*result == RateLimit{int(limit), int(window)}));
}

void TestRestrictions::rateLimiterFigures_data()
{
    QTest::addColumn<int>("limit");
    QTest::addColumn<int>("window");
    QTest::addColumn<qint64>("nowMs");
    QTest::addColumn<qint64>("reset");
    QTest::addColumn<int>("retryAfter");

    QTest::newRow("window start") << 5 << 60 << kT0 << kT0 / 1000 + 60 << 60;
    QTest::newRow("mid window") << 5 << 60 << kT0 + 10'000 << kT0 / 1000 + 60 << 50;
    QTest::newRow("partial second") << 5 << 60 << kT0 + 10'001 << kT0 / 1000 + 60 << 50;
    QTest::newRow("last millisecond") << 3 << 60 << kT0 + 59'999 << kT0 / 1000 + 60 << 1;
    QTest::newRow("one-second window") << 1 << 1 << kT0 + 500 << kT0 / 1000 + 1 << 1;
    QTest::newRow("ten-second window") << 2 << 10 << kT0 + 3'000 << kT0 / 1000 + 10 << 7;
    QTest::newRow("day window") << 4 << 86'400 << qint64(86'400'000) * 19'675 + 3'600'000
                                << qint64(86'400) * 19'676 << 82'800;
    QTest::newRow("limit one") << 1 << 60 << kT0 + 1 << kT0 / 1000 + 60 << 60;
    QTest::newRow("before epoch") << 2 << 60 << qint64(-30'000) << qint64(0) << 30;
}

void TestRestrictions::rateLimiterFigures()
{
    QFETCH(int, limit);
    QFETCH(int, window);
    QFETCH(qint64, nowMs);
    QFETCH(qint64, reset);
    QFETCH(int, retryAfter);

    RateLimiter limiter;
    const RateLimit rl{limit, window};
    const QString key = u"key_1"_s;
    for (int i = 1; i <= limit; ++i) {
        const RateLimitDecision d = limiter.hit(key, rl, nowMs);
        QVERIFY2(d.allowed, qPrintable(QString::number(i)));
        QCOMPARE(d.limit, limit);
        QCOMPARE(d.remaining, limit - i);
        QCOMPARE(d.resetUnix, reset);
        QCOMPARE(d.retryAfter, 0);
    }
    for (int i = 0; i < 3; ++i) {
        const RateLimitDecision d = limiter.hit(key, rl, nowMs);
        QVERIFY(!d.allowed);
        QCOMPARE(d.limit, limit);
        QCOMPARE(d.remaining, 0);
        QCOMPARE(d.resetUnix, reset);
        QCOMPARE(d.retryAfter, retryAfter);
        QVERIFY(d.retryAfter >= 1);
    }
}

void TestRestrictions::rateLimiterNewWindowResets()
{
    RateLimiter limiter;
    const RateLimit rl{3, 10};
    const QString key = u"key_1"_s;
    for (int i = 0; i < 3; ++i)
        QVERIFY(limiter.hit(key, rl, kT0 + 9'000).allowed);
    QVERIFY(!limiter.hit(key, rl, kT0 + 9'999).allowed);

    // The window ends on a multiple of 10 s, not 10 s after the first request.
    const RateLimitDecision d = limiter.hit(key, rl, kT0 + 10'000);
    QVERIFY(d.allowed);
    QCOMPARE(d.remaining, 2);
    QCOMPARE(d.resetUnix, kT0 / 1000 + 20);
    QVERIFY(limiter.hit(key, rl, kT0 + 19'000).allowed);
    QVERIFY(limiter.hit(key, rl, kT0 + 19'000).allowed);
    QVERIFY(!limiter.hit(key, rl, kT0 + 19'000).allowed);
    // A window skipped entirely does not matter.
    QVERIFY(limiter.hit(key, rl, kT0 + 45'000).allowed);
}

void TestRestrictions::rateLimiterLateCallerCountsInNewestWindow()
{
    RateLimiter limiter;
    const RateLimit rl{2, 1};
    const QString key = u"key_1"_s;
    QVERIFY(limiter.hit(key, rl, kT0 + 1'000).allowed);
    QVERIFY(limiter.hit(key, rl, kT0 + 1'000).allowed);
    // A caller whose clock read a moment earlier does not reopen the previous window.
    const RateLimitDecision late = limiter.hit(key, rl, kT0 + 999);
    QVERIFY(!late.allowed);
    QCOMPARE(late.resetUnix, kT0 / 1000 + 2);
    QVERIFY(late.retryAfter >= 1);
}

void TestRestrictions::rateLimiterForgetAndClear()
{
    RateLimiter limiter;
    const RateLimit rl{1, 60};
    const QString a = u"key_a"_s;
    const QString b = u"key_b"_s;
    QVERIFY(limiter.hit(a, rl, kT0).allowed);
    QVERIFY(limiter.hit(b, rl, kT0).allowed);
    QVERIFY(!limiter.hit(a, rl, kT0).allowed);
    QVERIFY(!limiter.hit(b, rl, kT0).allowed);

    limiter.forget(a);
    QVERIFY(limiter.hit(a, rl, kT0).allowed);
    QVERIFY(!limiter.hit(a, rl, kT0).allowed);
    QVERIFY(!limiter.hit(b, rl, kT0).allowed); // forgetting a leaves b alone
    limiter.forget(u"never_seen"_s);

    limiter.clear();
    QVERIFY(limiter.hit(a, rl, kT0).allowed);
    QVERIFY(limiter.hit(b, rl, kT0).allowed);
}

void TestRestrictions::rateLimiterKeysAreIndependent()
{
    RateLimiter limiter;
    const RateLimit rl{2, 60};
    for (int k = 0; k < 100; ++k) {
        const QString key = u"key_%1"_s.arg(k);
        QVERIFY(limiter.hit(key, rl, kT0).allowed);
        QCOMPARE(limiter.hit(key, rl, kT0).remaining, 0);
    }
    for (int k = 0; k < 100; ++k)
        QVERIFY(!limiter.hit(u"key_%1"_s.arg(k), rl, kT0).allowed);
}

void TestRestrictions::rateLimiterChangedWindow()
{
    RateLimiter limiter;
    const QString key = u"key_1"_s;
    QVERIFY(limiter.hit(key, RateLimit{1, 60}, kT0).allowed);
    QVERIFY(!limiter.hit(key, RateLimit{1, 60}, kT0).allowed);
    // A new window length starts a new count rather than mixing two windows.
    const RateLimitDecision d = limiter.hit(key, RateLimit{1, 10}, kT0);
    QVERIFY(d.allowed);
    QCOMPARE(d.resetUnix, kT0 / 1000 + 10);
    QVERIFY(!limiter.hit(key, RateLimit{1, 10}, kT0).allowed);
    // A higher limit in the same window counts what was already let through.
    const RateLimitDecision raised = limiter.hit(key, RateLimit{3, 10}, kT0);
    QVERIFY(raised.allowed);
    QCOMPARE(raised.remaining, 1);
}

void TestRestrictions::rateLimiterInvalidLimitDoesNotCrash()
{
    RateLimiter limiter;
    const RateLimitDecision d = limiter.hit(u"key_1"_s, RateLimit{}, kT0);
    QVERIFY(d.allowed);
    QCOMPARE(d.retryAfter, 0);
    QVERIFY(limiter.hit(u"key_1"_s, RateLimit{5, 0}, kT0).allowed);
    QVERIFY(limiter.hit(u"key_1"_s, RateLimit{-1, -1}, kT0).allowed);
}

void TestRestrictions::rateLimiterSweepKeepsLiveCounters()
{
    RateLimiter limiter;
    const RateLimit rl{1, 60};
    const QString hot = u"hot"_s;
    QVERIFY(limiter.hit(hot, rl, kT0).allowed);
    // Enough other keys to make every shard sweep: a counter of the current window stays.
    for (int k = 0; k < 40'000; ++k)
        limiter.hit(u"k%1"_s.arg(k), rl, kT0 + 1'000);
    QVERIFY(!limiter.hit(hot, rl, kT0 + 2'000).allowed);
    QVERIFY(!limiter.hit(u"k7"_s, rl, kT0 + 2'000).allowed);
    // Later, ended windows are swept and the count starts afresh.
    for (int k = 0; k < 40'000; ++k)
        limiter.hit(u"later%1"_s.arg(k), rl, kT0 + 120'000);
    QVERIFY(limiter.hit(hot, rl, kT0 + 120'000).allowed);
    QVERIFY(!limiter.hit(hot, rl, kT0 + 120'000).allowed);
}

void TestRestrictions::rateLimiterIsExactUnderThreads_data()
{
    QTest::addColumn<int>("keys");
    QTest::addColumn<int>("limit");
    QTest::addColumn<int>("hitsPerThread");

    QTest::newRow("one key") << 1 << 1000 << 20'000;
    QTest::newRow("one key, limit one") << 1 << 1 << 5'000;
    QTest::newRow("many keys") << 64 << 100 << 20'000;
}

void TestRestrictions::rateLimiterIsExactUnderThreads()
{
    QFETCH(int, keys);
    QFETCH(int, limit);
    QFETCH(int, hitsPerThread);

    constexpr int kThreads = 8;
    RateLimiter limiter;
    const RateLimit rl{limit, 60};
    QStringList keyIds;
    for (int k = 0; k < keys; ++k)
        keyIds.append(u"key_%1"_s.arg(k));
    std::vector<std::atomic<int>> allowed(static_cast<std::size_t>(keys));
    std::atomic<int> badFigures{0};
    std::atomic<bool> go{false};

    std::vector<std::thread> threads;
    for (int t = 0; t < kThreads; ++t) {
        threads.emplace_back([&, t] {
            while (!go.load())
                std::this_thread::yield();
            for (int i = 0; i < hitsPerThread; ++i) {
                const int k = (i + t) % keys;
                const RateLimitDecision d = limiter.hit(keyIds.at(k), rl, kT0 + i % 50'000);
                if (d.allowed)
                    allowed[std::size_t(k)].fetch_add(1);
                if (d.remaining < 0 || d.remaining > limit || (!d.allowed && d.retryAfter < 1))
                    badFigures.fetch_add(1);
            }
        });
    }
    go.store(true);
    for (std::thread &th : threads)
        th.join();

    QCOMPARE(badFigures.load(), 0);
    for (int k = 0; k < keys; ++k)
        QCOMPARE(allowed[std::size_t(k)].load(), limit);
}

// ---------------------------------------------------------------------------------------------
// Robustness

void TestRestrictions::garbageNeverCrashesOrPasses()
{
    // Random text of every kind, including NUL, lone surrogates and huge inputs: parsing
    // either fails cleanly or yields a value that parses back to itself; matching never
    // crashes, and random text never passes a non-empty allowlist.
    const auto origins = OriginAllowlist::parse({u"https://*.example.com"_s});
    const auto ips = IpAllowlist::parse({u"10.0.0.0/8"_s, u"2001:db8::/32"_s});
    const auto endpoints = EndpointAllowlist::parse({u"POST /v1/forms/*"_s});
    QVERIFY(origins.ok() && ips.ok() && endpoints.ok());

    QRandomGenerator rng(20240229);
    const QString alphabet = u"abcXYZ019:/.*?#@%[]-_ \\\0\t\u00fc\u202e"_s;
    for (int round = 0; round < 3000; ++round) {
        const int length = round % 100 == 0 ? 20'000 : int(rng.bounded(40));
        QString text;
        text.reserve(length);
        for (int i = 0; i < length; ++i) {
            if (rng.bounded(20) == 0)
                text += QChar(char16_t(rng.bounded(0x10000))); // any code unit, even surrogates
            else
                text += alphabet.at(rng.bounded(alphabet.size()));
        }
        if (auto o = Origin::normalise(text); o.ok())
            QCOMPARE(Origin::normalise(*o).value(), *o);
        else
            QVERIFY(!hasControlCharacters(o.error().message));
        if (auto p = OriginPattern::parse(text); p.ok())
            QCOMPARE(OriginPattern::parse(p->toString())->toString(), p->toString());
        if (auto c = Cidr::parse(text); c.ok())
            QCOMPARE(Cidr::parse(c->toString())->toString(), c->toString());
        else
            QVERIFY(!hasControlCharacters(c.error().message));
        if (auto e = EndpointPattern::parse(text); e.ok())
            QCOMPARE(EndpointPattern::parse(e->toString())->toString(), e->toString());
        else
            QVERIFY(!hasControlCharacters(e.error().message));

        QVERIFY(!origins->allows(text));
        QVERIFY(!ips->allows(text));
        QVERIFY(!endpoints->allows(text, text));
        QVERIFY(!endpoints->allows(u"POST", u"/v1/forms/../"_s + text));
    }
}

QTEST_GUILESS_MAIN(TestRestrictions)
#include "tst_restrictions.moc"
