// SPDX-License-Identifier: MIT
#pragma once
// The Members page (docs/teams.md): who is in the workspace, with role and last sign-in, and
// the invitations still pending. Invite…, change a role (the combo offers only what the user may
// give), remove with a typed confirmation, withdraw an invitation. What the user may not do is
// disabled, and the page says why, in core's words (Authorization). In the offline sandbox the
// whole team lives on one computer: invitations are accepted here, and *View as* shows the
// dashboard as any member sees it.

#include "typedconfirmdialog.h"

#include "client/backend.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace latchkey::models {
class MemberModel;
}

namespace latchkey::ui {

class AcceptInvitationDialog;
class InviteDialog;
class SecretRevealDialog;

class MembersPage : public QWidget
{
    Q_OBJECT

public:
    explicit MembersPage(client::Backend &backend, QWidget *parent = nullptr);

    void setContext(const QString &workspaceId, const QString &workspaceName, Role role,
                    const ScopeCatalog &catalog);
    models::MemberModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    /// Shows \p issued's token once, in a ready-to-send invitation.
    SecretRevealDialog *revealInvitation(const IssuedInvitation &issued);

public slots:
    InviteDialog *invite();
    void changeRole();
    void removeSelected();
    void withdrawSelected();
    AcceptInvitationDialog *acceptInvitation();
    void viewAsSelected();

signals:
    void error(const QString &message);
    void notice(const QString &message);
    /// A notice with the way back (the message bar's Undo runs \p undo).
    void undoableNotice(const QString &message, const QString &undoText,
                        std::function<void()> undo);

private:
    /// The signed-in member, as core's Authorization sees them.
    Actor me() const;
    /// Gives \p member \p role through a SetMemberRoleCommand; its notice offers Undo.
    void setRole(const MemberRecord &member, Role role);
    void updateButtons();

    client::Backend &m_backend;
    QString m_workspaceId;
    QString m_workspaceName;
    Role m_role = Role::Viewer;
    ScopeCatalog m_catalog;
    models::MemberModel *m_model;
    QTableView *m_view;
    QLabel *m_why;
    QPushButton *m_invite;
    QComboBox *m_roleCombo;
    QPushButton *m_changeRole;
    QPushButton *m_remove;
    QPushButton *m_withdraw;
    QPushButton *m_accept;
    QPushButton *m_viewAs;
};

} // namespace latchkey::ui
