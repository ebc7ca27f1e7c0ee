// SPDX-License-Identifier: MIT
// Issue 15's structure, through both backends (BothBackends): the backend tells the models what
// changed (Backend::changed) and they refresh themselves. A change made outside the window's
// own actions — here straight through the backend, as another page or window would — shows
// in the keys, webhooks, activity, members and workspace lists without any UI code calling
// reload, and a refresh keeps the rows (and the selection) it already had.
// And every user operation is a command object (ui/command.h): its canRun/whyNot enables the
// button, it asks where it must (a refusal changes nothing), and it reports its outcome.

#include "bothbackends.h"

#include "client/restbackend.h"
#include "models/auditmodel.h"
#include "models/endpointmodel.h"
#include "models/keyfilterproxymodel.h"
#include "models/keytablemodel.h"
#include "models/membermodel.h"
#include "ui/createkeydialog.h"
#include "ui/deleteendpointcommand.h"
#include "ui/duplicatekeycommand.h"
#include "ui/invitemembercommand.h"
#include "ui/keyspage.h"
#include "ui/memberspage.h"
#include "ui/messagebar.h"
#include "ui/removemembercommand.h"
#include "ui/rotateendpointsecretcommand.h"
#include "ui/sendtesteventcommand.h"
#include "ui/setmemberrolecommand.h"
#include "ui/setserviceactivecommand.h"
#include "ui/teamdialogs.h"
#include "ui/withdrawinvitationcommand.h"

#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QToolButton>

using namespace latchkey;
using client::Callback;
using models::KeyTableModel;
using test::await;
using test::kWait;
using test::secretKey;
using test::visibleWindow;

namespace {
const QString kOwner = QStringLiteral("owner@commands.test");
const QByteArray kOwnerPassword = "commands gui test password";

int rowOf(const QAbstractItemModel *model, int column, const QString &text)
{
    for (int row = 0; row < model->rowCount(); ++row)
        if (model->index(row, column).data().toString() == text)
            return row;
    return -1;
}

} // namespace

class TestCommands : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        const QString failed = m_both.startServer(kOwner, kOwnerPassword,
                                                  {QStringLiteral("--allow-loopback-webhooks")});
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
    }
    void init()
    {
        const QString failed = m_both.open();
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
    }
    void cleanup() { m_both.close(); }

    void keysFollowTheBackendAndKeepTheSelection_data() { test::BothBackends::backends(); }
    void keysFollowTheBackendAndKeepTheSelection();
    void webhooksAndActivityFollowTheBackend_data() { test::BothBackends::backends(); }
    void webhooksAndActivityFollowTheBackend();
    void membersAndWorkspacesFollowTheBackend_data() { test::BothBackends::backends(); }
    void membersAndWorkspacesFollowTheBackend();
    void refreshReadsEveryLoadedPage_data() { test::BothBackends::backends(); }
    void refreshReadsEveryLoadedPage();
    void endpointCommandsAskAndReport_data() { test::BothBackends::backends(); }
    void endpointCommandsAskAndReport();
    void teamCommandsCheckAskAndReport_data() { test::BothBackends::backends(); }
    void teamCommandsCheckAskAndReport();
    void duplicateCommandOpensTheFormAndReports_data() { test::BothBackends::backends(); }
    void duplicateCommandOpensTheFormAndReports();
    void roleChangeIsUndoneFromTheBar_data() { test::BothBackends::backends(); }
    void roleChangeIsUndoneFromTheBar();
    void lapsingAServiceAsksReactivatingDoesNot_data() { test::BothBackends::backends(); }
    void lapsingAServiceAsksReactivatingDoesNot();

private:
    QTableView *table(const char *objectName) const
    {
        return m_both.window->findChild<QTableView *>(QString::fromLatin1(objectName));
    }

    test::BothBackends m_both;
};

