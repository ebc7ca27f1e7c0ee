// SPDX-License-Identifier: MIT
#pragma once
// What every documented gateway must do in front of a real latchkeyd, checked the same way for
// each (tst_nginx, tst_caddy): the configuration comes from docs/forward-auth.md's own code
// blocks, only addresses, ports and certificate paths changed, and the client assumes nothing
// of the gateway but sends every header a gateway or latchkeyd might believe.
//
// The upstream behind the gateway answers one line naming what it was told:
//   upstream saw key=<Latchkey-Key-Id> ws=<…> env=<…> type=<…> service=<…> scope=<X-Required-Scope>
//   orig=<X-Original-Method X-Original-URI>

#include "harness.h"

#include <QFile>
#include <QJsonArray>
#include <QTcpServer>

namespace latchkey::testing {

inline quint16 freePort()
{
    QTcpServer s;
    s.listen(QHostAddress::LocalHost, 0);
    return s.serverPort();
}

/// The fenced code block that follows `<!-- tested: NAME -->` in docs/forward-auth.md, or an
/// empty string when there is none (the caller fails).
inline QString forwardAuthDocBlock(const QString &name)
{
    QFile doc(qEnvironmentVariable("LATCHKEY_SOURCE_DIR") +
              QStringLiteral("/docs/forward-auth.md"));
    if (!doc.open(QIODevice::ReadOnly))
        return {};
    const QString text = QString::fromUtf8(doc.readAll());
    const qsizetype mark =
        text.indexOf(QStringLiteral("<!-- tested: ") + name + QStringLiteral(" -->"));
    if (mark < 0)
        return {};
    const qsizetype fence = text.indexOf(QLatin1String("```"), mark);
    const qsizetype body = text.indexOf(QLatin1Char('\n'), fence) + 1;
    const qsizetype end = text.indexOf(QLatin1String("\n```"), body);
    if (fence < 0 || body <= 0 || end < 0)
        return {};
    return text.mid(body, end - body + 1);
}

/// Replaces each `from` in \p text; a `from` that is not there is an error (the docs changed
/// under the test), returned as a message.
inline QString substitute(QString &text, const QList<std::pair<QString, QString>> &changes)
{
    for (const auto &[from, to] : changes) {
        if (!text.contains(from))
            return QStringLiteral("docs/forward-auth.md no longer contains \"%1\"").arg(from);
        text.replace(from, to);
    }
    return {};
}

/// The gateway-independent half of tst_nginx and tst_caddy: the keys, and every answer a
/// client must get through the gateway at `front`. A subclass starts latchkeyd (startLatchkeyd)
/// and its gateway in initTestCase and sets `front`.
class GatewayTest : public QObject
{
    Q_OBJECT

protected:
    Latchkeyd d;
    Http admin;
    QString front;
    QByteArray key, keyId, limitedKey, pk, getOnly, ipKey, localKey, lapsed;

