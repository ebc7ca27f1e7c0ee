// SPDX-License-Identifier: MIT
#pragma once
// Withdrawing a pending invitation: its token stops working at once; no question (inviting
// again is the way back), the outcome is the invitation withdrawn.

#include "command.h"

#include "core/authorization.h"

namespace latchkey::ui {

class WithdrawInvitationCommand : public Command
{
    Q_OBJECT

public:
    WithdrawInvitationCommand(client::Backend &backend, const QString &workspaceId,
                              const ScopeCatalog &catalog, const Actor &actor,
                              const InvitationRecord &invitation, QWidget *parentWidget);

    static Status whyNot(const ScopeCatalog &catalog, const Actor &actor,
                         const InvitationRecord *invitation);

signals:
    void succeeded(const latchkey::InvitationRecord &invitation);

protected:
    Status check() const override { return whyNot(m_catalog, m_actor, &m_invitation); }
    void run() override;

private:
    ScopeCatalog m_catalog;
    Actor m_actor;
    InvitationRecord m_invitation;
};

} // namespace latchkey::ui
