// SPDX-License-Identifier: MIT
#include "mainwindow.h"

#include "activitypage.h"
#include "colorscheme.h"
#include "deleteendpointcommand.h"
#include "headerfit.h"
#include "keyspage.h"
#include "memberspage.h"
#include "messagebar.h"
#include "messagebox.h"
#include "rotateendpointsecretcommand.h"
#include "secretrevealdialog.h"
#include "sendtesteventcommand.h"
#include "servicepage.h"
#include "setserviceactivecommand.h"
#include "tablenavigation.h"
#include "teamdialogs.h"
#include "webhookdialog.h"
#include "widgetnames.h"

#include "core/authorization.h"
#include "core/crypto.h"
#include "models/auditmodel.h"
#include "models/endpointmodel.h"
#include "models/scopecatalogtext.h"
#include "models/scopetreemodel.h"
#include "models/workspacemodel.h"

#include <QAction>
#include <QButtonGroup>
#include <QComboBox>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTime>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace latchkey::ui {

MainWindow::MainWindow(client::Backend &backend, QWidget *parent)
    : QMainWindow(parent)
    , m_backend(backend)
    , m_workspaces(new models::WorkspaceModel(backend, this))
    , m_endpoints(new models::EndpointModel(backend, this))
    , m_audit(new models::AuditModel(backend, this))
{
    setObjectName(QStringLiteral("mainWindow"));
    ColorScheme::instance(); // light or dark as the system is, and live when it changes
    m_context.catalog = ScopeCatalog::builtin();
    m_scopeModel =
        new models::ScopeTreeModel(m_context.catalog, Grantor::member(Role::Viewer), {}, this);
    m_scopeModel->setCheckable(false);

    // Tool bar: workspace, environment, busy, serve, connect.
    auto *toolbar = addToolBar(tr("Workspace"));
    toolbar->setObjectName(QStringLiteral("mainToolBar"));
    // Qt 6.8 exposes the tool bar itself to screen readers, by its accessible name only.
    toolbar->setAccessibleName(toolbar->windowTitle());
    toolbar->setMovable(false);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    auto *workspaceLabel = new QLabel(tr("Workspace: "), this);
    toolbar->addWidget(workspaceLabel);
    m_workspaceCombo = named(new QComboBox(this), "workspacePicker", tr("Workspace"));
    m_workspaceCombo->setModel(m_workspaces);
    m_workspaceCombo->setMinimumContentsLength(16);
    // On Linux a screen reader names a combo box by its current item and says what it is for
    // through the label it is labelled by: its buddy.
    workspaceLabel->setBuddy(m_workspaceCombo);
    toolbar->addWidget(m_workspaceCombo);
    m_newWorkspaceAction =
        toolbar->addAction(QIcon(QStringLiteral(":/latchkey/icons/add.svg")), tr("New workspace…"),
                           this, &MainWindow::newWorkspace);
    m_newWorkspaceAction->setObjectName(QStringLiteral("newWorkspaceAction"));
    m_newWorkspaceAction->setToolTip(
        tr("New workspace… — make a workspace of your own; you will be its owner"));
    m_renameWorkspaceAction = toolbar->addAction(QIcon(QStringLiteral(":/latchkey/icons/edit.svg")),
                                                 tr("Rename…"), this, &MainWindow::renameWorkspace);
    m_renameWorkspaceAction->setObjectName(QStringLiteral("renameWorkspaceAction"));
    toolbar->addSeparator();
    toolbar->addWidget(new QLabel(tr("Environment: "), this));
    m_liveButton = named(new QToolButton(this), "liveButton", tr("Live environment"));
    m_liveButton->setText(tr("Live"));
    m_sandboxButton = named(new QToolButton(this), "sandboxButton", tr("Sandbox environment"));
    m_sandboxButton->setText(tr("Sandbox"));
    auto *envGroup = new QButtonGroup(this);
    for (QToolButton *b : {m_liveButton, m_sandboxButton}) {
        b->setCheckable(true);
        b->setToolButtonStyle(Qt::ToolButtonTextOnly);
        envGroup->addButton(b);
        toolbar->addWidget(b);
    }
    m_sandboxButton->setChecked(true);
    connect(m_liveButton, &QToolButton::clicked, this,
            [this] { setEnvironment(Environment::Live); });
    connect(m_sandboxButton, &QToolButton::clicked, this,
            [this] { setEnvironment(Environment::Test); });
    updateLiveChoice();
    auto *spacer = new QWidget(this);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    toolbar->addWidget(spacer);
    m_busy = named(new QProgressBar(this), "busyIndicator", tr("Working"));
    m_busy->setRange(0, 0);
    m_busy->setMaximumWidth(90);
    m_busy->setMaximumHeight(14);
    m_busy->setTextVisible(false);
    // In a tool bar the action, not the widget, decides what is shown.
    QAction *busyAction = toolbar->addWidget(m_busy);
    busyAction->setVisible(false);
    m_serveAction = toolbar->addAction(QIcon(QStringLiteral(":/latchkey/icons/server.svg")),
                                       QString(), this, &MainWindow::serveLocally);
    m_serveAction->setObjectName(QStringLiteral("serveAction"));
    m_serveAction->setEnabled(backend.canServeLocally());
    m_connectAction =
        toolbar->addAction(QIcon(QStringLiteral(":/latchkey/icons/connect.svg")),
                           tr("Connect to server…"), this, &MainWindow::connectToServer);
    m_connectAction->setObjectName(QStringLiteral("connectAction"));
    m_signOutAction = toolbar->addAction(tr("Sign out"), this, [this] {
        if (m_signOut)
            m_signOut();
    });
    m_signOutAction->setObjectName(QStringLiteral("signOutAction"));
    m_signOutAction->setToolTip(tr("End this session on the server and forget its token"));
    m_signOutAction->setVisible(false);
    m_changePasswordAction =
        toolbar->addAction(tr("Change password…"), this, &MainWindow::changePassword);
    m_changePasswordAction->setObjectName(QStringLiteral("changePasswordAction"));
    m_changePasswordAction->setEnabled(backend.hasPassword());
    m_changePasswordAction->setToolTip(
        backend.hasPassword() ? tr("Change your password; your other sessions end")
                              : tr("The offline sandbox has no password: it is yours on this "
                                   "computer."));
    for (QAction *a : {m_serveAction, m_connectAction, m_signOutAction, m_newWorkspaceAction,
                       m_renameWorkspaceAction, m_changePasswordAction})
        if (QWidget *w = toolbar->widgetForAction(a)) {
            w->setObjectName(a->objectName() + QStringLiteral("Button"));
            w->setAccessibleName(a->text());
        }
    // Beside the picker, the workspace's own actions take little room: icons, named in tooltips.
    for (QAction *a : {m_newWorkspaceAction, m_renameWorkspaceAction})
        if (auto *b = qobject_cast<QToolButton *>(toolbar->widgetForAction(a)))
            b->setToolButtonStyle(Qt::ToolButtonIconOnly);

    // Keyboard: Ctrl+N and Ctrl+F act on the current tab.
    auto *createAction = new QAction(tr("Create"), this);
    createAction->setShortcut(QKeySequence::New);
    connect(createAction, &QAction::triggered, this, &MainWindow::createForCurrentTab);
    addAction(createAction);
    auto *filterAction = new QAction(tr("Filter"), this);
    filterAction->setShortcut(QKeySequence::Find);
    connect(filterAction, &QAction::triggered, this, &MainWindow::focusFilter);
    addAction(filterAction);

    // The sandbox banner: fixed colours on purpose, dark text on amber reads in both themes.
    m_banner = new QLabel(this);
    m_banner->setObjectName(QStringLiteral("sandboxBanner"));
    m_banner->setText(tr("<b>SANDBOX</b> — test data only. Keys here are sk_test_ / pk_test_ and "
                         "nothing with real side effects (billing, email) ever runs."));
    m_banner->setAccessibleName(tr("Sandbox mode: test data only"));
    m_banner->setAlignment(Qt::AlignCenter);
    m_banner->setWordWrap(true);
    m_banner->setStyleSheet(
        QStringLiteral("QLabel#sandboxBanner { background: #f0a81c; color: #1a1a1a; padding: 6px; "
                       "border-bottom: 2px solid #b07400; }"));

    m_bar = new MessageBar(this);

    m_tabs = named(new QTabWidget(this), "developerTabs", tr("Developers"));
    m_secretKeys = new KeysPage(backend, KeyType::Secret, this);
    m_publicKeys = new KeysPage(backend, KeyType::Public, this);
    m_tabs->addTab(m_secretKeys, QIcon(QStringLiteral(":/latchkey/icons/key.svg")), tr("API keys"));
    m_tabs->addTab(m_publicKeys, tr("Public keys"));
    m_tabs->addTab(buildWebhooksTab(), tr("Webhooks"));
    m_tabs->addTab(buildScopesTab(), tr("Scopes"));
    m_tabs->addTab(buildActivityTab(), tr("Activity"));
    for (KeysPage *page : {m_secretKeys, m_publicKeys}) {
        connect(page, &KeysPage::error, m_bar, &MessageBar::showError);
        connect(page, &KeysPage::notice, m_bar,
                [this](const QString &t) { m_bar->showMessage(t); });
    }
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        // A message is about what was done on the tab it was said on: it does not follow the
        // user to another tab (it used to, so "Saved …" sat above the Webhooks list).
        m_bar->hide();
        if (index == ActivityTab) {
            m_audit->reload();
            checkAuditChain();
        }
    });

    auto *title = new QLabel(tr("Developers"), this);
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    title->setFont(big);

    auto *developers = new QWidget(this);
    developers->setObjectName(QStringLiteral("developersPage"));
    auto *devLayout = new QVBoxLayout(developers);
    devLayout->setContentsMargins(0, 0, 0, 0);
    devLayout->addWidget(title);
    devLayout->addWidget(m_tabs, 1);

    m_stack = new QStackedWidget(this);
    m_stack->setObjectName(QStringLiteral("pageStack"));
    m_stack->addWidget(developers);
    m_members = new MembersPage(backend, this);
    m_stack->addWidget(m_members);
    connect(m_members, &MembersPage::error, m_bar, &MessageBar::showError);
    connect(m_members, &MembersPage::notice, m_bar,
            [this](const QString &t) { m_bar->showMessage(t); });
    connect(m_members, &MembersPage::undoableNotice, m_bar,
            [this](const QString &t, const QString &undoText, std::function<void()> undo) {
                m_bar->showMessage(t, undoText, std::move(undo));
            });
    m_nav = named(new QListWidget(this), "pageNav", tr("Pages"));
    m_nav->addItem(tr("Developers"));
    m_nav->addItem(tr("Members"));
    m_nav->setCurrentRow(0);
    m_nav->setFixedWidth(170);
    m_nav->setSpacing(3);
    connect(m_nav, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && row < m_stack->count())
            m_stack->setCurrentIndex(row);
    });

    auto *central = new QWidget(this);
    auto *body = new QHBoxLayout;
    body->setContentsMargins(12, 8, 12, 8);
    body->addWidget(m_nav);
    body->addWidget(m_stack, 1);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_banner);
    auto *barHolder = new QVBoxLayout;
    barHolder->setContentsMargins(12, 8, 12, 0);
    barHolder->addWidget(m_bar);
    layout->addLayout(barHolder);
    layout->addLayout(body, 1);
    setCentralWidget(central);

    m_servingLabel = new QLabel(this);
    m_servingLabel->setObjectName(QStringLiteral("servingLabel"));
    m_servingLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    statusBar()->addWidget(new QLabel(backend.describe(), this));
    m_actingLabel = new QLabel(this);
    m_actingLabel->setObjectName(QStringLiteral("actingAsLabel"));
    statusBar()->addWidget(m_actingLabel);
    statusBar()->addPermanentWidget(m_servingLabel);
    showServing(); // the serve action's text, tooltip and button name

    connect(&backend, &client::Backend::busyChanged, busyAction, &QAction::setVisible);
    connect(m_workspaces, &models::WorkspaceModel::failed, m_bar, &MessageBar::showError);
    connect(m_endpoints, &models::EndpointModel::failed, m_bar, &MessageBar::showError);
    connect(m_audit, &models::AuditModel::failed, m_bar, &MessageBar::showError);
    connect(m_workspaces, &models::WorkspaceModel::loaded, this, [this] {
        if (m_workspaces->rowCount() == 0) {
            m_bar->showError(tr("You are not a member of any workspace."));
            return;
        }
        int row = 0;
        for (int r = 0; r < m_workspaces->rowCount(); ++r)
            if (m_workspaces->workspace(r)->workspace.id == m_context.workspaceId)
                row = r;
        m_workspaceCombo->setCurrentIndex(row);
        // Read again after a change (the backend's Change::Workspaces): the pages are set up
        // again only when what they show of the workspace differs.
        if (!isShown(*m_workspaces->workspace(row)))
            workspaceChanged(row);
    });
    connect(m_workspaceCombo, &QComboBox::activated, this, &MainWindow::workspaceChanged);

    setWindowTitle(tr("Latchkey"));
    resize(1200, 760);
    // Below this the toolbar and the tables' buttons would be cut to nonsense ("te sec").
    setMinimumSize(kMinimumSize);
    setEnvironment(Environment::Test);
    m_workspaces->reload();
}