void TestCommands::keysFollowTheBackendAndKeepTheSelection()
{
    ui::KeysPage *page = m_both.window->secretKeysPage();
    QTRY_VERIFY_WITH_TIMEOUT(!page->model()->isLoading(), kWait);
    const QString first = test::uniqueName(QStringLiteral("Selected"));
    const ApiKeyRecord selected = m_both.create(secretKey(first));
    // No reload from the test or the page: the backend said Keys changed.
    QTRY_VERIFY_WITH_TIMEOUT(rowOf(page->proxy(), KeyTableModel::NameColumn, first) >= 0, kWait);
    page->view()->setCurrentIndex(
        page->proxy()->index(rowOf(page->proxy(), KeyTableModel::NameColumn, first), 0));
    QVERIFY(page->selectedKey() && page->selectedKey()->id == selected.id);

    QSignalSpy resets(page->model(), &QAbstractItemModel::modelReset);
    const QString second = test::uniqueName(QStringLiteral("Arrived later"));
    m_both.create(secretKey(second));
    QTRY_VERIFY_WITH_TIMEOUT(rowOf(page->proxy(), KeyTableModel::NameColumn, second) >= 0, kWait);
    // The new key came in as a row of its own; the selected one is still selected.
    QCOMPARE(resets.count(), 0);
    QVERIFY(page->selectedKey());
    QCOMPARE(page->selectedKey()->id, selected.id);

    // Renamed elsewhere: the row is updated in place and stays selected.
    KeyPatch patch;
    patch.name = test::uniqueName(QStringLiteral("Renamed elsewhere"));
    auto patched = await<ApiKeyRecord>([&](Callback<ApiKeyRecord> done) {
        m_both.backend->patchKey(m_both.workspace, selected.id, patch, &m_both.context,
                                 std::move(done));
    });
    QVERIFY(patched && patched->ok());
    QTRY_VERIFY_WITH_TIMEOUT(page->selectedKey() && page->selectedKey()->name == *patch.name,
                             kWait);
    QCOMPARE(page->selectedKey()->id, selected.id);
    QCOMPARE(resets.count(), 0);
    QCOMPARE(page->view()->currentIndex().data().toString(), *patch.name);
}

void TestCommands::webhooksAndActivityFollowTheBackend()
{
    QTableView *endpoints = table("endpointTable");
    QTableView *audit = table("auditTable");
    QVERIFY(endpoints && audit);
    auto *auditModel = qobject_cast<models::AuditModel *>(audit->model());
    QVERIFY(auditModel);
    QTRY_VERIFY_WITH_TIMEOUT(!auditModel->isLoading() && auditModel->rowCount() > 0, kWait);
    QTRY_VERIFY_WITH_TIMEOUT(
        !qobject_cast<models::PagedModelBase *>(endpoints->model())->isLoading(), kWait);
    const int eventsBefore = auditModel->rowCount();
    QSignalSpy auditResets(auditModel, &QAbstractItemModel::modelReset);

    const QString url =
        QStringLiteral("http://127.0.0.1:9/%1").arg(QString::fromLatin1(QTest::currentDataTag()));
    auto added = await<IssuedEndpoint>([&](Callback<IssuedEndpoint> done) {
        m_both.backend->createEndpoint(m_both.workspace, Environment::Test, url,
                                       QStringLiteral("made outside the window"), &m_both.context,
                                       std::move(done));
    });
    QVERIFY2(added && added->ok(), added && !added->ok() ? qPrintable(added->error().message) : "");
    QTRY_VERIFY_WITH_TIMEOUT(rowOf(endpoints->model(), models::EndpointModel::UrlColumn, url) >= 0,
                             kWait);
    // The activity log has the new event on top, read without starting over.
    QTRY_VERIFY_WITH_TIMEOUT(auditModel->rowCount() > eventsBefore, kWait);
    QCOMPARE(auditModel->index(0, 0).data(models::AuditModel::ActionRole).toString(),
             QStringLiteral("webhook_endpoint.created"));
    QCOMPARE(auditResets.count(), 0);

    // Deleted elsewhere: its row goes.
    auto removed = await<Done>([&](Callback<Done> done) {
        m_both.backend->deleteEndpoint(m_both.workspace, (*added)->endpoint.id, &m_both.context,
                                       std::move(done));
    });
    QVERIFY(removed && removed->ok());
    QTRY_VERIFY_WITH_TIMEOUT(rowOf(endpoints->model(), models::EndpointModel::UrlColumn, url) < 0,
                             kWait);
    QTRY_COMPARE_WITH_TIMEOUT(
        auditModel->index(0, 0).data(models::AuditModel::ActionRole).toString(),
        QStringLiteral("webhook_endpoint.deleted"), kWait);
}

