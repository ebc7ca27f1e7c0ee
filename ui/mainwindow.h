// SPDX-License-Identifier: MIT
#pragma once
// The dashboard window: workspace picker, Live/Sandbox switch with the sandbox banner, and the
// Developers page (API keys, Public keys, Webhooks, Scopes, Activity). It talks to a Backend&
// and never knows which backend that is.

#include "connectdialog.h"
#include "createkeydialog.h"

#include "core/authorization.h"

#include <QMainWindow>
#include <QSize>

#include <array>

class QAction;
class QComboBox;
class QLabel;
class QListWidget;
class QProgressBar;
class QStackedWidget;
class QPushButton;
class QTabWidget;
class QTableView;
class QToolButton;
class QTreeView;

namespace latchkey::models {
class AuditModel;
class EndpointModel;
class ScopeTreeModel;
class WorkspaceModel;
} // namespace latchkey::models

namespace latchkey::ui {

class ChangePasswordDialog;
class KeysPage;
class MembersPage;
class MessageBar;
class WorkspaceNameDialog;

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    /// The smallest size the window can be made: every label and button still reads whole.
    static constexpr QSize kMinimumSize{860, 560};
    /// QSettings key of the port the sandbox was last served on.
    static constexpr char kSandboxPortKey[] = "sandbox/port";
    enum Tab
    {
        SecretKeysTab,
        PublicKeysTab,
        WebhooksTab,
        ScopesTab,
        ActivityTab
    };

    explicit MainWindow(client::Backend &backend, QWidget *parent = nullptr);

    void setServerConnector(ServerConnector connector) { m_connector = std::move(connector); }
    /// Shows *Sign out* (online windows), which calls \p signOut.
    void setSignOut(std::function<void()> signOut);
    void setEnvironment(Environment environment);
    Environment environment() const { return m_environment; }
    QString workspaceId() const { return m_context.workspaceId; }

    QTabWidget *tabs() const { return m_tabs; }
    KeysPage *secretKeysPage() const { return m_secretKeys; }
    KeysPage *publicKeysPage() const { return m_publicKeys; }
    MessageBar *messageBar() const { return m_bar; }
    MembersPage *membersPage() const { return m_members; }
    /// The page list: Developers, Members, then one page per service.
    QListWidget *pages() const { return m_nav; }
    enum Page
    {
        DevelopersPage,
        MembersPageIndex,
        FirstServicePage
    };

public slots:
    void createForCurrentTab();
    void focusFilter();
    /// Serves the sandbox on 127.0.0.1 (on the port of the last time, if free), or stops
    /// serving it when it is served.
    void serveLocally();
    /// Closes the sandbox's loopback port, if open (also when the dashboard goes online).
    void stopServing();
    ConnectDialog *connectToServer();
    void addEndpoint();
    void rotateEndpointSecret();
    /// Sends the selected endpoint a signed test event and says how its receiver answered.
    void sendTestEvent();
    void deleteEndpoint();
    void checkAuditChain();
    WorkspaceNameDialog *newWorkspace();
    WorkspaceNameDialog *renameWorkspace();
    ChangePasswordDialog *changePassword();
    /// Reads the workspaces again, keeping the current one when it is still there.
    void reloadWorkspaces();

private:
    /// The serve action's text and tooltip, the status bar's label and the button's accessible
    /// name, as the sandbox is served or not.
    void showServing();
    QWidget *buildWebhooksTab();
    QWidget *buildScopesTab();
    QWidget *buildActivityTab();
    void workspaceChanged(int row);
    /// Whether the pages show \p w as it is now (same workspace, name, role, services, user).
    bool isShown(const WorkspaceView &w) const;
    void applyContext();
    /// The toolbar's Live choice, as core allows the backend (Authorization::environmentAllowed):
    /// offline it is disabled and says why, unless the workspace still holds live keys the
    /// sandbox made before the rule; then it lists them (to revoke them).
    void updateLiveChoice();
    void rebuildServicePages();
    void revealEndpointSecret(const IssuedEndpoint &issued, const QString &intro);
    void toggleSubscription(const QString &service, bool active);
    /// Enables what the member's role allows; the rest says why (core's Authorization).
    void applyPermissions();
    /// May the signed-in member do \p op here? core's answer, with its reason.
    Status allowed(Operation op) const;

    client::Backend &m_backend;
    ServerConnector m_connector;
    Environment m_environment = Environment::Test;
    CreateKeyDialog::Context m_context;

    models::WorkspaceModel *m_workspaces;
    models::EndpointModel *m_endpoints;
    models::AuditModel *m_audit;
    models::ScopeTreeModel *m_scopeModel;

    QComboBox *m_workspaceCombo;
    QToolButton *m_liveButton;
    QToolButton *m_sandboxButton;
    QProgressBar *m_busy;
    QAction *m_serveAction;
    QAction *m_connectAction;
    QAction *m_signOutAction;
    QAction *m_newWorkspaceAction;
    QAction *m_renameWorkspaceAction;
    QAction *m_changePasswordAction;
    QLabel *m_actingLabel;
    QString m_workspaceName;
    QString m_shownAs; ///< whom the backend acted as when the workspace was shown
    MembersPage *m_members;
    QPushButton *m_addEndpointButton = nullptr;
    std::function<void()> m_signOut;
    QLabel *m_banner;
    MessageBar *m_bar;
    QTabWidget *m_tabs;
    KeysPage *m_secretKeys;
    KeysPage *m_publicKeys;
    QTableView *m_endpointView = nullptr;
    QPushButton *m_rotateButton = nullptr;
    QPushButton *m_deleteEndpointButton = nullptr;
    QPushButton *m_testEndpointButton = nullptr;
    QLabel *m_roleLabel = nullptr;
    QTreeView *m_scopeView = nullptr;
    QLabel *m_chainLabel = nullptr;
    QLabel *m_servingLabel = nullptr;
    QListWidget *m_nav;
    QStackedWidget *m_stack;
    QList<QPair<QString, bool>> m_serviceStates; ///< service id, subscription active
};

} // namespace latchkey::ui
