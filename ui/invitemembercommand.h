// SPDX-License-Identifier: MIT
#pragma once
// Inviting a member: the invitation form is the command's run (it sends the call and shows a
// refusal in place); the outcome is the invitation with its token, shown once by the caller.

#include "command.h"

#include "core/authorization.h"

#include <QPointer>

namespace latchkey::ui {

class InviteDialog;

class InviteMemberCommand : public Command
{
    Q_OBJECT

public:
    InviteMemberCommand(client::Backend &backend, const QString &workspaceId,
                        const ScopeCatalog &catalog, const Actor &actor, QWidget *parentWidget);

    static Status whyNot(const ScopeCatalog &catalog, const Actor &actor);
    /// The form, while it is open.
    InviteDialog *dialog() const { return m_dialog.data(); }

signals:
    void succeeded(const latchkey::IssuedInvitation &issued);

protected:
    Status check() const override { return whyNot(m_catalog, m_actor); }
    void run() override;

private:
    ScopeCatalog m_catalog;
    Actor m_actor;
    QPointer<InviteDialog> m_dialog;
};

} // namespace latchkey::ui