void TestCommands::membersAndWorkspacesFollowTheBackend()
{
    models::MemberModel *members = m_both.window->membersPage()->model();
    QTRY_VERIFY_WITH_TIMEOUT(members->rowOf(kOwner) >= 0 || members->rowCount() > 0, kWait);
    const QString email = QStringLiteral("invited-%1@commands.test")
                              .arg(QString::fromLatin1(QTest::currentDataTag()));
    auto invited = await<IssuedInvitation>([&](Callback<IssuedInvitation> done) {
        m_both.backend->invite(m_both.workspace, email, Role::Developer, &m_both.context,
                               std::move(done));
    });
    QVERIFY2(invited && invited->ok(),
             invited && !invited->ok() ? qPrintable(invited->error().message) : "");
    QTRY_VERIFY_WITH_TIMEOUT(members->rowOf(email) >= 0, kWait);
    QVERIFY(members->invitation(members->rowOf(email)));

    auto withdrawn = await<Done>([&](Callback<Done> done) {
        m_both.backend->withdrawInvitation(m_both.workspace, (*invited)->invitation.id,
                                           &m_both.context, std::move(done));
    });
    QVERIFY(withdrawn && withdrawn->ok());
    QTRY_VERIFY_WITH_TIMEOUT(members->rowOf(email) < 0, kWait);

    // The workspace list (the picker) reads a new name by itself.
    auto *picker = m_both.window->findChild<QComboBox *>(QStringLiteral("workspacePicker"));
    QVERIFY(picker);
    const QString name = test::uniqueName(QStringLiteral("Renamed workspace"));
    auto renamed = await<WorkspaceView>([&](Callback<WorkspaceView> done) {
        m_both.backend->renameWorkspace(m_both.workspace, name, &m_both.context, std::move(done));
    });
    QVERIFY2(renamed && renamed->ok(),
             renamed && !renamed->ok() ? qPrintable(renamed->error().message) : "");
    QTRY_COMPARE_WITH_TIMEOUT(picker->currentText(), name, kWait);
    QCOMPARE(m_both.window->workspaceId(), m_both.workspace);
}

void TestCommands::refreshReadsEveryLoadedPage()
{
    // Pages of 2: after scrolling through three pages, a change reads those pages again (not
    // only the first), the new key comes in on top and the rows scrolled to stay.
    for (int i = 0; i < 7; ++i)
        m_both.create(secretKey(test::uniqueName(QStringLiteral("Paged %1").arg(i))));
    KeyTableModel model(*m_both.backend, KeyType::Secret);
    model.setPageSize(2);
    model.setWorkspace(m_both.workspace, Environment::Test);
    QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading(), kWait);
    for (int page = 0; page < 2; ++page) {
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading(), kWait);
    }
    QCOMPARE(model.rowCount(), 6);
    QStringList before;
    for (int row = 0; row < model.rowCount(); ++row)
        before << model.key(row)->id;
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy refreshed(&model, &models::PagedModelBase::refreshed);
    const ApiKeyRecord newest =
        m_both.create(secretKey(test::uniqueName(QStringLiteral("Newest"))));
    QTRY_COMPARE_WITH_TIMEOUT(refreshed.count(), 1, kWait);
    QCOMPARE(resets.count(), 0);
    QVERIFY(model.rowCount() >= 7);
    QCOMPARE(model.key(0)->id, newest.id);
    for (int row = 0; row < before.size(); ++row)
        QCOMPARE(model.key(row + 1)->id, before[row]);
    QVERIFY(model.canFetchMore({})); // the rest is still there to scroll to
}

