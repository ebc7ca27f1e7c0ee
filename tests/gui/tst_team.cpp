// SPDX-License-Identifier: MIT
// Teams in the dashboard (docs/teams.md), every case twice: on the offline sandbox (which holds
// the whole team on one computer) and through RestBackend against a real latchkeyd started by
// the test on loopback. The owner works through the real window; the invited person accepts
// as they would (the sandbox's Accept invitation… dialog; the server's invitation sign-in, which
// Connect to server… calls) and gets a dashboard of their own.

#include "../server/harness.h"
#include "fixture.h"

#include "client/restbackend.h"
#include "client/tokenstore.h"
#include "core/crypto.h"
#include "models/auditmodel.h"
#include "models/membermodel.h"
#include "ui/clipboard.h"
#include "ui/keyspage.h"
#include "ui/mainwindow.h"
#include "ui/memberspage.h"
#include "ui/messagebar.h"
#include "ui/messagebox.h"
#include "ui/removemembercommand.h"
#include "ui/secretrevealdialog.h"
#include "ui/teamdialogs.h"
#include "ui/typedconfirmdialog.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QToolButton>

using namespace latchkey;
using test::visibleWindow;
using testing::Http;
using testing::HttpResult;
using testing::Latchkeyd;

namespace {
const QString kOwner = QStringLiteral("owner@acme.test");
const QByteArray kOwnerPassword = "team gui test owner password";
const QString kMemberPassword = QStringLiteral("member password, twelve+");
constexpr int kWait = 15000;

/// One way of keeping a team: the sandbox, or a server.
class Team
{
public:
    virtual ~Team() = default;
    virtual client::Backend &owner() = 0;
    /// The invited person accepts \p token for \p email (through \p ownerWindow in the sandbox,
    /// where the whole team shares one computer). Empty when it worked, else why not.
    virtual QString accept(ui::MainWindow &ownerWindow, const QByteArray &token,
                           const QString &email) = 0;
    /// A dashboard as member \p email sees it.
    virtual std::unique_ptr<ui::MainWindow> windowOf(const QString &email) = 0;
    /// Was \p email's access to \p workspaceId ended? (server: their next call is 401)
    virtual bool accessEnded(const QString &email, const QString &workspaceId) = 0;
};

class SandboxTeam : public Team
{
public:
    client::Backend &owner() override { return *m_sandbox.backend; }

    QString accept(ui::MainWindow &ownerWindow, const QByteArray &token,
                   const QString &email) override
    {
        ui::MembersPage *page = ownerWindow.membersPage();
        auto *button = page->findChild<QPushButton *>(QStringLiteral("acceptInvitationButton"));
        if (!button || !button->isVisible())
            return QStringLiteral("no visible Accept invitation… button");
        QTest::mouseClick(button, Qt::LeftButton);
        auto *dialog =
            visibleWindow<ui::AcceptInvitationDialog>(QStringLiteral("acceptInvitationDialog"));
        if (!dialog)
            return QStringLiteral("no accept dialog");
        QPointer<QDialog> guard(dialog);
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("invitationTokenEdit")),
                         QString::fromLatin1(token));
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("invitationEmailEdit")),
                         email);
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("invitationPasswordEdit")),
                         kMemberPassword);
        auto *confirm =
            dialog->findChild<QPushButton *>(QStringLiteral("acceptInvitationConfirmButton"));
        if (!confirm->isEnabled())
            return QStringLiteral("Accept stays disabled: ") +
                   dialog->findChild<QLabel *>(QStringLiteral("formStatus"))->text();
        QTest::mouseClick(confirm, Qt::LeftButton);
        if (!QTest::qWaitFor([&] { return !guard || !guard->isVisible(); }, kWait))
            return QStringLiteral("the accept dialog stayed open");
        return {};
    }

    std::unique_ptr<ui::MainWindow> windowOf(const QString &email) override
    {
        bool done = false;
        m_sandbox.backend->actAs(email, nullptr, [&](Result<Done> r) { done = r.ok(); });
        if (!QTest::qWaitFor([&] { return done; }, kWait))
            return nullptr;
        return std::make_unique<ui::MainWindow>(*m_sandbox.backend);
    }

    bool accessEnded(const QString &email, const QString &workspaceId) override
    {
        auto user = m_sandbox.backend->store().userByEmail(email);
        auto memberships = m_sandbox.backend->store().membershipsOfUser((*user)->id);
        return memberships.ok() && std::none_of(memberships->cbegin(), memberships->cend(),
                                                [&](const MembershipRecord &m) {
                                                    return m.workspaceId == workspaceId;
                                                });
    }

