// SPDX-License-Identifier: MIT
#include "httpserver.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMetaObject>

#include <boost/asio/dispatch.hpp>
#include <boost/asio/executor_work_guard.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/ip/v6_only.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/ssl.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <boost/beast/ssl.hpp>
#include <openssl/ssl.h>

#include <cstring>
#include <mutex>
#include <optional>
#include <random>
#include <string_view>
#include <thread>
#include <type_traits>
#include <unordered_map>
#include <utility>
#include <vector>

namespace beast = boost::beast;
namespace http = beast::http;
namespace net = boost::asio;
using tcp = net::ip::tcp;

namespace latchkey::server {

namespace {

// Each I/O thread runs its own io_context (a connection lives on one thread from accept to
// close), so a connection needs no strand and the threads never wake one another; naming the
// executor's type spares every operation the type-erased executor's indirection.
using Executor = net::io_context::executor_type;
using Socket = tcp::socket::rebind_executor<Executor>::other;
using TcpStream = beast::basic_stream<tcp, Executor>;
using Acceptor = tcp::acceptor::rebind_executor<Executor>::other;
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(HttpServer)
};

constexpr std::size_t kReadChunk = std::size_t(16) * 1024;
constexpr auto kDrainFor = std::chrono::seconds(5); // reading and dropping after a rejection
constexpr auto kStopGrace = std::chrono::seconds(2);

QHostAddress toQt(const net::ip::address &a)
{
    if (a.is_v4())
        return QHostAddress(quint32(a.to_v4().to_uint()));
    const net::ip::address_v6 v6 = a.to_v6();
    if (v6.is_v4_mapped()) // a dual-stack listener: the client is IPv4
        return QHostAddress(quint32(net::ip::make_address_v4(net::ip::v4_mapped, v6).to_uint()));
    auto bytes = v6.to_bytes();
    return QHostAddress(bytes.data());
}

bool sameNameIgnoringCase(QByteArrayView a, QByteArrayView b)
{
    return a.size() == b.size() && a.compare(b, Qt::CaseInsensitive) == 0;
}

/// One answer owed to one connection, kept by the Respond function the handler holds.
struct Exchange
{
    std::function<bool(HttpResponse &&)> deliver; // false: the connection is gone
    std::shared_ptr<std::atomic<int>> pending;
    std::atomic<bool> answered{false};

    ~Exchange()
    {
        if (!answered.exchange(true))
            --*pending; // never answered: nothing is owed any more
    }
};
} // namespace

QByteArray HttpRequest::header(QByteArrayView name) const
{
    for (const auto &[n, v] : headers)
        if (sameNameIgnoringCase(n, name))
            return v;
    return {};
}

QList<QByteArray> HttpRequest::headerValues(QByteArrayView name) const
{
    QList<QByteArray> values;
    for (const auto &[n, v] : headers)
        if (sameNameIgnoringCase(n, name))
            values.append(v);
    return values;
}

QByteArray HttpServer::newRequestId()
{
    static constexpr char kBase62[] =
        "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    thread_local std::mt19937_64 random = [] {
        std::random_device device;
        std::seed_seq seed{device(), device(), device(), device(),
                           device(), device(), device(), device()};
        return std::mt19937_64(seed);
    }();
    QByteArray id(4 + 20, Qt::Uninitialized);
    std::memcpy(id.data(), "req_", 4);
    char *out = id.data() + 4;
    for (int half = 0; half < 2; ++half) {
        std::uint64_t bits = random(); // 10 base62 digits use 59.5 of its 64 bits
        for (int i = 0; i < 10; ++i, bits /= 62)
            *out++ = kBase62[bits % 62];
    }
    return id;
}

HttpResponse HttpServer::errorResponse(int status, const char *code, const QString &message)
{
    const QJsonObject error{{QStringLiteral("code"), QString::fromLatin1(code)},
                            {QStringLiteral("message"), message}};
    HttpResponse r;
    r.status = status;
    r.body = QJsonDocument(
                 QJsonObject{{QStringLiteral("success"), false}, {QStringLiteral("error"), error}})
                 .toJson(QJsonDocument::Compact);
    r.headers = {{"Content-Type", "application/json"}, {"Cache-Control", "no-store"}};
    return r;
}

