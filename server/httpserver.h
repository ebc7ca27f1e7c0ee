// SPDX-License-Identifier: MIT
#pragma once
// latchkeyd's HTTP/1.1 transport, on Boost.Beast and Boost.Asio: the same API on every Qt
// version and platform, limits enforced before anything is buffered (RequestHead, Beast's body
// limit), TLS through OpenSSL, and the sockets served by a few I/O threads of its own.
//
// Requests are read, checked and parsed on the I/O threads. HttpServerOptions::answerHere may
// answer one there and then (latchkeyd's verify and auth, from memory); every other complete
// request is handed to the handler on this object's thread (the Qt event loop, where core's
// services live), and the answer travels back to its connection's I/O thread to be written.
// Nothing here knows a route: ApiServer does.

#include "requesthead.h"

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QObject>

#include <atomic>
#include <chrono>
#include <functional>
#include <memory>
#include <optional>
#include <utility>

namespace latchkey::server {

struct HttpRequest
{
    QByteArray method; ///< as sent: "GET", "PATCH", "get"…
    QByteArray path;   ///< the raw (percent-encoded) path, without query or fragment
    QByteArray query;  ///< after '?', raw; empty when there is none
    QList<std::pair<QByteArray, QByteArray>> headers; ///< in order, names as sent
    QByteArray body;
    QHostAddress remote;
    quint16 localPort = 0; ///< the port of the listener the request came in on
    /// The request's id, made by the server for each request and sent back as the answer's
    /// Request-Id header: "req_" and 20 base62 characters. A Request-Id the client sent is
    /// not this; it stays in `headers`, unused.
    QByteArray id;

    /// The first header named \p name (case-insensitive), or empty.
    QByteArray header(QByteArrayView name) const;
    /// Every value of the headers named \p name, in order (repeated lines count).
    QList<QByteArray> headerValues(QByteArrayView name) const;
};

struct HttpResponse
{
    int status = 200;
    QByteArray body;
    QList<std::pair<QByteArray, QByteArray>> headers; ///< Content-Length is added
};

struct HttpServerOptions
{
    HttpLimits limits;
    int ioThreads = 2;
    std::chrono::seconds readTimeout{30}; ///< to receive a whole request once it began
    std::chrono::seconds idleTimeout{75}; ///< a kept-alive connection with nothing to do
    /// Call the handler on the I/O thread that read the request instead of on the server's
    /// thread: for handlers that are thread-safe and never block.
    bool handleOnIoThreads = false;
    /// Asked first, on the I/O thread that read the request: an answer it gives is written at
    /// once, without the hop to the server's thread; nothing sends the request on to the
    /// handler. For the hot routes whose answer is in memory; it must be thread-safe and never
    /// block.
    std::function<std::optional<HttpResponse>(const HttpRequest &)> answerHere;
};

class HttpServer : public QObject
{
    Q_OBJECT

public:
    /// Sends the answer to one request; call it once, from any thread. A connection that is
    /// gone by then drops it.
    using Respond = std::function<void(HttpResponse)>;
    /// Called for every complete, well-formed request: on this object's thread, or on an I/O
    /// thread with HttpServerOptions::handleOnIoThreads.
    using Handler = std::function<void(HttpRequest &&, Respond)>;

    HttpServer(HttpServerOptions options, Handler handler, QObject *parent = nullptr);
    /// Stops listening, lets the answers already given reach their connections (≤ 2 s), then
    /// closes every connection and joins the I/O threads.
    ~HttpServer() override;

    /// TLS for every listener opened after this call: TLS 1.2 with ECDHE suites only, and 1.3.
    /// \p certChainPem is the certificate and its chain, \p keyPem the private key (PEM).
    bool setTls(const QByteArray &certChainPem, const QByteArray &keyPem, QString *error);
    bool tls() const;

    /// Listens on \p address:\p port (0: a free port); returns the port, or 0 with \p error.
    quint16 listen(const QHostAddress &address, quint16 port, QString *error = nullptr);
    /// Stops accepting; connections finish the request they are in and close.
    void stopListening();
    /// Requests handed to the handler whose answer is not written yet (any thread).
    int answersPending() const;

    /// Answers built by the transport itself (the request never reached the handler).
    static HttpResponse errorResponse(int status, const char *code, const QString &message);
    /// A new request id: "req_" and 20 base62 characters (about 119 random bits) from a
    /// generator of the calling thread's own, seeded by the system's random source.
    static QByteArray newRequestId();

    struct Impl; ///< the I/O side (httpserver.cpp)

private:
    /// On this object's thread: hands the requests the I/O threads queued to the handler.
    Q_INVOKABLE void drainInbox();

    std::shared_ptr<Impl> d;
};

} // namespace latchkey::server
