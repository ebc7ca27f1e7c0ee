// SPDX-License-Identifier: MIT
#pragma once
// "Connect to server…": collects a latchkeyd URL, an email and a password, and for someone
// invited, the invitation token (then the password is a new one, or theirs if they have an
// account). Server URLs are
// remembered in QSettings; passwords never are.

#include <QDialog>
#include <QUrl>

#include <functional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace latchkey::ui {

struct ServerLogin
{
    QUrl url;
    QString email;
    QString password; ///< the receiver wipes it once used
    /// An lki_ invitation token: join with it (docs/teams.md) instead of signing in. The
    /// receiver wipes it once used.
    QByteArray invitation;
};

/// Provided by the app's main: signs in and switches to the server. Unset: no server mode.
using ServerConnector = std::function<void(const ServerLogin &login)>;

class ConnectDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ConnectDialog(QWidget *parent = nullptr);
    ~ConnectDialog() override;

    /// What was entered; the password is moved out and the field cleared.
    ServerLogin takeLogin();
    /// Prefills the server (latchkey --server URL).
    void setServerUrl(const QString &url);
    void setEmail(const QString &email);
    static QStringList rememberedServers();

    void accept() override;

private:
    void validate();

    QComboBox *m_server;
    QLineEdit *m_email;
    QLineEdit *m_password;
    QCheckBox *m_invited;
    QLineEdit *m_invitation;
    QLabel *m_status;
    QPushButton *m_connect;
};

} // namespace latchkey::ui