struct HttpServer::Impl
{
    HttpServerOptions options;
    Handler handler;
    QObject *receiver = nullptr; // the HttpServer: handlers run on its thread
    std::shared_ptr<std::atomic<int>> pending = std::make_shared<std::atomic<int>>(0);
    std::atomic<bool> stopping{false};
    std::unique_ptr<net::ssl::context> ssl;
    std::mutex acceptorsMutex;
    std::vector<std::shared_ptr<Acceptor>> acceptors;
    // Connections waiting for the handler's answer: no read is pending on them then, so this
    // is what keeps them alive; released when the answer is written, or at the end.
    std::mutex awaitingMutex;
    std::unordered_map<const void *, std::shared_ptr<void>> awaiting;
    // Requests on their way to the handler's thread. They pass through this std::mutex, not
    // through a Qt event: Qt's queue is ordered by its own futex, which ThreadSanitizer does
    // not see, while this hand-off it does. The event only wakes the thread (one per batch).
    std::mutex inboxMutex;
    std::vector<std::pair<HttpRequest, std::function<void(HttpResponse)>>> inbox;
    bool wakePosted = false;
    std::atomic<std::size_t> nextContext{0}; // new connections go round the I/O threads
    // Last, so that they go first: the connections they still hold are freed while the rest
    // of this is alive. One io_context per I/O thread, each run by that thread alone.
    std::vector<std::unique_ptr<net::io_context>> contexts;
    std::vector<net::executor_work_guard<Executor>> work;
    std::vector<std::thread> threads;

    void accept(const std::shared_ptr<Acceptor> &acceptor);
    void startSession(Socket socket);
    void dispatch(HttpRequest &&request, std::function<void(HttpResponse)> deliver);
};