    bool startLatchkeyd(const QString &gateway)
    {
        if (d.init(QStringLiteral("owner@acme.test"), "gateway test password") != 0 ||
            !d.start({QStringLiteral("--log-format"), QStringLiteral("json"),
                      QStringLiteral("--gateway"), gateway}))
            return false;
        admin.base = d.url;
        const HttpResult s =
            admin.post(QStringLiteral("/v1/sessions"),
                       {{QStringLiteral("email"), QStringLiteral("owner@acme.test")},
                        {QStringLiteral("password"), QStringLiteral("gateway test password")}});
        if (s.status != 200)
            return false;
        admin.token = s.data().value(QLatin1String("token")).toString().toLatin1();
        const QJsonArray forms{QStringLiteral("service.forms.submit")};
        key = createKey(
            {{QStringLiteral("name"), QStringLiteral("server")}, {QStringLiteral("scopes"), forms}},
            &keyId);
        limitedKey = createKey(
            {{QStringLiteral("name"), QStringLiteral("limited")},
             {QStringLiteral("scopes"), forms},
             {QStringLiteral("rate_limit"),
              QJsonObject{{QStringLiteral("limit"), 2}, {QStringLiteral("window"), 3600}}}});
        pk = createKey({{QStringLiteral("name"), QStringLiteral("widget")},
                        {QStringLiteral("type"), QStringLiteral("public")},
                        {QStringLiteral("service_id"), QStringLiteral("forms")},
                        {QStringLiteral("scopes"), forms},
                        {QStringLiteral("allowed_origins"),
                         QJsonArray{QStringLiteral("https://shop.example.com")}}});
        getOnly = createKey(
            {{QStringLiteral("name"), QStringLiteral("get only")},
             {QStringLiteral("scopes"), QJsonArray{QStringLiteral("service.forms.submit"),
                                                   QStringLiteral("service.bookings.read")}},
             {QStringLiteral("restrictions"),
              QJsonObject{
                  {QStringLiteral("endpoints"), QJsonArray{QStringLiteral("GET /v1/forms/*")}}}}});
        ipKey = createKey({{QStringLiteral("name"), QStringLiteral("office only")},
                           {QStringLiteral("scopes"), forms},
                           {QStringLiteral("restrictions"),
                            QJsonObject{{QStringLiteral("ip_allowlist"),
                                         QJsonArray{QStringLiteral("203.0.113.0/24")}}}}});
        localKey = createKey({{QStringLiteral("name"), QStringLiteral("loopback only")},
                              {QStringLiteral("scopes"), forms},
                              {QStringLiteral("restrictions"),
                               QJsonObject{{QStringLiteral("ip_allowlist"),
                                            QJsonArray{QStringLiteral("127.0.0.1/32")}}}}});
        // `latchkeyd init` subscribes the workspace to payments in test only (lapsed in live).
        lapsed = createKey(
            {{QStringLiteral("name"), QStringLiteral("payments")},
             {QStringLiteral("environment"), QStringLiteral("live")},
             {QStringLiteral("scopes"), QJsonArray{QStringLiteral("service.payments.read")}}});
        for (const QByteArray *k : {&key, &limitedKey, &pk, &getOnly, &ipKey, &localKey, &lapsed})
            if (k->isEmpty())
                return false;
        return true;
    }

    QByteArray createKey(const QJsonObject &body, QByteArray *id = nullptr)
    {
        const HttpResult r = admin.post(QStringLiteral("/v1/api-keys"), body);
        if (r.status != 201)
            qWarning("creating a key: %d %s", r.status, r.body.constData());
        if (id)
            *id = r.data().value(QLatin1String("id")).toString().toLatin1();
        return r.data().value(QLatin1String("secret")).toString().toLatin1();
    }

    HttpResult call(const QByteArray &method, const QString &path,
                    const QList<std::pair<QByteArray, QByteArray>> &headers)
    {
        Http c;
        c.base = front;
        return c.send(method, path, method == "GET" ? QByteArray() : QByteArrayLiteral("{}"),
                      headers, false);
    }

    /// What the upstream said it saw for \p field ("key", "service", …), or "<not reached>".
    static QByteArray upstreamSaw(const HttpResult &r, const QByteArray &field)
    {
        if (!r.body.startsWith("upstream saw "))
            return "<not reached>";
        for (const QByteArray &part : r.body.trimmed().split(' '))
            if (part.startsWith(field + '='))
                return part.mid(field.size() + 1);
        return {};
    }

private slots:
    void allowedCallReachesTheUpstreamWithLatchkeydsFacts()
    {
        // Every Latchkey-* header the client sends is forged: the upstream hears latchkeyd's.
        const HttpResult r = call("POST", QStringLiteral("/v1/forms/contact"),
                                  {{"Authorization", "Bearer " + key},
                                   {"Latchkey-Key-Id", "key_forged"},
                                   {"Latchkey-Workspace", "ws_forged"},
                                   {"Latchkey-Environment", "live"},
                                   {"Latchkey-Key-Type", "public"},
                                   {"Latchkey-Service", "payments"}});
        QCOMPARE(r.status, 200);
        QCOMPARE(upstreamSaw(r, "key"), keyId);
        QVERIFY2(upstreamSaw(r, "ws").startsWith("ws_") && upstreamSaw(r, "ws") != "ws_forged",
                 r.body.constData());
        QCOMPARE(upstreamSaw(r, "env"), QByteArray("test"));
        QCOMPARE(upstreamSaw(r, "type"), QByteArray("secret"));
        // latchkeyd names no service for this key, so nobody does.
        QCOMPARE(upstreamSaw(r, "service"), QByteArray());
        // A key nobody limited is never throttled and answers no X-RateLimit-*.
        for (const char *h : {"X-RateLimit-Limit", "X-RateLimit-Remaining", "X-RateLimit-Reset"})
            QVERIFY2(r.header(h).isEmpty(), h);

        const HttpResult widget =
            call("POST", QStringLiteral("/v1/forms/contact"),
                 {{"Authorization", pk}, {"Origin", "https://shop.example.com"}});
        QCOMPARE(widget.status, 200);
        QCOMPARE(upstreamSaw(widget, "type"), QByteArray("public"));
        QCOMPARE(upstreamSaw(widget, "service"), QByteArray("forms"));
    }