void TestCommands::endpointCommandsAskAndReport()
{
    testing::Receiver receiver;
    receiver.answerStatus = 204;
    auto added = await<IssuedEndpoint>([&](Callback<IssuedEndpoint> done) {
        m_both.backend->createEndpoint(m_both.workspace, Environment::Test, receiver.url(),
                                       QStringLiteral("commands"), &m_both.context,
                                       std::move(done));
    });
    QVERIFY(added && added->ok());
    const WebhookEndpointRecord endpoint = (*added)->endpoint;
    m_both.window->tabs()->setCurrentIndex(ui::MainWindow::WebhooksTab);
    QTableView *view = table("endpointTable");
    auto *model = qobject_cast<models::EndpointModel *>(view->model());
    QTRY_VERIFY_WITH_TIMEOUT(rowOf(model, models::EndpointModel::UrlColumn, receiver.url()) >= 0,
                             kWait);
    auto *rotate = m_both.window->findChild<QPushButton *>(QStringLiteral("rotateSecretButton"));
    auto *remove = m_both.window->findChild<QPushButton *>(QStringLiteral("deleteEndpointButton"));
    auto *send = m_both.window->findChild<QPushButton *>(QStringLiteral("sendTestEventButton"));
    // Nothing selected: canRun says no, and the buttons follow it.
    view->setCurrentIndex({});
    QVERIFY(!ui::DeleteEndpointCommand::canRun(nullptr));
    QVERIFY(!ui::RotateEndpointSecretCommand::canRun(nullptr));
    QVERIFY(!ui::SendTestEventCommand::canRun(nullptr));
    QVERIFY(!rotate->isEnabled() && !remove->isEnabled() && !send->isEnabled());
    const auto row = [&] { return rowOf(model, models::EndpointModel::UrlColumn, receiver.url()); };
    view->setCurrentIndex(model->index(row(), 0));
    QVERIFY(rotate->isEnabled() && remove->isEnabled() && send->isEnabled());

    // Rotate asks; refused, nothing changes; confirmed, the new secret is revealed and the
    // table shows two secrets (the old one still signing) without being told to reload.
    const int asked = ui::MessageBox::askedCount();
    ui::MessageBox::setNextAnswer(ui::MessageBox::Answer::Cancel);
    rotate->click();
    QCOMPARE(ui::MessageBox::askedCount(), asked + 1);
    QTest::qWait(50);
    QVERIFY(!visibleWindow<QDialog>(QStringLiteral("secretRevealDialog")));
    QCOMPARE(model->endpoint(row())->secrets.size(), 1);
    ui::MessageBox::setNextAnswer(ui::MessageBox::Answer::Confirm);
    rotate->click();
    QTRY_VERIFY_WITH_TIMEOUT(visibleWindow<QDialog>(QStringLiteral("secretRevealDialog")), kWait);
    ui::MessageBox::setNextAnswer(ui::MessageBox::Answer::Confirm); // "copied it?"
    visibleWindow<QDialog>(QStringLiteral("secretRevealDialog"))->accept();
    QTRY_COMPARE_WITH_TIMEOUT(model->endpoint(row())->secrets.size(), 2, kWait);
    QCOMPARE(view->currentIndex().row(), row()); // still selected after the refresh

    // The previous secrets' end: the overlap, or sooner when a rotation limited it already.
    const qint64 now = 1'000'000;
    SigningSecretInfo open;
    SigningSecretInfo limited;
    limited.expiresAt = now + 3600'000;
    QCOMPARE(ui::RotateEndpointSecretCommand::previousSecretsEnd({}, now), 0);
    QCOMPARE(ui::RotateEndpointSecretCommand::previousSecretsEnd({open}, now),
             now + kSecretOverlapMs);
    QCOMPARE(ui::RotateEndpointSecretCommand::previousSecretsEnd({limited}, now), now + 3600'000);

    // Send test event: no question, the receiver's answer is the outcome.
    auto *test = new ui::SendTestEventCommand(*m_both.backend, m_both.workspace, endpoint,
                                              m_both.window.get());
    QSignalSpy tested(test, &ui::SendTestEventCommand::succeeded);
    QSignalSpy testDone(test, &ui::Command::finished);
    const int askedBeforeTest = ui::MessageBox::askedCount();
    test->start();
    QTRY_COMPARE_WITH_TIMEOUT(testDone.count(), 1, kWait);
    QCOMPARE(ui::MessageBox::askedCount(), askedBeforeTest);
    QCOMPARE(tested.count(), 1);
    const auto result = tested.at(0).at(1).value<client::WebhookTestResult>();
    QVERIFY(result.delivered);
    QCOMPARE(result.status, 204);

    // Delete asks (destructive); refused, it stays; confirmed, its row goes and the bar says so.
    ui::MessageBox::setNextAnswer(ui::MessageBox::Answer::Cancel);
    remove->click();
    QTest::qWait(50);
    QVERIFY(row() >= 0);
    ui::MessageBox::setNextAnswer(ui::MessageBox::Answer::Confirm);
    remove->click();
    QTRY_VERIFY_WITH_TIMEOUT(row() < 0, kWait);
    QTRY_VERIFY_WITH_TIMEOUT(
        m_both.window->messageBar()->text().contains(QStringLiteral("deleted")), kWait);
    QVERIFY(!remove->isEnabled());

    // Its outcome when the backend refuses: failed, with the reason, then finished.
    auto *again = new ui::DeleteEndpointCommand(*m_both.backend, m_both.workspace, endpoint,
                                                m_both.window.get());
    QSignalSpy failed(again, &ui::Command::failed);
    QSignalSpy deleted(again, &ui::DeleteEndpointCommand::succeeded);
    ui::MessageBox::setNextAnswer(ui::MessageBox::Answer::Confirm);
    again->start();
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, kWait);
    QCOMPARE(deleted.count(), 0);
    QVERIFY(!failed.at(0).at(0).toString().isEmpty());
}

