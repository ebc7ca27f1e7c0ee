// SPDX-License-Identifier: MIT
// A real nginx (Debian's package), started by the test on loopback with TLS, running the
// configuration docs/forward-auth.md shows, read from its code blocks: auth_request to a real
// latchkeyd (serve --gateway nginx) in front of a tiny upstream. The checks, the same for every
// gateway, are in gateway.h.
#include "gateway.h"

#include <QDir>
#include <QStandardPaths>

#include <unistd.h>

using namespace latchkey::testing;

namespace {
QString nginxBinary()
{
    for (const QString &p : {QStringLiteral("/usr/sbin/nginx"),
                             QStandardPaths::findExecutable(QStringLiteral("nginx"))})
        if (!p.isEmpty() && QFile::exists(p))
            return p;
    return {};
}

bool writeFile(const QString &path, const QString &text)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(text.toUtf8()) == text.toUtf8().size();
}
} // namespace

class TestNginx : public GatewayTest
{
    Q_OBJECT

private:
    QProcess nginx;
    QTemporaryDir prefix;

private slots:
    void initTestCase();
    void cleanupTestCase();
};

void TestNginx::initTestCase()
{
    const QString binary = nginxBinary();
    QVERIFY2(!binary.isEmpty(), "nginx is not installed: scripts/install-deps.sh installs it");
    QVERIFY2(startLatchkeyd(QStringLiteral("nginx")), d.logs().constData());

    const QString failure = makeSelfSignedCertificate(prefix.path());
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    const quint16 frontPort = freePort();
    const quint16 upstreamPort = freePort();
    const QString latchkeydAddress = QStringLiteral("127.0.0.1:%1").arg(QUrl(d.url).port());
    const QString snippetPath = prefix.filePath(QStringLiteral("latchkey-auth.conf"));

    QString site = forwardAuthDocBlock(QStringLiteral("nginx-site"));
    QString snippet = forwardAuthDocBlock(QStringLiteral("nginx-snippet"));
    QVERIFY2(!site.isEmpty() && !snippet.isEmpty(),
             "docs/forward-auth.md has no tested nginx-site or nginx-snippet block");
    QString problem =
        substitute(site, {{QStringLiteral("listen 443 ssl;"),
                           QStringLiteral("listen 127.0.0.1:%1 ssl;").arg(frontPort)},
                          {QStringLiteral("/etc/ssl/certs/api.example.com.pem"),
                           prefix.filePath(QStringLiteral("cert.pem"))},
                          {QStringLiteral("/etc/ssl/private/api.example.com.key"),
                           prefix.filePath(QStringLiteral("key.pem"))},
                          {QStringLiteral("server 127.0.0.1:8080;"),
                           QStringLiteral("server %1;").arg(latchkeydAddress)},
                          {QStringLiteral("http://127.0.0.1:9000;"),
                           QStringLiteral("http://127.0.0.1:%1;").arg(upstreamPort)},
                          {QStringLiteral("/etc/nginx/snippets/latchkey-auth.conf"), snippetPath}});
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QVERIFY(writeFile(prefix.filePath(QStringLiteral("latchkey-site.conf")), site));
    QVERIFY(writeFile(snippetPath, snippet));

    QFile tmpl(qEnvironmentVariable("LATCHKEY_SOURCE_DIR") +
               QStringLiteral("/tests/server/nginx.conf.in"));
    QVERIFY2(tmpl.open(QIODevice::ReadOnly), qPrintable(tmpl.fileName()));
    QString conf = QString::fromUtf8(tmpl.readAll());
    conf.replace(QLatin1String("@PREFIX@"), prefix.path());
    conf.replace(QLatin1String("@UPSTREAM_PORT@"), QString::number(upstreamPort));
    conf.replace(QLatin1String("@USER@"),
                 geteuid() == 0 ? QStringLiteral("user root;") : QString());
    const QString confFile = prefix.filePath(QStringLiteral("nginx.conf"));
    QVERIFY(writeFile(confFile, conf));
    QDir(prefix.path()).mkpath(QStringLiteral("tmp"));

    nginx.setProcessChannelMode(QProcess::MergedChannels);
    nginx.start(binary, {QStringLiteral("-p"), prefix.path(), QStringLiteral("-c"), confFile,
                         QStringLiteral("-e"), QStringLiteral("stderr")});
    QVERIFY(nginx.waitForStarted());
    front = QStringLiteral("https://127.0.0.1:%1").arg(frontPort);
    Http probe;
    probe.base = front;
    // Up when the front answers at all; without a key that is latchkeyd's 401.
    QTRY_VERIFY2_WITH_TIMEOUT(
        probe.send("GET", QStringLiteral("/v1/forms/probe"), {}, {}, false).status == 401,
        nginx.readAll().constData(), 15000);
}

void TestNginx::cleanupTestCase()
{
    nginx.terminate();
    nginx.waitForFinished(5000);
    QCOMPARE(d.terminate(), 0);
}

QTEST_GUILESS_MAIN(TestNginx)
#include "tst_nginx.moc"