QWidget *MainWindow::buildWebhooksTab()
{
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("webhooksPage"));
    auto *add = named(new QPushButton(QIcon(QStringLiteral(":/latchkey/icons/add.svg")),
                                      tr("Add endpoint"), page),
                      "addEndpointButton", tr("Add webhook endpoint"));
    m_rotateButton = named(new QPushButton(QIcon(QStringLiteral(":/latchkey/icons/roll.svg")),
                                           tr("Rotate secret…"), page),
                           "rotateSecretButton", tr("Rotate the signing secret"));
    m_addEndpointButton = add;
    m_deleteEndpointButton =
        named(new QPushButton(QIcon(QStringLiteral(":/latchkey/icons/revoke.svg")),
                              tr("Delete endpoint…"), page),
              "deleteEndpointButton", tr("Delete the endpoint"));
    connect(add, &QPushButton::clicked, this, &MainWindow::addEndpoint);
    connect(m_rotateButton, &QPushButton::clicked, this, &MainWindow::rotateEndpointSecret);
    connect(m_deleteEndpointButton, &QPushButton::clicked, this, &MainWindow::deleteEndpoint);
    m_testEndpointButton =
        named(new QPushButton(tr("Send test event"), this), "sendTestEventButton",
              tr("Send the selected endpoint a test event"));
    m_testEndpointButton->setToolTip(
        tr("Sends a signed “ping” event now and shows the receiver's answer"));
    connect(m_testEndpointButton, &QPushButton::clicked, this, &MainWindow::sendTestEvent);
    m_endpointView = named(new QTableView(page), "endpointTable", tr("Webhook endpoints"));
    m_endpointView->setModel(m_endpoints);
    m_endpointView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_endpointView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_endpointView->verticalHeader()->hide();
    m_endpointView->horizontalHeader()->setStretchLastSection(true);
    m_endpointView->setColumnWidth(models::EndpointModel::UrlColumn, 320);
    m_endpointView->setColumnWidth(models::EndpointModel::DescriptionColumn, 200);
    m_endpointView->setColumnWidth(models::EndpointModel::SecretsColumn, 300);
    keepTitlesWhole(m_endpointView->horizontalHeader());
    useTableNavigation(m_endpointView);
    auto update = [this] {
        const client::EndpointView *e = m_endpoints->endpoint(m_endpointView->currentIndex().row());
        const bool may = allowed(Operation::RotateWebhookSecret).ok();
        m_rotateButton->setEnabled(RotateEndpointSecretCommand::canRun(e) && may);
        m_deleteEndpointButton->setEnabled(DeleteEndpointCommand::canRun(e) && may);
        const Status test = allowed(Operation::TestWebhookEndpoint);
        m_testEndpointButton->setEnabled(SendTestEventCommand::canRun(e) && test.ok());
        m_testEndpointButton->setToolTip(
            test.ok() ? tr("Sends a signed “ping” event now and shows the receiver's answer")
                      : test.error().message);
    };
    connect(m_endpointView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            update);
    connect(m_endpoints, &QAbstractItemModel::modelReset, this, update);
    connect(m_endpoints, &QAbstractItemModel::rowsRemoved, this, update);
    update();
    auto *bar = new QHBoxLayout;
    auto *note = new QLabel(tr("Deliveries carry Latchkey-Signature: t=…,v1=…; after a rotation "
                               "the old secret signs too, for 7 days."),
                            page);
    note->setWordWrap(true);
    bar->addWidget(note, 1);
    bar->addWidget(add);
    bar->addWidget(m_testEndpointButton);
    bar->addWidget(m_rotateButton);
    bar->addWidget(m_deleteEndpointButton);
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(bar);
    layout->addWidget(m_endpointView, 1);
    return page;
}