private:
    test::Sandbox m_sandbox;
};

class ServerTeam : public Team
{
public:
    explicit ServerTeam(Latchkeyd &server)
        : m_server(server)
    {
        m_tokens.setKeychainEnabled(false); // CI has no keychain; memory only
    }

    bool signInOwner()
    {
        std::optional<Result<client::RestBackend *>> r;
        client::RestBackend::signIn(
            QUrl(m_server.url), kOwner, QString::fromUtf8(kOwnerPassword), &m_tokens, &m_context,
            [&](Result<client::RestBackend *> x) { r.emplace(std::move(x)); });
        if (!QTest::qWaitFor([&] { return r.has_value(); }, kWait) || !r->ok())
            return false;
        m_owner.reset(r->value());
        return true;
    }

    client::Backend &owner() override { return *m_owner; }

    QString accept(ui::MainWindow &, const QByteArray &token, const QString &email) override
    {
        // What the app's Connect to server… does with "I have an invitation" ticked.
        std::optional<Result<client::RestBackend *>> r;
        client::RestBackend::join(
            QUrl(m_server.url), token, email, kMemberPassword, &m_tokens, &m_context,
            [&](Result<client::RestBackend *> x) { r.emplace(std::move(x)); });
        if (!QTest::qWaitFor([&] { return r.has_value(); }, kWait))
            return QStringLiteral("no answer");
        if (!r->ok())
            return r->error().message;
        m_members[email].reset(r->value());
        return {};
    }

    std::unique_ptr<ui::MainWindow> windowOf(const QString &email) override
    {
        return m_members.count(email) ? std::make_unique<ui::MainWindow>(*m_members[email])
                                      : nullptr;
    }

    bool accessEnded(const QString &email, const QString &workspaceId) override
    {
        std::optional<Result<QList<MemberRecord>>> r;
        m_members[email]->members(workspaceId, nullptr,
                                  [&](Result<QList<MemberRecord>> x) { r.emplace(std::move(x)); });
        return QTest::qWaitFor([&] { return r.has_value(); }, kWait) && !r->ok() &&
               r->error().status == 401;
    }

    client::RestBackend &member(const QString &email) { return *m_members[email]; }

private:
    Latchkeyd &m_server;
    QObject m_context; ///< what the sign-in answers are delivered to
    client::TokenStore m_tokens;
    std::unique_ptr<client::RestBackend> m_owner;
    std::map<QString, std::unique_ptr<client::RestBackend>> m_members;
};
} // namespace

class TestTeam : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();

    void inviteRevealsTokenOnceAndTheMemberIsListed_data() { backends(); }
    void inviteRevealsTokenOnceAndTheMemberIsListed();
    void roleComboOffersOnlyWhatTheUserMayGive_data() { backends(); }
    void roleComboOffersOnlyWhatTheUserMayGive();
    void removalNeedsTheTypedEmailAndEndsAccess_data() { backends(); }
    void removalNeedsTheTypedEmailAndEndsAccess();
    void theLastOwnerCannotLeave_data() { backends(); }
    void theLastOwnerCannotLeave();
    void developerDashboardDisablesWhatItMayNotDoAndSaysWhy_data() { backends(); }
    void developerDashboardDisablesWhatItMayNotDoAndSaysWhy();
    void newWorkspaceAndRename_data() { backends(); }
    void newWorkspaceAndRename();
    void ownerLapsesAServiceAfterAWarning_data() { backends(); }
    void ownerLapsesAServiceAfterAWarning();
    void changePassword_data() { backends(); }
    void changePassword();
    void everyControlIsNamed();

