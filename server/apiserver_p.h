// SPDX-License-Identifier: MIT
#pragma once
// ApiServer's insides shared by its source files: the request pipeline (apiserver.cpp) and
// the handlers of each resource (apiserver_*.cpp). Not part of the server library's interface.

#include "apiserver.h"

#include "core/redact.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QUrlQuery>

#include <optional>

namespace latchkey::server {

namespace internal {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ApiServer)
};

using Headers = QList<std::pair<QByteArray, QByteArray>>;

/// "Bearer <key>" or a bare "<key>".
inline QByteArray bearer(const QByteArray &authorization)
{
    QByteArray v = authorization.trimmed();
    if (v.size() > 7 && v.first(7).compare("bearer ", Qt::CaseInsensitive) == 0)
        return v.mid(7).trimmed();
    return v;
}

inline QJsonObject errorBody(const ApiError &e)
{
    // Messages may quote what the caller sent (an id, a header): never a secret back out.
    QJsonObject error{{QStringLiteral("code"), e.code},
                      {QStringLiteral("message"), redactSecrets(e.message)}};
    if (!e.param.isEmpty())
        error.insert(QStringLiteral("param"), e.param);
    if (!e.requiredScope.isEmpty())
        error.insert(QStringLiteral("required_scope"), e.requiredScope);
    return QJsonObject{{QStringLiteral("success"), false}, {QStringLiteral("error"), error}};
}

inline std::optional<Environment> environmentParam(const QUrlQuery &q, std::optional<ApiError> &err)
{
    if (!q.hasQueryItem(QStringLiteral("environment")))
        return std::nullopt;
    auto env = environmentFromString(q.queryItemValue(QStringLiteral("environment")));
    if (!env)
        err = ApiError::invalidRequest(QStringLiteral("environment"),
                                       Tr::tr("environment must be 'live' or 'test'."));
    return env;
}

struct PageParams
{
    int limit = 10;
    QString startingAfter;
};

inline std::optional<ApiError> readPage(const QUrlQuery &q, PageParams &p)
{
    if (q.hasQueryItem(QStringLiteral("limit"))) {
        bool ok = false;
        const QString text = q.queryItemValue(QStringLiteral("limit"));
        const qint64 v = text.size() <= 6 ? text.toLongLong(&ok) : 0;
        if (!ok || v < 1 || v > 100)
            return ApiError::invalidRequest(QStringLiteral("limit"),
                                            Tr::tr("limit must be a whole number from 1 to 100."));
        p.limit = int(v);
    }
    p.startingAfter = q.queryItemValue(QStringLiteral("starting_after"), QUrl::FullyDecoded);
    if (p.startingAfter.size() > 64)
        return ApiError::invalidRequest(QStringLiteral("starting_after"),
                                        Tr::tr("starting_after is not an id."));
    return std::nullopt;
}

} // namespace internal

using namespace internal;

/// X-RateLimit-Limit, -Remaining, -Reset and, when refused, Retry-After for a key's rate-limit
/// decision; none without one.
Headers rateHeaders(const std::optional<RateLimitDecision> &rate);

struct ApiServer::Call
{
    QByteArray method;
    QByteArray path; // raw, without the query
    QUrlQuery query;
    HttpRequest request;
    QHostAddress remote;
    RouteMatch match;
    HttpServer::Respond respond;
    QElapsedTimer timer;
    QString logKey;      // key id or prefix — never a secret
    Headers rateLimited; // a key over its rate limit: when to try again, sent with the 429
    bool finished = false;

    QByteArray header(QByteArrayView name) const { return request.header(name); }
    const QByteArray &body() const { return request.body; }
};

struct ApiServer::Reply
{
    Reply(int code = 200, QJsonObject json = {}, Headers extra = {})
        : status(code)
        , body(std::move(json))
        , headers(std::move(extra))
    {}

    int status;
    QJsonObject body; // empty with status 204
    Headers headers;
    QByteArray raw; // the body already serialised, instead of `body`

    static Reply ok(const QJsonValue &data)
    {
        return {200, {{QStringLiteral("success"), true}, {QStringLiteral("data"), data}}, {}};
    }
    static Reply list(const QJsonArray &data, bool hasMore)
    {
        return {200,
                {{QStringLiteral("success"), true},
                 {QStringLiteral("data"), data},
                 {QStringLiteral("has_more"), hasMore}},
                {}};
    }
    static Reply error(const ApiError &e, Headers headers = {})
    {
        return {e.status, errorBody(e), std::move(headers)};
    }
};

template<class T, class ToJson>
ApiServer::Reply ApiServer::listReply(const Result<QList<T>> &listed, ToJson toJson)
{
    if (!listed.ok())
        return Reply::error(listed.error());
    QJsonArray out;
    for (const T &item : *listed)
        out.append(toJson(item));
    return Reply::list(out, false);
}

inline ApiServer::Reply ApiServer::gone(const QString &id, const QString &object,
                                        const QString &how)
{
    return Reply::ok(
        QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("object"), object}, {how, true}});
}

} // namespace latchkey::server
