// SPDX-License-Identifier: MIT
// latchkeyd over TLS with a self-signed certificate made by the openssl CLI: the "listening on
// https://" line, /healthz over HTTPS trusting only that certificate (no SSL error ignored),
// plain HTTP on the TLS port never served; and SIGTERM while a request is in flight, which
// must still be answered before the process exits 0.
#include "harness.h"

#include <QFile>
#include <QSslConfiguration>
#include <QSslError>
#include <QTcpSocket>

using namespace latchkey::testing;

namespace {
const QByteArray kPassword = "correct horse battery staple";
const QString kEmail = QStringLiteral("owner@acme.test");

struct Fetched
{
    int status = 0;
    QByteArray body;
    QList<QSslError> sslErrors;
    QString error;
};

/// GET over HTTPS trusting \p ca only; SSL errors are recorded, never ignored.
Fetched httpsGet(const QString &url, const QList<QSslCertificate> &ca)
{
    QNetworkAccessManager nam;
    QNetworkRequest req{QUrl(url)};
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    ssl.setCaCertificates(ca);
    req.setSslConfiguration(ssl);
    req.setTransferTimeout(15000);
    QNetworkReply *reply = nam.get(req);
    Fetched f;
    QObject::connect(reply, &QNetworkReply::sslErrors, reply,
                     [&f](const QList<QSslError> &errors) { f.sslErrors += errors; });
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    f.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    f.body = reply->readAll();
    if (reply->error() != QNetworkReply::NoError)
        f.error = reply->errorString();
    delete reply;
    return f;
}

QString describe(const Fetched &f)
{
    QStringList parts{f.error};
    for (const QSslError &e : f.sslErrors)
        parts << e.errorString();
    return parts.join(QLatin1String("; "));
}

/// Sends \p raw on a plain TCP connection and returns what came back within \p ms.
QByteArray rawExchange(quint16 port, const QByteArray &raw, int ms)
{
    QTcpSocket s;
    s.connectToHost(QHostAddress::LocalHost, port);
    if (!s.waitForConnected(5000))
        return {};
    s.write(raw);
    s.waitForBytesWritten(5000);
    QByteArray got;
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < ms && s.state() == QAbstractSocket::ConnectedState) {
        s.waitForReadyRead(100);
        got += s.readAll();
    }
    got += s.readAll();
    return got;
}
} // namespace

class TestTls : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir certDir;
    QString certPath, keyPath;
    QList<QSslCertificate> cert;
    Latchkeyd cipherServer; ///< one server for every row of the cipher test

private slots:
    void initTestCase();
    void servesHttpsWithTheGivenCertificate();
    void onlyForwardSecretSuitesAreOffered_data();
    void onlyForwardSecretSuitesAreOffered();
    void plainHttpOnTheTlsPortIsNotServed();
    void badCertificateFilesAreRefused();
    void sigtermAnswersTheRequestInFlight();
};

void TestTls::initTestCase()
{
    QVERIFY(certDir.isValid());
    certPath = certDir.filePath(QStringLiteral("cert.pem"));
    keyPath = certDir.filePath(QStringLiteral("key.pem"));
    const QString failure = makeSelfSignedCertificate(certDir.path());
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    cert = QSslCertificate::fromPath(certPath);
    QCOMPARE(cert.size(), 1);
}

void TestTls::servesHttpsWithTheGivenCertificate()
{
    Latchkeyd d;
    QVERIFY2(
        d.start({QStringLiteral("--tls-cert"), certPath, QStringLiteral("--tls-key"), keyPath}),
        d.logs().constData());
    QVERIFY2(d.url.startsWith(QLatin1String("https://127.0.0.1:")), qPrintable(d.url));
    const Fetched f = httpsGet(d.url + QStringLiteral("/healthz"), cert);
    QVERIFY2(f.sslErrors.isEmpty(), qPrintable(describe(f)));
    QVERIFY2(f.status == 200, qPrintable(describe(f)));
    QVERIFY(f.body.contains("\"success\":true"));

    // Without the certificate as a CA the client does not trust the server.
    const Fetched untrusted = httpsGet(d.url + QStringLiteral("/healthz"), {});
    QVERIFY(!untrusted.sslErrors.isEmpty());
    QCOMPARE(untrusted.status, 0);
    QCOMPARE(d.terminate(), 0);
}

void TestTls::onlyForwardSecretSuitesAreOffered_data()
{
    QTest::addColumn<QStringList>("args"); // what the client offers
    QTest::addColumn<bool>("accepted");
    const QString tls12 = QStringLiteral("-tls1_2");
    const QString cipher = QStringLiteral("-cipher");
    QTest::newRow("tls1.2-ecdhe-gcm")
        << QStringList{tls12, cipher, QStringLiteral("ECDHE-RSA-AES128-GCM-SHA256")} << true;
    QTest::newRow("tls1.3") << QStringList{QStringLiteral("-tls1_3")} << true;
    QTest::newRow("tls1.2-rsa-cbc")
        << QStringList{tls12, cipher, QStringLiteral("AES128-SHA")} << false;
    QTest::newRow("tls1.2-rsa-sha256")
        << QStringList{tls12, cipher, QStringLiteral("AES256-SHA256")} << false;
    QTest::newRow("tls1.2-rsa-gcm")
        << QStringList{tls12, cipher, QStringLiteral("AES128-GCM-SHA256")} << false;
    QTest::newRow("tls1.2-ecdhe-cbc")
        << QStringList{tls12, cipher, QStringLiteral("ECDHE-RSA-AES128-SHA")} << false;
    QTest::newRow("tls1.1") << QStringList{QStringLiteral("-tls1_1"), cipher,
                                           QStringLiteral("ALL:@SECLEVEL=0")}
                            << false;
}

