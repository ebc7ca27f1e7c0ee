// SPDX-License-Identifier: MIT
#include "teamdialogs.h"

#include "messagebar.h"
#include "widgetnames.h"

#include "core/crypto.h"
#include "core/sessionservice.h"
#include "core/workspaceservice.h"
#include "models/workspacemodel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace latchkey::ui {

FormDialog::FormDialog(client::Backend &backend, const QString &title, const QString &actionText,
                       const char *actionObjectName, QWidget *parent)
    : QDialog(parent)
    , m_backend(backend)
{
    setWindowTitle(title);
    setAccessibleName(title);
    m_bar = new MessageBar(this);
    m_form = new QFormLayout;
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("formStatus"));
    m_status->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(this);
    m_action = named(buttons->addButton(actionText, QDialogButtonBox::AcceptRole), actionObjectName,
                     actionText);
    m_action->setEnabled(false);
    named(buttons->addButton(QDialogButtonBox::Cancel), "cancelButton", tr("Cancel"));
    connect(m_action, &QPushButton::clicked, this, [this] {
        m_action->setEnabled(false);
        submit();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_bar);
    layout->addLayout(m_form);
    layout->addWidget(m_status);
    layout->addStretch(1);
    layout->addWidget(buttons);
    setMinimumWidth(480);
}

void FormDialog::addRow(const QString &label, QWidget *field)
{
    m_form->addRow(label, field);
    if (auto *edit = qobject_cast<QLineEdit *>(field))
        connect(edit, &QLineEdit::textChanged, this, &FormDialog::validate);
}

void FormDialog::validate()
{
    const QString why = problem();
    m_status->setText(why);
    m_action->setEnabled(why.isEmpty());
}

void FormDialog::finished(const Status &status)
{
    if (status.ok())
        return accept();
    m_bar->showError(status.error().message);
    validate();
}

QLineEdit *FormDialog::passwordEdit(const char *objectName, const QString &accessibleName)
{
    auto *edit = named(new QLineEdit(this), objectName, accessibleName);
    edit->setEchoMode(QLineEdit::Password);
    return edit;
}

namespace {
/// The first field that is filled but wrong, as core says it; empty fields are not errors yet
/// (the button stays disabled until they are filled).
QString emailProblem(const QLineEdit *edit)
{
    const QString email = edit->text().trimmed();
    if (email.isEmpty())
        return {};
    const Status s = WorkspaceService::validateEmail(email);
    return s.ok() ? QString() : s.error().message;
}

QString passwordProblem(const QLineEdit *edit, const char *param)
{
    if (edit->text().isEmpty())
        return {};
    const Status s = SessionService::checkNewPassword(edit->text(), QLatin1String(param));
    return s.ok() ? QString() : s.error().message;
}

/// \p why, or a space when a field is still empty: the button stays off without a message.
QString orMissing(const QString &why, std::initializer_list<const QLineEdit *> fields)
{
    if (!why.isEmpty())
        return why;
    for (const QLineEdit *f : fields)
        if (f->text().trimmed().isEmpty())
            return QStringLiteral(" ");
    return {};
}
} // namespace

// Invite
// ------

InviteDialog::InviteDialog(client::Backend &backend, const QString &workspaceId,
                           const QList<Role> &roles, QWidget *parent)
    : FormDialog(backend, tr("Invite a member"), tr("Create invitation"), "sendInvitationButton",
                 parent)
    , m_workspaceId(workspaceId)
{
    setObjectName(QStringLiteral("inviteDialog"));
    m_email = named(new QLineEdit(this), "inviteEmailEdit", tr("Email of the person to invite"));
    m_email->setPlaceholderText(tr("name@example.com"));
    m_role = named(new QComboBox(this), "inviteRoleCombo", tr("Role"));
    for (Role r : roles)
        m_role->addItem(models::WorkspaceModel::roleText(r), int(r));
    // The least powerful role is the safe default.
    m_role->setCurrentIndex(int(m_role->count()) - 1);
    addRow(tr("&Email:"), m_email);
    addRow(tr("&Role:"), m_role);
    auto *note = new QLabel(tr("You will get an invitation token to send them. It is shown once "
                               "and is good for 7 days."),
                            this);
    note->setWordWrap(true);
    m_form->addRow(QString(), note);
    validate();
}

QString InviteDialog::problem() const
{
    if (m_role->count() == 0)
        return tr("Your role cannot invite members.");
    return orMissing(emailProblem(m_email), {m_email});
}

void InviteDialog::submit()
{
    m_backend.invite(m_workspaceId, m_email->text().trimmed(), Role(m_role->currentData().toInt()),
                     this, [this](Result<IssuedInvitation> r) {
                         if (r.ok())
                             emit invited(*r);
                         finished(r.ok() ? success() : Status(r.error()));
                     });
}

// Accept (the sandbox)
// --------------------