void TestCommands::teamCommandsCheckAskAndReport()
{
    ui::MembersPage *page = m_both.window->membersPage();
    models::MemberModel *members = page->model();
    QTRY_VERIFY_WITH_TIMEOUT(members->rowOf(m_both.backend->userEmail()) >= 0, kWait);
    const MemberRecord me = *members->member(members->rowOf(m_both.backend->userEmail()));
    const ScopeCatalog &catalog = ScopeCatalog::builtin();
    const Actor owner = Actor::member(me.user.id, me.user.email, m_both.workspace, Role::Owner);
    const Actor viewer = Actor::member(me.user.id, me.user.email, m_both.workspace, Role::Viewer);

    // What enables the buttons: core's rules, through each command's whyNot.
    QVERIFY(ui::InviteMemberCommand::whyNot(catalog, owner).ok());
    QVERIFY(!ui::InviteMemberCommand::whyNot(catalog, viewer).ok());
    QVERIFY(!ui::RemoveMemberCommand::whyNot(catalog, owner, nullptr).ok());
    QVERIFY(!ui::WithdrawInvitationCommand::whyNot(catalog, owner, nullptr).ok());
    MemberRecord other; // never sent: only what the commands decide before a call
    other.user.id = QStringLiteral("usr_other");
    other.user.email = QStringLiteral("other@commands.test");
    other.role = Role::Viewer;
    const Status same = ui::SetMemberRoleCommand::whyNot(catalog, owner, &other, Role::Viewer);
    QVERIFY(!same.ok());
    QVERIFY2(same.error().message.contains(QStringLiteral("already")),
             qPrintable(same.error().message));
    QVERIFY(ui::SetMemberRoleCommand::whyNot(catalog, owner, &other, Role::Developer).ok());
    QVERIFY(!ui::SetMemberRoleCommand::whyNot(catalog, viewer, &other, Role::Developer).ok());

    // Invite: the form is the command; its outcome reveals the token once and the list shows
    // the invitation (the backend told the model).
    ui::InviteDialog *invite = page->invite();
    QVERIFY(invite);
    const QString email =
        QStringLiteral("cmd-%1@commands.test").arg(QString::fromLatin1(QTest::currentDataTag()));
    invite->findChild<QLineEdit *>(QStringLiteral("inviteEmailEdit"))->setText(email);
    invite->findChild<QPushButton *>(QStringLiteral("sendInvitationButton"))->click();
    QTRY_VERIFY_WITH_TIMEOUT(visibleWindow<QDialog>(QStringLiteral("invitationRevealDialog")),
                             kWait);
    ui::MessageBox::setNextAnswer(ui::MessageBox::Answer::Confirm); // "copied it?"
    visibleWindow<QDialog>(QStringLiteral("invitationRevealDialog"))->accept();
    QTRY_VERIFY_WITH_TIMEOUT(members->rowOf(email) >= 0, kWait);

    // Withdraw: enabled on the invitation's row, no question, the row goes, the bar says so.
    page->view()->setCurrentIndex(members->index(members->rowOf(email), 0));
    auto *withdraw = page->findChild<QPushButton *>(QStringLiteral("withdrawInvitationButton"));
    QVERIFY(withdraw->isEnabled());
    const int asked = ui::MessageBox::askedCount();
    withdraw->click();
    QTRY_VERIFY_WITH_TIMEOUT(members->rowOf(email) < 0, kWait);
    QCOMPARE(ui::MessageBox::askedCount(), asked);
    QTRY_VERIFY_WITH_TIMEOUT(m_both.window->messageBar()->text().contains(email), kWait);

    // Removing asks to type their email; cancelled, nothing is sent.
    auto *leave =
        new ui::RemoveMemberCommand(*m_both.backend, m_both.workspace, QStringLiteral("Workspace"),
                                    catalog, owner, other, m_both.window.get());
    QVERIFY(!leave->isLeaving());
    QSignalSpy finished(leave, &ui::Command::finished);
    QSignalSpy left(leave, &ui::RemoveMemberCommand::succeeded);
    QSignalSpy refused(leave, &ui::Command::failed);
    leave->start();
    QDialog *confirm = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT(
        (confirm = visibleWindow<QDialog>(QStringLiteral("removeMemberDialog"))), kWait);
    confirm->reject();
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(left.count(), 0);
    QCOMPARE(refused.count(), 0);
    QVERIFY(members->rowOf(me.user.email) >= 0);
}

