// SPDX-License-Identifier: MIT
// ApiServer: members and invitations (docs/teams.md).
#include "apiserver_p.h"

#include "core/crypto.h"
#include "core/json.h"
#include "jsonbody.h"

namespace latchkey::server {

// Members and invitations (docs/teams.md)
// -----------------------------------------------------------

namespace {
std::optional<Role> roleParam(JsonBody &body)
{
    const QString text = body.string("role", true, 20).value_or(QString());
    if (!body.ok())
        return std::nullopt;
    return roleFromString(text);
}

ApiError badRole()
{
    return ApiError::invalidRequest(
        QStringLiteral("role"), Tr::tr("role must be 'owner', 'admin', 'developer' or 'viewer'."));
}
} // namespace

ApiServer::Reply ApiServer::listMembers(Call &, const Actor &actor)
{
    return listReply(m_members.list(actor), json::member);
}

ApiServer::Reply ApiServer::patchMember(Call &call, const Actor &actor)
{
    JsonBody body(call.body());
    const std::optional<Role> role = roleParam(body);
    body.rejectUnknownFields();
    if (!body.ok())
        return Reply::error(body.error());
    if (!role)
        return Reply::error(badRole());
    auto changed = m_members.setRole(actor, call.match.id, *role);
    if (!changed.ok())
        return Reply::error(changed.error());
    return Reply::ok(json::member(*changed));
}

ApiServer::Reply ApiServer::removeMember(Call &call, const Actor &actor)
{
    if (Status s = m_members.remove(actor, call.match.id); !s.ok())
        return Reply::error(s.error());
    return gone(call.match.id, QStringLiteral("member"), QStringLiteral("removed"));
}

ApiServer::Reply ApiServer::createInvitation(Call &call, const Actor &actor)
{
    JsonBody body(call.body());
    const QString email = body.string("email", true, 254).value_or(QString());
    const std::optional<Role> role = roleParam(body);
    body.rejectUnknownFields();
    if (!body.ok())
        return Reply::error(body.error());
    if (!role)
        return Reply::error(badRole());
    auto issued = m_members.invite(actor, email, *role);
    if (!issued.ok())
        return Reply::error(issued.error());
    QJsonObject o = json::invitation(issued->invitation);
    o.insert(QStringLiteral("token"), QString::fromLatin1(issued->token));
    crypto::wipe(issued->token);
    Reply r = Reply::ok(o);
    r.status = 201;
    return r;
}

ApiServer::Reply ApiServer::listInvitations(Call &, const Actor &actor)
{
    return listReply(m_members.invitations(actor), json::invitation);
}

ApiServer::Reply ApiServer::withdrawInvitation(Call &call, const Actor &actor)
{
    if (Status s = m_members.withdraw(actor, call.match.id); !s.ok())
        return Reply::error(s.error());
    return gone(call.match.id, QStringLiteral("invitation"), QStringLiteral("withdrawn"));
}

ApiServer::Reply ApiServer::acceptInvitation(Call &call)
{
    // No Authorization: the token is the credential. Slow when a password is hashed or checked
    // (PBKDF2), which happens only once the token has proved good.
    JsonBody body(call.body());
    QByteArray token = body.string("token", true, 100).value_or(QString()).toLatin1();
    const QString email = body.string("email", true, 254).value_or(QString());
    QString password = body.string("password", true, 1024).value_or(QString());
    body.rejectUnknownFields();
    auto wipe = [&] {
        crypto::wipe(token);
        crypto::wipe(password);
    };
    if (!body.ok()) {
        wipe();
        return Reply::error(body.error());
    }
    auto accepted = m_members.accept(token, email, password);
    wipe();
    if (!accepted.ok())
        return Reply::error(accepted.error());
    auto session = m_sessions.openSession(accepted->user);
    if (!session.ok())
        return Reply::error(session.error());
    call.logKey = session->session.id;
    QJsonObject o{
        {QStringLiteral("token"), QString::fromLatin1(session->token)},
        {QStringLiteral("expires_at"), json::rfc3339(session->session.expiresAt)},
        {QStringLiteral("workspace_id"), accepted->invitation.workspaceId},
        {QStringLiteral("role"), name(accepted->invitation.role)},
        {QStringLiteral("user"), QJsonObject{{QStringLiteral("id"), accepted->user.id},
                                             {QStringLiteral("email"), accepted->user.email}}}};
    crypto::wipe(session->token);
    return Reply::ok(o); // 200, as POST /v1/sessions
}

} // namespace latchkey::server
