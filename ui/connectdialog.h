// SPDX-License-Identifier: MIT
#pragma once
// "Connect to server…": collects a latchkeyd URL, an email and a password, and for someone
// invited, the invitation token (then the password is a new one, or theirs if they have an
// account). Server URLs and the email used on each are remembered in QSettings; passwords and
// tokens never are. With a connector set, the dialog signs in itself: it stays open until that
// worked, showing a refusal beside the form instead of losing what was typed.

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

/// How a sign-in ended: an empty message when it worked, else what went wrong.
using ConnectDone = std::function<void(const QString &error)>;
/// Provided by the app's main: signs in (or joins) and switches to the server, then calls
/// \p done. Unset: no server mode.
using ServerConnector = std::function<void(const ServerLogin &login, ConnectDone done)>;

class ConnectDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ConnectDialog(QWidget *parent = nullptr);
    ~ConnectDialog() override;

    /// What was entered; the password is moved out and its field cleared.
    ServerLogin takeLogin();
    /// Prefills the server (latchkey --server URL).
    void setServerUrl(const QString &url);
    void setEmail(const QString &email);
    static QStringList rememberedServers();
    /// The email last signed in with on \p server (remembered with the server; never the
    /// password), or empty.
    static QString rememberedEmail(const QString &server);
    /// Signs in through \p connector when accepted: the dialog stays open meanwhile and after
    /// a failure, which it shows with the email kept; it closes once signed in.
    void setConnector(ServerConnector connector) { m_connector = std::move(connector); }
    /// The line saying what is wrong or what is happening ("Signing in…", a server's refusal).
    QString statusText() const;

    void accept() override;

private:
    void validate();
    void remember(const QString &server, const QString &email);
    void setBusy(bool busy);

    QComboBox *m_server;
    QLineEdit *m_email;
    QLineEdit *m_password;
    QCheckBox *m_invited;
    QLineEdit *m_invitation;
    QLabel *m_status;
    QPushButton *m_connect;
    ServerConnector m_connector;
    bool m_busy = false;
    bool m_emailTyped = false; ///< the user typed an email: a remembered one no longer fills it
};

} // namespace latchkey::ui