void TestCommands::duplicateCommandOpensTheFormAndReports()
{
    QVERIFY(!ui::DuplicateKeyCommand::whyNot(nullptr, KeyEnvironments::All).ok());
    ApiKeyRecord live;
    live.environment = Environment::Live;
    QVERIFY(ui::DuplicateKeyCommand::whyNot(&live, KeyEnvironments::All).ok());
    QVERIFY(!ui::DuplicateKeyCommand::whyNot(&live, KeyEnvironments::TestOnly).ok());

    const ApiKeyRecord source =
        m_both.create(secretKey(test::uniqueName(QStringLiteral("Dup cmd"))));
    ui::KeysPage *page = m_both.window->secretKeysPage();
    QTRY_VERIFY_WITH_TIMEOUT(rowOf(page->proxy(), KeyTableModel::NameColumn, source.name) >= 0,
                             kWait);
    page->view()->setCurrentIndex(
        page->proxy()->index(rowOf(page->proxy(), KeyTableModel::NameColumn, source.name), 0));
    ui::CreateKeyDialog *form = page->duplicateSelected();
    QVERIFY(form);
    QCOMPARE(form->objectName(), QStringLiteral("duplicateKeyDialog"));
    form->findChild<QPushButton *>(QStringLiteral("createButton"))->click();
    // The outcome: the new secret shown once, the new key listed without a reload.
    QTRY_VERIFY_WITH_TIMEOUT(visibleWindow<QDialog>(QStringLiteral("secretRevealDialog")), kWait);
    const QString copy = source.name + QStringLiteral(" (copy)");
    QTRY_VERIFY_WITH_TIMEOUT(rowOf(page->proxy(), KeyTableModel::NameColumn, copy) >= 0, kWait);
}