AcceptInvitationDialog::AcceptInvitationDialog(client::Backend &backend, QWidget *parent)
    : FormDialog(backend, tr("Accept an invitation"), tr("Accept invitation"),
                 "acceptInvitationConfirmButton", parent)
{
    setObjectName(QStringLiteral("acceptInvitationDialog"));
    m_token = named(new QLineEdit(this), "invitationTokenEdit", tr("Invitation token"));
    m_token->setPlaceholderText(QStringLiteral("lki_…"));
    m_email = named(new QLineEdit(this), "invitationEmailEdit", tr("Email the invitation is for"));
    m_password = passwordEdit("invitationPasswordEdit", tr("Password for the new member"));
    addRow(tr("&Token:"), m_token);
    addRow(tr("&Email:"), m_email);
    addRow(tr("&Password:"), m_password);
    auto *note = new QLabel(tr("In the sandbox you play the whole team: accept here as the person "
                               "you invited, then use <i>View as</i> to see what their role "
                               "sees."),
                            this);
    note->setWordWrap(true);
    m_form->addRow(QString(), note);
    validate();
}

QString AcceptInvitationDialog::problem() const
{
    const QString token = m_token->text().trimmed();
    if (!token.isEmpty() && !token.startsWith(QLatin1String("lki_")))
        return tr("An invitation token starts with lki_.");
    QString why = emailProblem(m_email);
    if (why.isEmpty())
        why = passwordProblem(m_password, "password");
    return orMissing(why, {m_token, m_email, m_password});
}

void AcceptInvitationDialog::submit()
{
    QByteArray token = m_token->text().trimmed().toLatin1();
    m_backend.acceptInvitation(
        token, m_email->text().trimmed(), m_password->text(), this,
        [this](Result<Done> r) { finished(r.ok() ? success() : Status(r.error())); });
    crypto::wipe(token);
}

// Workspace name
// --------------

WorkspaceNameDialog::WorkspaceNameDialog(client::Backend &backend, const QString &workspaceId,
                                         const QString &currentName, QWidget *parent)
    : FormDialog(backend, workspaceId.isEmpty() ? tr("New workspace") : tr("Rename workspace"),
                 workspaceId.isEmpty() ? tr("Create workspace") : tr("Rename"),
                 "saveWorkspaceButton", parent)
    , m_workspaceId(workspaceId)
    , m_currentName(currentName)
{
    setObjectName(QStringLiteral("workspaceNameDialog"));
    m_name = named(new QLineEdit(currentName, this), "workspaceNameEdit", tr("Workspace name"));
    addRow(tr("&Name:"), m_name);
    if (workspaceId.isEmpty()) {
        auto *note = new QLabel(tr("You will be its owner. It starts subscribed to Forms and "
                                   "Bookings, with no keys and no other members."),
                                this);
        note->setWordWrap(true);
        m_form->addRow(QString(), note);
    }
    validate();
}

QString WorkspaceNameDialog::problem() const
{
    const QString name = m_name->text().trimmed();
    if (name.isEmpty() || name == m_currentName)
        return QStringLiteral(" ");
    const auto valid = WorkspaceService::validateName(name);
    return valid.ok() ? QString() : valid.error().message;
}

void WorkspaceNameDialog::submit()
{
    auto done = [this](Result<WorkspaceView> r) {
        if (r.ok())
            emit saved(*r);
        finished(r.ok() ? success() : Status(r.error()));
    };
    if (m_workspaceId.isEmpty())
        m_backend.createWorkspace(m_name->text().trimmed(), this, done);
    else
        m_backend.renameWorkspace(m_workspaceId, m_name->text().trimmed(), this, done);
}

// Password
// --------

ChangePasswordDialog::ChangePasswordDialog(client::Backend &backend, QWidget *parent)
    : FormDialog(backend, tr("Change password"), tr("Change password"),
                 "changePasswordConfirmButton", parent)
{
    setObjectName(QStringLiteral("changePasswordDialog"));
    m_current = passwordEdit("currentPasswordEdit", tr("Current password"));
    m_next = passwordEdit("newPasswordEdit", tr("New password"));
    m_repeat = passwordEdit("repeatPasswordEdit", tr("New password, again"));
    addRow(tr("&Current password:"), m_current);
    addRow(tr("&New password:"), m_next);
    addRow(tr("&Again:"), m_repeat);
    auto *note = new QLabel(tr("At least %n characters. Your other sessions, on every computer, "
                               "end at once; this one stays signed in.",
                               nullptr, SessionService::kMinPasswordLength),
                            this);
    note->setWordWrap(true);
    m_form->addRow(QString(), note);
    validate();
}

QString ChangePasswordDialog::problem() const
{
    QString why = passwordProblem(m_next, "new_password");
    if (why.isEmpty() && !m_repeat->text().isEmpty() && m_repeat->text() != m_next->text())
        why = tr("The new passwords differ.");
    return orMissing(why, {m_current, m_next, m_repeat});
}

void ChangePasswordDialog::submit()
{
    m_backend.changePassword(m_current->text(), m_next->text(), this, [this](Result<Done> r) {
        if (r.ok())
            for (QLineEdit *e : {m_current, m_next, m_repeat})
                e->clear();
        finished(r.ok() ? success() : Status(r.error()));
    });
}

} // namespace latchkey::ui
