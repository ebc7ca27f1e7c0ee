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
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace latchkey::ui {

static const QString kServersKey = QStringLiteral("connect/servers");
static const QString kEmailsKey = QStringLiteral("connect/emails"); // server URL → email

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
        m_connect->setAccessibleName(m_connect->text()); // a screen reader says what is shown
        m_password->setPlaceholderText(invited ? tr("New, 12+ characters; or your own")
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
    connect(m_server, &QComboBox::editTextChanged, this, [this](const QString &server) {
        if (!m_emailTyped)
            m_email->setText(rememberedEmail(server.trimmed()));
    });
    connect(m_email, &QLineEdit::textEdited, this, [this] { m_emailTyped = true; });
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
    m_email->setText(rememberedEmail(m_server->currentText().trimmed()));
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

QString ConnectDialog::rememberedEmail(const QString &server)
{
    return QSettings().value(kEmailsKey).toMap().value(server).toString();
}

QString ConnectDialog::statusText() const
{
    return m_status->text();
}

void ConnectDialog::remember(const QString &server, const QString &email)
{
    QSettings settings;
    QStringList servers = rememberedServers();
    servers.removeAll(server);
    servers.prepend(server);
    settings.setValue(kServersKey, servers.mid(0, 10));
    QVariantMap emails = settings.value(kEmailsKey).toMap();
    emails.insert(server, email);
    for (auto it = emails.begin(); it != emails.end();) // only the servers still listed
        it = servers.mid(0, 10).contains(it.key()) ? std::next(it) : emails.erase(it);
    settings.setValue(kEmailsKey, emails);
}

void ConnectDialog::setBusy(bool busy)
{
    m_busy = busy;
    for (QWidget *w :
         std::initializer_list<QWidget *>{m_server, m_email, m_password, m_invited, m_invitation})
        w->setEnabled(!busy);
    if (busy)
        m_connect->setEnabled(false);
    else
        validate();
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
    const QString email = m_email->text().trimmed();
    if (!m_connector) {
        remember(url, email);
        QDialog::accept();
        return;
    }
    if (m_busy)
        return;
    setBusy(true);
    m_status->setText(m_invited->isChecked() ? tr("Joining on %1…").arg(url)
                                             : tr("Signing in to %1…").arg(url));
    ServerLogin login = takeLogin();
    QPointer<ConnectDialog> self(this);
    m_connector(login, [self, url, email](const QString &error) {
        if (!self)
            return;
        self->setBusy(false);
        if (!error.isEmpty()) {
            // What was typed stays, except the password: the refusal is about it or the server.
            self->m_status->setText(error);
            self->m_password->setFocus(Qt::OtherFocusReason);
            return;
        }
        self->remember(url, email);
        self->QDialog::accept();
    });
    crypto::wipe(login.password);
    crypto::wipe(login.invitation);
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
    m_password->clear(); // the invitation stays until the dialog closes, for another try
    return login;
}

} // namespace latchkey::ui
