// SPDX-License-Identifier: MIT
#include "webhooksender.h"

#include <QElapsedTimer>
#include <QHash>
#include <QMetaObject>

#include <boost/asio/executor_work_guard.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/ssl.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <boost/beast/ssl.hpp>
#include <openssl/ssl.h>

#include <chrono>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <type_traits>
#include <utility>
#include <vector>

namespace latchkey::server {

namespace net = boost::asio;
namespace beast = boost::beast;
namespace http = beast::http;
using tcp = net::ip::tcp;

namespace {

QHostAddress toQt(const net::ip::address &a)
{
    if (a.is_v4())
        return QHostAddress(quint32(a.to_v4().to_uint()));
    auto bytes = a.to_v6().to_bytes(); // a mapped address stays mapped: core reads it as IPv4
    return QHostAddress(bytes.data());
}

template<class Stream> class Attempt : public std::enable_shared_from_this<Attempt<Stream>>
{
    static constexpr bool kTls = !std::is_same_v<Stream, beast::tcp_stream>;

public:
    using Finish = std::function<void(WebhookSender::Outcome)>;

    template<class... Args>
    Attempt(net::io_context &ioc, WebhookSender::Delivery delivery, Finish finish, Args &&...args)
        : m_delivery(std::move(delivery))
        , m_finish(std::move(finish))
        , m_resolver(ioc)
        , m_deadline(ioc)
        , m_stream(ioc, std::forward<Args>(args)...)
    {
        m_clock.start();
    }

    void start()
    {
        m_deadline.expires_after(std::chrono::milliseconds(WebhookSender::kTimeoutMs));
        m_deadline.async_wait([self = this->shared_from_this()](beast::error_code ec) {
            if (!ec)
                self->done(0);
        });
        const QUrl &url = m_delivery.url;
        // What the resolver gets is the ASCII form QUrl gives an IDN host.
        m_host = url.host(QUrl::FullyEncoded).toStdString();
        m_port = quint16(url.port(kTls ? 443 : 80));
        beast::error_code ec;
        const net::ip::address literal = net::ip::make_address(m_host, ec);
        if (!ec)
            return connect({tcp::endpoint(literal, m_port)});
        m_resolver.async_resolve(
            m_host, std::to_string(m_port),
            [self = this->shared_from_this()](beast::error_code ec,
                                              const tcp::resolver::results_type &results) {
                if (ec || self->m_finished)
                    return self->done(0);
                std::vector<tcp::endpoint> endpoints;
                for (const auto &entry : results)
                    endpoints.push_back(entry.endpoint());
                self->connect(std::move(endpoints));
            });
    }

private:
    beast::tcp_stream &lowest() { return beast::get_lowest_layer(m_stream); }

    // Every address is checked, and only checked addresses are connected to: no second
    // lookup that a rebinding name server could answer differently.
    void connect(std::vector<tcp::endpoint> endpoints)
    {
        if (endpoints.empty())
            return done(0);
        for (const tcp::endpoint &e : endpoints)
            if (!m_delivery.mayConnect || !m_delivery.mayConnect(toQt(e.address())))
                return done(0);
        lowest().async_connect(endpoints, [self = this->shared_from_this()](beast::error_code ec,
                                                                            const tcp::endpoint &) {
            if (ec || self->m_finished)
                return self->done(0);
            self->handshake();
        });
    }

    void handshake()
    {
        if constexpr (kTls) {
            std::string name = m_host;
            if (!name.empty() && name.back() == '.')
                name.pop_back();
            beast::error_code ec;
            net::ip::make_address(name, ec);
            if (ec && !SSL_set_tlsext_host_name(m_stream.native_handle(), name.c_str()))
                return done(0);
            m_stream.set_verify_mode(net::ssl::verify_peer);
            m_stream.set_verify_callback(net::ssl::host_name_verification(name));
            m_stream.async_handshake(net::ssl::stream_base::client,
                                     [self = this->shared_from_this()](beast::error_code ec) {
                                         if (ec || self->m_finished)
                                             return self->done(0);
                                         self->write();
                                     });
        } else {
            write();
        }
    }

    void write()
    {
        const QUrl &url = m_delivery.url;
        QByteArray target =
            url.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority | QUrl::RemoveFragment);
        if (target.isEmpty())
            target = "/";
        QByteArray host = url.host(QUrl::FullyEncoded).toUtf8();
        if (host.contains(':'))
            host = '[' + host + ']';
        if (url.port() != -1)
            host += ':' + QByteArray::number(url.port());
        m_request.method(http::verb::post);
        m_request.target(beast::string_view(target.constData(), size_t(target.size())));
        m_request.version(11);
        m_request.set(http::field::host, beast::string_view(host.constData(), size_t(host.size())));
        m_request.set(http::field::user_agent, "Latchkey-Webhooks/1");
        m_request.set(http::field::content_type, "application/json");
        m_request.set(http::field::connection, "close");
        m_request.set("Latchkey-Signature",
                      beast::string_view(m_delivery.signature.constData(),
                                         size_t(m_delivery.signature.size())));
        m_request.body().assign(m_delivery.body.constData(), size_t(m_delivery.body.size()));
        m_request.prepare_payload();
        http::async_write(m_stream, m_request,
                          [self = this->shared_from_this()](beast::error_code ec, std::size_t) {
                              if (ec || self->m_finished)
                                  return self->done(0);
                              self->read();
                          });
    }