private:
    static void backends();
    /// A fresh address per call: the server's team lives for the whole run.
    QString newEmail(const char *who);
    ui::MembersPage *members() { return m_window->membersPage(); }
    /// Invites through the page; the token, read from the reveal dialog, once.
    QByteArray inviteThroughUi(ui::MainWindow &window, const QString &email, Role role);
    /// invite + accept: a member with \p role.
    bool addMember(const QString &email, Role role);
    static void selectRow(ui::MembersPage *page, const QString &email);
    static bool settle(client::Backend &backend);
    static Role roleOf(ui::MembersPage *page, const QString &email);
    /// Shows \p service's page; its subscription switch, or null.
    static QPushButton *showService(ui::MainWindow &window, const QString &service);

    QTemporaryDir m_settingsDir;
    Latchkeyd m_server;
    std::unique_ptr<ServerTeam> m_serverTeam;
    std::unique_ptr<SandboxTeam> m_sandboxTeam;
    Team *m_team = nullptr;
    std::unique_ptr<ui::MainWindow> m_window;
    int m_counter = 0;
};

void TestTeam::backends()
{
    QTest::addColumn<int>("unused");
    QTest::newRow("sandbox") << 0;
    QTest::newRow("server") << 1;
}

void TestTeam::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
    ui::Clipboard::instance()->setClearTimeout(300);
    QByteArray out;
    QVERIFY2(m_server.init(kOwner, kOwnerPassword, &out) == 0, out.constData());
    QVERIFY2(m_server.start(), m_server.logs().constData());
    m_serverTeam = std::make_unique<ServerTeam>(m_server);
    QVERIFY(m_serverTeam->signInOwner());
}

void TestTeam::init()
{
    if (qstrcmp(QTest::currentDataTag(), "sandbox") == 0) {
        m_sandboxTeam = std::make_unique<SandboxTeam>();
        m_team = m_sandboxTeam.get();
    } else {
        m_team = m_serverTeam.get();
    }
    m_window = std::make_unique<ui::MainWindow>(m_team->owner());
    m_window->show();
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->workspaceId().isEmpty(), kWait);
    QVERIFY(settle(m_team->owner()));
    m_window->pages()->setCurrentRow(ui::MainWindow::MembersPageIndex);
}

void TestTeam::cleanup()
{
    for (QWidget *w : QApplication::topLevelWidgets())
        if (auto *d = qobject_cast<ui::SecretRevealDialog *>(w); d && d->isVisible()) {
            ui::MessageBox::setNextAnswer(ui::MessageBox::Answer::Confirm);
            d->reject();
        }
    ui::MessageBox::setNextAnswer(ui::MessageBox::Answer::None);
    m_window.reset();
    if (m_team)
        QTRY_COMPARE_WITH_TIMEOUT(m_team->owner().pending(), 0, kWait);
    m_sandboxTeam.reset();
    m_team = nullptr;
}

void TestTeam::cleanupTestCase()
{
    m_serverTeam.reset();
    m_server.stop();
}

QString TestTeam::newEmail(const char *who)
{
    return QStringLiteral("%1%2@acme.test").arg(QLatin1String(who)).arg(++m_counter);
}

bool TestTeam::settle(client::Backend &backend)
{
    QTest::qWait(20);
    return QTest::qWaitFor([&] { return backend.pending() == 0; }, kWait);
}

