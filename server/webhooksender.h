// SPDX-License-Identifier: MIT
#pragma once
// One webhook delivery, safe against DNS rebinding (SECURITY.md, "Rules"): the host is resolved
// once, every address it resolved to is checked, and the connection goes to a checked address while
// the host name stays in the Host header, the TLS SNI and the certificate check.

#include <QByteArray>
#include <QHostAddress>
#include <QObject>
#include <QUrl>

#include <functional>
#include <memory>

namespace latchkey::server {

class WebhookSender : public QObject
{
    Q_OBJECT

public:
    struct Delivery
    {
        QUrl url;
        QByteArray body;      ///< JSON
        QByteArray signature; ///< the Latchkey-Signature header
        /// Asked on the sender's thread for every address the host resolved to: one refused
        /// address and nothing is sent.
        std::function<bool(const QHostAddress &)> mayConnect;
    };
    /// What a caller may learn: never why a connection failed.
    struct Outcome
    {
        bool delivered = false; ///< the receiver answered 2xx
        int status = 0;         ///< the receiver's HTTP status, 0 without an answer
        qint64 durationMs = 0;
    };

    /// 10 s for the whole delivery; redirects are not followed.
    static constexpr int kTimeoutMs = 10000;

    explicit WebhookSender(QObject *parent = nullptr);
    ~WebhookSender() override; ///< abandons deliveries in flight: their callbacks are not called
    WebhookSender(const WebhookSender &) = delete;
    WebhookSender &operator=(const WebhookSender &) = delete;

    /// Sends \p delivery as one POST; \p done runs on this object's thread, which is the thread
    /// that calls send().
    void send(Delivery delivery, const std::function<void(Outcome)> &done);

private:
    /// On this object's thread: runs the callbacks of the outcomes the I/O thread queued.
    Q_INVOKABLE void drainOutcomes();

    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace latchkey::server
