// SPDX-License-Identifier: MIT
#include "authorization.h"

#include "apierror.h"

namespace latchkey {

namespace {

struct OperationInfo
{
    Operation op;
    const char *name;
    const char *scope; ///< nullptr: members only (docs/teams.md)
};

// In the order of the enum.
constexpr OperationInfo kOperations[] = {
    {Operation::ListScopes, "scopes.list", "keys.read"},
    {Operation::ListKeys, "keys.list", "keys.read"},
    {Operation::ReadKey, "keys.read", "keys.read"},
    {Operation::CreateKey, "keys.create", "keys.write"},
    {Operation::UpdateKey, "keys.update", "keys.write"},
    {Operation::RevokeKey, "keys.revoke", "keys.write"},
    {Operation::RollKey, "keys.roll", "keys.write"},
    {Operation::ListWebhookEndpoints, "webhooks.list", "webhooks.read"},
    {Operation::ReadWebhookEndpoint, "webhooks.read", "webhooks.read"},
    {Operation::CreateWebhookEndpoint, "webhooks.create", "webhooks.write"},
    {Operation::DeleteWebhookEndpoint, "webhooks.delete", "webhooks.write"},
    {Operation::RotateWebhookSecret, "webhooks.rotate_secret", "webhooks.write"},
    {Operation::TestWebhookEndpoint, "webhooks.test", "webhooks.write"},
    {Operation::ReadAudit, "audit.list", "audit.read"},
    {Operation::VerifyAuditChain, "audit.verify", "audit.read"},
    {Operation::ListMembers, "members.list", nullptr},
    {Operation::InviteMember, "members.invite", nullptr},
    {Operation::ListInvitations, "invitations.list", nullptr},
    {Operation::WithdrawInvitation, "invitations.withdraw", nullptr},
    {Operation::ChangeMemberRole, "members.set_role", nullptr},
    {Operation::RemoveMember, "members.remove", nullptr},
    {Operation::LeaveWorkspace, "members.leave", nullptr},
    {Operation::CreateWorkspace, "workspaces.create", nullptr},
    {Operation::RenameWorkspace, "workspaces.rename", nullptr},
    {Operation::SetServiceStatus, "services.set_status", nullptr},
    {Operation::ChangePassword, "password.change", nullptr},
};

constexpr bool inOrder()
{
    int i = 0;
    for (const OperationInfo &o : kOperations)
        if (int(o.op) != i++)
            return false;
    return i == int(Operation::ChangePassword) + 1;
}
static_assert(inOrder(), "kOperations lists every Operation, in the enum's order");

const OperationInfo &info(Operation op)
{
    return kOperations[int(op)];
}

/// The least role that may do a members-only operation.
Role leastRole(Operation op)
{
    switch (op) {
    case Operation::InviteMember:
    case Operation::ListInvitations:
    case Operation::WithdrawInvitation:
    case Operation::ChangeMemberRole:
    case Operation::RemoveMember:
        return Role::Admin;
    case Operation::RenameWorkspace:
    case Operation::SetServiceStatus:
        return Role::Owner;
    default:
        return Role::Viewer; // every member
    }
}

} // namespace

QList<Operation> allOperations()
{
    QList<Operation> out;
    for (const OperationInfo &i : kOperations)
        out.append(i.op);
    return out;
}

QString operationName(Operation op)
{
    return QString::fromLatin1(info(op).name);
}

QString scopeNeeded(Operation op)
{
    return info(op).scope ? QString::fromLatin1(info(op).scope) : QString();
}

int rank(Role role)
{
    switch (role) {
    case Role::Owner:
        return 3;
    case Role::Admin:
        return 2;
    case Role::Developer:
        return 1;
    case Role::Viewer:
        return 0;
    }
    return 0;
}

Status Authorization::authorize(const ScopeCatalog &catalog, const Actor &actor, Operation op)
{
    if (actor.kind == Actor::Kind::PlatformAdmin)
        return success();
    const QString scope = scopeNeeded(op);
    if (scope.isEmpty()) { // docs/teams.md: members only, by role
        if (actor.kind == Actor::Kind::Key)
            return ApiError::forbidden(
                tr("API keys cannot manage members, invitations, workspaces or passwords; "
                   "sign in instead."));
        if (rank(actor.role) >= rank(leastRole(op)))
            return success();
        return ApiError::forbidden(
            leastRole(op) == Role::Owner
                ? tr("Only an owner of the workspace can do this (your role: %1).")
                      .arg(name(actor.role))
                : tr("Only owners and admins can manage members and invitations (your role: "
                     "%1).")
                      .arg(name(actor.role)));
    }
    if (actor.holds(catalog, scope))
        return success();
    if (actor.kind == Actor::Kind::Key)
        return ApiError::insufficientScope(scope);
    const QString role = name(actor.role);
    if (scope == QLatin1String("keys.read"))
        return ApiError::forbidden(tr("Your role (%1) cannot see API keys.").arg(role));
    if (scope == QLatin1String("keys.write"))
        return ApiError::forbidden(tr("Your role (%1) cannot change API keys.").arg(role));
    if (scope == QLatin1String("webhooks.read"))
        return ApiError::forbidden(tr("Your role (%1) cannot see webhook endpoints.").arg(role));
    if (scope == QLatin1String("webhooks.write"))
        return ApiError::forbidden(tr("Your role (%1) cannot change webhook endpoints.").arg(role));
    return ApiError::forbidden(tr("Your role (%1) cannot read the audit log.").arg(role));
}

Status Authorization::authorizeInvitation(const ScopeCatalog &catalog, const Actor &actor,
                                          Role role)
{
    if (Status s = authorize(catalog, actor, Operation::InviteMember); !s.ok())
        return s;
    if (actor.kind == Actor::Kind::PlatformAdmin || rank(role) <= rank(actor.role))
        return success();
    return ApiError::forbidden(
        tr("You cannot invite someone as %1: nobody invites above their own role (%2).")
            .arg(name(role), name(actor.role)));
}

Status Authorization::authorizeRoleChange(const ScopeCatalog &catalog, const Actor &actor,
                                          Role current, Role wanted)
{
    if (Status s = authorize(catalog, actor, Operation::ChangeMemberRole); !s.ok())
        return s;
    if (actor.kind == Actor::Kind::PlatformAdmin)
        return success();
    if (current == Role::Owner && actor.role != Role::Owner)
        return ApiError::forbidden(tr("Only an owner can change another owner's role."));
    if (rank(wanted) > rank(actor.role))
        return ApiError::forbidden(
            tr("You cannot make someone %1: nobody gives a role above their own (%2).")
                .arg(name(wanted), name(actor.role)));
    return success();
}

Status Authorization::authorizeRemoval(const ScopeCatalog &catalog, const Actor &actor,
                                       const QString &userId, Role role)
{
    const bool leaving = actor.kind == Actor::Kind::Member && actor.id == userId;
    // Leaving: the last owner is a 409, decided with the membership.
    if (Status s = authorize(catalog, actor,
                             leaving ? Operation::LeaveWorkspace : Operation::RemoveMember);
        !s.ok() || leaving)
        return s;
    if (actor.kind == Actor::Kind::PlatformAdmin || role != Role::Owner ||
        actor.role == Role::Owner)
        return success();
    return ApiError::forbidden(tr("Only an owner can remove another owner."));
}

QList<Role> Authorization::grantableRoles(const ScopeCatalog &catalog, const Actor &actor)
{
    QList<Role> out;
    if (!authorize(catalog, actor, Operation::ChangeMemberRole).ok())
        return out;
    for (Role r : {Role::Owner, Role::Admin, Role::Developer, Role::Viewer})
        if (actor.kind == Actor::Kind::PlatformAdmin || rank(r) <= rank(actor.role))
            out.append(r);
    return out;
}

Status Authorization::environmentAllowed(KeyEnvironments allowed, Environment env)
{
    if (allowed == KeyEnvironments::All || env == Environment::Test)
        return success();
    return ApiError::environmentNotAllowed(
        tr("The offline sandbox holds test keys only (sk_test_, pk_test_): live keys are "
           "created and verified on a Latchkey server."));
}

} // namespace latchkey