QByteArray TestTeam::inviteThroughUi(ui::MainWindow &window, const QString &email, Role role)
{
    auto *invite = window.membersPage()->findChild<QPushButton *>(QStringLiteral("inviteButton"));
    if (!invite || !invite->isEnabled())
        return {};
    QTest::mouseClick(invite, Qt::LeftButton);
    auto *dialog = visibleWindow<ui::InviteDialog>(QStringLiteral("inviteDialog"));
    if (!dialog)
        return {};
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("inviteEmailEdit")), email);
    auto *combo = dialog->findChild<QComboBox *>(QStringLiteral("inviteRoleCombo"));
    combo->setCurrentIndex(combo->findData(int(role)));
    if (combo->currentData().toInt() != int(role))
        return {};
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("sendInvitationButton")),
                      Qt::LeftButton);
    ui::SecretRevealDialog *reveal = nullptr;
    if (!QTest::qWaitFor(
            [&] {
                reveal =
                    visibleWindow<ui::SecretRevealDialog>(QStringLiteral("invitationRevealDialog"));
                return reveal != nullptr;
            },
            kWait))
        return {};
    QByteArray token = reveal->findChild<QLabel *>(QStringLiteral("secretText"))->text().toLatin1();
    // The ready-to-send text carries the token and says whom it is for.
    const QString message =
        reveal->findChild<QPlainTextEdit *>(QStringLiteral("shareText"))->toPlainText();
    if (!message.contains(QString::fromLatin1(token)) || !message.contains(email))
        return {};
    QTest::mouseClick(reveal->findChild<QPushButton *>(QStringLiteral("copyShareTextButton")),
                      Qt::LeftButton);
    reveal->accept();
    // Shown once: closing wipes it, the text included.
    if (!reveal->isWiped())
        return {};
    return token;
}

bool TestTeam::addMember(const QString &email, Role role)
{
    const QByteArray token = inviteThroughUi(*m_window, email, role);
    if (!token.startsWith("lki_"))
        return false;
    const QString why = m_team->accept(*m_window, token, email);
    if (!why.isEmpty()) {
        qWarning("accept: %s", qPrintable(why));
        return false;
    }
    members()->model()->reload();
    return settle(m_team->owner()) && members()->model()->rowOf(email) >= 0;
}

void TestTeam::selectRow(ui::MembersPage *page, const QString &email)
{
    page->view()->setFocus();
    page->view()->setCurrentIndex(page->model()->index(page->model()->rowOf(email), 0));
}

Role TestTeam::roleOf(ui::MembersPage *page, const QString &email)
{
    const MemberRecord *m = page->model()->member(page->model()->rowOf(email));
    return m ? m->role : Role::Viewer;
}

QPushButton *TestTeam::showService(ui::MainWindow &window, const QString &service)
{
    QWidget *page = nullptr;
    if (!QTest::qWaitFor(
            [&] {
                page = window.findChild<QWidget *>(QStringLiteral("servicePage_") + service);
                return page != nullptr;
            },
            kWait))
        return nullptr;
    auto *stack = window.findChild<QStackedWidget *>(QStringLiteral("pageStack"));
    window.pages()->setCurrentRow(stack->indexOf(page));
    return page->isVisible()
               ? page->findChild<QPushButton *>(QStringLiteral("subscriptionToggleButton"))
               : nullptr;
}

void TestTeam::inviteRevealsTokenOnceAndTheMemberIsListed()
{
    const QString email = newEmail("dana");
    const QByteArray token = inviteThroughUi(*m_window, email, Role::Developer);
    QVERIFY(token.startsWith("lki_"));
    // Pending, listed as an invitation (never with its token).
    QTRY_VERIFY_WITH_TIMEOUT(members()->model()->invitation(members()->model()->rowOf(email)),
                             kWait);
    for (int c = 0; c < models::MemberModel::ColumnCount; ++c)
        QVERIFY(!members()
                     ->model()
                     ->index(members()->model()->rowOf(email), c)
                     .data()
                     .toString()
                     .contains(QLatin1String("lki_")));
    QCOMPARE(m_team->accept(*m_window, token, email), QString());
    members()->model()->reload();
    QVERIFY(settle(m_team->owner()));
    const int row = members()->model()->rowOf(email);
    QVERIFY(members()->model()->member(row));
    QCOMPARE(members()->model()->member(row)->role, Role::Developer);
    // The token worked once.
    QVERIFY(!m_team->accept(*m_window, token, email + QStringLiteral(".x")).isEmpty());
    QVERIFY(!m_team->accept(*m_window, token, email).isEmpty());
    for (QWidget *w : QApplication::topLevelWidgets())
        if (w->objectName() == QLatin1String("acceptInvitationDialog") && w->isVisible())
            static_cast<QDialog *>(w)->reject();
}