    void missingAndBadKeysGet401()
    {
        HttpResult r =
            call("POST", QStringLiteral("/v1/forms/contact"), {{"Latchkey-Key-Id", "key_forged"}});
        QCOMPARE(r.status, 401);
        QCOMPARE(r.code(), QStringLiteral("missing_authorization"));
        QByteArray typo = key;
        typo[20] = typo[20] == 'a' ? 'b' : 'a';
        r = call("POST", QStringLiteral("/v1/forms/contact"),
                 {{"Authorization", "Bearer " + typo}, {"Latchkey-Key-Id", keyId}});
        QCOMPARE(r.status, 401);
        QCOMPARE(r.code(), QStringLiteral("invalid_api_key"));
        QCOMPARE(upstreamSaw(r, "key"), QByteArray("<not reached>"));
    }

    void eachRefusalGets403_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("which");
        QTest::addColumn<QByteArray>("origin");
        QTest::addColumn<QString>("code");
        QTest::newRow("scope") << QByteArray("GET") << QStringLiteral("/v1/bookings/list")
                               << QByteArray("key") << QByteArray() << "insufficient_scope";
        QTest::newRow("origin-wrong")
            << QByteArray("POST") << QStringLiteral("/v1/forms/a") << QByteArray("pk")
            << QByteArray("https://evil.example") << "origin_not_allowed";
        QTest::newRow("origin-missing") << QByteArray("POST") << QStringLiteral("/v1/forms/a")
                                        << QByteArray("pk") << QByteArray() << "origin_not_allowed";
        QTest::newRow("ip") << QByteArray("POST") << QStringLiteral("/v1/forms/a")
                            << QByteArray("ipKey") << QByteArray() << "ip_not_allowed";
        QTest::newRow("endpoint") << QByteArray("POST") << QStringLiteral("/v1/forms/a")
                                  << QByteArray("getOnly") << QByteArray()
                                  << "endpoint_not_allowed";
    }