QWidget *MainWindow::buildScopesTab()
{
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("scopesPage"));
    m_roleLabel = new QLabel(page);
    m_roleLabel->setObjectName(QStringLiteral("roleLabel"));
    m_roleLabel->setWordWrap(true);
    m_scopeView = named(new QTreeView(page), "scopeCatalogTree", tr("Scope catalog"));
    m_scopeView->setModel(m_scopeModel);
    m_scopeView->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    keepTitlesWhole(m_scopeView->header());
    m_scopeView->expandAll();
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_roleLabel);
    layout->addWidget(m_scopeView, 1);
    return page;
}

QWidget *MainWindow::buildActivityTab()
{
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("activityPage"));
    m_chainLabel = new QLabel(page);
    m_chainLabel->setObjectName(QStringLiteral("auditChainLabel"));
    m_chainLabel->setWordWrap(true);
    auto *verify = named(new QPushButton(tr("Verify chain"), page), "verifyChainButton",
                         tr("Verify the audit log's hash chain"));
    connect(verify, &QPushButton::clicked, this, &MainWindow::checkAuditChain);
    // The log itself: filters, sentences, paging and export (ui/activitypage.cpp).
    auto *log = new ActivityPage(m_backend, m_audit, page);
    connect(log, &ActivityPage::failed, m_bar, &MessageBar::showError);
    connect(log, &ActivityPage::exported, this, [this](const QString &path, int count) {
        m_bar->showMessage(tr("Exported %n event(s) to %1.", nullptr, count).arg(path));
    });
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_chainLabel, 1);
    bar->addWidget(verify);
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(bar);
    layout->addWidget(log, 1);
    return page;
}