void TestTeam::roleComboOffersOnlyWhatTheUserMayGive()
{
    const QString dev = newEmail("dev");
    const QString admin = newEmail("admin");
    QVERIFY(addMember(dev, Role::Developer));
    QVERIFY(addMember(admin, Role::Admin));
    auto *combo = members()->findChild<QComboBox *>(QStringLiteral("memberRoleCombo"));
    QCOMPARE(combo->count(), 4); // an owner gives any role
    selectRow(members(), dev);
    combo->setCurrentIndex(combo->findData(int(Role::Admin)));
    auto *change = members()->findChild<QPushButton *>(QStringLiteral("changeRoleButton"));
    QVERIFY(change->isEnabled());
    QTest::mouseClick(change, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(roleOf(members(), dev), Role::Admin, kWait);
    QVERIFY(m_window->messageBar()->text().contains(dev));

    // An admin is offered admin and below, and cannot touch the owner.
    std::unique_ptr<ui::MainWindow> adminWindow = m_team->windowOf(admin);
    QVERIFY(adminWindow);
    adminWindow->show();
    QTRY_VERIFY_WITH_TIMEOUT(!adminWindow->workspaceId().isEmpty(), kWait);
    ui::MembersPage *page = adminWindow->membersPage();
    QTRY_VERIFY_WITH_TIMEOUT(page->model()->rowOf(admin) >= 0, kWait);
    auto *adminCombo = page->findChild<QComboBox *>(QStringLiteral("memberRoleCombo"));
    QStringList offered;
    for (int i = 0; i < adminCombo->count(); ++i)
        offered << name(Role(adminCombo->itemData(i).toInt()));
    QCOMPARE(offered, (QStringList{QStringLiteral("admin"), QStringLiteral("developer"),
                                   QStringLiteral("viewer")}));
    selectRow(page, m_team->owner().homeEmail());
    auto *remove = page->findChild<QPushButton *>(QStringLiteral("removeMemberButton"));
    QVERIFY(!remove->isEnabled());
    QCOMPARE(remove->toolTip(), tr("Only an owner can remove another owner."));
    QVERIFY(!page->findChild<QPushButton *>(QStringLiteral("changeRoleButton"))->isEnabled());
}

void TestTeam::removalNeedsTheTypedEmailAndEndsAccess()
{
    const QString email = newEmail("leaver");
    QVERIFY(addMember(email, Role::Developer));
    QVERIFY(!m_team->accessEnded(email, m_window->workspaceId()));
    selectRow(members(), email);
    auto *remove = members()->findChild<QPushButton *>(QStringLiteral("removeMemberButton"));
    QVERIFY(remove->isEnabled());
    QCOMPARE(remove->text(), tr("Remove…"));
    QTest::mouseClick(remove, Qt::LeftButton);
    auto *dialog = visibleWindow<ui::TypedConfirmDialog>(QStringLiteral("removeMemberDialog"));
    QVERIFY(dialog);
    auto *edit = dialog->findChild<QLineEdit *>(QStringLiteral("removeConfirmEdit"));
    auto *confirm = dialog->findChild<QPushButton *>(QStringLiteral("removeConfirmButton"));
    QTest::keyClicks(edit, email.left(5));
    QVERIFY(!confirm->isEnabled());
    edit->clear();
    QTest::keyClicks(edit, email);
    QVERIFY(confirm->isEnabled());
    QTest::mouseClick(confirm, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(members()->model()->rowOf(email), -1, kWait);
    QVERIFY(m_team->accessEnded(email, m_window->workspaceId()));
}

void TestTeam::theLastOwnerCannotLeave()
{
    const QString me = m_team->owner().userEmail();
    QTRY_VERIFY_WITH_TIMEOUT(members()->model()->rowOf(me) >= 0, kWait);
    selectRow(members(), me);
    auto *remove = members()->findChild<QPushButton *>(QStringLiteral("removeMemberButton"));
    QCOMPARE(remove->text(), tr("Leave workspace…"));
    QVERIFY(remove->isEnabled()); // leaving is everyone's; the last owner is the server's 409
    QTest::mouseClick(remove, Qt::LeftButton);
    auto *dialog = visibleWindow<ui::TypedConfirmDialog>(QStringLiteral("removeMemberDialog"));
    QVERIFY(dialog);
    const QString workspace =
        m_window->findChild<QComboBox *>(QStringLiteral("workspacePicker"))->currentText();
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("removeConfirmEdit")),
                     workspace);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("removeConfirmButton")),
                      Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT((m_window->messageBar()->kind() == ui::MessageBar::Kind::Error),
                             kWait);
    QVERIFY2(m_window->messageBar()->text().contains(QLatin1String("owner")),
             qPrintable(m_window->messageBar()->text()));
    QVERIFY(settle(m_team->owner()));
    QVERIFY(members()->model()->member(members()->model()->rowOf(me)));
}