namespace {

template<class Stream> class Session : public std::enable_shared_from_this<Session<Stream>>
{
    static constexpr bool kTls = !std::is_same_v<Stream, TcpStream>;

public:
    template<class... Args>
    Session(HttpServer::Impl &server, const QHostAddress &remote, quint16 localPort, Args &&...args)
        : m_server(server)
        , m_stream(std::forward<Args>(args)...)
        , m_head(server.options.limits)
        , m_remote(remote)
        , m_localPort(localPort)
    {}

    void start()
    {
        if constexpr (kTls) {
            lowest().expires_after(m_server.options.readTimeout);
            m_stream.async_handshake(net::ssl::stream_base::server,
                                     [self = this->shared_from_this()](beast::error_code ec) {
                                         if (ec)
                                             return self->close();
                                         self->readHead();
                                     });
        } else {
            readHead();
        }
    }

private:
    TcpStream &lowest() { return beast::get_lowest_layer(m_stream); }

    HeadRejection notHttp(const beast::error_code &ec) const
    {
        return {400, "invalid_request",
                Tr::tr("The request is not valid HTTP/1.1: %1.")
                    .arg(QString::fromStdString(ec.message()))};
    }
    HeadRejection bodyTooLarge() const
    {
        return {413, "payload_too_large",
                Tr::tr("The request body is larger than %1 bytes.")
                    .arg(qulonglong(m_server.options.limits.maxBody))};
    }

    void readHead()
    {
        // What is already here first: a pipelined request may be complete.
        const auto data = m_buffer.data();
        const std::string_view bytes(static_cast<const char *>(data.data()), data.size());
        switch (m_head.scan(bytes)) {
        case RequestHead::State::Complete:
            return onHead(bytes);
        case RequestHead::State::Rejected:
            return reject(m_head.rejection());
        case RequestHead::State::NeedMore:
            break;
        }
        lowest().expires_after(bytes.empty() ? m_server.options.idleTimeout
                                             : m_server.options.readTimeout);
        m_stream.async_read_some(
            m_buffer.prepare(kReadChunk),
            [self = this->shared_from_this()](beast::error_code ec, std::size_t n) {
                if (ec)
                    return self->close(); // closed, reset or timed out: nobody to answer
                self->m_buffer.commit(n);
                self->readHead();
            });
    }

    void onHead(std::string_view bytes)
    {
        const std::size_t skipped = m_head.skipped();
        const std::size_t size = m_head.headSize();
        const HttpLimits &limits = m_server.options.limits;
        m_parser.emplace();
        m_parser->header_limit(
            std::uint32_t(limits.maxRequestLine + limits.maxHead + 2 * limits.maxField));
        m_parser->body_limit(limits.maxBody);
        beast::error_code ec;
        m_parser->put(net::buffer(bytes.data() + skipped, size), ec);
        m_buffer.consume(skipped + size);
        if (ec || !m_parser->is_header_done())
            return reject(notHttp(ec));
        m_version = m_parser->get().version();
        m_keepAlive = m_parser->get().keep_alive();
        // A small body usually came with its head: parse it here rather than through another
        // asynchronous read, which would cost a trip through the scheduler for bytes already in
        // hand (about a tenth of a small POST's cost).
        m_parser->eager(true);
        while (!m_parser->is_done() && m_buffer.size() > 0) {
            const std::size_t used = m_parser->put(m_buffer.data(), ec);
            m_buffer.consume(used);
            if (ec == http::error::body_limit)
                return reject(bodyTooLarge());
            if (ec == http::error::need_more)
                ec = {};
            if (ec)
                return reject(notHttp(ec));
            if (used == 0)
                break;
        }
        if (m_parser->is_done())
            return dispatch();
        // A client that asked waits for this before it sends the body (curl does, over 1 KiB).
        const auto expect = m_parser->get()[http::field::expect];
        if (m_version == 11 && beast::iequals(expect, "100-continue") && m_buffer.size() == 0) {
            static constexpr std::string_view kContinue = "HTTP/1.1 100 Continue\r\n\r\n";
            lowest().expires_after(m_server.options.readTimeout);
            return net::async_write(
                m_stream, net::buffer(kContinue.data(), kContinue.size()),
                [self = this->shared_from_this()](beast::error_code e, std::size_t) {
                    if (e)
                        return self->close();
                    self->readBody();
                });
        }
        readBody();
    }

    void readBody()
    {
        lowest().expires_after(m_server.options.readTimeout);
        http::async_read(m_stream, m_buffer, *m_parser,
                         [self = this->shared_from_this()](beast::error_code ec, std::size_t) {
                             if (ec == http::error::body_limit)
                                 return self->reject(self->bodyTooLarge());
                             if (ec)
                                 return self->close();
                             self->dispatch();
                         });
    }

    void dispatch()
    {
        http::request<http::string_body> message = m_parser->release();
        m_parser.reset();
        m_head.reset();
        HttpRequest request;
        request.method =
            QByteArray(message.method_string().data(), qsizetype(message.method_string().size()));
        std::string_view target(message.target().data(), message.target().size());
        if (target.rfind("http://", 0) == 0 || target.rfind("https://", 0) == 0) {
            // absolute-form: the path starts after the authority
            const std::size_t slash = target.find('/', target.find("//") + 2);
            target = slash == std::string_view::npos ? std::string_view("/") : target.substr(slash);
        }
        if (const std::size_t hash = target.find('#'); hash != std::string_view::npos)
            target = target.substr(0, hash);
        const std::size_t question = target.find('?');
        request.path = QByteArray(target.data(), qsizetype(std::min(question, target.size())));
        if (question != std::string_view::npos)
            request.query =
                QByteArray(target.data() + question + 1, qsizetype(target.size() - question - 1));
        request.headers.reserve(qsizetype(std::distance(message.begin(), message.end())));
        for (const auto &field : message)
            request.headers.append(
                {QByteArray(field.name_string().data(), qsizetype(field.name_string().size())),
                 QByteArray(field.value().data(), qsizetype(field.value().size()))});
        request.body = QByteArray(message.body().data(), qsizetype(message.body().size()));
        request.remote = m_remote;
        request.localPort = m_localPort;
        m_requestId = HttpServer::newRequestId();
        request.id = m_requestId;

        ++*m_server.pending;
        if (m_server.options.answerHere) {
            if (std::optional<HttpResponse> answer = m_server.options.answerHere(request))
                return write(*answer, true); // counted in pending like any answer
        }
        {
            std::lock_guard lock(m_server.awaitingMutex);
            m_server.awaiting.emplace(this, this->shared_from_this());
        }
        auto exchange = std::make_shared<Exchange>();
        exchange->pending = m_server.pending;
        exchange->deliver = [weak = this->weak_from_this()](HttpResponse &&response) {
            auto self = weak.lock();
            if (!self)
                return false;
            net::post(self->m_stream.get_executor(), [self, r = std::move(response)] {
                self->stopAwaiting();
                self->write(r, true);
            });
            return true;
        };
        m_server.dispatch(std::move(request), [exchange](HttpResponse response) {
            if (exchange->answered.exchange(true))
                return; // answered once already
            if (!exchange->deliver(std::move(response)))
                --*exchange->pending;
        });
    }

    /// The handler answered: the connection no longer waits in `awaiting` (the write holds
    /// it now).
    void stopAwaiting()
    {
        std::shared_ptr<void> keep; // released after the lock
        std::lock_guard lock(m_server.awaitingMutex);
        if (auto it = m_server.awaiting.find(this); it != m_server.awaiting.end()) {
            keep = std::move(it->second);
            m_server.awaiting.erase(it);
        }
    }

    /// \p answer: an answer counted in `pending` (the handler's), uncounted when it is done.
    void write(const HttpResponse &r, bool answer)
    {
        m_answering = answer;
        m_response = {};
        m_response.version(11); // our version, whatever the client spoke (RFC 9110 §6.2)
        m_response.result(unsigned(r.status));
        for (const auto &[name, value] : r.headers)
            m_response.insert(beast::string_view(name.constData(), std::size_t(name.size())),
                              beast::string_view(value.constData(), std::size_t(value.size())));
        // Ours alone, on every answer: whatever the handler's headers say.
        m_response.set("Request-Id", beast::string_view(m_requestId.constData(),
                                                        std::size_t(m_requestId.size())));
        m_response.body().assign(r.body.constData(), std::size_t(r.body.size()));
        if (r.status == 204 || r.status == 304)
            m_response.body().clear();
        m_response.prepare_payload();
        m_closeAfter = m_closeAfter || !m_keepAlive || m_server.stopping.load();
        m_response.keep_alive(!m_closeAfter);
        lowest().expires_after(m_server.options.readTimeout);
        http::async_write(m_stream, m_response,
                          [self = this->shared_from_this()](beast::error_code ec, std::size_t) {
                              if (self->m_answering) {
                                  self->m_answering = false;
                                  --*self->m_server.pending;
                              }
                              if (ec)
                                  return self->close();
                              if (self->m_closeAfter)
                                  return self->finish();
                              self->readHead();
                          });
    }

    void reject(const HeadRejection &why)
    {
        m_parser.reset();
        m_closeAfter = true;
        m_rejected = true;
        m_requestId = HttpServer::newRequestId();
        write(HttpServer::errorResponse(why.status, why.code, why.message), false);
    }

    /// After the last answer: close so that the answer arrives. A rejected client may still be
    /// sending; what it sends is read and dropped for a while, because closing with unread
    /// bytes would reset the connection and could destroy the answer in flight.
    void finish()
    {
        if constexpr (kTls) {
            lowest().expires_after(kDrainFor);
            m_stream.async_shutdown(
                [self = this->shared_from_this()](beast::error_code) { self->close(); });
        } else {
            beast::error_code ec;
            lowest().socket().shutdown(Socket::shutdown_send, ec);
            if (ec || !m_rejected)
                return close();
            lowest().expires_after(kDrainFor);
            m_drain = std::make_unique<char[]>(kReadChunk);
            drain();
        }
    }

    void drain()
    {
        lowest().async_read_some(
            net::buffer(m_drain.get(), kReadChunk),
            [self = this->shared_from_this()](beast::error_code ec, std::size_t) {
                if (ec)
                    return self->close();
                self->drain();
            });
    }

    void close()
    {
        beast::error_code ec;
        lowest().socket().close(ec);
    }

    HttpServer::Impl &m_server;
    Stream m_stream;
    beast::flat_buffer m_buffer;
    RequestHead m_head;
    std::optional<http::request_parser<http::string_body>> m_parser;
    http::response<http::string_body> m_response;
    std::unique_ptr<char[]> m_drain;
    QHostAddress m_remote;
    quint16 m_localPort = 0;
    QByteArray m_requestId; // of the request being answered
    unsigned m_version = 11;
    bool m_keepAlive = true;
    bool m_closeAfter = false;
    bool m_rejected = false;
    bool m_answering = false;
};

} // namespace