void MainWindow::workspaceChanged(int row)
{
    const WorkspaceView *w = m_workspaces->workspace(row);
    if (!w)
        return;
    m_context.workspaceId = w->workspace.id;
    m_context.role = w->role;
    m_context.services.clear();
    m_serviceStates.clear();
    for (const SubscriptionRecord &s : w->subscriptions) {
        if (s.active)
            m_context.services << s.service;
        m_serviceStates.append({s.service, s.active});
    }
    rebuildServicePages();
    updateLiveChoice();
    m_backend.scopeCatalog(m_context.workspaceId, this, [this](Result<ScopeCatalog> r) {
        if (!r.ok()) {
            m_bar->showError(tr("Could not load the scope catalog: %1").arg(r.error().message));
            return;
        }
        m_context.catalog = *r;
        delete m_scopeModel;
        m_scopeModel = new models::ScopeTreeModel(m_context.catalog,
                                                  Grantor::member(m_context.role), {}, this);
        m_scopeModel->setCheckable(false);
        m_scopeView->setModel(m_scopeModel);
        m_scopeView->expandAll();
        rebuildServicePages();
        applyPermissions();
    });
    m_roleLabel->setText(
        tr("Your role in %1 is <b>%2</b>. Scopes your role cannot grant are "
           "greyed out; hover one to see why.")
            .arg(w->workspace.name.toHtmlEscaped(), models::WorkspaceModel::roleText(w->role)));
    m_scopeModel->setGrant(Grantor::member(m_context.role), {});
    m_scopeView->expandAll();
    m_workspaceName = w->workspace.name;
    m_shownAs = m_backend.userEmail();
    applyPermissions();
    applyContext();
}

