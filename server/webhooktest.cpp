// SPDX-License-Identifier: MIT
#include "webhooktest.h"

#include "core/crypto.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>

namespace latchkey::server {

void sendTestEvent(WebhookService &webhooks, WebhookSender &sender, const Actor &actor,
                   const QString &endpointId, LoopbackWebhooks loopback,
                   const std::function<void(Result<WebhookSender::Outcome>)> &done)
{
    auto endpoint = webhooks.get(actor, endpointId);
    if (!endpoint.ok())
        return done(endpoint.error());
    auto secrets = webhooks.signingSecrets(actor, endpoint->id);
    if (!secrets.ok())
        return done(secrets.error());
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const QByteArray body =
        QJsonDocument(QJsonObject{{QStringLiteral("id"), crypto::randomId(u"evt_")},
                                  {QStringLiteral("object"), QStringLiteral("event")},
                                  {QStringLiteral("type"), QStringLiteral("ping")},
                                  {QStringLiteral("created"), now / 1000},
                                  {QStringLiteral("data"),
                                   QJsonObject{{QStringLiteral("endpoint_id"), endpoint->id}}}})
            .toJson(QJsonDocument::Compact);
    const QByteArray signature = WebhookService::signatureHeader(now / 1000, body, *secrets);
    for (QByteArray &s : *secrets)
        crypto::wipe(s);

    // The rule again at delivery: an endpoint stored before it, or under another option.
    const Environment env = endpoint->environment;
    if (!WebhookService::validateUrl(endpoint->url, env, loopback).ok())
        return done(WebhookSender::Outcome{});
    WebhookSender::Delivery delivery;
    delivery.url = QUrl(endpoint->url);
    delivery.body = body;
    delivery.signature = signature;
    delivery.mayConnect = [url = delivery.url, env, loopback](const QHostAddress &address) {
        return WebhookService::mayConnect(url, env, loopback, address);
    };
    sender.send(std::move(delivery),
                [done](const WebhookSender::Outcome &outcome) { done(outcome); });
}

} // namespace latchkey::server
