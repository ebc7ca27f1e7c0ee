// SPDX-License-Identifier: MIT
#pragma once
// The small forms of docs/teams.md: invite a member, accept an invitation in the sandbox, name
// a workspace (new or renamed), change one's password. Each checks what it can as the user
// types (with core's own rules), sends one call, shows the server's refusal in place and
// closes on success.

#include "client/backend.h"

#include <QDialog>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;

namespace latchkey::ui {

class MessageBar;

/// A form with a message bar, a status line, a confirming button and Cancel.
class FormDialog : public QDialog
{
    Q_OBJECT

public:
    FormDialog(client::Backend &backend, const QString &title, const QString &actionText,
               const char *actionObjectName, QWidget *parent);

protected:
    /// Called as the user types: the reason the form cannot be sent yet, or empty.
    virtual QString problem() const = 0;
    virtual void submit() = 0;
    void validate();
    /// Adds a row to the form.
    void addRow(const QString &label, QWidget *field);
    /// The call's answer: success closes the dialog, a refusal is shown in it.
    void finished(const Status &status);
    QLineEdit *passwordEdit(const char *objectName, const QString &accessibleName);

    client::Backend &m_backend;
    MessageBar *m_bar;
    QFormLayout *m_form;
    QLabel *m_status;
    QPushButton *m_action;
};

class InviteDialog : public FormDialog
{
    Q_OBJECT

public:
    /// \p roles: what the user may give (Authorization::grantableRoles), highest first.
    InviteDialog(client::Backend &backend, const QString &workspaceId, const QList<Role> &roles,
                 QWidget *parent = nullptr);

signals:
    void invited(const latchkey::IssuedInvitation &issued);

protected:
    QString problem() const override;
    void submit() override;

private:
    QString m_workspaceId;
    QLineEdit *m_email;
    QComboBox *m_role;
};

/// The sandbox only: a teammate accepts an invitation on this computer.
class AcceptInvitationDialog : public FormDialog
{
    Q_OBJECT

public:
    explicit AcceptInvitationDialog(client::Backend &backend, QWidget *parent = nullptr);

protected:
    QString problem() const override;
    void submit() override;

private:
    QLineEdit *m_token;
    QLineEdit *m_email;
    QLineEdit *m_password;
};

/// *New workspace…* (no id) or *Rename…* (the workspace's id and current name).
class WorkspaceNameDialog : public FormDialog
{
    Q_OBJECT

public:
    WorkspaceNameDialog(client::Backend &backend, const QString &workspaceId,
                        const QString &currentName, QWidget *parent = nullptr);

signals:
    void saved(const latchkey::WorkspaceView &workspace);

protected:
    QString problem() const override;
    void submit() override;

private:
    QString m_workspaceId;
    QString m_currentName;
    QLineEdit *m_name;
};

class ChangePasswordDialog : public FormDialog
{
    Q_OBJECT

public:
    explicit ChangePasswordDialog(client::Backend &backend, QWidget *parent = nullptr);

protected:
    QString problem() const override;
    void submit() override;

private:
    QLineEdit *m_current;
    QLineEdit *m_next;
    QLineEdit *m_repeat;
};

} // namespace latchkey::ui