    void read()
    {
        m_parser.header_limit(16 * 1024);
        http::async_read_header(
            m_stream, m_buffer, m_parser,
            [self = this->shared_from_this()](beast::error_code ec, std::size_t) {
                if (ec || self->m_finished)
                    return self->done(0);
                self->done(int(self->m_parser.get().result_int()));
            });
    }

    void done(int status)
    {
        if (m_finished)
            return;
        m_finished = true;
        m_deadline.cancel();
        m_resolver.cancel();
        beast::error_code ignored;
        lowest().socket().close(ignored);
        WebhookSender::Outcome outcome;
        outcome.status = status;
        outcome.delivered = status >= 200 && status < 300;
        outcome.durationMs = m_clock.elapsed();
        m_finish(outcome);
    }

    WebhookSender::Delivery m_delivery;
    Finish m_finish;
    tcp::resolver m_resolver;
    net::steady_timer m_deadline;
    Stream m_stream;
    std::string m_host;
    quint16 m_port = 0;
    beast::flat_buffer m_buffer;
    http::request<http::string_body> m_request;
    http::response_parser<http::empty_body> m_parser;
    QElapsedTimer m_clock;
    bool m_finished = false;
};

} // namespace

struct WebhookSender::Impl
{
    struct Waiting
    {
        QHash<quint64, std::function<void(Outcome)>> callbacks; // the caller's thread only
        quint64 last = 0;
    };
    std::shared_ptr<Waiting> waiting = std::make_shared<Waiting>();
    // Outcomes on their way back from the I/O thread. They pass through this std::mutex, not
    // through a Qt event (Qt's queue is ordered by a futex ThreadSanitizer does not see); the
    // event, posted by name, only wakes this object's thread.
    std::mutex outboxMutex;
    std::vector<std::pair<quint64, Outcome>> outbox;
    bool wakePosted = false;
    // Before the io_context: the streams its handlers still hold use it.
    net::ssl::context tls{net::ssl::context::tls_client};
    net::io_context ioc{1};
    std::optional<net::executor_work_guard<net::io_context::executor_type>> work;
    std::thread thread;
};

WebhookSender::WebhookSender(QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Impl>())
{
    d->tls.set_options(net::ssl::context::default_workarounds | net::ssl::context::no_sslv2 |
                       net::ssl::context::no_sslv3 | net::ssl::context::no_tlsv1 |
                       net::ssl::context::no_tlsv1_1);
    beast::error_code ec;
    d->tls.set_default_verify_paths(ec); // without a CA store every TLS delivery fails closed
    d->work.emplace(d->ioc.get_executor());
    d->thread = std::thread([this] { d->ioc.run(); });
}

WebhookSender::~WebhookSender()
{
    d->work.reset();
    d->ioc.stop();
    d->thread.join();
}

void WebhookSender::send(Delivery delivery, const std::function<void(Outcome)> &done)
{
    // The callback (and what it holds: the server's call) stays on this thread; the I/O
    // thread hands back only a ticket and the outcome.
    const quint64 ticket = ++d->waiting->last;
    d->waiting->callbacks.insert(ticket, done);
    auto finish = [this, ticket](Outcome outcome) {
        bool wake = false;
        {
            std::lock_guard lock(d->outboxMutex);
            d->outbox.emplace_back(ticket, outcome);
            wake = !std::exchange(d->wakePosted, true);
        }
        if (wake)
            QMetaObject::invokeMethod(this, "drainOutcomes", Qt::QueuedConnection);
    };
    const bool tls =
        delivery.url.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) == 0;
    net::post(d->ioc,
              [this, tls, delivery = std::move(delivery), finish = std::move(finish)]() mutable {
                  if (tls)
                      std::make_shared<Attempt<beast::ssl_stream<beast::tcp_stream>>>(
                          d->ioc, std::move(delivery), std::move(finish), d->tls)
                          ->start();
                  else
                      std::make_shared<Attempt<beast::tcp_stream>>(d->ioc, std::move(delivery),
                                                                   std::move(finish))
                          ->start();
              });
}

void WebhookSender::drainOutcomes()
{
    decltype(d->outbox) batch;
    {
        std::lock_guard lock(d->outboxMutex);
        batch.swap(d->outbox);
        d->wakePosted = false;
    }
    for (const auto &[ticket, outcome] : batch)
        if (auto callback = d->waiting->callbacks.take(ticket))
            callback(outcome);
}

} // namespace latchkey::server
