// SPDX-License-Identifier: MIT
#include "router.h"

#include <QUrl>

namespace latchkey::server {

Router::Router()
{
    auto add = [this](const char *method, const char *pattern, Route route) {
        QList<QByteArray> segments = QByteArray(pattern).split('/');
        segments.removeFirst(); // leading "/"
        m_entries.append({QByteArray(method), segments, route});
    };
    add("GET", "/healthz", Route::Health);
    add("POST", "/v1/sessions", Route::CreateSession);
    add("DELETE", "/v1/sessions/current", Route::DeleteSession);
    add("GET", "/v1/workspaces", Route::ListWorkspaces);
    add("GET", "/v1/scopes", Route::ListScopes);
    add("GET", "/v1/api-keys", Route::ListKeys);
    add("POST", "/v1/api-keys", Route::CreateKey);
    add("GET", "/v1/api-keys/{id}", Route::GetKey);
    add("PATCH", "/v1/api-keys/{id}", Route::PatchKey);
    add("DELETE", "/v1/api-keys/{id}", Route::RevokeKey);
    add("POST", "/v1/api-keys/{id}/roll", Route::RollKey);
    add("GET", "/v1/api-keys/{id}/usage", Route::KeyUsage);
    add("GET", "/v1/webhook-endpoints", Route::ListEndpoints);
    add("POST", "/v1/webhook-endpoints", Route::CreateEndpoint);
    add("GET", "/v1/webhook-endpoints/{id}", Route::GetEndpoint);
    add("DELETE", "/v1/webhook-endpoints/{id}", Route::DeleteEndpoint);
    add("POST", "/v1/webhook-endpoints/{id}/rotate-secret", Route::RotateEndpointSecret);
    add("POST", "/v1/webhook-endpoints/{id}/test", Route::TestEndpoint);
    add("GET", "/v1/audit-events", Route::ListAudit);
    add("GET", "/v1/audit-events/verify", Route::VerifyAuditChain);
    add("GET", "/v1/members", Route::ListMembers);
    add("PATCH", "/v1/members/{id}", Route::PatchMember);
    add("DELETE", "/v1/members/{id}", Route::RemoveMember);
    add("POST", "/v1/invitations", Route::CreateInvitation);
    add("GET", "/v1/invitations", Route::ListInvitations);
    add("DELETE", "/v1/invitations/{id}", Route::WithdrawInvitation);
    add("POST", "/v1/invitations/accept", Route::AcceptInvitation);
    add("POST", "/v1/workspaces", Route::CreateWorkspace);
    add("PATCH", "/v1/workspaces/{id}", Route::RenameWorkspace);
    add("PUT", "/v1/workspaces/{id}/services/{service}", Route::SetServiceStatus);
    add("POST", "/v1/sessions/current/password", Route::ChangePassword);
    add("POST", "/v1/verify", Route::Verify);
    add("GET", "/v1/auth", Route::Auth);
}

RouteMatch Router::match(QByteArrayView method, QByteArrayView rawPath) const
{
    RouteMatch result;
    if (!rawPath.startsWith('/'))
        return {RouteMatch::Kind::BadPath, Route::Health, {}, {}, {}};
    QList<QByteArray> segments = rawPath.sliced(1).toByteArray().split('/');
    if (segments.size() > 1 && segments.last().isEmpty())
        segments.removeLast(); // tolerate one trailing slash
    QByteArrayList allowed;
    for (const Entry &e : m_entries) {
        if (e.segments.size() != segments.size())
            continue;
        QStringList params;
        bool same = true;
        for (qsizetype i = 0; i < segments.size() && same; ++i) {
            if (e.segments[i].startsWith('{')) {
                const QByteArray decoded = QByteArray::fromPercentEncoding(segments[i]);
                // Ids are short ASCII tokens; anything else cannot name an object.
                if (decoded.isEmpty() || decoded.size() > 64)
                    return {RouteMatch::Kind::NotFound, Route::Health, {}, {}, {}};
                for (char c : decoded)
                    if (!(QChar::isLetterOrNumber(uchar(c)) && uchar(c) < 128) && c != '_')
                        return {RouteMatch::Kind::NotFound, Route::Health, {}, {}, {}};
                params << QString::fromLatin1(decoded);
            } else {
                same = e.segments[i] == segments[i];
            }
        }
        if (!same)
            continue;
        if (e.method == method) {
            result.kind = RouteMatch::Kind::Found;
            result.route = e.route;
            result.id = params.value(0);
            result.sub = params.value(1);
            return result;
        }
        if (!allowed.contains(e.method))
            allowed << e.method;
    }
    if (!allowed.isEmpty()) {
        result.kind = RouteMatch::Kind::MethodNotAllowed;
        result.allow = allowed.join(", ");
    }
    return result;
}

std::pair<QByteArray, QByteArray> Router::describe(Route route) const
{
    for (const Entry &e : m_entries)
        if (e.route == route)
            return {e.method, '/' + e.segments.join('/')};
    return {};
}

} // namespace latchkey::server
