// SPDX-License-Identifier: MIT
#pragma once
// A real latchkeyd, started as a process on a loopback port chosen by the kernel, and a small
// synchronous HTTP client to talk to it. What the tests see is what a gateway or the dashboard
// would see.

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QHash>
#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

namespace latchkey::testing {

inline QString latchkeydPath()
{
    const QString path = QString::fromLocal8Bit(qgetenv("LATCHKEYD"));
    if (path.isEmpty())
        qFatal("LATCHKEYD is not set: run the server tests through ctest");
    return path;
}

struct HttpResult
{
    int status = 0;
    QByteArray body;
    QJsonObject json;
    QList<QNetworkReply::RawHeaderPair> headers;
    QString networkError;

    QByteArray header(const QByteArray &name) const
    {
        for (const auto &h : headers)
            if (h.first.compare(name, Qt::CaseInsensitive) == 0)
                return h.second;
        return {};
    }
    QString code() const
    {
        return json.value(QLatin1String("error"))
            .toObject()
            .value(QLatin1String("code"))
            .toString();
    }
    QString param() const
    {
        return json.value(QLatin1String("error"))
            .toObject()
            .value(QLatin1String("param"))
            .toString();
    }
    QJsonObject data() const { return json.value(QLatin1String("data")).toObject(); }
};

/// The contract log (tests/contract): when LATCHKEY_CONTRACT_LOG names a folder, every response
/// an Http client receives from a latchkeyd listener (one registered here: Latchkeyd::start does
/// it for the API's) is appended there, one JSON line each, to <suite>.jsonl (emptied when the
/// suite starts). Answers of anything else, a gateway in front of latchkeyd say, are not
/// latchkeyd's and are left out. tst_contract validates every line against docs/api/openapi.yaml.
class ContractLog
{
public:
    /// \p base ("http://127.0.0.1:PORT") is latchkeyd's \p listener: "api" or "metrics".
    static void addListener(const QString &base, const QString &listener)
    {
        const QMutexLocker locked(&instance().m_lock);
        instance().m_listeners.insert(base, listener);
    }
    static void record(const QString &base, const QByteArray &method, const QString &path,
                       const HttpResult &r)
    {
        static const QString dir = QString::fromLocal8Bit(qgetenv("LATCHKEY_CONTRACT_LOG"));
        if (dir.isEmpty() || r.status == 0)
            return;
        ContractLog &log = instance();
        const QMutexLocker locked(&log.m_lock); // suites under load send from several threads
        const QString listener = log.m_listeners.value(base);
        if (listener.isEmpty())
            return;
        if (!log.m_file.isOpen()) {
            QDir().mkpath(dir);
            log.m_file.setFileName(dir + QLatin1Char('/') + QCoreApplication::applicationName() +
                                   QStringLiteral(".jsonl"));
            if (!log.m_file.open(QIODevice::WriteOnly | QIODevice::Truncate))
                qFatal("cannot write the contract log %s", qPrintable(log.m_file.fileName()));
        }
        QJsonObject headers;
        for (const auto &[name, value] : r.headers)
            headers.insert(QString::fromLatin1(name).toLower(), QString::fromLatin1(value));
        const QJsonObject line{
            {QStringLiteral("suite"), QCoreApplication::applicationName()},
            {QStringLiteral("test"), QString::fromLatin1(QTest::currentTestFunction())},
            {QStringLiteral("listener"), listener},
            {QStringLiteral("method"), QString::fromLatin1(method)},
            {QStringLiteral("path"), path},
            {QStringLiteral("status"), r.status},
            {QStringLiteral("headers"), headers},
            {QStringLiteral("body"), QString::fromUtf8(r.body)},
        };
        log.m_file.write(QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n');
        log.m_file.flush();
    }

private:
    static ContractLog &instance()
    {
        static ContractLog log;
        return log;
    }
    QMutex m_lock;
    QHash<QString, QString> m_listeners;
    QFile m_file;
};

class Http
{
public:
    QString base;
    QByteArray token; // sent as Bearer when set
    QNetworkAccessManager nam;

