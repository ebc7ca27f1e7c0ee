// SPDX-License-Identifier: MIT
#pragma once
// HTTP/1.1 over a bare QTcpSocket, for the hardening tests: any bytes can be sent (broken
// request lines, NUL bytes, megabyte headers), and many keep-alive connections can run at once
// on one event loop.

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>
#include <QTest>
#include <QUrl>

#include <functional>

namespace latchkey::testing {

struct RawResponse
{
    int status = 0;
    QByteArray head;
    QByteArray body;
    QJsonObject json;
    bool jsonOk = false;
    bool complete = false;
    bool closed = false; ///< the server closed the connection

    QByteArray header(QByteArrayView name) const
    {
        for (const QByteArray &line : head.split('\n')) {
            const qsizetype colon = line.indexOf(':');
            if (colon > 0 &&
                QByteArrayView(line).first(colon).trimmed().compare(name, Qt::CaseInsensitive) == 0)
                return line.mid(colon + 1).trimmed();
        }
        return {};
    }
    QString code() const
    {
        return json.value(QLatin1String("error"))
            .toObject()
            .value(QLatin1String("code"))
            .toString();
    }
};

/// Takes one complete response off the front of \p buffer; false while it is incomplete.
inline bool takeResponse(QByteArray &buffer, RawResponse &r)
{
    const qsizetype headEnd = buffer.indexOf("\r\n\r\n");
    if (headEnd < 0)
        return false;
    r.head = buffer.left(headEnd);
    const QList<QByteArray> statusLine = r.head.left(r.head.indexOf('\r')).split(' ');
    r.status = statusLine.size() >= 2 ? statusLine[1].toInt() : -1;
    const qint64 length = r.header("Content-Length").toLongLong();
    if (buffer.size() < headEnd + 4 + length)
        return false;
    r.body = buffer.mid(headEnd + 4, length);
    buffer.remove(0, headEnd + 4 + length);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(r.body, &error);
    r.jsonOk = error.error == QJsonParseError::NoError && doc.isObject();
    r.json = doc.object();
    r.complete = true;
    return true;
}

/// One request on a fresh connection; waits for the answer or the close (up to \p timeoutMs).
inline RawResponse rawExchange(const QUrl &base, const QByteArray &request, int timeoutMs = 15000)
{
    RawResponse r;
    QTcpSocket s;
    s.connectToHost(base.host(), quint16(base.port()));
    if (!s.waitForConnected(timeoutMs))
        return r;
    s.write(request);
    QByteArray buffer;
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < timeoutMs) {
        if (s.bytesToWrite() > 0)
            s.waitForBytesWritten(50);
        buffer += s.readAll();
        if (takeResponse(buffer, r))
            break;
        if (s.state() != QAbstractSocket::ConnectedState) {
            buffer += s.readAll();
            takeResponse(buffer, r);
            r.closed = true;
            return r;
        }
        s.waitForReadyRead(50);
    }
    // Did the server close after answering? Wait a moment for it.
    if (r.complete && r.header("Connection").compare("close", Qt::CaseInsensitive) == 0) {
        for (int i = 0; i < 40 && s.state() == QAbstractSocket::ConnectedState; ++i) {
            s.waitForReadyRead(50);
            (void)s.readAll();
        }
        r.closed = s.state() != QAbstractSocket::ConnectedState;
    }
    return r;
}

/// A keep-alive connection driven by the event loop: send() queues one request; the callback
/// gets each answer in order.
class AsyncConnection : public QObject
{
public:
    QTcpSocket socket;
    QByteArray buffer;
    std::function<void(const RawResponse &)> onResponse;
    std::function<void()> onClosed;

    AsyncConnection(const QUrl &base)
    {
        connect(&socket, &QTcpSocket::readyRead, this, [this] {
            buffer += socket.readAll();
            RawResponse r;
            while (takeResponse(buffer, r)) {
                if (onResponse)
                    onResponse(r);
                r = RawResponse();
            }
        });
        connect(&socket, &QTcpSocket::disconnected, this, [this] {
            if (onClosed)
                onClosed();
        });
        socket.connectToHost(base.host(), quint16(base.port()));
    }
    bool waitConnected() { return socket.waitForConnected(15000); }
    void send(const QByteArray &request) { socket.write(request); }
};

inline QByteArray httpRequest(const QByteArray &method, const QByteArray &path,
                              const QByteArray &body = {}, const QByteArray &token = {},
                              const QList<QByteArray> &extraHeaders = {})
{
    QByteArray r = method + ' ' + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n";
    if (!token.isEmpty())
        r += "Authorization: Bearer " + token + "\r\n";
    for (const QByteArray &h : extraHeaders)
        r += h + "\r\n";
    if (!body.isEmpty() || method == "POST" || method == "PATCH")
        r +=
            "Content-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) +
            "\r\n";
    return r + "\r\n" + body;
}

} // namespace latchkey::testing
