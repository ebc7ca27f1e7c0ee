// SPDX-License-Identifier: MIT
#include "invitemembercommand.h"

#include "teamdialogs.h"

namespace latchkey::ui {

InviteMemberCommand::InviteMemberCommand(client::Backend &backend, const QString &workspaceId,
                                         const ScopeCatalog &catalog, const Actor &actor,
                                         QWidget *parentWidget)
    : Command(backend, workspaceId, parentWidget)
    , m_catalog(catalog)
    , m_actor(actor)
{}

Status InviteMemberCommand::whyNot(const ScopeCatalog &catalog, const Actor &actor)
{
    return Authorization::authorize(catalog, actor, Operation::InviteMember);
}

void InviteMemberCommand::run()
{
    m_dialog = new InviteDialog(m_backend, m_workspaceId,
                                Authorization::grantableRoles(m_catalog, m_actor), m_parentWidget);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &InviteDialog::invited, this, &InviteMemberCommand::succeeded);
    connect(m_dialog, &QDialog::finished, this, &InviteMemberCommand::finish);
    m_dialog->open();
}

} // namespace latchkey::ui