void TestTeam::developerDashboardDisablesWhatItMayNotDoAndSaysWhy()
{
    const QString dev = newEmail("developer");
    QVERIFY(addMember(dev, Role::Developer));
    m_window->hide();
    std::unique_ptr<ui::MainWindow> window = m_team->windowOf(dev);
    QVERIFY(window);
    window->show();
    QTRY_VERIFY_WITH_TIMEOUT(!window->workspaceId().isEmpty(), kWait);
    QVERIFY(settle(m_team->owner()));
    QTabWidget *tabs = window->tabs();
    // Keys: a developer creates them.
    QTRY_VERIFY(window->secretKeysPage()
                    ->findChild<QPushButton *>(QStringLiteral("createKeyButton"))
                    ->isEnabled());
    // Webhooks and the audit log are not theirs: disabled, with core's reason.
    QTRY_VERIFY_WITH_TIMEOUT(!tabs->isTabEnabled(ui::MainWindow::WebhooksTab), kWait);
    QCOMPARE(tabs->tabToolTip(ui::MainWindow::WebhooksTab),
             QStringLiteral("Your role (developer) cannot see webhook endpoints."));
    QVERIFY(!tabs->isTabEnabled(ui::MainWindow::ActivityTab));
    QCOMPARE(tabs->tabToolTip(ui::MainWindow::ActivityTab),
             QStringLiteral("Your role (developer) cannot read the audit log."));
    // No error was shown for what the window did not ask.
    QVERIFY(!window->messageBar()->isVisible() ||
            window->messageBar()->kind() != ui::MessageBar::Kind::Error);
    // Members: listed; managing them is not theirs.
    ui::MembersPage *page = window->membersPage();
    QTRY_VERIFY_WITH_TIMEOUT(page->model()->rowOf(dev) >= 0, kWait);
    auto *invite = page->findChild<QPushButton *>(QStringLiteral("inviteButton"));
    QVERIFY(!invite->isEnabled());
    QVERIFY2(invite->toolTip().contains(QLatin1String("Only owners and admins")),
             qPrintable(invite->toolTip()));
    QVERIFY(page->findChild<QLabel *>(QStringLiteral("membersPermissionLabel"))
                ->text()
                .contains(QLatin1String("Only owners and admins")));
    QVERIFY(!page->findChild<QComboBox *>(QStringLiteral("memberRoleCombo"))->isEnabled());
    selectRow(page, m_team->owner().homeEmail());
    QVERIFY(!page->findChild<QPushButton *>(QStringLiteral("removeMemberButton"))->isEnabled());
    // Renaming and subscriptions are the owner's.
    auto *rename = window->findChild<QAction *>(QStringLiteral("renameWorkspaceAction"));
    QVERIFY(!rename->isEnabled());
    QVERIFY(rename->toolTip().contains(QLatin1String("Only an owner")));
    QPushButton *toggle = showService(*window, QStringLiteral("forms"));
    QVERIFY(toggle);
    QVERIFY(!toggle->isEnabled());
    QVERIFY(toggle->toolTip().contains(QLatin1String("Only an owner")));
}

