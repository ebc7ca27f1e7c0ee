// SPDX-License-Identifier: MIT
// ApiServer: scopes and API keys.
#include "apiserver_p.h"

#include "core/crypto.h"
#include "core/json.h"
#include "core/keyfilter.h"
#include "jsonbody.h"

#include <QDateTime>

namespace latchkey::server {

// Scopes and keys ------------------------------------------------------------------------------

ApiServer::Reply ApiServer::listScopes(Call &, const Actor &actor)
{
    QJsonArray out;
    const Grantor grantor = actor.grantor();
    for (const ScopeInfo &s : m_catalog.scopes()) {
        const auto denied = ungrantableScopes(m_catalog, grantor, {s.scope});
        QJsonObject o{
            {QStringLiteral("scope"), s.scope},
            {QStringLiteral("service"),
             s.service.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s.service)},
            {QStringLiteral("service_name"), s.service.isEmpty()
                                                 ? QJsonValue(QJsonValue::Null)
                                                 : QJsonValue(m_catalog.serviceName(s.service))},
            {QStringLiteral("description"), s.description},
            {QStringLiteral("public_safe"), s.publicSafe},
            {QStringLiteral("privileged"), s.privileged},
            {QStringLiteral("grantable"), denied.isEmpty()},
            {QStringLiteral("reason"),
             denied.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(denied.first().message)}};
        out.append(o);
    }
    return Reply::list(out, false);
}

ApiServer::Reply ApiServer::listKeys(Call &call, const Actor &actor)
{
    PageParams page;
    if (auto e = readPage(call.query, page))
        return Reply::error(*e);
    std::optional<ApiError> err;
    KeyQuery q;
    q.limit = page.limit;
    q.startingAfter = page.startingAfter;
    q.environment = environmentParam(call.query, err);
    if (err)
        return Reply::error(*err);
    if (!q.environment && !actor.boundEnvironment)
        q.environment = Environment::Test;
    if (Status s = KeyFilter::read(call.query, q); !s.ok())
        return Reply::error(s.error());
    // Last uses as this instance has seen them (a flush with nothing pending writes nothing).
    (void)m_verifier.flushUsage();
    auto listed = m_keys.list(actor, q);
    if (!listed.ok())
        return Reply::error(listed.error());
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QJsonArray out;
    for (const ApiKeyRecord &k : listed->items)
        out.append(json::apiKey(k, now));
    return Reply::list(out, listed->hasMore);
}

ApiServer::Reply ApiServer::createKey(Call &call, const Actor &actor)
{
    JsonBody body(call.body());
    CreateKeyRequest req;
    req.name = body.string("name", true, 200).value_or(QString());
    req.description = body.string("description", false, kMaxDescriptionLength).value_or(QString());
    req.metadata = body.stringMap("metadata", kMaxMetadataEntries, kMaxMetadataValueLength)
                       .value_or(QMap<QString, QString>{});
    const QString env = body.string("environment", false, 10).value_or(QStringLiteral("test"));
    const QString type = body.string("type", false, 10).value_or(QStringLiteral("secret"));
    req.serviceId = body.string("service_id", false, 64).value_or(QString());
    req.scopes = body.stringList("scopes", 100, 200).value_or(QStringList{});
    req.allowedOrigins = body.stringList("allowed_origins", 100, 300).value_or(QStringList{});
    std::optional<QStringList> ips, endpoints;
    body.restrictions(ips, endpoints);
    req.ipAllowlist = ips.value_or(QStringList{});
    req.endpoints = endpoints.value_or(QStringList{});
    req.rateLimit = body.rateLimitOrNull("rate_limit").value_or(std::nullopt);
    req.expiresAt = body.timeOrNull("expires_at").value_or(std::nullopt);
    body.rejectUnknownFields();
    if (!body.ok())
        return Reply::error(body.error());
    const auto e = environmentFromString(env);
    if (!e)
        return Reply::error(ApiError::invalidRequest(
            QStringLiteral("environment"), Tr::tr("environment must be 'live' or 'test'.")));
    const auto t = keyTypeFromString(type);
    if (!t)
        return Reply::error(ApiError::invalidRequest(QStringLiteral("type"),
                                                     Tr::tr("type must be 'secret' or 'public'.")));
    req.environment =
        actor.boundEnvironment && !body.has("environment") ? *actor.boundEnvironment : *e;
    req.type = *t;
    auto issued = m_keys.create(actor, req);
    if (!issued.ok())
        return Reply::error(issued.error());
    call.logKey = issued->key.id;
    QJsonObject o = json::apiKey(issued->key, QDateTime::currentMSecsSinceEpoch());
    o.insert(QStringLiteral("secret"), QString::fromLatin1(issued->secret));
    crypto::wipe(issued->secret);
    Reply r = Reply::ok(o);
    r.status = 201;
    return r;
}