void HttpServer::Impl::dispatch(HttpRequest &&request, std::function<void(HttpResponse)> respond)
{
    if (options.handleOnIoThreads)
        return handler(std::move(request), std::move(respond));
    bool wake = false;
    {
        std::lock_guard lock(inboxMutex);
        inbox.emplace_back(std::move(request), std::move(respond));
        wake = !std::exchange(wakePosted, true);
    }
    // By name: the event is made and read inside Qt only, carrying nothing of ours.
    if (wake)
        QMetaObject::invokeMethod(receiver, "drainInbox", Qt::QueuedConnection);
}

void HttpServer::drainInbox()
{
    decltype(d->inbox) batch;
    {
        std::lock_guard lock(d->inboxMutex);
        batch.swap(d->inbox);
        d->wakePosted = false;
    }
    for (auto &[request, respond] : batch)
        d->handler(std::move(request), std::move(respond));
}

void HttpServer::Impl::accept(const std::shared_ptr<Acceptor> &acceptor)
{
    const Executor home = contexts[nextContext++ % contexts.size()]->get_executor();
    acceptor->async_accept(home, [this, acceptor](beast::error_code ec, Socket socket) {
        if (!acceptor->is_open())
            return;
        if (ec) {
            // Out of descriptors, say: wait a little instead of spinning.
            auto timer = std::make_shared<net::steady_timer>(acceptor->get_executor(),
                                                             std::chrono::milliseconds(50));
            timer->async_wait([this, acceptor, timer](beast::error_code) { accept(acceptor); });
            return;
        }
        // On the connection's own thread from its first operation on.
        const Executor executor = socket.get_executor();
        net::post(executor,
                  [this, s = std::move(socket)]() mutable { startSession(std::move(s)); });
        accept(acceptor);
    });
}