void TestTls::onlyForwardSecretSuitesAreOffered()
{
    // TLS 1.2 with ECDHE and AEAD suites only (forward secrecy), and TLS 1.3.
    QFETCH(QStringList, args);
    QFETCH(bool, accepted);
    Latchkeyd &d = cipherServer;
    if (d.url.isEmpty())
        QVERIFY2(
            d.start({QStringLiteral("--tls-cert"), certPath, QStringLiteral("--tls-key"), keyPath}),
            d.logs().constData());
    const QString hostPort = d.url.mid(QStringLiteral("https://").size());
    QProcess client;
    client.setProcessChannelMode(QProcess::MergedChannels);
    client.start(QStringLiteral("openssl"),
                 QStringList{QStringLiteral("s_client"), QStringLiteral("-connect"), hostPort,
                             QStringLiteral("-brief")} +
                     args);
    QVERIFY(client.waitForStarted(10000));
    client.closeWriteChannel(); // end of input: s_client closes after the handshake
    QVERIFY(client.waitForFinished(30000));
    const QByteArray out = client.readAll();
    QCOMPARE(client.exitCode() == 0 && out.contains("Protocol version"), accepted);
}

void TestTls::plainHttpOnTheTlsPortIsNotServed()
{
    Latchkeyd d;
    QVERIFY2(
        d.start({QStringLiteral("--tls-cert"), certPath, QStringLiteral("--tls-key"), keyPath}),
        d.logs().constData());
    const quint16 port = QUrl(d.url).port();
    const QByteArray got = rawExchange(
        port, "GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n", 2000);
    QVERIFY2(!got.startsWith("HTTP/"), got.left(200).constData());
    QVERIFY(!got.contains("\"success\""));
    QVERIFY(!got.contains("reachable"));
    // And the server is still fine for HTTPS afterwards.
    const Fetched f = httpsGet(d.url + QStringLiteral("/healthz"), cert);
    QVERIFY2(f.status == 200, qPrintable(describe(f)));
    QCOMPARE(d.terminate(), 0);
}

void TestTls::badCertificateFilesAreRefused()
{
    Latchkeyd d;
    QFile junk(d.dir.filePath(QStringLiteral("junk.pem")));
    QVERIFY(junk.open(QIODevice::WriteOnly));
    junk.write("not a certificate\n");
    junk.close();
    QVERIFY(!d.start(
        {QStringLiteral("--tls-cert"), junk.fileName(), QStringLiteral("--tls-key"), keyPath}));
    d.process.waitForFinished(10000);
    QCOMPARE(d.process.exitCode(), 1);
    QVERIFY(!d.start({QStringLiteral("--tls-cert"), certPath}));
    d.process.waitForFinished(10000);
    QCOMPARE(d.process.exitCode(), 2);
}

void TestTls::sigtermAnswersTheRequestInFlight()
{
    Latchkeyd d;
    QByteArray out;
    QCOMPARE(d.init(kEmail, kPassword, &out), 0);
    QVERIFY2(d.start(), d.logs().constData());
    const quint16 port = QUrl(d.url).port();

    // A sign-in runs PBKDF2 on a worker thread for a good fraction of a second: SIGTERM lands
    // while it runs.
    const QByteArray body =
        R"({"email":"owner@acme.test","password":"correct horse battery staple"})";
    QTcpSocket s;
    s.connectToHost(QHostAddress::LocalHost, port);
    QVERIFY(s.waitForConnected(5000));
    s.write("POST /v1/sessions HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
            "Connection: close\r\nContent-Length: " +
            QByteArray::number(body.size()) + "\r\n\r\n" + body);
    QVERIFY(s.waitForBytesWritten(5000));
    QElapsedTimer t;
    t.start();
    QTest::qWait(50); // the request is read, the hash is running
    d.process.terminate();

    QByteArray response;
    while (t.elapsed() < 15000 && s.state() == QAbstractSocket::ConnectedState) {
        s.waitForReadyRead(100);
        response += s.readAll();
    }
    response += s.readAll();
    qInfo("in-flight sign-in answered %lld ms after it was sent", t.elapsed());
    QVERIFY2(response.startsWith("HTTP/1.1 200"), response.left(300).constData());
    QVERIFY(response.contains("lks_"));
    QVERIFY2(d.process.waitForFinished(15000), "latchkeyd did not exit after SIGTERM");
    QCOMPARE(d.process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(d.process.exitCode(), 0);

    // Drained: nothing listens any more.
    QTcpSocket late;
    late.connectToHost(QHostAddress::LocalHost, port);
    QVERIFY(!late.waitForConnected(1000));
}

QTEST_GUILESS_MAIN(TestTls)
#include "tst_tls.moc"