ApiServer::Reply ApiServer::getKey(Call &call, const Actor &actor)
{
    (void)m_verifier.flushUsage();
    auto k = m_keys.get(actor, call.match.id);
    if (!k.ok())
        return Reply::error(k.error());
    return Reply::ok(json::apiKey(*k, QDateTime::currentMSecsSinceEpoch()));
}

ApiServer::Reply ApiServer::patchKey(Call &call, const Actor &actor)
{
    JsonBody body(call.body());
    KeyPatch p;
    p.name = body.string("name", false, 200);
    p.description = body.string("description", false, kMaxDescriptionLength);
    p.metadata = body.stringMap("metadata", kMaxMetadataEntries, kMaxMetadataValueLength);
    p.scopes = body.stringList("scopes", 100, 200);
    p.allowedOrigins = body.stringList("allowed_origins", 100, 300);
    body.restrictions(p.ipAllowlist, p.endpoints);
    p.rateLimit = body.rateLimitOrNull("rate_limit");
    p.expiresAt = body.timeOrNull("expires_at");
    body.rejectUnknownFields();
    if (!body.ok())
        return Reply::error(body.error());
    auto k = m_keys.patch(actor, call.match.id, p);
    if (!k.ok())
        return Reply::error(k.error());
    return Reply::ok(json::apiKey(*k, QDateTime::currentMSecsSinceEpoch()));
}

ApiServer::Reply ApiServer::revokeKey(Call &call, const Actor &actor)
{
    auto k = m_keys.revoke(actor, call.match.id);
    if (!k.ok())
        return Reply::error(k.error());
    return {200,
            {{QStringLiteral("success"), true},
             {QStringLiteral("message"), QStringLiteral("API key revoked successfully")},
             {QStringLiteral("data"), json::apiKey(*k, QDateTime::currentMSecsSinceEpoch())}},
            {}};
}

ApiServer::Reply ApiServer::rollKey(Call &call, const Actor &actor)
{
    JsonBody body(call.body(), true);
    const qint64 grace = body.integer("old_expires_in").value_or(0);
    body.rejectUnknownFields();
    if (!body.ok())
        return Reply::error(body.error());
    auto issued = m_keys.roll(actor, call.match.id, grace);
    if (!issued.ok())
        return Reply::error(issued.error());
    QJsonObject o = json::apiKey(issued->key, QDateTime::currentMSecsSinceEpoch());
    o.insert(QStringLiteral("secret"), QString::fromLatin1(issued->secret));
    crypto::wipe(issued->secret);
    Reply r = Reply::ok(o);
    r.status = 201;
    return r;
}

ApiServer::Reply ApiServer::keyUsage(Call &call, const Actor &actor)
{
    int days = 30;
    if (call.query.hasQueryItem(QStringLiteral("days"))) {
        bool ok = false;
        days = call.query.queryItemValue(QStringLiteral("days")).toInt(&ok);
        if (!ok)
            days = 0; // refused below, with the range
    }
    // What this instance counted reaches the store first, so a call just made is in it.
    (void)m_verifier.flushUsage();
    auto report = m_keys.usage(actor, call.match.id, days);
    if (!report.ok())
        return Reply::error(report.error());
    return Reply::ok(json::keyUsage(*report));
}

} // namespace latchkey::server
