// SPDX-License-Identifier: MIT
#include "connectionguard.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#if QT_CONFIG(ssl)
#include <QSslSocket>
#endif

#include <sys/socket.h>

namespace latchkey::server {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ConnectionGuard)
};

constexpr char kGuarded[] = "latchkeyGuarded";

bool isSpace(char c)
{
    // What Qt's parser skips before a request line.
    return c == '\v' || c == '\n' || c == '\r' || c == ' ' || c == '\t';
}

bool isControl(char c)
{
    const auto u = static_cast<unsigned char>(c);
    return (u < 0x20 && c != '\t') || u == 0x7f;
}

bool isToken(QByteArrayView name)
{
    if (name.isEmpty())
        return false;
    for (char c : name) {
        const auto u = static_cast<unsigned char>(c);
        if (u <= 0x20 || u >= 0x7f || QByteArrayView("\"(),/:;<=>?@[\\]{}").contains(c))
            return false;
    }
    return true;
}
} // namespace

void ConnectionGuard::watch(QTcpServer *server, QObject *parser, qint64 maxBodyBytes)
{
    // Connected before QAbstractHttpServer's own handler, so this runs first: the new socket
    // is still in the pending queue, a child of the server, and nobody reads from it yet.
    QObject::connect(
        server, &QTcpServer::pendingConnectionAvailable, server, [server, parser, maxBodyBytes] {
            const auto sockets = server->findChildren<QTcpSocket *>(Qt::FindDirectChildrenOnly);
            for (QTcpSocket *s : sockets) {
                if (s->property(kGuarded).toBool())
                    continue;
                s->setProperty(kGuarded, true);
                new ConnectionGuard(s, parser, maxBodyBytes);
            }
        });
}

ConnectionGuard::ConnectionGuard(QTcpSocket *socket, QObject *parser, qint64 maxBodyBytes)
    : QObject(socket)
    , m_socket(socket)
    , m_parser(parser)
    , m_maxBody(maxBodyBytes)
{
    connect(socket, &QIODevice::readyRead, this, &ConnectionGuard::onReadyRead);
    connect(socket, &QIODevice::bytesWritten, this, &ConnectionGuard::finishWriting);
}

void ConnectionGuard::onReadyRead()
{
    if (m_phase == Phase::Rejected) {
        (void)m_socket->readAll(); // drain what the client still sends, so the answer arrives
        return;
    }
    // The bytes the parser has not read yet: the tail of what it stopped at last time (a
    // pipelined request) and what just arrived.
    const QByteArray data = m_socket->peek(m_socket->bytesAvailable());
    const qint64 base = m_consumed;
    for (qint64 i = m_scanned - base; i < data.size(); ++i)
        if (!feed(data[i], base + i))
            return;
    m_scanned = base + data.size();
    // Qt's parser reads until one request is complete, then hands it over and stops.
    const qint64 end = base + data.size();
    if (!m_ends.isEmpty() && m_ends.first() <= end)
        m_consumed = m_ends.takeFirst();
    else
        m_consumed = end;
}

bool ConnectionGuard::feed(char c, qint64 streamPos)
{
    switch (m_phase) {
    case Phase::Idle:
        if (isSpace(c))
            return true;
        m_phase = Phase::Line;
        m_line.clear();
        [[fallthrough]];
    case Phase::Line:
        if (c == '\n')
            return lineDone();
        if (c == '\0' || (isControl(c) && c != '\r'))
            return reject(400, "Bad Request", "invalid_request",
                          Tr::tr("The request line holds a control character."));
        m_line.append(c);
        if (m_line.size() > kMaxRequestLine)
            return reject(414, "URI Too Long", "uri_too_long",
                          Tr::tr("The request line is longer than %1 bytes.").arg(kMaxRequestLine));
        return true;
    case Phase::Head:
        m_head.append(c);
        if (m_head.size() > kMaxHead)
            return reject(431, "Request Header Fields Too Large", "header_too_large",
                          Tr::tr("The request headers are larger than %1 bytes.").arg(kMaxHead));
        if (c == '\n' && (m_head.endsWith("\n\r\n") || m_head.endsWith("\n\n") ||
                          m_head == "\r\n" || m_head == "\n"))
            return headDone(streamPos);
        return true;
    case Phase::Body:
        if (--m_bodyLeft == 0) {
            m_ends.append(streamPos + 1);
            m_phase = Phase::Idle;
        }
        return true;
    case Phase::Rejected:
        return false;
    }
    return true;
}

bool ConnectionGuard::lineDone()
{
    QByteArray line = m_line;
    if (line.endsWith('\r'))
        line.chop(1);
    // Method SP request-target SP HTTP-version, single spaces, as RFC 9112 §3 has it.
    const QList<QByteArray> parts = line.split(' ');
    auto bad = [this](const QString &why) {
        return reject(400, "Bad Request", "invalid_request", why);
    };
    if (parts.size() != 3 || !isToken(parts[0]) || parts[1].isEmpty())
        return bad(Tr::tr("The request line must be METHOD TARGET HTTP/1.1."));
    for (char c : parts[1])
        if (isControl(c) || c == '\r' || static_cast<unsigned char>(c) >= 0x80)
            return bad(Tr::tr("The request target holds a byte that must be percent-encoded."));
    if (parts[2] != "HTTP/1.1" && parts[2] != "HTTP/1.0")
        return bad(Tr::tr("Only HTTP/1.0 and HTTP/1.1 are spoken here."));
    if (!parts[1].startsWith('/') && parts[1] != "*" && !parts[1].startsWith("http://") &&
        !parts[1].startsWith("https://"))
        return bad(Tr::tr("The request target must be a path."));
    m_phase = Phase::Head;
    m_head.clear();
    return true;
}

