// SPDX-License-Identifier: MIT
#include "withdrawinvitationcommand.h"

namespace latchkey::ui {

WithdrawInvitationCommand::WithdrawInvitationCommand(
    client::Backend &backend, const QString &workspaceId, const ScopeCatalog &catalog,
    const Actor &actor, const InvitationRecord &invitation, QWidget *parentWidget)
    : Command(backend, workspaceId, parentWidget)
    , m_catalog(catalog)
    , m_actor(actor)
    , m_invitation(invitation)
{}

Status WithdrawInvitationCommand::whyNot(const ScopeCatalog &catalog, const Actor &actor,
                                         const InvitationRecord *invitation)
{
    if (!invitation)
        return ApiError::invalidRequest({}, tr("Select an invitation first."));
    return Authorization::authorize(catalog, actor, Operation::WithdrawInvitation);
}

void WithdrawInvitationCommand::run()
{
    m_backend.withdrawInvitation(
        m_workspaceId, m_invitation.id, this,
        outcome<Done>([this](const Done &) { emit succeeded(m_invitation); }));
}

} // namespace latchkey::ui
