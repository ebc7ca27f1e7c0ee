// SPDX-License-Identifier: MIT
// A real nginx (Debian's package), started by the test on loopback with auth_request to a real
// latchkeyd's /v1/auth in front of a tiny upstream (a second nginx server block). Allowed, 401,
// 403 and 429 reach the client as they should, with the configuration docs/forward-auth.md
// shows.
#include "harness.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QStandardPaths>
#include <QTcpServer>

#include <unistd.h>

using namespace latchkey::testing;

namespace {
quint16 freePort()
{
    QTcpServer s;
    s.listen(QHostAddress::LocalHost, 0);
    return s.serverPort();
}

QString nginxBinary()
{
    for (const QString &p : {QStringLiteral("/usr/sbin/nginx"),
                             QStandardPaths::findExecutable(QStringLiteral("nginx"))})
        if (!p.isEmpty() && QFile::exists(p))
            return p;
    return {};
}
} // namespace

class TestNginx : public QObject
{
    Q_OBJECT

private:
    Latchkeyd d;
    Http admin;
    QProcess nginx;
    QTemporaryDir prefix;
    QString front;
    QByteArray key, limitedKey, pk;

    QByteArray createKey(const QJsonObject &body)
    {
        const HttpResult r = admin.post(QStringLiteral("/v1/api-keys"), body);
        if (r.status != 201)
            qWarning("%s", r.body.constData());
        return r.data().value(QLatin1String("secret")).toString().toLatin1();
    }

private slots:
    void initTestCase();
    void cleanupTestCase();
    void allowedRequestReachesTheUpstreamWithFacts();
    void missingAndBadKeysGet401();
    void wrongScopeAndOriginGet403();
    void rateLimitGets429WithRetryAfter();
};

void TestNginx::initTestCase()
{
    const QString binary = nginxBinary();
    QVERIFY2(!binary.isEmpty(), "nginx is not installed: scripts/install-deps.sh installs it");
    QCOMPARE(d.init(QStringLiteral("owner@acme.test"), "nginx test password"), 0);
    QVERIFY(d.start({QStringLiteral("--log-format"), QStringLiteral("json")}));
    admin.base = d.url;
    const HttpResult s =
        admin.post(QStringLiteral("/v1/sessions"),
                   {{QStringLiteral("email"), QStringLiteral("owner@acme.test")},
                    {QStringLiteral("password"), QStringLiteral("nginx test password")}});
    QCOMPARE(s.status, 200);
    admin.token = s.data().value(QLatin1String("token")).toString().toLatin1();
    key =
        createKey({{QStringLiteral("name"), QStringLiteral("server")},
                   {QStringLiteral("scopes"), QJsonArray{QStringLiteral("service.forms.submit")}}});
    QJsonObject limited{
        {QStringLiteral("name"), QStringLiteral("limited")},
        {QStringLiteral("scopes"), QJsonArray{QStringLiteral("service.forms.submit")}},
        {QStringLiteral("rate_limit"),
         QJsonObject{{QStringLiteral("limit"), 2}, {QStringLiteral("window"), 3600}}}};
    limitedKey = createKey(limited);
    pk = createKey({{QStringLiteral("name"), QStringLiteral("widget")},
                    {QStringLiteral("type"), QStringLiteral("public")},
                    {QStringLiteral("service_id"), QStringLiteral("forms")},
                    {QStringLiteral("scopes"), QJsonArray{QStringLiteral("service.forms.submit")}},
                    {QStringLiteral("allowed_origins"),
                     QJsonArray{QStringLiteral("https://shop.example.com")}}});
    QVERIFY(!key.isEmpty() && !limitedKey.isEmpty() && !pk.isEmpty());

    const quint16 frontPort = freePort();
    const quint16 upstreamPort = freePort();
    const QUrl lk(d.url);
    const QString src =
        qEnvironmentVariable("LATCHKEY_SOURCE_DIR") + QStringLiteral("/tests/server/");
    for (const auto &[in, outName] :
         {std::pair{QStringLiteral("nginx.conf.in"), QStringLiteral("nginx.conf")},
          std::pair{QStringLiteral("latchkey-auth.conf"), QStringLiteral("latchkey-auth.conf")}}) {
        QFile tmpl(src + in);
        QVERIFY2(tmpl.open(QIODevice::ReadOnly), qPrintable(tmpl.fileName()));
        QString conf = QString::fromUtf8(tmpl.readAll());
        conf.replace(QLatin1String("@PREFIX@"), prefix.path());
        conf.replace(QLatin1String("@FRONT_PORT@"), QString::number(frontPort));
        conf.replace(QLatin1String("@UPSTREAM_PORT@"), QString::number(upstreamPort));
        conf.replace(QLatin1String("@LATCHKEYD_PORT@"), QString::number(lk.port()));
        conf.replace(QLatin1String("@USER@"),
                     geteuid() == 0 ? QStringLiteral("user root;") : QString());
        QFile out(prefix.filePath(outName));
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(conf.toUtf8());
    }
    const QString confFile = prefix.filePath(QStringLiteral("nginx.conf"));
    QDir(prefix.path()).mkpath(QStringLiteral("tmp"));
    nginx.setProcessChannelMode(QProcess::MergedChannels);
    nginx.start(binary, {QStringLiteral("-p"), prefix.path(), QStringLiteral("-c"), confFile,
                         QStringLiteral("-e"), QStringLiteral("stderr")});
    QVERIFY(nginx.waitForStarted());
    front = QStringLiteral("http://127.0.0.1:%1").arg(frontPort);
    Http probe;
    probe.base = front;
    QTRY_VERIFY2_WITH_TIMEOUT(probe.send("GET", QStringLiteral("/health"), {}, {}, false).status ==
                                  200,
                              nginx.readAll().constData(), 15000);
}

