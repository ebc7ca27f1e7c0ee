// SPDX-License-Identifier: MIT
// Issue 15's structure, through both backends (BothBackends): the backend tells the models what
// changed (Backend::changed) and they refresh themselves. A change made outside the window's
// own actions — here straight through the backend, as another page or window would — shows
// in the keys, webhooks, activity, members and workspace lists without any UI code calling
// reload, and a refresh keeps the rows (and the selection) it already had.

#include "bothbackends.h"

#include "models/auditmodel.h"
#include "models/endpointmodel.h"
#include "models/keyfilterproxymodel.h"
#include "models/keytablemodel.h"
#include "models/membermodel.h"
#include "ui/keyspage.h"
#include "ui/memberspage.h"

#include <QComboBox>
#include <QSignalSpy>
#include <QTableView>

using namespace latchkey;
using client::Callback;
using models::KeyTableModel;
using test::await;
using test::kWait;

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

/// A name no other case or row used (the server keeps its keys from case to case).
QString unique(const QString &name)
{
    return name + QLatin1Char(' ') + QString::fromLatin1(QTest::currentDataTag());
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

private:
    CreateKeyRequest secretKey(const QString &name) const
    {
        CreateKeyRequest r;
        r.name = name;
        r.scopes = {QStringLiteral("service.forms.submit")};
        return r;
    }
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
    const QString first = unique(QStringLiteral("Selected"));
    const ApiKeyRecord selected = m_both.create(secretKey(first));
    // No reload from the test or the page: the backend said Keys changed.
    QTRY_VERIFY_WITH_TIMEOUT(rowOf(page->proxy(), KeyTableModel::NameColumn, first) >= 0, kWait);
    page->view()->setCurrentIndex(
        page->proxy()->index(rowOf(page->proxy(), KeyTableModel::NameColumn, first), 0));
    QVERIFY(page->selectedKey() && page->selectedKey()->id == selected.id);

    QSignalSpy resets(page->model(), &QAbstractItemModel::modelReset);
    const QString second = unique(QStringLiteral("Arrived later"));
    m_both.create(secretKey(second));
    QTRY_VERIFY_WITH_TIMEOUT(rowOf(page->proxy(), KeyTableModel::NameColumn, second) >= 0, kWait);
    // The new key came in as a row of its own; the selected one is still selected.
    QCOMPARE(resets.count(), 0);
    QVERIFY(page->selectedKey());
    QCOMPARE(page->selectedKey()->id, selected.id);

    // Renamed elsewhere: the row is updated in place and stays selected.
    KeyPatch patch;
    patch.name = unique(QStringLiteral("Renamed elsewhere"));
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
    const QString name = unique(QStringLiteral("Renamed workspace"));
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
        m_both.create(secretKey(unique(QStringLiteral("Paged %1").arg(i))));
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
    const ApiKeyRecord newest = m_both.create(secretKey(unique(QStringLiteral("Newest"))));
    QTRY_COMPARE_WITH_TIMEOUT(refreshed.count(), 1, kWait);
    QCOMPARE(resets.count(), 0);
    QVERIFY(model.rowCount() >= 7);
    QCOMPARE(model.key(0)->id, newest.id);
    for (int row = 0; row < before.size(); ++row)
        QCOMPARE(model.key(row + 1)->id, before[row]);
    QVERIFY(model.canFetchMore({})); // the rest is still there to scroll to
}

QTEST_MAIN(TestCommands)
#include "tst_commands.moc"
