// SPDX-License-Identifier: MIT
#pragma once
// The one place that decides what an actor may do. Every service operation asks authorize()
// first; the server asks it for every management route before it reads a body, the offline
// sandbox for every call, and the dashboard asks it what to enable (and why not). Nothing
// else compares roles or management scopes.
//
// Members act through their role (the role table of docs/teams.md, as scopes: roleScopeSet()), keys
// through their own scopes. Member management, workspaces and passwords (docs/teams.md) are for
// signed-in members only: a key gets 403 permission_denied there, whatever its scopes.

#include "actor.h"
#include "result.h"

#include <QCoreApplication>
#include <QList>

namespace latchkey {

enum class Operation
{
    // API keys (keys.read / keys.write)
    ListScopes,
    ListKeys,
    ReadKey,
    CreateKey,
    UpdateKey,
    RevokeKey,
    RollKey,
    // Webhook endpoints (webhooks.read / webhooks.write)
    ListWebhookEndpoints,
    ReadWebhookEndpoint,
    CreateWebhookEndpoint,
    DeleteWebhookEndpoint,
    RotateWebhookSecret,
    TestWebhookEndpoint,
    // The audit log (audit.read)
    ReadAudit,
    VerifyAuditChain,
    // Members, invitations, workspaces (docs/teams.md: members only)
    ListMembers,
    InviteMember,
    ListInvitations,
    WithdrawInvitation,
    ChangeMemberRole,
    RemoveMember,
    LeaveWorkspace, ///< removing oneself: every member
    CreateWorkspace,
    RenameWorkspace,
    SetServiceStatus,
    ChangePassword,
};

/// Every operation, in declaration order (for tests and tables).
QList<Operation> allOperations();
/// A stable English name ("keys.create", "members.invite", …) for logs and tests.
QString operationName(Operation op);
/// The scope a key (and, through the role table, a member) needs for \p op; empty for the
/// members-only operations of docs/teams.md.
QString scopeNeeded(Operation op);

class Authorization
{
    Q_DECLARE_TR_FUNCTIONS(Authorization)

public:
    /// May \p actor do \p op in its workspace? success(), or the exact refusal:
    /// 403 insufficient_scope (a key without the scope), 403 permission_denied (a role
    /// without the right, or a key on a members-only operation).
    static Status authorize(const ScopeCatalog &catalog, const Actor &actor, Operation op);

    /// The rules that depend on the other member too (docs/teams.md). Each first requires the
    /// operation itself (authorize()).
    /// Inviting as \p role: nobody invites above their own role; only owners invite owners.
    static Status authorizeInvitation(const ScopeCatalog &catalog, const Actor &actor, Role role);
    /// Changing a member from \p current to \p wanted: nobody sets a role above their own, and
    /// an admin cannot change an owner.
    static Status authorizeRoleChange(const ScopeCatalog &catalog, const Actor &actor, Role current,
                                      Role wanted);
    /// Removing member \p userId, whose role is \p role: oneself is LeaveWorkspace (every
    /// member); someone else is RemoveMember (owners and admins), and only an owner removes an
    /// owner. An id that names nobody is asked as a viewer's, so that only those who may
    /// remove members learn whether it exists.
    static Status authorizeRemoval(const ScopeCatalog &catalog, const Actor &actor,
                                   const QString &userId, Role role);
    /// The roles \p actor may give (invite as, or change to), highest first: what a role combo
    /// offers. Empty when the actor manages no members.
    static QList<Role> grantableRoles(const ScopeCatalog &catalog, const Actor &actor);

    /// May a deployment that keeps \p allowed keys create, roll or verify a key of \p env?
    /// The offline sandbox keeps test keys only: a live one is refused with 403
    /// environment_not_allowed and the reason, which the dashboard also shows on its disabled
    /// Live choices. KeyService asks it on create and roll, the Verifier on every verify.
    static Status environmentAllowed(KeyEnvironments allowed, Environment env);
};

/// Rank: owner 3, admin 2, developer 1, viewer 0.
int rank(Role role);

} // namespace latchkey