    void eachRefusalGets403()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        QFETCH(QByteArray, which);
        QFETCH(QByteArray, origin);
        QFETCH(QString, code);
        const QHash<QByteArray, QByteArray> keys{{"key", "Bearer " + key},
                                                 {"pk", pk},
                                                 {"ipKey", "Bearer " + ipKey},
                                                 {"getOnly", "Bearer " + getOnly}};
        QList<std::pair<QByteArray, QByteArray>> headers{{"Authorization", keys.value(which)}};
        if (!origin.isEmpty())
            headers.append({"Origin", origin});
        const HttpResult r = call(method, path, headers);
        QCOMPARE(r.status, 403);
        QCOMPARE(r.code(), code);
        QCOMPARE(upstreamSaw(r, "key"), QByteArray("<not reached>"));
    }

    void restrictionsAllowWhatTheyName()
    {
        // The other side of the 403s above: each restriction lets its own calls through.
        HttpResult r =
            call("GET", QStringLiteral("/v1/forms/a"), {{"Authorization", "Bearer " + getOnly}});
        QCOMPARE(r.status, 200);
        r = call("POST", QStringLiteral("/v1/forms/a"), {{"Authorization", "Bearer " + localKey}});
        QCOMPARE(r.status, 200);
    }

    void lapsedServiceGets402()
    {
        const HttpResult r = call("GET", QStringLiteral("/v1/payments/charges"),
                                  {{"Authorization", "Bearer " + lapsed}});
        QCOMPARE(r.status, 402);
        QCOMPARE(r.code(), QStringLiteral("service_inactive"));
    }

    void spoofedHeadersWidenNothing_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("which");
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<QString>("code");
        // A key limited to GET /v1/forms/* claims its POST is a GET, or that a bookings call
        // is a forms call, in each family a gateway might use.
        QTest::newRow("X-Original-Method")
            << QByteArray("POST") << QStringLiteral("/v1/forms/a") << QByteArray("getOnly")
            << QByteArray("X-Original-Method") << QByteArray("GET") << "endpoint_not_allowed";
        QTest::newRow("X-Forwarded-Method")
            << QByteArray("POST") << QStringLiteral("/v1/forms/a") << QByteArray("getOnly")
            << QByteArray("X-Forwarded-Method") << QByteArray("GET") << "endpoint_not_allowed";
        QTest::newRow("X-Original-URI")
            << QByteArray("GET") << QStringLiteral("/v1/bookings/x") << QByteArray("getOnly")
            << QByteArray("X-Original-URI") << QByteArray("/v1/forms/a") << "endpoint_not_allowed";
        QTest::newRow("X-Forwarded-Uri")
            << QByteArray("GET") << QStringLiteral("/v1/bookings/x") << QByteArray("getOnly")
            << QByteArray("X-Forwarded-Uri") << QByteArray("/v1/forms/a") << "endpoint_not_allowed";
        // A forms-only key claims the route needs only its own scope.
        QTest::newRow("X-Required-Scope")
            << QByteArray("GET") << QStringLiteral("/v1/bookings/list") << QByteArray("key")
            << QByteArray("X-Required-Scope") << QByteArray("service.forms.submit")
            << "insufficient_scope";
        // An office-only key claims to come from the office.
        QTest::newRow("X-Forwarded-For")
            << QByteArray("POST") << QStringLiteral("/v1/forms/a") << QByteArray("ipKey")
            << QByteArray("X-Forwarded-For") << QByteArray("203.0.113.7") << "ip_not_allowed";
        QTest::newRow("X-Real-IP")
            << QByteArray("POST") << QStringLiteral("/v1/forms/a") << QByteArray("ipKey")
            << QByteArray("X-Real-IP") << QByteArray("203.0.113.7") << "ip_not_allowed";
        // Latchkey-* towards latchkeyd means nothing; the key it names is not the caller.
        QTest::newRow("Latchkey-Key-Id")
            << QByteArray("GET") << QStringLiteral("/v1/bookings/list") << QByteArray("key")
            << QByteArray("Latchkey-Key-Id") << QByteArray("key_forged") << "insufficient_scope";
    }

    void spoofedHeadersWidenNothing()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        QFETCH(QByteArray, which);
        QFETCH(QByteArray, header);
        QFETCH(QByteArray, value);
        QFETCH(QString, code);
        const QByteArray secret = which == "getOnly" ? getOnly : which == "ipKey" ? ipKey : key;
        const HttpResult r =
            call(method, path, {{"Authorization", "Bearer " + secret}, {header, value}});
        QCOMPARE(r.status, 403);
        QCOMPARE(r.code(), code);
    }

    void gatewayHeadersDoNotReachTheUpstreamFromTheClient()
    {
        const HttpResult r = call("POST", QStringLiteral("/v1/forms/a"),
                                  {{"Authorization", "Bearer " + key},
                                   {"X-Required-Scope", "service.payments.read"},
                                   {"X-Original-Method", "DELETE"},
                                   {"X-Original-URI", "/admin"}});
        QCOMPARE(r.status, 200);
        QCOMPARE(upstreamSaw(r, "scope"), QByteArray());
        QCOMPARE(upstreamSaw(r, "orig"), QByteArray());
    }

    void rateLimitedKeyShowsItsLimitAndGets429WithRetryAfter()
    {
        for (int i = 0; i < 2; ++i) {
            const HttpResult allowed = call("POST", QStringLiteral("/v1/forms/a"),
                                            {{"Authorization", "Bearer " + limitedKey}});
            QCOMPARE(allowed.status, 200);
            QCOMPARE(allowed.header("X-RateLimit-Limit"), QByteArray("2"));
            QCOMPARE(allowed.header("X-RateLimit-Remaining"), QByteArray::number(1 - i));
            QVERIFY(allowed.header("X-RateLimit-Reset").toLongLong() >
                    QDateTime::currentSecsSinceEpoch() - 5);
        }
        const HttpResult r = call("POST", QStringLiteral("/v1/forms/a"),
                                  {{"Authorization", "Bearer " + limitedKey}});
        QCOMPARE(r.status, 429);
        QCOMPARE(r.code(), QStringLiteral("rate_limit_exceeded"));
        QVERIFY2(r.header("Retry-After").toInt() >= 1, r.header("Retry-After").constData());
        QCOMPARE(r.header("X-RateLimit-Limit"), QByteArray("2"));
        QCOMPARE(r.header("X-RateLimit-Remaining"), QByteArray("0"));
        QVERIFY(!r.header("X-RateLimit-Reset").isEmpty());
        QCOMPARE(upstreamSaw(r, "key"), QByteArray("<not reached>"));
    }
};

} // namespace latchkey::testing
