// SPDX-License-Identifier: MIT
#include "memberservice.h"

#include "apierror.h"
#include "authorization.h"
#include "crypto.h"
#include "redact.h"
#include "sessionservice.h"
#include "workspaceservice.h"

#include <QDateTime>

namespace latchkey {

namespace {
ApiError invalidInvitation()
{
    ApiError e = ApiError::unauthenticated(MemberService::tr(
        "This invitation is not valid: it may have been used, withdrawn or have expired. Ask "
        "for a new one."));
    e.code = QStringLiteral("invalid_invitation");
    return e;
}

ApiError conflict(const char *code, const QString &message)
{
    ApiError e = ApiError::conflict(message);
    e.code = QString::fromLatin1(code);
    return e;
}
} // namespace

MemberService::MemberService(Store &store, const ScopeCatalog &catalog, Clock clock)
    : m_store(store)
    , m_catalog(catalog)
    , m_clock(clock ? std::move(clock) : Clock([] { return QDateTime::currentMSecsSinceEpoch(); }))
{}

Status MemberService::audit(const Actor &actor, const QString &action, const QString &target,
                            const QJsonObject &details)
{
    AuditRecord r;
    r.workspaceId = actor.workspaceId;
    r.actor = actor.display;
    r.action = action;
    r.target = target;
    r.details = details;
    r.createdAt = m_clock();
    auto appended = m_store.appendAudit(r);
    return appended.ok() ? success() : Status(appended.error());
}

Result<QList<MemberRecord>> MemberService::list(const Actor &actor)
{
    if (Status s = Authorization::authorize(m_catalog, actor, Operation::ListMembers); !s.ok())
        return s.error();
    return m_store.members(actor.workspaceId);
}

const MemberRecord *MemberService::find(const QList<MemberRecord> &members, const QString &userId)
{
    for (const MemberRecord &m : members)
        if (m.user.id == userId)
            return &m;
    return nullptr;
}

ApiError MemberService::noSuchMember(const QString &userId)
{
    return ApiError::notFound(
        tr("No member '%1' in this workspace.").arg(redactSecrets(userId.left(64))));
}

Result<IssuedInvitation> MemberService::invite(const Actor &actor, const QString &email, Role role)
{
    if (Status s = Authorization::authorizeInvitation(m_catalog, actor, role); !s.ok())
        return s.error();
    const QString address = email.trimmed().toLower();
    if (Status s = WorkspaceService::validateEmail(address); !s.ok())
        return s.error();
    IssuedInvitation out;
    const qint64 now = m_clock();
    Status s = m_store.transaction([&]() -> Status {
        auto members = m_store.members(actor.workspaceId);
        if (!members.ok())
            return members.error();
        for (const MemberRecord &m : *members)
            if (m.user.email == address)
                return conflict("already_member",
                                tr("%1 is already a member of this workspace.").arg(address));
        out.token = "lki_" + crypto::randomBase62(40);
        InvitationRecord &inv = out.invitation;
        inv.id = crypto::randomId(u"inv_");
        inv.workspaceId = actor.workspaceId;
        inv.email = address;
        inv.role = role;
        inv.tokenHash = crypto::sha256(out.token);
        inv.invitedBy = actor.display;
        inv.createdAt = now;
        inv.expiresAt = now + kInvitationLifetimeMs;
        if (Status w = m_store.insertInvitation(inv); !w.ok())
            return w;
        return audit(actor, QStringLiteral("member.invited"), inv.id,
                     {{QStringLiteral("email"), address}, {QStringLiteral("role"), name(role)}});
    });
    if (!s.ok()) {
        crypto::wipe(out.token);
        return s.error();
    }
    return out;
}

Result<QList<InvitationRecord>> MemberService::invitations(const Actor &actor)
{
    if (Status s = Authorization::authorize(m_catalog, actor, Operation::ListInvitations); !s.ok())
        return s.error();
    return m_store.pendingInvitations(actor.workspaceId, m_clock());
}

Status MemberService::withdraw(const Actor &actor, const QString &invitationId)
{
    if (Status s = Authorization::authorize(m_catalog, actor, Operation::WithdrawInvitation);
        !s.ok())
        return s;
    return m_store.transaction([&]() -> Status {
        auto found = m_store.invitation(actor.workspaceId, invitationId);
        if (!found.ok())
            return found.error();
        if (!found->has_value())
            return ApiError::notFound(tr("No invitation '%1' in this workspace.")
                                          .arg(redactSecrets(invitationId.left(64))));
        InvitationRecord inv = **found;
        if (inv.acceptedAt)
            return conflict("invitation_accepted",
                            tr("This invitation was accepted already: remove the member "
                               "instead."));
        if (inv.withdrawnAt)
            return success(); // withdrawing twice changes nothing
        inv.withdrawnAt = m_clock();
        if (Status w = m_store.updateInvitation(inv); !w.ok())
            return w;
        return audit(actor, QStringLiteral("invitation.withdrawn"), inv.id,
                     {{QStringLiteral("email"), inv.email}});
    });
}

Result<Acceptance> MemberService::accept(const QByteArray &token, const QString &email,
                                         const QString &password)
{
    if (!token.startsWith("lki_") || token.size() != 44)
        return invalidInvitation();
    auto found = m_store.invitationByTokenHash(crypto::sha256(token));
    if (!found.ok())
        return found.error();
    const qint64 now = m_clock();
    const QString address = email.trimmed().toLower();
    if (!found->has_value() || (*found)->acceptedAt || (*found)->withdrawnAt ||
        (*found)->expiresAt <= now || (*found)->email != address)
        return invalidInvitation();
    Acceptance out;
    out.invitation = **found;
    auto existing = m_store.userByEmail(address);
    if (!existing.ok())
        return existing.error();
    if (existing->has_value()) {
        if (!SessionService::checkPassword((*existing)->passwordHash, password)) {
            ApiError e = ApiError::unauthenticated(
                tr("The password is not the one of the existing account %1.").arg(address));
            e.code = QStringLiteral("invalid_credentials");
            return e;
        }
        out.user = **existing;
    } else {
        if (Status p = SessionService::checkNewPassword(password, QStringLiteral("password"));
            !p.ok())
            return p.error();
        out.user.id = crypto::randomId(u"usr_");
        out.user.email = address;
        out.user.passwordHash = crypto::hashPassword(password);
        out.user.createdAt = now;
    }
    Actor joiner =
        Actor::member(out.user.id, address, out.invitation.workspaceId, out.invitation.role);
    Status s = m_store.transaction([&]() -> Status {
        // Again inside the transaction: two accepts of one token, one wins.
        auto again = m_store.invitationByTokenHash(out.invitation.tokenHash);
        if (!again.ok())
            return again.error();
        if (!again->has_value() || (*again)->acceptedAt || (*again)->withdrawnAt)
            return invalidInvitation();
        if (!existing->has_value())
            if (Status w = m_store.insertUser(out.user); !w.ok())
                return w;
        auto memberships = m_store.membershipsOfUser(out.user.id);
        if (!memberships.ok())
            return memberships.error();
        for (const MembershipRecord &m : *memberships)
            if (m.workspaceId == out.invitation.workspaceId)
                return conflict("already_member",
                                tr("%1 is already a member of this workspace.").arg(address));
        if (Status w = m_store.upsertMembership(
                {out.invitation.workspaceId, out.user.id, out.invitation.role, now});
            !w.ok())
            return w;
        out.invitation.acceptedAt = now;
        if (Status w = m_store.updateInvitation(out.invitation); !w.ok())
            return w;
        return audit(joiner, QStringLiteral("member.joined"), out.user.id,
                     {{QStringLiteral("invitation"), out.invitation.id},
                      {QStringLiteral("role"), name(out.invitation.role)}});
    });
    if (!s.ok())
        return s.error();
    return out;
}

Status MemberService::lastOwnerCheck(const QList<MemberRecord> &members, const QString &userId)
{
    for (const MemberRecord &m : members)
        if (m.role == Role::Owner && m.user.id != userId)
            return success();
    return conflict("last_owner",
                    tr("The workspace needs an owner: make someone else an owner first."));
}

Result<MemberRecord> MemberService::setRole(const Actor &actor, const QString &userId, Role role)
{
    if (Status s = Authorization::authorize(m_catalog, actor, Operation::ChangeMemberRole); !s.ok())
        return s.error();
    MemberRecord changed;
    Status s = m_store.transaction([&]() -> Status {
        if (Status l = m_store.lockWorkspace(actor.workspaceId); !l.ok())
            return l;
        auto members = m_store.members(actor.workspaceId);
        if (!members.ok())
            return members.error();
        const MemberRecord *member = find(*members, userId);
        if (!member)
            return noSuchMember(userId);
        if (Status a = Authorization::authorizeRoleChange(m_catalog, actor, member->role, role);
            !a.ok())
            return a;
        changed = *member;
        if (member->role == role)
            return success();
        if (member->role == Role::Owner)
            if (Status o = lastOwnerCheck(*members, userId); !o.ok())
                return o;
        changed.role = role;
        if (Status w = m_store.upsertMembership({actor.workspaceId, userId, role, 0}); !w.ok())
            return w;
        return audit(actor, QStringLiteral("member.role_changed"), userId,
                     {{QStringLiteral("email"), member->user.email},
                      {QStringLiteral("from"), name(member->role)},
                      {QStringLiteral("to"), name(role)}});
    });
    if (!s.ok())
        return s.error();
    return changed;
}

Status MemberService::remove(const Actor &actor, const QString &userId)
{
    return m_store.transaction([&]() -> Status {
        if (Status l = m_store.lockWorkspace(actor.workspaceId); !l.ok())
            return l;
        auto members = m_store.members(actor.workspaceId);
        if (!members.ok())
            return members.error();
        const MemberRecord *member = find(*members, userId);
        if (Status a = Authorization::authorizeRemoval(m_catalog, actor, userId,
                                                       member ? member->role : Role::Viewer);
            !a.ok())
            return a;
        if (!member)
            return noSuchMember(userId);
        if (member->role == Role::Owner)
            if (Status o = lastOwnerCheck(*members, userId); !o.ok())
                return o;
        if (Status w = m_store.deleteMembership(actor.workspaceId, userId); !w.ok())
            return w;
        return audit(actor, QStringLiteral("member.removed"), userId,
                     {{QStringLiteral("email"), member->user.email},
                      {QStringLiteral("role"), name(member->role)}});
    });
}

} // namespace latchkey
