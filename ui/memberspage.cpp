// SPDX-License-Identifier: MIT
#include "memberspage.h"

#include "headerfit.h"
#include "invitemembercommand.h"
#include "removemembercommand.h"
#include "secretrevealdialog.h"
#include "setmemberrolecommand.h"
#include "tablenavigation.h"
#include "teamdialogs.h"
#include "widgetnames.h"
#include "withdrawinvitationcommand.h"

#include "core/authorization.h"
#include "models/membermodel.h"
#include "models/workspacemodel.h"

#include <QComboBox>
#include <QDateTime>
#include <QFont>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTableView>
#include <QVBoxLayout>

namespace latchkey::ui {

MembersPage::MembersPage(client::Backend &backend, QWidget *parent)
    : QWidget(parent)
    , m_backend(backend)
    , m_model(new models::MemberModel(backend, this))
{
    setObjectName(QStringLiteral("membersPage"));
    auto *title = new QLabel(tr("Members"), this);
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    title->setFont(big);
    m_why = new QLabel(this);
    m_why->setObjectName(QStringLiteral("membersPermissionLabel"));
    m_why->setWordWrap(true);

    m_view = named(new QTableView(this), "memberTable", tr("Members and pending invitations"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setColumnWidth(models::MemberModel::EmailColumn, 300);
    m_view->setColumnWidth(models::MemberModel::RoleColumn, 150);
    m_view->setColumnWidth(models::MemberModel::JoinedColumn, 260);
    keepTitlesWhole(m_view->horizontalHeader());
    useTableNavigation(m_view);

    m_invite = named(
        new QPushButton(QIcon(QStringLiteral(":/latchkey/icons/add.svg")), tr("Invite…"), this),
        "inviteButton", tr("Invite a member"));
    m_roleCombo = named(new QComboBox(this), "memberRoleCombo", tr("New role"));
    m_changeRole = named(new QPushButton(tr("Change role"), this), "changeRoleButton",
                         tr("Give the selected member this role"));
    m_remove = named(
        new QPushButton(QIcon(QStringLiteral(":/latchkey/icons/revoke.svg")), tr("Remove…"), this),
        "removeMemberButton", tr("Remove the selected member"));
    m_withdraw = named(new QPushButton(tr("Withdraw invitation"), this), "withdrawInvitationButton",
                       tr("Withdraw the selected invitation"));
    m_accept = named(new QPushButton(tr("Accept invitation…"), this), "acceptInvitationButton",
                     tr("Accept an invitation in the sandbox"));
    m_viewAs = named(new QPushButton(tr("View as this member"), this), "viewAsButton",
                     tr("Show the dashboard as the selected member sees it"));
    m_accept->setVisible(backend.isSandboxTeam());
    m_viewAs->setVisible(backend.isSandboxTeam());

    connect(m_invite, &QPushButton::clicked, this, &MembersPage::invite);
    connect(m_changeRole, &QPushButton::clicked, this, &MembersPage::changeRole);
    connect(m_remove, &QPushButton::clicked, this, &MembersPage::removeSelected);
    connect(m_withdraw, &QPushButton::clicked, this, &MembersPage::withdrawSelected);
    connect(m_accept, &QPushButton::clicked, this, &MembersPage::acceptInvitation);
    connect(m_viewAs, &QPushButton::clicked, this, &MembersPage::viewAsSelected);
    connect(m_roleCombo, &QComboBox::currentIndexChanged, this, &MembersPage::updateButtons);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MembersPage::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &MembersPage::updateButtons);
    connect(m_model, &models::MemberModel::failed, this, &MembersPage::error);

    auto *top = new QHBoxLayout;
    top->addWidget(m_why, 1);
    top->addWidget(m_accept);
    top->addWidget(m_invite);
    auto *bottom = new QHBoxLayout;
    auto *roleLabel = new QLabel(tr("Role:"), this);
    roleLabel->setBuddy(m_roleCombo); // what a screen reader says the combo box is for
    bottom->addWidget(roleLabel);
    bottom->addWidget(m_roleCombo);
    bottom->addWidget(m_changeRole);
    bottom->addStretch(1);
    bottom->addWidget(m_viewAs);
    bottom->addWidget(m_withdraw);
    bottom->addWidget(m_remove);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(title);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    layout->addLayout(bottom);
    updateButtons();
}

void MembersPage::setContext(const QString &workspaceId, const QString &workspaceName, Role role,
                             const ScopeCatalog &catalog)
{
    m_workspaceId = workspaceId;
    m_workspaceName = workspaceName;
    m_role = role;
    m_catalog = catalog;
    {
        const QSignalBlocker quiet(m_roleCombo);
        m_roleCombo->clear();
        for (Role r : Authorization::grantableRoles(m_catalog, me()))
            m_roleCombo->addItem(models::WorkspaceModel::roleText(r), int(r));
        // The least powerful role is the safe default.
        m_roleCombo->setCurrentIndex(int(m_roleCombo->count()) - 1);
    }
    const Status manage = Authorization::authorize(m_catalog, me(), Operation::InviteMember);
    m_why->setText(
        manage.ok()
            ? tr("You can invite members and give them any role up to yours (%1).")
                  .arg(models::WorkspaceModel::roleText(role))
            : tr("You can see who is in %1. %2").arg(workspaceName, manage.error().message));
    m_model->setWorkspace(
        workspaceId, Authorization::authorize(m_catalog, me(), Operation::ListInvitations).ok());
    updateButtons();
}

Actor MembersPage::me() const
{
    const int row = m_model->rowOf(m_backend.userEmail());
    const MemberRecord *self = m_model->member(row);
    return Actor::member(self ? self->user.id : QString(), m_backend.userEmail(), m_workspaceId,
                         m_role);
}

void MembersPage::updateButtons()
{
    const Actor actor = me();
    const int row = m_view->currentIndex().row();
    const MemberRecord *member = m_model->member(row);
    const InvitationRecord *invitation = m_model->invitation(row);
    const auto show = [](QPushButton *b, const Status &s, const QString &okTip) {
        b->setEnabled(s.ok());
        b->setToolTip(s.ok() ? okTip : s.error().message);
    };
    show(m_invite, InviteMemberCommand::whyNot(m_catalog, actor),
         tr("Invite someone by email; they get a token to accept"));

    const bool self = member && member->user.id == actor.id;
    m_remove->setText(self ? tr("Leave workspace…") : tr("Remove…"));
    show(m_remove, RemoveMemberCommand::whyNot(m_catalog, actor, member),
         self ? tr("Leave this workspace") : tr("Remove the member; their access ends at once"));
    const Status manageRoles =
        Authorization::authorize(m_catalog, actor, Operation::ChangeMemberRole);
    m_roleCombo->setEnabled(manageRoles.ok() && m_roleCombo->count() > 0);
    m_roleCombo->setToolTip(manageRoles.ok() ? tr("The roles you may give")
                                             : manageRoles.error().message);
    show(m_changeRole,
         SetMemberRoleCommand::whyNot(m_catalog, actor, member,
                                      Role(m_roleCombo->currentData().toInt())),
         tr("Give the selected member this role"));
    show(m_withdraw, WithdrawInvitationCommand::whyNot(m_catalog, actor, invitation),
         tr("The token stops working at once"));
    m_viewAs->setEnabled(member && !self);
    m_viewAs->setToolTip(member && !self
                             ? tr("See the dashboard as %1 sees it").arg(member->user.email)
                             : tr("Select another member first."));
}

InviteDialog *MembersPage::invite()
{
    auto *command = new InviteMemberCommand(m_backend, m_workspaceId, m_catalog, me(), this);
    connect(command, &InviteMemberCommand::succeeded, this,
            [this](const IssuedInvitation &issued) { revealInvitation(issued); });
    connect(command, &Command::failed, this, &MembersPage::error);
    command->start();
    return command->dialog();
}

SecretRevealDialog *MembersPage::revealInvitation(const IssuedInvitation &issued)
{
    const InvitationRecord &inv = issued.invitation;
    const QString role = models::WorkspaceModel::roleText(inv.role);
    const QString expires = QDateTime::fromMSecsSinceEpoch(inv.expiresAt)
                                .toUTC()
                                .toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    const QString how =
        m_backend.isSandboxTeam()
            ? tr("This is the offline sandbox: accept it on this computer, on the Members page "
                 "(Accept invitation…), with the token below and the email %1.")
                  .arg(inv.email)
            : tr("To join: open Latchkey, choose Connect to server…, enter the server %1 and your "
                 "email %2, tick “I have an invitation”, paste the token below and choose a "
                 "password of at least 12 characters (or give yours, if you have an account "
                 "there).")
                  .arg(m_backend.serverUrl().toDisplayString(), inv.email);
    const QString before = tr("Hello,\n\n%1 invites you to the workspace “%2” on Latchkey, as "
                              "%3.\n\n%4\n\nInvitation token: ")
                               .arg(m_backend.userEmail(), m_workspaceName, role, how);
    const QString after =
        tr("\n\nThe token works once, for %1 only, until %2 (UTC).").arg(inv.email, expires);
    QByteArray token = issued.token;
    auto *reveal = new SecretRevealDialog(
        std::move(token), tr("Invitation for %1").arg(inv.email),
        tr("%1 is invited as <b>%2</b>. Send them this message; the token in it is their way in.")
            .arg(inv.email.toHtmlEscaped(), role),
        this);
    reveal->setObjectName(QStringLiteral("invitationRevealDialog"));
    reveal->setWarning(tr("<b>Copy the invitation now. It will not be shown again.</b> If it is "
                          "lost, withdraw the invitation and invite again."));
    reveal->setShareText(before, after, tr("Copy invitation"));
    reveal->setAttribute(Qt::WA_DeleteOnClose);
    reveal->open();
    return reveal;
}

void MembersPage::changeRole()
{
    const MemberRecord *member = m_model->member(m_view->currentIndex().row());
    if (!member)
        return;
    setRole(*member, Role(m_roleCombo->currentData().toInt()));
}

void MembersPage::setRole(const MemberRecord &member, Role role)
{
    auto *command =
        new SetMemberRoleCommand(m_backend, m_workspaceId, m_catalog, me(), member, role, this);
    const Role previous = member.role;
    const QString workspaceId = m_workspaceId;
    const QPointer<MembersPage> page(this); // the bar's Undo may outlive the page
    connect(
        command, &SetMemberRoleCommand::succeeded, this,
        [page, previous, workspaceId](const MemberRecord &m) {
            // A role is given back the same way it was given: the notice offers it.
            const auto undo = [page, m, previous, workspaceId] {
                if (!page)
                    return;
                if (page->m_workspaceId != workspaceId) {
                    emit page->error(tr("That role was changed in another workspace: open "
                                        "it to change the role back."));
                    return;
                }
                page->setRole(m, previous);
            };
            if (page)
                emit page->undoableNotice(
                    tr("%1 is now %2.").arg(m.user.email, models::WorkspaceModel::roleText(m.role)),
                    tr("Undo"), undo);
        });
    connect(command, &Command::failed, this, &MembersPage::error);
    command->start();
}

void MembersPage::removeSelected()
{
    const MemberRecord *member = m_model->member(m_view->currentIndex().row());
    if (!member)
        return;
    auto *command = new RemoveMemberCommand(m_backend, m_workspaceId, m_workspaceName, m_catalog,
                                            me(), *member, this);
    const bool self = command->isLeaving();
    connect(command, &RemoveMemberCommand::succeeded, this, [this, self](const MemberRecord &m) {
        emit notice(self ? tr("You left %1.").arg(m_workspaceName)
                         : tr("%1 is removed from %2.").arg(m.user.email, m_workspaceName));
    });
    connect(command, &Command::failed, this, &MembersPage::error);
    command->start();
}

void MembersPage::withdrawSelected()
{
    const InvitationRecord *invitation = m_model->invitation(m_view->currentIndex().row());
    if (!invitation)
        return;
    auto *command =
        new WithdrawInvitationCommand(m_backend, m_workspaceId, m_catalog, me(), *invitation, this);
    connect(
        command, &WithdrawInvitationCommand::succeeded, this, [this](const InvitationRecord &i) {
            emit notice(
                tr("The invitation for %1 is withdrawn; its token no longer works.").arg(i.email));
        });
    connect(command, &Command::failed, this, &MembersPage::error);
    command->start();
}

AcceptInvitationDialog *MembersPage::acceptInvitation()
{
    auto *dialog = new AcceptInvitationDialog(m_backend, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] { emit notice(tr("Invitation accepted.")); });
    dialog->open();
    return dialog;
}

void MembersPage::viewAsSelected()
{
    const MemberRecord *member = m_model->member(m_view->currentIndex().row());
    if (!member)
        return;
    const QString email = member->user.email;
    m_backend.actAs(email, this, [this, email](Result<Done> r) {
        if (!r.ok()) {
            emit error(r.error().message);
            return;
        }
        emit notice(tr("The sandbox now shows what %1 sees.").arg(email));
    });
}

} // namespace latchkey::ui