bool ConnectionGuard::headDone(qint64 streamPos)
{
    auto bad = [this](const QString &why) {
        return reject(400, "Bad Request", "invalid_request", why);
    };
    auto tooLarge = [this](const QString &why) {
        return reject(431, "Request Header Fields Too Large", "header_too_large", why);
    };
    qint64 contentLength = -1;
    bool transferEncoding = false;
    int fields = 0;
    for (QByteArray line : m_head.split('\n')) {
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.isEmpty())
            continue;
        if (++fields > kMaxFields)
            return tooLarge(Tr::tr("The request has more than %1 header fields.").arg(kMaxFields));
        if (line.size() > kMaxField)
            return tooLarge(Tr::tr("A header field is longer than %1 bytes.").arg(kMaxField));
        if (line.startsWith(' ') || line.startsWith('\t'))
            return bad(Tr::tr("Folded header lines are not accepted."));
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0 || !isToken(QByteArrayView(line).first(colon)))
            return bad(Tr::tr("A header line is not NAME: VALUE."));
        const QByteArray value = line.mid(colon + 1).trimmed();
        for (char c : value)
            if (isControl(c) || c == '\r')
                return bad(Tr::tr("A header value holds a control character."));
        const QByteArray name = line.first(colon).toLower();
        if (name == "content-length") {
            bool ok = value.size() <= 15 && !value.isEmpty();
            for (char c : value)
                ok = ok && c >= '0' && c <= '9';
            const qint64 n = ok ? value.toLongLong(&ok) : -1;
            if (!ok)
                return bad(Tr::tr("Content-Length is not a number of bytes."));
            if (contentLength >= 0 && contentLength != n)
                return bad(Tr::tr("The request has conflicting Content-Length headers."));
            contentLength = n;
        } else if (name == "transfer-encoding") {
            transferEncoding = true;
        }
    }
    if (transferEncoding && contentLength >= 0)
        return bad(Tr::tr("Content-Length and Transfer-Encoding do not go together."));
    if (transferEncoding)
        return reject(411, "Length Required", "length_required",
                      Tr::tr("Send the body with a Content-Length, not a Transfer-Encoding."));
    if (contentLength > m_maxBody)
        return reject(413, "Payload Too Large", "payload_too_large",
                      Tr::tr("The request body is larger than %1 bytes.").arg(m_maxBody));
    m_head.clear();
    if (contentLength > 0) {
        m_phase = Phase::Body;
        m_bodyLeft = contentLength;
    } else {
        m_ends.append(streamPos + 1);
        m_phase = Phase::Idle;
    }
    return true;
}

bool ConnectionGuard::reject(int status, const char *reason, const char *code,
                             const QString &message)
{
    m_phase = Phase::Rejected;
    m_line.clear();
    m_head.clear();
    // The parser must not see this connection again: it would buffer on or close silently.
    if (m_parser)
        QObject::disconnect(m_socket, &QIODevice::readyRead, m_parser.data(), nullptr);
    if (m_socket->isTransactionStarted())
        m_socket->commitTransaction();
    (void)m_socket->readAll();
    const QByteArray body =
        QJsonDocument(QJsonObject{{QStringLiteral("success"), false},
                                  {QStringLiteral("error"),
                                   QJsonObject{{QStringLiteral("code"), QString::fromLatin1(code)},
                                               {QStringLiteral("message"), message}}}})
            .toJson(QJsonDocument::Compact);
    m_socket->write("HTTP/1.1 " + QByteArray::number(status) + ' ' + reason +
                    "\r\nContent-Type: application/json\r\nContent-Length: " +
                    QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
    // Whatever happens, the connection ends within a few seconds.
    QTimer::singleShot(3000, m_socket, [s = m_socket] { s->abort(); });
    return false;
}

void ConnectionGuard::finishWriting()
{
    if (m_phase != Phase::Rejected || m_shutdown || m_socket->bytesToWrite() > 0)
        return;
#if QT_CONFIG(ssl)
    if (auto *ssl = qobject_cast<QSslSocket *>(m_socket)) {
        if (ssl->encryptedBytesToWrite() > 0)
            return;
        m_shutdown = true;
        ssl->disconnectFromHost();
        return;
    }
#endif
    // Half-close: the client reads the whole answer; what it still sends is read and dropped
    // (onReadyRead) instead of turning into a reset that could destroy the answer in flight.
    m_shutdown = true;
    ::shutdown(int(m_socket->socketDescriptor()), SHUT_WR);
}

} // namespace latchkey::server