    HttpResult send(const QByteArray &method, const QString &path, const QByteArray &body = {},
                    const QList<std::pair<QByteArray, QByteArray>> &headers = {},
                    bool withToken = true)
    {
        QNetworkRequest req(QUrl(base + path));
        if (!body.isEmpty())
            req.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
        if (withToken && !token.isEmpty())
            req.setRawHeader("Authorization", "Bearer " + token);
        for (const auto &[k, v] : headers)
            req.setRawHeader(k, v);
        req.setTransferTimeout(30000);
        QNetworkReply *reply = nam.sendCustomRequest(req, method, body);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QObject::connect(reply, &QNetworkReply::sslErrors, reply,
                         [reply](const QList<QSslError> &) { reply->ignoreSslErrors(); });
        loop.exec();
        HttpResult r;
        r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        r.body = reply->readAll();
        r.json = QJsonDocument::fromJson(r.body).object();
        r.headers = reply->rawHeaderPairs();
        if (reply->error() != QNetworkReply::NoError && r.status == 0)
            r.networkError = reply->errorString();
        reply->deleteLater();
        ContractLog::record(base, method, path, r);
        return r;
    }
    HttpResult get(const QString &path) { return send("GET", path); }
    HttpResult post(const QString &path, const QJsonObject &o)
    {
        return send("POST", path, QJsonDocument(o).toJson(QJsonDocument::Compact));
    }
    HttpResult patch(const QString &path, const QJsonObject &o)
    {
        return send("PATCH", path, QJsonDocument(o).toJson(QJsonDocument::Compact));
    }
    HttpResult del(const QString &path) { return send("DELETE", path); }
};

/// A self-signed certificate for \p host (an IP address or a DNS name), made by the openssl
/// command line tool in \p dir (cert.pem, key.pem). Returns an empty string on success, or
/// what went wrong.
inline QString makeSelfSignedCertificate(const QString &dir,
                                         const QString &host = QStringLiteral("127.0.0.1"))
{
    const bool ip = !QHostAddress(host).isNull();
    QProcess openssl;
    openssl.setProcessChannelMode(QProcess::MergedChannels);
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                   QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-days"),
                   QStringLiteral("2"), QStringLiteral("-subj"), QStringLiteral("/CN=") + host,
                   QStringLiteral("-addext"),
                   QStringLiteral("subjectAltName=") +
                       (ip ? QStringLiteral("IP:") : QStringLiteral("DNS:")) + host,
                   QStringLiteral("-keyout"), dir + QStringLiteral("/key.pem"),
                   QStringLiteral("-out"), dir + QStringLiteral("/cert.pem")});
    if (!openssl.waitForStarted(10000))
        return QStringLiteral(
            "the openssl command line tool is missing: install the Debian package 'openssl'");
    if (!openssl.waitForFinished(60000) || openssl.exitCode() != 0)
        return QStringLiteral("openssl req failed: ") + QString::fromLocal8Bit(openssl.readAll());
    return {};
}

/// One latchkeyd process. The store is a SQLite file in a temporary folder unless a URL is
/// given.
class Latchkeyd
{
public:
    QTemporaryDir dir;
    QString storeUrl;
    QProcess process;
    QString url;
    QByteArray stderrText;

    explicit Latchkeyd(QString store = {})
        : storeUrl(store.isEmpty()
                       ? QStringLiteral("sqlite:") + dir.filePath(QStringLiteral("latchkey.db"))
                       : store)
    {}
    ~Latchkeyd() { stop(); }

    /// Runs `latchkeyd init` and returns its exit code; \p out gets stdout + stderr.
    int init(const QString &email, const QByteArray &password, QByteArray *out = nullptr,
             const QStringList &extra = {})
    {
        QProcess p;
        p.start(latchkeydPath(),
                QStringList{QStringLiteral("init"), QStringLiteral("--store"), storeUrl,
                            QStringLiteral("--email"), email, QStringLiteral("--password-stdin")} +
                    extra);
        p.waitForStarted();
        p.write(password + '\n');
        p.closeWriteChannel();
        p.waitForFinished(60000);
        if (out)
            *out = p.readAllStandardOutput() + p.readAllStandardError();
        return p.exitCode();
    }

    /// Runs `latchkeyd ARGS… --store URL` with \p input on standard input; returns the exit
    /// code, \p out gets standard output and \p err standard error.
    int command(const QStringList &args, const QByteArray &input = {}, QByteArray *out = nullptr,
                QByteArray *err = nullptr)
    {
        QProcess p;
        p.start(latchkeydPath(), args + QStringList{QStringLiteral("--store"), storeUrl});
        p.waitForStarted();
        p.write(input);
        p.closeWriteChannel();
        p.waitForFinished(60000);
        if (out)
            *out = p.readAllStandardOutput();
        if (err)
            *err = p.readAllStandardError();
        return p.exitCode();
    }

