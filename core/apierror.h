// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QString>

namespace latchkey {

/// A failure as the API's JSON error envelope carries it: HTTP status, machine code, a message for
/// a person, and optionally the offending request field (`param`) or missing scope
/// (`requiredScope`). Messages help a person fix the call and never contain secret text.
struct ApiError
{
    Q_DECLARE_TR_FUNCTIONS(ApiError)

public:
    int status = 500;
    QString code;
    QString message;
    QString param;         ///< set for 400 invalid_request
    QString requiredScope; ///< set for 403 insufficient_scope

    static ApiError invalidRequest(const QString &param, const QString &message);
    static ApiError missingAuthorization();
    static ApiError invalidApiKey(const QString &message);
    static ApiError serviceInactive(const QString &service);
    static ApiError insufficientScope(const QString &scope);
    static ApiError scopeNotGrantable(const QString &scope, const QString &reason);
    /// 403 restriction_not_grantable: a key asked to loosen its own restrictions, or to give
    /// another key looser ones than its own; \p param names the field.
    static ApiError restrictionNotGrantable(const QString &param, const QString &message);
    static ApiError originNotAllowed(const QString &origin);
    static ApiError ipNotAllowed(const QString &ip);
    static ApiError endpointNotAllowed(const QString &method, const QString &path);
    static ApiError notFound(const QString &what);
    static ApiError payloadTooLarge(qint64 limit);
    static ApiError rateLimitExceeded();
    static ApiError
    forbidden(const QString &message); ///< 403 permission_denied (role lacks a right)
    static ApiError unauthenticated(const QString &message); ///< 401 invalid_session
    static ApiError conflict(const QString &message);
    /// 409 key_not_rollable: only an active key that was not rolled yet can be rolled.
    static ApiError keyNotRollable(const QString &message);
    /// 403 environment_not_allowed: this deployment keeps no keys of the key's environment
    /// (the offline sandbox: test keys only).
    static ApiError environmentNotAllowed(const QString &message);
    static ApiError internal(const QString &message);
};

} // namespace latchkey
