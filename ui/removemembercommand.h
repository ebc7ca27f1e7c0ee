// SPDX-License-Identifier: MIT
#pragma once
// Removing a member (or leaving, when it is oneself): asks to type their email (or the
// workspace's name), removes, reports. Not undoable: they need a new invitation.

#include "command.h"
#include "typedconfirmdialog.h"

#include "core/authorization.h"

namespace latchkey::ui {

class RemoveMemberCommand : public Command
{
    Q_OBJECT

public:
    RemoveMemberCommand(client::Backend &backend, const QString &workspaceId,
                        const QString &workspaceName, const ScopeCatalog &catalog,
                        const Actor &actor, const MemberRecord &member, QWidget *parentWidget);

    static Status whyNot(const ScopeCatalog &catalog, const Actor &actor,
                         const MemberRecord *member);
    /// The typed confirmation for removing \p email (or, \p self, for leaving).
    static TypedConfirmDialog::Texts confirmation(const QString &email,
                                                  const QString &workspaceName, bool self);
    bool isLeaving() const { return m_member.user.id == m_actor.id; }

signals:
    void succeeded(const latchkey::MemberRecord &member);

protected:
    Status check() const override { return whyNot(m_catalog, m_actor, &m_member); }
    void ask() override;
    void run() override;

private:
    QString m_workspaceName;
    ScopeCatalog m_catalog;
    Actor m_actor;
    MemberRecord m_member;
};

} // namespace latchkey::ui