void HttpServer::Impl::startSession(Socket socket)
{
    beast::error_code ec;
    const tcp::endpoint peer = socket.remote_endpoint(ec);
    if (ec)
        return;
    const quint16 localPort = socket.local_endpoint(ec).port();
    if (ec)
        return;
    socket.set_option(tcp::no_delay(true), ec);
    if (ssl)
        std::make_shared<Session<beast::ssl_stream<TcpStream>>>(*this, toQt(peer.address()),
                                                                localPort, std::move(socket), *ssl)
            ->start();
    else
        std::make_shared<Session<TcpStream>>(*this, toQt(peer.address()), localPort,
                                             std::move(socket))
            ->start();
}

HttpServer::HttpServer(HttpServerOptions options, Handler handler, QObject *parent)
    : QObject(parent)
    , d(std::make_shared<Impl>())
{
    d->options = options;
    d->handler = std::move(handler);
    d->receiver = this;
    const int threads = std::max(1, options.ioThreads);
    for (int i = 0; i < threads; ++i) {
        d->contexts.push_back(std::make_unique<net::io_context>(1));
        d->work.push_back(net::make_work_guard(*d->contexts.back()));
    }
    for (int i = 0; i < threads; ++i)
        d->threads.emplace_back([context = d->contexts[std::size_t(i)].get()] { context->run(); });
}

HttpServer::~HttpServer()
{
    stopListening();
    // Answers the handler already gave are on their way to their connections: let them go.
    const auto until = std::chrono::steady_clock::now() + kStopGrace;
    while (d->pending->load() > 0 && std::chrono::steady_clock::now() < until)
        std::this_thread::sleep_for(std::chrono::milliseconds(2));
    d->work.clear();
    for (const auto &context : d->contexts)
        context->stop();
    for (std::thread &t : d->threads)
        t.join();
    std::lock_guard lock(d->awaitingMutex);
    d->awaiting.clear(); // while the io_context they belong to still exists
}