bool MainWindow::isShown(const WorkspaceView &w) const
{
    QList<QPair<QString, bool>> states;
    for (const SubscriptionRecord &s : w.subscriptions)
        states.append({s.service, s.active});
    return w.workspace.id == m_context.workspaceId && w.workspace.name == m_workspaceName &&
           w.role == m_context.role && states == m_serviceStates &&
           m_shownAs == m_backend.userEmail();
}

void MainWindow::applyPermissions()
{
    const auto allow = [this](Operation op) { return allowed(op); };
    const auto tab = [this](int index, const Status &s) {
        m_tabs->setTabEnabled(index, s.ok());
        m_tabs->setTabToolTip(index, s.ok() ? QString() : s.error().message);
    };
    const Status webhooks = allow(Operation::ListWebhookEndpoints);
    const Status audit = allow(Operation::ReadAudit);
    tab(WebhooksTab, webhooks);
    tab(ActivityTab, audit);
    const Status addEndpoint = allow(Operation::CreateWebhookEndpoint);
    m_addEndpointButton->setEnabled(addEndpoint.ok());
    m_addEndpointButton->setToolTip(addEndpoint.ok() ? QString() : addEndpoint.error().message);
    const Status rename = allow(Operation::RenameWorkspace);
    m_renameWorkspaceAction->setEnabled(rename.ok());
    m_renameWorkspaceAction->setToolTip(rename.ok() ? tr("Rename… — rename this workspace")
                                                    : rename.error().message);
    m_members->setContext(m_context.workspaceId, m_workspaceName, m_context.role,
                          m_context.catalog);
    if (audit.ok()) {
        m_audit->setWorkspace(m_context.workspaceId);
        checkAuditChain();
    } else {
        m_chainLabel->setText(audit.error().message);
    }
    const bool actingAsOther = m_backend.userEmail() != m_backend.homeEmail();
    m_actingLabel->setText(actingAsOther
                               ? tr("Viewing the sandbox as %1 (%2). To go back, pick %3 on "
                                    "Members and View as.")
                                     .arg(m_backend.userEmail(),
                                          models::WorkspaceModel::roleText(m_context.role),
                                          m_backend.homeEmail())
                               : QString());
}

void MainWindow::rebuildServicePages()
{
    const int shown = m_nav->currentRow();
    m_nav->setCurrentRow(shown == MembersPageIndex ? MembersPageIndex : DevelopersPage);
    while (m_stack->count() > FirstServicePage) {
        QWidget *page = m_stack->widget(FirstServicePage);
        m_stack->removeWidget(page);
        delete page;
    }
    while (m_nav->count() > FirstServicePage)
        delete m_nav->takeItem(FirstServicePage);
    const Status mayToggle = SetServiceActiveCommand::whyNot(
        m_context.catalog,
        Actor::member({}, m_backend.userEmail(), m_context.workspaceId, m_context.role));
    // In catalog order, like everywhere else the services are listed.
    for (const QString &service : m_context.catalog.services()) {
        const auto state = std::find_if(m_serviceStates.cbegin(), m_serviceStates.cend(),
                                        [&](const auto &s) { return s.first == service; });
        if (state == m_serviceStates.cend())
            continue;
        const bool active = state->second;
        auto *page = new ServicePage(m_context.catalog, service, active, mayToggle, this);
        connect(page, &ServicePage::subscriptionToggleRequested, this,
                &MainWindow::toggleSubscription);
        connect(page, &ServicePage::createPublicKeyRequested, this, [this](const QString &id) {
            m_nav->setCurrentRow(0);
            m_tabs->setCurrentIndex(PublicKeysTab);
            m_publicKeys->createKey(id);
        });
        m_stack->addWidget(page);
        const QString name = models::serviceName(m_context.catalog, service);
        m_nav->addItem(active ? name : tr("%1 (lapsed)").arg(name));
    }
}

