// SPDX-License-Identifier: MIT
#include "removemembercommand.h"

namespace latchkey::ui {

RemoveMemberCommand::RemoveMemberCommand(client::Backend &backend, const QString &workspaceId,
                                         const QString &workspaceName, const ScopeCatalog &catalog,
                                         const Actor &actor, const MemberRecord &member,
                                         QWidget *parentWidget)
    : Command(backend, workspaceId, parentWidget)
    , m_workspaceName(workspaceName)
    , m_catalog(catalog)
    , m_actor(actor)
    , m_member(member)
{}

Status RemoveMemberCommand::whyNot(const ScopeCatalog &catalog, const Actor &actor,
                                   const MemberRecord *member)
{
    if (!member)
        return ApiError::invalidRequest({}, tr("Select a member first."));
    return Authorization::authorizeRemoval(catalog, actor, member->user.id, member->role);
}

TypedConfirmDialog::Texts RemoveMemberCommand::confirmation(const QString &email,
                                                            const QString &workspaceName, bool self)
{
    if (self)
        return {tr("Leave workspace"),
                tr("<p>You will lose access to <b>%1</b> at once. Only an owner or admin can "
                   "invite you back.</p><p>To confirm, type the workspace's name:</p>")
                    .arg(workspaceName.toHtmlEscaped()),
                workspaceName,
                tr("Type the workspace's name"),
                tr("Leave workspace"),
                "removeMemberDialog",
                "removeConfirmEdit",
                "removeConfirmButton",
                ":/latchkey/icons/revoke.svg"};
    return {tr("Remove member"),
            tr("<p><b>%1</b> loses access to %2 at once, on every server: their next call gets "
               "<tt>401</tt>. The keys they made keep working until you revoke them.</p>"
               "<p>To confirm, type their email:</p>")
                .arg(email.toHtmlEscaped(), workspaceName.toHtmlEscaped()),
            email,
            tr("Type the member's email"),
            tr("Remove member"),
            "removeMemberDialog",
            "removeConfirmEdit",
            "removeConfirmButton",
            ":/latchkey/icons/revoke.svg"};
}

void RemoveMemberCommand::ask()
{
    auto *dialog = new TypedConfirmDialog(
        confirmation(m_member.user.email, m_workspaceName, isLeaving()), m_parentWidget);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, &RemoveMemberCommand::run);
    connect(dialog, &QDialog::rejected, this, &RemoveMemberCommand::finish);
    dialog->open();
}

void RemoveMemberCommand::run()
{
    m_backend.removeMember(m_workspaceId, m_member.user.id, this,
                           outcome<Done>([this](const Done &) { emit succeeded(m_member); }));
}

} // namespace latchkey::ui
