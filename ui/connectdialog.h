// SPDX-License-Identifier: MIT
#pragma once
// "Connect to server…": collects a latchkeyd URL, an email and a password. Server URLs are
// remembered in QSettings; passwords never are.

#include <QDialog>
#include <QUrl>

#include <functional>

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
    QLabel *m_status;
    QPushButton *m_connect;
};

} // namespace latchkey::ui