void MainWindow::setEnvironment(Environment environment)
{
    m_environment = environment;
    const bool sandbox = environment == Environment::Test;
    m_liveButton->setChecked(!sandbox);
    m_sandboxButton->setChecked(sandbox);
    m_banner->setVisible(sandbox);
    // Which server and which environment, in the task bar too; a switch keeps the server.
    if (m_backend.isOffline())
        setWindowTitle(sandbox ? tr("Latchkey — Sandbox") : tr("Latchkey — Live"));
    else
        setWindowTitle(sandbox ? tr("Latchkey — %1 — Sandbox").arg(m_backend.describe())
                               : tr("Latchkey — %1 — Live").arg(m_backend.describe()));
    applyContext();
}

void MainWindow::updateLiveChoice()
{
    const Status live =
        Authorization::environmentAllowed(m_backend.keyEnvironments(), Environment::Live);
    if (live.ok())
        return;
    const QString why = live.error().message;
    m_liveButton->setEnabled(false);
    m_liveButton->setToolTip(why);
    m_liveButton->setAccessibleDescription(why);
    if (m_environment == Environment::Live)
        setEnvironment(Environment::Test);
    if (m_context.workspaceId.isEmpty())
        return;
    // Live keys this sandbox made before it kept test keys only are still listed, to revoke them.
    KeyQuery query;
    query.environment = Environment::Live;
    query.limit = 1;
    const QString workspace = m_context.workspaceId;
    m_backend.listKeys(
        workspace, query, this, [this, workspace, why](Result<latchkey::Page<ApiKeyRecord>> page) {
            if (workspace != m_context.workspaceId || !page.ok() || page->items.isEmpty())
                return;
            const QString tip = tr("%1 The live keys it made before are still listed here, to "
                                   "revoke them; it never verifies them.")
                                    .arg(why);
            m_liveButton->setEnabled(true);
            m_liveButton->setToolTip(tip);
            m_liveButton->setAccessibleDescription(tip);
        });
}

void MainWindow::applyContext()
{
    m_context.environment = m_environment;
    if (m_context.workspaceId.isEmpty())
        return;
    m_secretKeys->setContext(m_context);
    m_publicKeys->setContext(m_context);
    if (allowed(Operation::ListWebhookEndpoints).ok())
        m_endpoints->setWorkspace(m_context.workspaceId, m_environment);
}

Status MainWindow::allowed(Operation op) const
{
    // The signed-in member as core sees them: the window never decides a right itself.
    return Authorization::authorize(
        m_context.catalog,
        Actor::member({}, m_backend.userEmail(), m_context.workspaceId, m_context.role), op);
}

void MainWindow::createForCurrentTab()
{
    if (auto *service = qobject_cast<ServicePage *>(m_stack->currentWidget())) {
        emit service->createPublicKeyRequested(service->serviceId());
        return;
    }
    switch (m_tabs->currentIndex()) {
    case SecretKeysTab:
        m_secretKeys->createKey();
        break;
    case PublicKeysTab:
        m_publicKeys->createKey();
        break;
    case WebhooksTab:
        addEndpoint();
        break;
    default:
        m_tabs->setCurrentIndex(SecretKeysTab);
        m_secretKeys->createKey();
    }
}

void MainWindow::focusFilter()
{
    m_nav->setCurrentRow(0);
    if (m_tabs->currentIndex() != PublicKeysTab)
        m_tabs->setCurrentIndex(SecretKeysTab);
    static_cast<KeysPage *>(m_tabs->currentWidget())->focusFilter();
}

void MainWindow::serveLocally()
{
    if (!m_backend.canServeLocally()) {
        m_bar->showError(tr("Only the offline sandbox can be served on 127.0.0.1."));
        return;
    }
    if (m_backend.servingUrl().isValid()) { // the same action stops it
        stopServing();
        m_bar->showMessage(tr("The sandbox is no longer served."));
        return;
    }
    // The port of the last time, so local apps keep working with what they were given.
    const quint16 port = quint16(QSettings().value(QLatin1String(kSandboxPortKey), 0).toUInt());
    m_serveAction->setEnabled(false);
    auto served = [this, port](Result<QUrl> r) {
        m_serveAction->setEnabled(true);
        if (!r.ok()) {
            m_bar->showError(tr("Could not serve the sandbox: %1").arg(r.error().message));
            return;
        }
        if (!m_backend.servingUrl().isValid())
            return; // stopped meanwhile (the dashboard went online)
        QSettings().setValue(QLatin1String(kSandboxPortKey), r->port());
        const QString url = r->toString();
        showServing();
        m_bar->showMessage(
            port != 0 && r->port() != port
                ? tr("Port %1 is taken; the sandbox is served on %2 instead.").arg(port).arg(url)
                : tr("The sandbox is served on %1 — local apps can verify sk_test_ keys at "
                     "%1/v1/verify.")
                      .arg(url));
    };
    m_backend.serveLocally(port, this, [this, port, served](Result<QUrl> r) {
        if (r.ok() || port == 0)
            return served(std::move(r));
        m_backend.serveLocally(0, this, served); // that port is taken now: any free one
    });
}