void TestTeam::newWorkspaceAndRename()
{
    auto *picker = m_window->findChild<QComboBox *>(QStringLiteral("workspacePicker"));
    const int before = picker->count();
    const QString name = QStringLiteral("Acme Payments %1").arg(++m_counter);
    auto *dialog = m_window->newWorkspace();
    QVERIFY(dialog);
    auto *save = dialog->findChild<QPushButton *>(QStringLiteral("saveWorkspaceButton"));
    QVERIFY(!save->isEnabled());
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("workspaceNameEdit")), name);
    QVERIFY(save->isEnabled());
    QTest::mouseClick(save, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(picker->count(), before + 1, kWait);
    QTRY_COMPARE_WITH_TIMEOUT(picker->currentText(), name, kWait); // the new one is shown
    QVERIFY(m_window->findChild<QAction *>(QStringLiteral("renameWorkspaceAction"))->isEnabled());

    auto *rename = m_window->renameWorkspace();
    QVERIFY(rename);
    auto *edit = rename->findChild<QLineEdit *>(QStringLiteral("workspaceNameEdit"));
    QCOMPARE(edit->text(), name);
    edit->setText(QStringLiteral("  "));
    QVERIFY(!rename->findChild<QPushButton *>(QStringLiteral("saveWorkspaceButton"))->isEnabled());
    edit->setText(name + QStringLiteral(" (EU)"));
    QTest::mouseClick(rename->findChild<QPushButton *>(QStringLiteral("saveWorkspaceButton")),
                      Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(picker->currentText(), name + QStringLiteral(" (EU)"), kWait);
    QCOMPARE(picker->count(), before + 1);
}

void TestTeam::ownerLapsesAServiceAfterAWarning()
{
    // In a workspace of its own, so the other cases keep their subscriptions.
    auto *picker = m_window->findChild<QComboBox *>(QStringLiteral("workspacePicker"));
    auto *dialog = m_window->newWorkspace();
    const QString name = QStringLiteral("Lapsing %1").arg(++m_counter);
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("workspaceNameEdit")), name);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("saveWorkspaceButton")),
                      Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(picker->currentText(), name, kWait);
    QVERIFY(settle(m_team->owner()));
    QListWidget *nav = m_window->pages();
    QPushButton *toggle = showService(*m_window, QStringLiteral("forms"));
    QVERIFY(toggle);
    QVERIFY(toggle->isEnabled());
    const auto formsItem = [nav] {
        for (int row = ui::MainWindow::FirstServicePage; row < nav->count(); ++row)
            if (nav->item(row)->text().startsWith(QLatin1String("Forms")))
                return nav->item(row)->text();
        return QString();
    };
    QCOMPARE(formsItem(), QStringLiteral("Forms"));
    // Cancelled at the warning: nothing changes.
    const int asked = ui::MessageBox::askedCount();
    ui::MessageBox::setNextAnswer(ui::MessageBox::Answer::Cancel);
    QTest::mouseClick(toggle, Qt::LeftButton);
    QCOMPARE(ui::MessageBox::askedCount(), asked + 1);
    QVERIFY(settle(m_team->owner()));
    QCOMPARE(formsItem(), QStringLiteral("Forms"));
    ui::MessageBox::setNextAnswer(ui::MessageBox::Answer::Confirm);
    QTest::mouseClick(toggle, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(formsItem(), QStringLiteral("Forms (lapsed)"), kWait);
    QVERIFY(m_window->messageBar()->text().contains(QLatin1String("402")));
    // And back, without a warning: nothing breaks by it.
    QVERIFY(settle(m_team->owner()));
    toggle = showService(*m_window, QStringLiteral("forms"));
    QVERIFY(toggle);
    QCOMPARE(toggle->text(), tr("Reactivate subscription"));
    QTest::mouseClick(toggle, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(formsItem(), QStringLiteral("Forms"), kWait);
    QCOMPARE(ui::MessageBox::askedCount(), asked + 2);
}

void TestTeam::changePassword()
{
    auto *action = m_window->findChild<QAction *>(QStringLiteral("changePasswordAction"));
    QVERIFY(action);
    if (qstrcmp(QTest::currentDataTag(), "sandbox") == 0) {
        // The sandbox's user has no password: disabled, and it says why.
        QVERIFY(!action->isEnabled());
        QVERIFY(action->toolTip().contains(QLatin1String("no password")));
        QVERIFY(!m_window->changePassword());
        return;
    }
    // A member with a second session elsewhere changes their password in the dashboard.
    const QString email = newEmail("pw");
    QVERIFY(addMember(email, Role::Viewer));
    Http elsewhere;
    elsewhere.base = m_server.url;
    const HttpResult s = elsewhere.post(QStringLiteral("/v1/sessions"),
                                        QJsonObject{{QStringLiteral("email"), email},
                                                    {QStringLiteral("password"), kMemberPassword}});
    QCOMPARE(s.status, 200);
    elsewhere.token = s.data().value(QLatin1String("token")).toString().toLatin1();
    QCOMPARE(elsewhere.get(QStringLiteral("/v1/workspaces")).status, 200);

    std::unique_ptr<ui::MainWindow> window = m_team->windowOf(email);
    QVERIFY(window);
    window->show();
    QTRY_VERIFY_WITH_TIMEOUT(!window->workspaceId().isEmpty(), kWait);
    auto *memberAction = window->findChild<QAction *>(QStringLiteral("changePasswordAction"));
    QVERIFY(memberAction->isEnabled());
    auto *dialog = window->changePassword();
    QVERIFY(dialog);
    auto *confirm = dialog->findChild<QPushButton *>(QStringLiteral("changePasswordConfirmButton"));
    const QString next = QStringLiteral("a brand new passphrase");
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("currentPasswordEdit")),
                     kMemberPassword);
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("newPasswordEdit")),
                     QStringLiteral("short"));
    QVERIFY(!confirm->isEnabled()); // under 12 characters, said in the form
    QVERIFY(!dialog->findChild<QLabel *>(QStringLiteral("formStatus"))->text().trimmed().isEmpty());
    dialog->findChild<QLineEdit *>(QStringLiteral("newPasswordEdit"))->setText(next);
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("repeatPasswordEdit")),
                     next + QStringLiteral("x"));
    QVERIFY(!confirm->isEnabled()); // the two differ
    dialog->findChild<QLineEdit *>(QStringLiteral("repeatPasswordEdit"))->setText(next);
    QVERIFY(confirm->isEnabled());
    QPointer<QDialog> guard(dialog);
    QTest::mouseClick(confirm, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!guard || !guard->isVisible(), kWait);
    // The other session ended; this one goes on; the new password signs in.
    QCOMPARE(elsewhere.get(QStringLiteral("/v1/workspaces")).status, 401);
    QVERIFY(!m_team->accessEnded(email, m_window->workspaceId()));
    Http again;
    again.base = m_server.url;
    QCOMPARE(
        again
            .post(QStringLiteral("/v1/sessions"),
                  QJsonObject{{QStringLiteral("email"), email}, {QStringLiteral("password"), next}})
            .status,
        200);
}

void TestTeam::everyControlIsNamed()
{
    // The page and every dialog of this work: each control has a handle and a name for
    // screen readers.
    client::Backend &b = m_sandboxTeam ? m_sandboxTeam->owner() : m_serverTeam->owner();
    QStringList missing = test::unnamedControls(m_window.get());
    ui::InviteDialog invite(b, m_window->workspaceId(), {Role::Viewer});
    ui::AcceptInvitationDialog accept(b);
    ui::WorkspaceNameDialog name(b, {}, {});
    ui::ChangePasswordDialog password(b);
    ui::TypedConfirmDialog remove(ui::RemoveMemberCommand::confirmation(
        QStringLiteral("a@b.test"), QStringLiteral("W"), false));
    for (QWidget *w : std::initializer_list<QWidget *>{&invite, &accept, &name, &password, &remove})
        missing += test::unnamedControls(w);
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QStringLiteral(", "))));
}

QTEST_MAIN(TestTeam)
#include "tst_team.moc"
