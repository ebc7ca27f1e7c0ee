// SPDX-License-Identifier: MIT
#pragma once
// A small exact router for the v1 API: "/v1/api-keys/{id}/roll" patterns, a method per route,
// and the distinction the API's errors make between an unknown path (404) and a known path
// called with the wrong method (405, with Allow).

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <utility>

namespace latchkey::server {

enum class Route
{
    Health,
    CreateSession,
    DeleteSession,
    ListWorkspaces,
    ListScopes,
    ListKeys,
    CreateKey,
    GetKey,
    PatchKey,
    RevokeKey,
    RollKey,
    KeyUsage,
    ListEndpoints,
    CreateEndpoint,
    GetEndpoint,
    DeleteEndpoint,
    RotateEndpointSecret,
    TestEndpoint,
    ListAudit,
    VerifyAuditChain,
    ListMembers,
    PatchMember,
    RemoveMember,
    CreateInvitation,
    ListInvitations,
    WithdrawInvitation,
    AcceptInvitation,
    CreateWorkspace,
    RenameWorkspace,
    SetServiceStatus,
    ChangePassword,
    Verify,
    Auth, // last: server/metrics.h counts the routes up to this one
};

struct RouteMatch
{
    enum class Kind
    {
        Found,
        NotFound,
        MethodNotAllowed,
        BadPath
    };
    Kind kind = Kind::NotFound;
    Route route = Route::Health;
    QString id;       ///< the {id} segment, percent-decoded
    QString sub;      ///< a second {…} segment (a service id), percent-decoded
    QByteArray allow; ///< for MethodNotAllowed: "GET, POST"
};

class Router
{
public:
    Router();
    /// \p path is the raw (still percent-encoded) request path, without the query.
    RouteMatch match(QByteArrayView method, QByteArrayView path) const;
    /// The method and path pattern ("/v1/api-keys/{id}") of \p route.
    std::pair<QByteArray, QByteArray> describe(Route route) const;

private:
    struct Entry
    {
        QByteArray method;
        QList<QByteArray> segments; // "{id}" for the variable segment
        Route route;
    };
    QList<Entry> m_entries;
};

} // namespace latchkey::server