void MainWindow::stopServing()
{
    if (!m_backend.servingUrl().isValid())
        return;
    m_backend.stopServing();
    showServing();
}

void MainWindow::showServing()
{
    const QUrl url = m_backend.servingUrl();
    const bool serving = url.isValid();
    m_serveAction->setText(serving ? tr("Stop serving the sandbox")
                                   : tr("Serve sandbox on 127.0.0.1"));
    m_serveAction->setToolTip(
        serving ? tr("Local apps can verify sk_test_ keys at %1/v1/verify; stop to close the port")
                      .arg(url.toString())
                : tr("Let local apps verify sk_test_ keys against this sandbox, without a "
                     "network"));
    if (m_servingLabel)
        m_servingLabel->setText(serving ? tr("Serving sandbox on %1").arg(url.toString())
                                        : QString());
    // The toolbar button's accessible name follows what it shows, for a screen reader.
    if (auto *button = findChild<QToolButton *>(QStringLiteral("serveActionButton")))
        button->setAccessibleName(m_serveAction->text());
}

void MainWindow::setSignOut(std::function<void()> signOut)
{
    m_signOut = std::move(signOut);
    m_signOutAction->setVisible(bool(m_signOut));
}

ConnectDialog *MainWindow::connectToServer()
{
    auto *dialog = new ConnectDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (m_connector) {
        dialog->setConnector(m_connector); // it signs in and stays open until that worked
    } else {
        connect(dialog, &QDialog::accepted, this, [this, dialog] {
            ServerLogin login = dialog->takeLogin();
            crypto::wipe(login.password);
            m_bar->showError(tr("Server mode is not available in this build; the dashboard "
                                "keeps working on the offline sandbox."));
        });
    }
    dialog->open();
    return dialog;
}

void MainWindow::revealEndpointSecret(const IssuedEndpoint &issued, const QString &intro)
{
    QByteArray secret = issued.secret;
    auto *reveal =
        new SecretRevealDialog(std::move(secret), tr("Webhook signing secret"), intro, this);
    reveal->setWarning(tr("<b>Copy this secret now and keep it somewhere safe. It will not be "
                          "shown again.</b> If you lose it, rotate the endpoint's secret to get a "
                          "new one."));
    reveal->setAttribute(Qt::WA_DeleteOnClose);
    reveal->open();
}

void MainWindow::addEndpoint()
{
    if (m_context.workspaceId.isEmpty())
        return;
    m_tabs->setCurrentIndex(WebhooksTab);
    auto *dialog = new WebhookDialog(m_backend, m_context.workspaceId, m_environment, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &WebhookDialog::endpointCreated, this, [this](const IssuedEndpoint &issued) {
        revealEndpointSecret(issued, tr("Endpoint %1 is added. Verify deliveries with this "
                                        "signing secret:")
                                         .arg(issued.endpoint.url.toHtmlEscaped()));
    });
    dialog->open();
}

void MainWindow::rotateEndpointSecret()
{
    const client::EndpointView *e = m_endpoints->endpoint(m_endpointView->currentIndex().row());
    if (!RotateEndpointSecretCommand::canRun(e))
        return;
    auto *command = new RotateEndpointSecretCommand(m_backend, m_context.workspaceId, *e, this);
    connect(command, &RotateEndpointSecretCommand::succeeded, this,
            [this](const IssuedEndpoint &issued, qint64 previousUntil) {
                const QString url = issued.endpoint.url;
                const QString until = QDateTime::fromMSecsSinceEpoch(previousUntil)
                                          .toString(QStringLiteral("yyyy-MM-dd HH:mm"));
                revealEndpointSecret(
                    issued, previousUntil == 0
                                ? tr("The new signing secret for %1:").arg(url.toHtmlEscaped())
                                : tr("The new signing secret for %1. The previous secret keeps "
                                     "signing deliveries until %2, so receivers can switch over:")
                                      .arg(url.toHtmlEscaped(), until.toHtmlEscaped()));
            });
    connect(command, &Command::failed, m_bar, &MessageBar::showError);
    command->start();
}