void TestNginx::cleanupTestCase()
{
    nginx.terminate();
    nginx.waitForFinished(5000);
    QCOMPARE(d.terminate(), 0);
}

void TestNginx::allowedRequestReachesTheUpstreamWithFacts()
{
    Http c;
    c.base = front;
    const HttpResult r = c.send("POST", QStringLiteral("/v1/forms/contact"), "{}",
                                {{"Authorization", "Bearer " + key}}, false);
    QCOMPARE(r.status, 200);
    QVERIFY2(r.body.startsWith("upstream saw key_"), r.body.constData());
    QVERIFY(r.body.contains(" env=test"));
    // A key nobody limited is never throttled and answers no X-RateLimit-*.
    QVERIFY(r.header("X-RateLimit-Limit").isEmpty());
    const HttpResult widget =
        c.send("POST", QStringLiteral("/v1/forms/contact"), "{}",
               {{"Authorization", pk}, {"Origin", "https://shop.example.com"}}, false);
    QCOMPARE(widget.status, 200);
}

void TestNginx::missingAndBadKeysGet401()
{
    Http c;
    c.base = front;
    HttpResult r = c.send("POST", QStringLiteral("/v1/forms/contact"), "{}", {}, false);
    QCOMPARE(r.status, 401);
    QCOMPARE(r.code(), QStringLiteral("missing_authorization"));
    QByteArray typo = key;
    typo[20] = typo[20] == 'a' ? 'b' : 'a';
    r = c.send("POST", QStringLiteral("/v1/forms/contact"), "{}",
               {{"Authorization", "Bearer " + typo}}, false);
    QCOMPARE(r.status, 401);
    QCOMPARE(r.code(), QStringLiteral("invalid_api_key"));
    QVERIFY(!r.body.contains("upstream"));
}

void TestNginx::wrongScopeAndOriginGet403()
{
    Http c;
    c.base = front;
    HttpResult r = c.send("GET", QStringLiteral("/v1/bookings/list"), {},
                          {{"Authorization", "Bearer " + key}}, false);
    QCOMPARE(r.status, 403);
    QCOMPARE(r.code(), QStringLiteral("insufficient_scope"));
    r = c.send("POST", QStringLiteral("/v1/forms/contact"), "{}",
               {{"Authorization", pk}, {"Origin", "https://evil.example"}}, false);
    QCOMPARE(r.status, 403);
    QCOMPARE(r.code(), QStringLiteral("origin_not_allowed"));
}

void TestNginx::rateLimitGets429WithRetryAfter()
{
    Http c;
    c.base = front;
    for (int i = 0; i < 2; ++i) {
        const HttpResult allowed = c.send("POST", QStringLiteral("/v1/forms/a"), "{}",
                                          {{"Authorization", "Bearer " + limitedKey}}, false);
        QCOMPARE(allowed.status, 200);
        QCOMPARE(allowed.header("X-RateLimit-Limit"), QByteArray("2"));
        QCOMPARE(allowed.header("X-RateLimit-Remaining"), QByteArray::number(1 - i));
    }
    const HttpResult r = c.send("POST", QStringLiteral("/v1/forms/a"), "{}",
                                {{"Authorization", "Bearer " + limitedKey}}, false);
    QCOMPARE(r.status, 429);
    QCOMPARE(r.code(), QStringLiteral("rate_limit_exceeded"));
    QVERIFY(r.header("Retry-After").toInt() >= 1);
    QCOMPARE(r.header("X-RateLimit-Remaining"), QByteArray("0"));
}

QTEST_GUILESS_MAIN(TestNginx)
#include "tst_nginx.moc"
