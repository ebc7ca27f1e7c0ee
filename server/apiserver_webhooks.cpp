// SPDX-License-Identifier: MIT
// ApiServer: webhook endpoints and the audit log.
#include "apiserver_p.h"

#include "core/auditfilter.h"
#include "core/auditlog.h"
#include "core/crypto.h"
#include "core/json.h"
#include "jsonbody.h"
#include "webhooktest.h"

#include <QDateTime>
#include <QJsonDocument>

namespace latchkey::server {

// Webhooks -------------------------------------------------------------------------------------

ApiServer::Reply ApiServer::listEndpoints(Call &call, const Actor &actor)
{
    PageParams page;
    if (auto e = readPage(call.query, page))
        return Reply::error(*e);
    std::optional<ApiError> err;
    ListQuery q{QString(), environmentParam(call.query, err), page.limit, page.startingAfter};
    if (err)
        return Reply::error(*err);
    if (!q.environment && !actor.boundEnvironment)
        q.environment = Environment::Test;
    auto listed = m_webhooks.list(actor, q);
    if (!listed.ok())
        return Reply::error(listed.error());
    QJsonArray out;
    for (const WebhookEndpointRecord &e : listed->items)
        out.append(json::webhookEndpoint(e, m_webhooks.secretInfo(actor, e.id).value()));
    return Reply::list(out, listed->hasMore);
}

ApiServer::Reply ApiServer::createEndpoint(Call &call, const Actor &actor)
{
    JsonBody body(call.body());
    const QString url = body.string("url", true, 2048).value_or(QString());
    const QString description = body.string("description", false, 500).value_or(QString());
    const QStringList events = body.stringList("events", 100, 100).value_or(QStringList{});
    const QString env = body.string("environment", false, 10).value_or(QStringLiteral("test"));
    body.rejectUnknownFields();
    if (!body.ok())
        return Reply::error(body.error());
    auto e = environmentFromString(env);
    if (!e)
        return Reply::error(ApiError::invalidRequest(
            QStringLiteral("environment"), Tr::tr("environment must be 'live' or 'test'.")));
    const Environment environment =
        actor.boundEnvironment && !body.has("environment") ? *actor.boundEnvironment : *e;
    auto issued = m_webhooks.create(actor, environment, url, description, events);
    if (!issued.ok())
        return Reply::error(issued.error());
    QJsonObject o = json::webhookEndpoint(
        issued->endpoint, m_webhooks.secretInfo(actor, issued->endpoint.id).value());
    o.insert(QStringLiteral("secret"), QString::fromLatin1(issued->secret));
    crypto::wipe(issued->secret);
    Reply r = Reply::ok(o);
    r.status = 201;
    return r;
}

ApiServer::Reply ApiServer::getEndpoint(Call &call, const Actor &actor)
{
    auto e = m_webhooks.get(actor, call.match.id);
    if (!e.ok())
        return Reply::error(e.error());
    return Reply::ok(json::webhookEndpoint(*e, m_webhooks.secretInfo(actor, e->id).value()));
}

ApiServer::Reply ApiServer::deleteEndpoint(Call &call, const Actor &actor)
{
    if (Status s = m_webhooks.remove(actor, call.match.id); !s.ok())
        return Reply::error(s.error());
    return {200,
            {{QStringLiteral("success"), true},
             {QStringLiteral("message"), QStringLiteral("Webhook endpoint deleted successfully")}},
            {}};
}

ApiServer::Reply ApiServer::rotateEndpointSecret(Call &call, const Actor &actor)
{
    JsonBody body(call.body(), true);
    body.rejectUnknownFields();
    if (!body.ok())
        return Reply::error(body.error());
    auto issued = m_webhooks.rotateSecret(actor, call.match.id);
    if (!issued.ok())
        return Reply::error(issued.error());
    QJsonObject o = json::webhookEndpoint(
        issued->endpoint, m_webhooks.secretInfo(actor, issued->endpoint.id).value());
    o.insert(QStringLiteral("secret"), QString::fromLatin1(issued->secret));
    crypto::wipe(issued->secret);
    return Reply::ok(o);
}

void ApiServer::testEndpoint(std::shared_ptr<Call> call, const Actor &actor)
{
    sendTestEvent(m_webhooks, *m_webhookSender, actor, call->match.id, m_options.loopbackWebhooks,
                  [this, call](Result<WebhookSender::Outcome> outcome) {
                      if (!outcome.ok())
                          return finish(*call, Reply::error(outcome.error()));
                      finish(*call,
                             Reply::ok(QJsonObject{
                                 {QStringLiteral("delivered"), outcome->delivered},
                                 {QStringLiteral("status"),
                                  outcome->status ? QJsonValue(outcome->status) : QJsonValue::Null},
                                 {QStringLiteral("duration_ms"), outcome->durationMs}}));
                  });
}

// Audit ----------------------------------------------------------------------------------------

ApiServer::Reply ApiServer::listAudit(Call &call, const Actor &actor)
{
    PageParams page;
    if (auto e = readPage(call.query, page))
        return Reply::error(*e);
    std::optional<ApiError> err;
    AuditQuery q(ListQuery{actor.workspaceId, environmentParam(call.query, err), page.limit,
                           page.startingAfter});
    if (err)
        return Reply::error(*err);
    if (Status filters = AuditFilter::read(call.query, q); !filters.ok())
        return Reply::error(filters.error());
    if (actor.boundEnvironment)
        q.environment = actor.boundEnvironment;
    auto listed = m_store.listAudit(q);
    if (!listed.ok())
        return Reply::error(listed.error());
    QJsonArray out;
    for (const AuditRecord &r : listed->items)
        out.append(json::auditEvent(r));
    return Reply::list(out, listed->hasMore);
}

ApiServer::Reply ApiServer::verifyAuditChain(Call &, const Actor &actor)
{
    // The caller's workspace's chain, every environment: nothing of other workspaces.
    auto check = AuditLog::verify(m_store, actor.workspaceId);
    if (!check.ok())
        return Reply::error(check.error());
    QJsonObject out{{QStringLiteral("intact"), check->intact},
                    {QStringLiteral("checked"), check->checked}};
    if (!check->intact)
        out.insert(QStringLiteral("first_broken"),
                   QJsonObject{{QStringLiteral("seq"), check->firstBadSeq},
                               {QStringLiteral("id"), check->firstBadId},
                               {QStringLiteral("reason"), check->reason}});
    return Reply::ok(out);
}

} // namespace latchkey::server
