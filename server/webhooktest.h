// SPDX-License-Identifier: MIT
#pragma once
// The test delivery of a webhook endpoint: a signed "ping" event, sent once, as
// POST /v1/webhook-endpoints/{id}/test sends it and the offline sandbox's Send test event too,
// so both say the same. The outcome never says why a connection failed (that would tell
// closed, open and non-HTTP ports apart).

#include "webhooksender.h"

#include "core/actor.h"
#include "core/result.h"
#include "core/webhookservice.h"

namespace latchkey::server {

/// Sends the ping to \p endpointId as \p actor may (404 or 403 as the service says);
/// \p done runs on \p sender's thread with the receiver's answer.
void sendTestEvent(WebhookService &webhooks, WebhookSender &sender, const Actor &actor,
                   const QString &endpointId, LoopbackWebhooks loopback,
                   const std::function<void(Result<WebhookSender::Outcome>)> &done);

} // namespace latchkey::server
