// SPDX-License-Identifier: MIT
#include "connectdialog.h"

#include "widgetnames.h"

#include "core/crypto.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace latchkey::ui {

static const QString kServersKey = QStringLiteral("connect/servers");

ConnectDialog::ConnectDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("connectDialog"));
    setWindowTitle(tr("Connect to server"));
    setAccessibleName(windowTitle());
    m_server = named(new QComboBox(this), "serverCombo", tr("Server URL"));
    m_server->setEditable(true);
    m_server->addItems(rememberedServers());
    m_server->lineEdit()->setPlaceholderText(tr("https://keys.example.com"));
    m_email = named(new QLineEdit(this), "emailEdit", tr("Email"));
    m_password = named(new QLineEdit(this), "passwordEdit", tr("Password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_invited = named(new QCheckBox(tr("I have an invitation"), this), "invitedCheckBox",
                      tr("I have an invitation"));
    m_invitation = named(new QLineEdit(this), "invitationEdit", tr("Invitation token"));
    m_invitation->setPlaceholderText(QStringLiteral("lki_…"));
    m_invitation->setEchoMode(QLineEdit::Password);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("&Server:"), m_server);
    form->addRow(tr("&Email:"), m_email);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(QString(), m_invited);
    form->addRow(tr("&Invitation:"), m_invitation);
    form->setRowVisible(m_invitation, false);
    connect(m_invited, &QCheckBox::toggled, this, [this, form](bool invited) {
        form->setRowVisible(m_invitation, invited);
        m_connect->setText(invited ? tr("Join") : tr("Sign in"));
        m_password->setPlaceholderText(
            invited ? tr("New, 12+ characters; or your own")
                    : QString());
        validate();
    });
    connect(m_invitation, &QLineEdit::textChanged, this, &ConnectDialog::validate);
    auto *buttons = new QDialogButtonBox(this);
    m_connect = named(buttons->addButton(tr("Sign in"), QDialogButtonBox::AcceptRole),
                      "connectButton", tr("Sign in"));
    named(buttons->addButton(QDialogButtonBox::Cancel), "cancelButton", tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ConnectDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_server, &QComboBox::editTextChanged, this, &ConnectDialog::validate);
    connect(m_email, &QLineEdit::textChanged, this, &ConnectDialog::validate);
    connect(m_password, &QLineEdit::textChanged, this, &ConnectDialog::validate);
    auto *note = new QLabel(tr("Your session is kept in the system keychain; the password is "
                               "never stored."),
                            this);
    note->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addWidget(note);
    layout->addWidget(buttons);
    setMinimumWidth(460);
    validate();
}

ConnectDialog::~ConnectDialog()
{
    for (QLineEdit *secret : {m_password, m_invitation}) {
        QString p = secret->text();
        secret->clear();
        crypto::wipe(p);
    }
}

QStringList ConnectDialog::rememberedServers()
{
    return QSettings().value(kServersKey).toStringList();
}

void ConnectDialog::validate()
{
    const QUrl url(m_server->currentText().trimmed(), QUrl::StrictMode);
    const bool local =
        url.host() == QLatin1String("localhost") || url.host() == QLatin1String("127.0.0.1");
    const bool urlOk = url.isValid() && !url.host().isEmpty() &&
                       (url.scheme() == QLatin1String("https") ||
                        (url.scheme() == QLatin1String("http") && local));
    QString problem;
    if (!m_server->currentText().trimmed().isEmpty() && !urlOk)
        problem = tr("The server address must start with https:// (http:// only for localhost).");
    const QString token = m_invitation->text().trimmed();
    const bool invitationOk = !m_invited->isChecked() || token.startsWith(QLatin1String("lki_"));
    if (problem.isEmpty() && m_invited->isChecked() && !token.isEmpty() && !invitationOk)
        problem = tr("An invitation token starts with lki_.");
    m_status->setText(problem);
    m_connect->setEnabled(urlOk && m_email->text().contains(QLatin1Char('@')) &&
                          !m_password->text().isEmpty() && invitationOk);
}

void ConnectDialog::accept()
{
    const QString url = m_server->currentText().trimmed();
    QStringList servers = rememberedServers();
    servers.removeAll(url);
    servers.prepend(url);
    QSettings().setValue(kServersKey, servers.mid(0, 10));
    QDialog::accept();
}

void ConnectDialog::setServerUrl(const QString &url)
{
    m_server->setEditText(url);
}

void ConnectDialog::setEmail(const QString &email)
{
    m_email->setText(email);
    m_password->setFocus();
}

ServerLogin ConnectDialog::takeLogin()
{
    ServerLogin login{
        QUrl(m_server->currentText().trimmed()), m_email->text().trimmed(), m_password->text(), {}};
    if (m_invited->isChecked())
        login.invitation = m_invitation->text().trimmed().toLatin1();
    m_password->clear();
    m_invitation->clear();
    return login;
}

} // namespace latchkey::ui
