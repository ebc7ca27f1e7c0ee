// SPDX-License-Identifier: MIT
// ApiServer: POST /v1/verify and GET /v1/auth, the hot path.
#include "apiserver_p.h"

#include "core/json.h"
#include "core/keytext.h"
#include "jsonbody.h"

#include <QDateTime>
#include <QJsonDocument>

namespace latchkey::server {

Headers rateHeaders(const std::optional<RateLimitDecision> &rate)
{
    Headers h;
    if (!rate)
        return h;
    h.append({"X-RateLimit-Limit", QByteArray::number(rate->limit)});
    h.append({"X-RateLimit-Remaining", QByteArray::number(rate->remaining)});
    h.append({"X-RateLimit-Reset", QByteArray::number(rate->resetUnix)});
    if (!rate->allowed)
        h.append({"Retry-After", QByteArray::number(rate->retryAfter)});
    return h;
}

namespace {

/// What verify and auth answer for a valid key, made once per cached key (VerifiedKey::memo):
/// it depends on the key's record alone.
struct KeyAnswer
{
    QByteArray verifyBody;
    Headers authHeaders;
};

KeyAnswer keyAnswer(const VerifiedKey &key)
{
    const ApiKeyRecord &k = key.record;
    KeyAnswer a;
    a.verifyBody =
        QJsonDocument(
            QJsonObject{{QStringLiteral("success"), true},
                        {QStringLiteral("data"),
                         QJsonObject{
                             {QStringLiteral("valid"), true},
                             {QStringLiteral("key_id"), k.id},
                             {QStringLiteral("workspace_id"), k.workspaceId},
                             {QStringLiteral("environment"), name(k.environment)},
                             {QStringLiteral("type"), name(k.type)},
                             {QStringLiteral("service_id"), k.serviceId.isEmpty()
                                                                ? QJsonValue(QJsonValue::Null)
                                                                : QJsonValue(k.serviceId)},
                             {QStringLiteral("scopes"), QJsonArray::fromStringList(k.scopes)},
                             {QStringLiteral("expires_at"), json::timeOrNull(k.expiresAt)},
                         }}})
            .toJson(QJsonDocument::Compact);
    a.authHeaders = {{"Latchkey-Key-Id", k.id.toLatin1()},
                     {"Latchkey-Workspace", k.workspaceId.toLatin1()},
                     {"Latchkey-Environment", name(k.environment).toLatin1()},
                     {"Latchkey-Key-Type", name(k.type).toLatin1()}};
    if (!k.serviceId.isEmpty())
        a.authHeaders.append({"Latchkey-Service", k.serviceId.toLatin1()});
    return a;
}

} // namespace

// Verify and forward-auth ----------------------------------------------------------------------

std::optional<VerifyResult> ApiServer::ask(const VerifyRequest &question, bool cacheOnly,
                                           QString &logKey)
{
    std::optional<VerifyResult> answer =
        cacheOnly ? m_verifier.verifyCached(question) : m_verifier.verify(question);
    if (answer)
        m_metrics->countVerify(answer->error ? QStringView(answer->error->code) : QStringView());
    if (answer) // the key's id once known, else the first characters sent (never a secret)
        logKey = answer->key ? answer->key->record.id
                             : QString::fromLatin1(
                                   question.key.first(std::min<qsizetype>(8, question.key.size())));
    return answer;
}

std::optional<ApiServer::Reply> ApiServer::verify(const HttpRequest &request, QString &logKey,
                                                  bool cacheOnly)
{
    JsonBody body(request.body);
    const QString key = body.string("key", true, 200).value_or(QString());
    const QString scope = body.string("scope", false, 200).value_or(QString());
    const QString origin = body.string("origin", false, 300).value_or(QString());
    const QString ip = body.string("ip", false, 64).value_or(QString());
    const QString method = body.string("method", false, 16).value_or(QString());
    const QString path = body.string("path", false, 2048).value_or(QString());
    body.rejectUnknownFields();
    if (!body.ok())
        return Reply::error(body.error());
    if (!scope.isEmpty() && !isValidScopeSyntax(scope))
        return Reply::error(ApiError::invalidRequest(QStringLiteral("scope"),
                                                     Tr::tr("scope is not a valid scope name.")));
    const QByteArray keyText = key.toLatin1();
    const std::optional<VerifyResult> answer =
        ask({keyText, scope, origin, ip, method, path, QDateTime::currentMSecsSinceEpoch()},
            cacheOnly, logKey);
    if (!answer)
        return std::nullopt;
    const VerifyResult &r = *answer;
    Headers headers = rateHeaders(r.rate);
    if (!r.ok())
        return Reply::error(*r.error, headers);
    Reply reply{200, {}, std::move(headers)};
    reply.raw = r.key->memo<KeyAnswer>([&] { return keyAnswer(*r.key); }).verifyBody;
    return reply;
}

std::optional<ApiServer::Reply> ApiServer::forwardAuth(const HttpRequest &request, QString &logKey,
                                                       bool cacheOnly)
{
    const QByteArray key = bearer(request.header("authorization"));
    const QString scope = QString::fromUtf8(request.header("x-required-scope")).trimmed();
    // The right-most X-Forwarded-For entry is the one the operator's proxy added itself; the
    // ones to its left are whatever the client claimed.
    // Repeated header lines are one comma-separated list (RFC 9110 §5.3).
    const QByteArray forwarded = request.headerValues("x-forwarded-for").join(',');
    const qsizetype comma = forwarded.lastIndexOf(',');
    const QString ip =
        QString::fromLatin1((comma >= 0 ? forwarded.mid(comma + 1) : forwarded).trimmed());
    // Only the family the operator's gateway sets (serve --gateway): nginx sends X-Original-*,
    // Traefik and Caddy X-Forwarded-Method / X-Forwarded-Uri. A header of the other family may
    // come from the client, passed on untouched, so it is never read.
    const bool nginx = m_options.gateway == ServerOptions::Gateway::Nginx;
    QByteArray uri = request.header(nginx ? "x-original-uri" : "x-forwarded-uri");
    if (const qsizetype q = uri.indexOf('?'); q >= 0)
        uri.truncate(q);
    const QByteArray methodHeader =
        request.header(nginx ? "x-original-method" : "x-forwarded-method");
    const QString method = QString::fromLatin1(methodHeader).toUpper();
    if (!scope.isEmpty() && !isValidScopeSyntax(scope)) {
        // The gateway's own configuration is at fault; its log can show the code (nginx turns
        // any answer but 2xx, 401 and 403 into a 500 of its own).
        const ApiError e = ApiError::invalidRequest(
            QStringLiteral("X-Required-Scope"), Tr::tr("X-Required-Scope is not a valid scope."));
        return Reply::error(e, {{"Latchkey-Error-Code", e.code.toLatin1()}});
    }
    const QString origin = QString::fromUtf8(request.header("origin"));
    const QString address = ip.isEmpty() ? request.remote.toString() : ip;
    const QString path = QString::fromUtf8(uri);
    const std::optional<VerifyResult> answer =
        ask({key, scope, origin, address, method, path, QDateTime::currentMSecsSinceEpoch()},
            cacheOnly, logKey);
    if (!answer)
        return std::nullopt;
    const VerifyResult &r = *answer;
    Headers headers = rateHeaders(r.rate);
    if (!r.ok()) {
        // nginx's auth_request drops the body; the code travels in a header it can read.
        headers.append({"Latchkey-Error-Code", r.error->code.toLatin1()});
        return Reply::error(*r.error, headers);
    }
    headers.append(r.key->memo<KeyAnswer>([&] { return keyAnswer(*r.key); }).authHeaders);
    return Reply{204, {}, std::move(headers)};
}

} // namespace latchkey::server
