// SPDX-License-Identifier: MIT
#pragma once
// Giving a member another role: core says whether this user may (Authorization), the call is
// made without a question (a role is changed back the same way), the outcome is the member
// with the role.

#include "command.h"

#include "core/authorization.h"

namespace latchkey::ui {

class SetMemberRoleCommand : public Command
{
    Q_OBJECT

public:
    SetMemberRoleCommand(client::Backend &backend, const QString &workspaceId,
                         const ScopeCatalog &catalog, const Actor &actor,
                         const MemberRecord &member, Role role, QWidget *parentWidget);

    /// Whether \p actor may give \p member \p role now, or why not (none selected, not
    /// allowed, the role it has already).
    static Status whyNot(const ScopeCatalog &catalog, const Actor &actor,
                         const MemberRecord *member, Role role);

signals:
    void succeeded(const latchkey::MemberRecord &member);

protected:
    Status check() const override { return whyNot(m_catalog, m_actor, &m_member, m_role); }
    void run() override;

private:
    ScopeCatalog m_catalog;
    Actor m_actor;
    MemberRecord m_member;
    Role m_role;
};

} // namespace latchkey::ui