    /// Starts `latchkeyd serve` on 127.0.0.1:0 and waits for its "listening on" line.
    bool start(const QStringList &extra = {})
    {
        process.setProcessChannelMode(QProcess::SeparateChannels);
        process.start(latchkeydPath(),
                      QStringList{QStringLiteral("serve"), QStringLiteral("--listen"),
                                  QStringLiteral("127.0.0.1:0"), QStringLiteral("--store"),
                                  storeUrl, QStringLiteral("--master-key-file"),
                                  dir.filePath(QStringLiteral("master.key"))} +
                          extra);
        if (!process.waitForStarted(10000))
            return false;
        QByteArray out;
        static const QRegularExpression re(
            QStringLiteral("latchkeyd listening on (https?://[^\\s]+)"));
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < 30000) {
            process.waitForReadyRead(200);
            out += process.readAllStandardOutput();
            const auto m = re.match(QString::fromUtf8(out));
            if (m.hasMatch()) {
                url = m.captured(1);
                ContractLog::addListener(url, QStringLiteral("api"));
                return true;
            }
            if (process.state() != QProcess::Running)
                break;
        }
        stderrText += process.readAllStandardError();
        return false;
    }

    /// SIGTERM, then the exit code (or -1 when it did not stop within the timeout).
    int terminate(int timeoutMs = 15000)
    {
        if (process.state() == QProcess::NotRunning)
            return process.exitCode();
        process.terminate();
        if (!process.waitForFinished(timeoutMs))
            return -1;
        stderrText += process.readAllStandardError();
        return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    }

    void stop()
    {
        if (process.state() != QProcess::NotRunning) {
            process.kill();
            process.waitForFinished(5000);
        }
    }

    QByteArray logs()
    {
        stderrText += process.readAllStandardError();
        return stderrText;
    }
};

/// An HTTP receiver for webhook deliveries on loopback: answers each request \c answerStatus
/// and keeps every one it read whole (head and body), in \c requests; \c request is the last.
class Receiver : public QObject
{
public:
    QTcpServer server;
    QList<QByteArray> requests;
    QByteArray request;
    int answerStatus = 200;

    Receiver()
    {
        server.listen(QHostAddress::LocalHost, 0);
        connect(&server, &QTcpServer::newConnection, this, [this] {
            QTcpSocket *s = server.nextPendingConnection();
            auto buffer = std::make_shared<QByteArray>(); // one per connection
            connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
            connect(s, &QTcpSocket::readyRead, s, [this, s, buffer] {
                *buffer += s->readAll();
                const qsizetype headerEnd = buffer->indexOf("\r\n\r\n");
                if (headerEnd < 0)
                    return;
                const QByteArray head = buffer->left(headerEnd).toLower();
                const qsizetype cl = head.indexOf("content-length:");
                const int length =
                    cl < 0 ? 0
                           : head.mid(cl + 15, head.indexOf('\r', cl) - cl - 15).trimmed().toInt();
                if (buffer->size() < headerEnd + 4 + length)
                    return;
                requests.append(*buffer);
                request = *buffer;
                s->write("HTTP/1.1 " + QByteArray::number(answerStatus) +
                         " X\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
                s->disconnectFromHost();
            });
        });
    }
    QString url() const
    {
        return QStringLiteral("http://127.0.0.1:%1/hook").arg(server.serverPort());
    }
    /// The header \p name of \p of (a request as kept here), or nothing.
    static QByteArray header(const QByteArray &of, const QByteArray &name)
    {
        for (const QByteArray &line : of.left(of.indexOf("\r\n\r\n")).split('\n'))
            if (line.toLower().startsWith(name.toLower() + ':'))
                return line.mid(name.size() + 1).trimmed();
        return {};
    }
    static QByteArray body(const QByteArray &of) { return of.mid(of.indexOf("\r\n\r\n") + 4); }
    QByteArray header(const QByteArray &name) const { return header(request, name); }
    QByteArray body() const { return body(request); }
};

} // namespace latchkey::testing
