// SPDX-License-Identifier: MIT
// A real Caddy (Debian's package), started by the test on loopback, running the Caddyfile
// docs/forward-auth.md shows, read from its code block: reverse_proxy as forward auth to a real
// latchkeyd (serve --gateway caddy) in front of a tiny upstream, itself a Caddy site. The
// checks, the same for every gateway, are in gateway.h.
#include "gateway.h"

#include <QStandardPaths>

using namespace latchkey::testing;

class TestCaddy : public GatewayTest
{
    Q_OBJECT

private:
    QProcess caddy;
    QTemporaryDir prefix;

private slots:
    void initTestCase();
    void cleanupTestCase();
    void theRequestBodyStillReachesTheUpstream();
};

void TestCaddy::initTestCase()
{
    const QString binary = QStandardPaths::findExecutable(QStringLiteral("caddy"));
    QVERIFY2(!binary.isEmpty(), "caddy is not installed: scripts/install-deps.sh installs it");
    QVERIFY2(startLatchkeyd(QStringLiteral("caddy")), d.logs().constData());

    const quint16 frontPort = freePort();
    const quint16 upstreamPort = freePort();
    QString site = forwardAuthDocBlock(QStringLiteral("caddyfile"));
    QVERIFY2(!site.isEmpty(), "docs/forward-auth.md has no tested caddyfile block");
    const QString problem =
        substitute(site, {{QStringLiteral("api.example.com {"),
                           QStringLiteral("http://127.0.0.1:%1 {").arg(frontPort)},
                          {QStringLiteral("reverse_proxy 127.0.0.1:8080 {"),
                           QStringLiteral("reverse_proxy 127.0.0.1:%1 {").arg(QUrl(d.url).port())},
                          {QStringLiteral("reverse_proxy 127.0.0.1:9000"),
                           QStringLiteral("reverse_proxy 127.0.0.1:%1").arg(upstreamPort)}});
    QVERIFY2(problem.isEmpty(), qPrintable(problem));

    // What a package's /etc/caddy/Caddyfile would add: no admin endpoint, no certificates,
    // nothing written outside the test's folder; then the upstream, then the docs' block.
    const QString caddyfile =
        QStringLiteral("{\n\tadmin off\n\tauto_https off\n"
                       "\tdefault_bind 127.0.0.1\n\tstorage file_system %1/data\n}\n\n"
                       "http://127.0.0.1:%2 {\n\trespond \"upstream saw "
                       "key={header.Latchkey-Key-Id} ws={header.Latchkey-Workspace} "
                       "env={header.Latchkey-Environment} type={header.Latchkey-Key-Type} "
                       "service={header.Latchkey-Service} scope={header.X-Required-Scope} "
                       "orig={header.X-Original-Method}{header.X-Original-URI} "
                       "body={http.request.body}\" 200\n}\n\n")
            .arg(prefix.path())
            .arg(upstreamPort) +
        site;
    const QString confFile = prefix.filePath(QStringLiteral("Caddyfile"));
    {
        QFile f(confFile);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(caddyfile.toUtf8());
    }
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), prefix.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), prefix.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), prefix.filePath(QStringLiteral("data")));
    caddy.setProcessEnvironment(env);
    caddy.setProcessChannelMode(QProcess::MergedChannels);
    caddy.start(binary, {QStringLiteral("run"), QStringLiteral("--adapter"),
                         QStringLiteral("caddyfile"), QStringLiteral("--config"), confFile});
    QVERIFY(caddy.waitForStarted());
    front = QStringLiteral("http://127.0.0.1:%1").arg(frontPort);
    Http probe;
    probe.base = front;
    // Up when the front answers at all; without a key that is latchkeyd's 401.
    QTRY_VERIFY2_WITH_TIMEOUT(
        probe.send("GET", QStringLiteral("/v1/forms/probe"), {}, {}, false).status == 401,
        caddy.readAll().constData(), 15000);
}

void TestCaddy::cleanupTestCase()
{
    caddy.terminate();
    caddy.waitForFinished(5000);
    QCOMPARE(d.terminate(), 0);
}

void TestCaddy::theRequestBodyStillReachesTheUpstream()
{
    // The check with latchkeyd must not eat the body the service is waiting for.
    Http c;
    c.base = front;
    const HttpResult r = c.send("POST", QStringLiteral("/v1/forms/contact"), R"({"name":"Ada"})",
                                {{"Authorization", "Bearer " + key}}, false);
    QCOMPARE(r.status, 200);
    QCOMPARE(upstreamSaw(r, "body"), QByteArray(R"({"name":"Ada"})"));
}

QTEST_GUILESS_MAIN(TestCaddy)
#include "tst_caddy.moc"
