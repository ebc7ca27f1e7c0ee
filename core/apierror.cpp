// SPDX-License-Identifier: MIT
#include "apierror.h"

namespace latchkey {

namespace {
ApiError make(int status, const char *code, QString message)
{
    ApiError e;
    e.status = status;
    e.code = QString::fromLatin1(code);
    e.message = std::move(message);
    return e;
}
} // namespace

ApiError ApiError::invalidRequest(const QString &param, const QString &message)
{
    ApiError e = make(400, "invalid_request", message);
    e.param = param;
    return e;
}

ApiError ApiError::missingAuthorization()
{
    return make(401, "missing_authorization",
                tr("No API key provided. Send it as 'Authorization: Bearer <key>'."));
}

ApiError ApiError::invalidApiKey(const QString &message)
{
    return make(401, "invalid_api_key", message);
}

ApiError ApiError::serviceInactive(const QString &service)
{
    return make(402, "service_inactive",
                tr("The workspace's subscription to the service '%1' is not active.").arg(service));
}

ApiError ApiError::insufficientScope(const QString &scope)
{
    ApiError e = make(403, "insufficient_scope",
                      tr("This API key does not have the scope '%1'.").arg(scope));
    e.requiredScope = scope;
    return e;
}

ApiError ApiError::scopeNotGrantable(const QString &scope, const QString &reason)
{
    ApiError e = make(403, "scope_not_grantable",
                      tr("The scope '%1' cannot be granted: %2").arg(scope, reason));
    e.param = QStringLiteral("scopes");
    return e;
}

ApiError ApiError::restrictionNotGrantable(const QString &param, const QString &message)
{
    ApiError e = make(403, "restriction_not_grantable", message);
    e.param = param;
    return e;
}

ApiError ApiError::originNotAllowed(const QString &origin)
{
    return make(403, "origin_not_allowed",
                origin.isEmpty()
                    ? tr("This public key may only be used from its allowed origins, and the "
                         "request carried no Origin.")
                    : tr("The origin '%1' is not on this key's allowlist.").arg(origin));
}

ApiError ApiError::ipNotAllowed(const QString &ip)
{
    return make(403, "ip_not_allowed",
                ip.isEmpty()
                    ? tr("This key may only be used from its allowed IP addresses, and the "
                         "request named no client address (\"ip\").")
                    : tr("The IP address '%1' is not on this key's allowlist.").arg(ip));
}

ApiError ApiError::endpointNotAllowed(const QString &method, const QString &path)
{
    return make(403, "endpoint_not_allowed",
                tr("This key may not call '%1 %2'.").arg(method, path));
}

ApiError ApiError::notFound(const QString &what)
{
    return make(404, "not_found", what);
}

ApiError ApiError::payloadTooLarge(qint64 limit)
{
    return make(413, "payload_too_large",
                tr("The request body is larger than %1 bytes.").arg(limit));
}

ApiError ApiError::rateLimitExceeded()
{
    return make(429, "rate_limit_exceeded",
                tr("Too many requests with this key. Retry after the time in Retry-After."));
}

ApiError ApiError::forbidden(const QString &message)
{
    return make(403, "permission_denied", message);
}

ApiError ApiError::unauthenticated(const QString &message)
{
    return make(401, "invalid_session", message);
}

ApiError ApiError::conflict(const QString &message)
{
    return make(409, "conflict", message);
}

ApiError ApiError::keyNotRollable(const QString &message)
{
    return make(409, "key_not_rollable", message);
}

ApiError ApiError::environmentNotAllowed(const QString &message)
{
    return make(403, "environment_not_allowed", message);
}

ApiError ApiError::internal(const QString &message)
{
    return make(500, "internal_error", message);
}

} // namespace latchkey