void MainWindow::sendTestEvent()
{
    const client::EndpointView *e = m_endpoints->endpoint(m_endpointView->currentIndex().row());
    if (!SendTestEventCommand::canRun(e))
        return;
    m_testEndpointButton->setEnabled(false);
    m_bar->showMessage(tr("Sending a test event to %1…").arg(e->endpoint.url));
    auto *command = new SendTestEventCommand(m_backend, m_context.workspaceId, e->endpoint, this);
    connect(command, &SendTestEventCommand::succeeded, this,
            [this](const WebhookEndpointRecord &endpoint, const client::WebhookTestResult &r) {
                const QString url = endpoint.url;
                // 24-hour time, as every table shows times, whatever the locale's clock.
                const QString at = QTime::currentTime().toString(QStringLiteral("HH:mm:ss"));
                if (r.delivered)
                    m_bar->showMessage(tr("Test event delivered to %1 at %2: the receiver "
                                          "answered %3 in %n ms.",
                                          nullptr, int(r.durationMs))
                                           .arg(url, at)
                                           .arg(r.status));
                else if (r.status)
                    m_bar->showError(tr("Test event to %1 at %2 not accepted: the receiver "
                                        "answered %3 in %n ms. It must answer 2xx.",
                                        nullptr, int(r.durationMs))
                                         .arg(url, at)
                                         .arg(r.status));
                else if (r.durationMs < 1000) // refused at once: nothing listens there
                    m_bar->showError(tr("Test event to %1 at %2 not delivered: nothing answered "
                                        "there. Check that the receiver is running and "
                                        "reachable.")
                                         .arg(url, at));
                else
                    m_bar->showError(tr("Test event to %1 at %2 not delivered: no answer within "
                                        "%n ms. Check that the receiver is running and "
                                        "reachable.",
                                        nullptr, int(r.durationMs))
                                         .arg(url, at));
            });
    connect(command, &Command::failed, m_bar, &MessageBar::showError);
    connect(command, &Command::finished, this, [this] {
        m_testEndpointButton->setEnabled(SendTestEventCommand::canRun(
            m_endpoints->endpoint(m_endpointView->currentIndex().row())));
    });
    command->start();
}

void MainWindow::deleteEndpoint()
{
    const client::EndpointView *e = m_endpoints->endpoint(m_endpointView->currentIndex().row());
    if (!DeleteEndpointCommand::canRun(e))
        return;
    auto *command = new DeleteEndpointCommand(m_backend, m_context.workspaceId, e->endpoint, this);
    connect(command, &DeleteEndpointCommand::succeeded, this,
            [this](const WebhookEndpointRecord &endpoint) {
                m_bar->showMessage(tr("The endpoint %1 is deleted; nothing is sent to it any more.")
                                       .arg(endpoint.url));
            });
    connect(command, &Command::failed, m_bar, &MessageBar::showError);
    command->start();
}

void MainWindow::checkAuditChain()
{
    if (m_context.workspaceId.isEmpty())
        return;
    m_backend.auditChain(m_context.workspaceId, this, [this](Result<AuditLog::ChainCheck> r) {
        if (!r.ok()) {
            m_chainLabel->setText(tr("Could not check the audit chain: %1").arg(r.error().message));
            return;
        }
        m_chainLabel->setText(
            r->intact ? tr("✔ Hash chain intact: %n record(s) checked.", nullptr, int(r->checked))
                      : tr("✘ Hash chain broken at record %1 (%2): %3")
                            .arg(r->firstBadSeq)
                            .arg(r->firstBadId, r->reason));
        if (!r->intact)
            m_bar->showError(tr("The audit log has been tampered with: %1").arg(r->reason));
    });
}

void MainWindow::toggleSubscription(const QString &service, bool active)
{
    auto *command = new SetServiceActiveCommand(
        m_backend, m_context.workspaceId, m_context.catalog,
        Actor::member({}, m_backend.userEmail(), m_context.workspaceId, m_context.role), service,
        active, this);
    connect(command, &SetServiceActiveCommand::succeeded, this,
            [this](const QString &id, bool nowActive) {
                const QString name = models::serviceName(m_context.catalog, id);
                m_bar->showMessage(nowActive ? tr("%1 is active again.").arg(name)
                                             : tr("%1 has lapsed: live keys get 402.").arg(name));
            });
    connect(command, &Command::failed, m_bar, &MessageBar::showError);
    command->start();
}

void MainWindow::reloadWorkspaces()
{
    m_workspaces->reload();
}

WorkspaceNameDialog *MainWindow::newWorkspace()
{
    auto *dialog = new WorkspaceNameDialog(m_backend, {}, {}, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &WorkspaceNameDialog::saved, this, [this](const WorkspaceView &w) {
        m_context.workspaceId = w.workspace.id; // the new one is shown once loaded
        m_bar->showMessage(tr("Workspace %1 is made; you are its owner.").arg(w.workspace.name));
    });
    dialog->open();
    return dialog;
}

WorkspaceNameDialog *MainWindow::renameWorkspace()
{
    if (m_context.workspaceId.isEmpty())
        return nullptr;
    auto *dialog = new WorkspaceNameDialog(m_backend, m_context.workspaceId, m_workspaceName, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &WorkspaceNameDialog::saved, this, [this](const WorkspaceView &w) {
        m_bar->showMessage(tr("The workspace is now called %1.").arg(w.workspace.name));
    });
    dialog->open();
    return dialog;
}

ChangePasswordDialog *MainWindow::changePassword()
{
    if (!m_backend.hasPassword()) {
        m_bar->showError(m_changePasswordAction->toolTip());
        return nullptr;
    }
    auto *dialog = new ChangePasswordDialog(m_backend, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] {
        m_bar->showMessage(tr("Your password is changed; your other sessions have ended."));
    });
    dialog->open();
    return dialog;
}

} // namespace latchkey::ui