void TestCommands::roleChangeIsUndoneFromTheBar()
{
    // A member who joined: on the sandbox by accepting there, on the server from their own
    // computer (another client: the owner's window reads the list again, as it would at the
    // next visit).
    const QString email =
        QStringLiteral("undo-%1@commands.test").arg(QString::fromLatin1(QTest::currentDataTag()));
    const QByteArray password = "member password for undo";
    auto invited = await<IssuedInvitation>([&](Callback<IssuedInvitation> done) {
        m_both.backend->invite(m_both.workspace, email, Role::Viewer, &m_both.context,
                               std::move(done));
    });
    QVERIFY(invited && invited->ok());
    client::TokenStore tokens;
    tokens.setKeychainEnabled(false);
    std::unique_ptr<client::RestBackend> joined;
    ui::MembersPage *page = m_both.window->membersPage();
    models::MemberModel *members = page->model();
    if (m_both.backend->isOffline()) {
        auto accepted = await<Done>([&](Callback<Done> done) {
            m_both.backend->acceptInvitation((*invited)->token, email, QString::fromUtf8(password),
                                             &m_both.context, std::move(done));
        });
        QVERIFY(accepted && accepted->ok());
    } else {
        std::optional<Result<client::RestBackend *>> r;
        client::RestBackend::join(
            QUrl(m_both.server.url), (*invited)->token, email, QString::fromUtf8(password), &tokens,
            &m_both.context, [&](Result<client::RestBackend *> x) { r.emplace(std::move(x)); });
        QVERIFY(QTest::qWaitFor([&] { return r.has_value(); }, kWait));
        QVERIFY2(r->ok(), r->ok() ? "" : qPrintable(r->error().message));
        joined.reset(r->value());
        members->reload();
    }
    const auto roleOf = [&]() -> std::optional<Role> {
        const MemberRecord *m = members->member(members->rowOf(email));
        return m ? std::optional<Role>(m->role) : std::nullopt;
    };
    QTRY_VERIFY_WITH_TIMEOUT(roleOf() == Role::Viewer, kWait);

    m_both.window->pages()->setCurrentRow(ui::MainWindow::MembersPageIndex);
    page->view()->setCurrentIndex(members->index(members->rowOf(email), 0));
    auto *combo = page->findChild<QComboBox *>(QStringLiteral("memberRoleCombo"));
    combo->setCurrentIndex(combo->findData(int(Role::Developer)));
    auto *change = page->findChild<QPushButton *>(QStringLiteral("changeRoleButton"));
    QVERIFY(change->isEnabled());
    change->click();
    QTRY_VERIFY_WITH_TIMEOUT(roleOf() == Role::Developer, kWait);
    ui::MessageBar *bar = m_both.window->messageBar();
    QTRY_VERIFY_WITH_TIMEOUT(bar->text().contains(QStringLiteral("is now developer")), kWait);
    auto *undo = bar->findChild<QToolButton *>(QStringLiteral("messageActionButton"));
    QVERIFY(undo && undo->isVisible());
    QCOMPARE(undo->text(), QStringLiteral("Undo"));
    QCOMPARE(undo->accessibleName(), QStringLiteral("Undo"));
    undo->click();
    // Undone through the same command: the old role is back, said on the bar.
    QTRY_VERIFY_WITH_TIMEOUT(roleOf() == Role::Viewer, kWait);
    QTRY_VERIFY_WITH_TIMEOUT(bar->text().contains(QStringLiteral("is now viewer")), kWait);

    // Any other message takes the Undo away.
    bar->showMessage(QStringLiteral("something else"));
    QVERIFY(!undo->isVisible());
}

void TestCommands::lapsingAServiceAsksReactivatingDoesNot()
{
    const auto navText = [&] {
        QStringList items;
        for (int i = 0; i < m_both.window->pages()->count(); ++i)
            items << m_both.window->pages()->item(i)->text();
        return items.join(QLatin1Char('|'));
    };
    const auto toggle = [&] {
        auto *page = m_both.window->findChild<QWidget *>(QStringLiteral("servicePage_bookings"));
        return page ? page->findChild<QPushButton *>(QStringLiteral("subscriptionToggleButton"))
                    : nullptr;
    };
    QTRY_VERIFY_WITH_TIMEOUT(toggle() && toggle()->isEnabled(), kWait);
    QVERIFY(!navText().contains(QStringLiteral("(lapsed)")));
    const Actor viewer = Actor::member({}, {}, m_both.workspace, Role::Viewer);
    QVERIFY(!ui::SetServiceActiveCommand::whyNot(ScopeCatalog::builtin(), viewer).ok());

    // Lapsing asks; refused, nothing changes.
    const int asked = ui::MessageBox::askedCount();
    ui::MessageBox::setNextAnswer(ui::MessageBox::Answer::Cancel);
    toggle()->click();
    QCOMPARE(ui::MessageBox::askedCount(), asked + 1);
    QTest::qWait(100);
    QVERIFY(!navText().contains(QStringLiteral("(lapsed)")));
    // Confirmed: the workspace list is read again by itself and the page says it lapsed.
    ui::MessageBox::setNextAnswer(ui::MessageBox::Answer::Confirm);
    toggle()->click();
    QTRY_VERIFY_WITH_TIMEOUT(navText().contains(QStringLiteral("(lapsed)")), kWait);
    QTRY_VERIFY_WITH_TIMEOUT(
        m_both.window->messageBar()->text().contains(QStringLiteral("has lapsed")), kWait);
    // Reactivating gives back: no question.
    QTRY_VERIFY_WITH_TIMEOUT(toggle() && toggle()->isEnabled(), kWait);
    toggle()->click();
    QTRY_VERIFY_WITH_TIMEOUT(!navText().contains(QStringLiteral("(lapsed)")), kWait);
    QCOMPARE(ui::MessageBox::askedCount(), asked + 2);
    QTRY_VERIFY_WITH_TIMEOUT(
        m_both.window->messageBar()->text().contains(QStringLiteral("is active again")), kWait);
}

QTEST_MAIN(TestCommands)
#include "tst_commands.moc"