bool HttpServer::setTls(const QByteArray &certChainPem, const QByteArray &keyPem, QString *error)
{
    auto ctx = std::make_unique<net::ssl::context>(net::ssl::context::tls_server);
    SSL_CTX *native = ctx->native_handle();
    // TLS 1.2 with forward secrecy only (ECDHE, AEAD), and TLS 1.3 with OpenSSL's suites.
    SSL_CTX_set_min_proto_version(native, TLS1_2_VERSION);
    SSL_CTX_set_options(native, SSL_OP_NO_COMPRESSION | SSL_OP_NO_RENEGOTIATION |
                                    SSL_OP_CIPHER_SERVER_PREFERENCE);
    SSL_CTX_set_cipher_list(native, "ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256:"
                                    "ECDHE-ECDSA-AES256-GCM-SHA384:ECDHE-RSA-AES256-GCM-SHA384:"
                                    "ECDHE-ECDSA-CHACHA20-POLY1305:ECDHE-RSA-CHACHA20-POLY1305");
    beast::error_code ec;
    ctx->use_certificate_chain(
        net::buffer(certChainPem.constData(), std::size_t(certChainPem.size())), ec);
    if (ec) {
        if (error)
            *error = Tr::tr("the certificate is not a PEM certificate chain (%1)")
                         .arg(QString::fromStdString(ec.message()));
        return false;
    }
    ctx->use_private_key(net::buffer(keyPem.constData(), std::size_t(keyPem.size())),
                         net::ssl::context::pem, ec);
    if (ec) {
        if (error)
            *error = Tr::tr("the key is not a PEM private key (%1)")
                         .arg(QString::fromStdString(ec.message()));
        return false;
    }
    if (SSL_CTX_check_private_key(native) != 1) {
        if (error)
            *error = Tr::tr("the private key does not belong to the certificate");
        return false;
    }
    d->ssl = std::move(ctx);
    return true;
}

int HttpServer::answersPending() const
{
    return d->pending->load();
}

bool HttpServer::tls() const
{
    return d->ssl != nullptr;
}

quint16 HttpServer::listen(const QHostAddress &address, quint16 port, QString *error)
{
    auto fail = [error](const QString &why) -> quint16 {
        if (error)
            *error = why;
        return 0;
    };
    beast::error_code ec;
    const bool any = address == QHostAddress::Any;
    const net::ip::address ip = any ? net::ip::address(net::ip::address_v6::any())
                                    : net::ip::make_address(address.toString().toStdString(), ec);
    if (ec)
        return fail(Tr::tr("'%1' is not an IP address").arg(address.toString()));
    auto acceptor = std::make_shared<Acceptor>(d->contexts.front()->get_executor());
    const tcp::endpoint endpoint(ip, port);
    acceptor->open(endpoint.protocol(), ec);
    if (!ec && any)
        acceptor->set_option(net::ip::v6_only(false), ec); // IPv4 too
#ifndef Q_OS_WIN
    // A restarted latchkeyd takes its port back at once (no TIME_WAIT wait).
    if (!ec)
        acceptor->set_option(net::socket_base::reuse_address(true), ec);
#endif // portable: no-op on Windows because there SO_REUSEADDR would let another process take a
       // port in use, and a restart needs nothing

    if (!ec)
        acceptor->bind(endpoint, ec);
    if (!ec)
        acceptor->listen(net::socket_base::max_listen_connections, ec);
    if (ec)
        return fail(QString::fromStdString(ec.message()));
    const quint16 bound = acceptor->local_endpoint(ec).port();
    {
        std::lock_guard lock(d->acceptorsMutex);
        d->acceptors.push_back(acceptor);
    }
    d->stopping = false;
    net::dispatch(acceptor->get_executor(), [impl = d.get(), acceptor] { impl->accept(acceptor); });
    return bound;
}

void HttpServer::stopListening()
{
    d->stopping = true;
    std::lock_guard lock(d->acceptorsMutex);
    for (const auto &acceptor : d->acceptors)
        net::dispatch(acceptor->get_executor(), [acceptor] {
            beast::error_code ec;
            acceptor->close(ec);
        });
    d->acceptors.clear();
}

} // namespace latchkey::server
