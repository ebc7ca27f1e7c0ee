// SPDX-License-Identifier: MIT
#include "setmemberrolecommand.h"

#include "models/workspacemodel.h"

namespace latchkey::ui {

SetMemberRoleCommand::SetMemberRoleCommand(client::Backend &backend, const QString &workspaceId,
                                           const ScopeCatalog &catalog, const Actor &actor,
                                           const MemberRecord &member, Role role,
                                           QWidget *parentWidget)
    : Command(backend, workspaceId, parentWidget)
    , m_catalog(catalog)
    , m_actor(actor)
    , m_member(member)
    , m_role(role)
{}

Status SetMemberRoleCommand::whyNot(const ScopeCatalog &catalog, const Actor &actor,
                                    const MemberRecord *member, Role role)
{
    if (Status s = Authorization::authorize(catalog, actor, Operation::ChangeMemberRole); !s.ok())
        return s;
    if (!member)
        return ApiError::invalidRequest({}, tr("Select a member first."));
    if (Status s = Authorization::authorizeRoleChange(catalog, actor, member->role, role); !s.ok())
        return s;
    if (member->role == role)
        return ApiError::invalidRequest(
            {}, tr("%1 is %2 already.")
                    .arg(member->user.email, models::WorkspaceModel::roleText(role)));
    return success();
}

void SetMemberRoleCommand::run()
{
    m_backend.setMemberRole(
        m_workspaceId, m_member.user.id, m_role, this,
        outcome<MemberRecord>([this](const MemberRecord &m) { emit succeeded(m); }));
}

} // namespace latchkey::ui
