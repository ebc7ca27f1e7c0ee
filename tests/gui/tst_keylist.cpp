// SPDX-License-Identifier: MIT
// The key list an admin lives in (issue 15), every case through both backends (BothBackends):
// the empty state's next step, status filters and the store's order over keys not loaded yet,
// the attention bar with Roll… at hand, Duplicate…, every form error beside its field at once,
// the public keys' service and origins columns, a message that stays on its tab, and the
// Webhooks tab's Send test event and the old secret's end after a rotation.

#include "bothbackends.h"

#include "models/endpointmodel.h"
#include "models/keyfilterproxymodel.h"
#include "models/keytablemodel.h"
#include "ui/attentionbar.h"
#include "ui/createkeydialog.h"
#include "ui/fielderror.h"
#include "ui/keydetailspanel.h"
#include "ui/keyspage.h"
#include "ui/messagebar.h"
#include "ui/rollkeycommand.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTreeView>

using namespace latchkey;
using client::Callback;
using models::KeyTableModel;
using test::await;
using test::kWait;
using test::secretKey;
using test::visibleWindow;

namespace {
const QString kOwner = QStringLiteral("owner@keylist.test");
const QByteArray kOwnerPassword = "key list gui test password";
constexpr qint64 kDay = 24LL * 3600 * 1000;

QStringList shownNames(const ui::KeysPage *page)
{
    QStringList names;
    for (int row = 0; row < page->proxy()->rowCount(); ++row)
        names << page->proxy()->index(row, KeyTableModel::NameColumn).data().toString();
    return names;
}
} // namespace

class TestKeyList : public QObject
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

    // First, while the server's workspace is still empty.
    void firstStartInvitesCreateKey_data() { test::BothBackends::backends(); }
    void firstStartInvitesCreateKey();
    void statusFilterAndStoreOrderCoverEveryKey_data() { test::BothBackends::backends(); }
    void statusFilterAndStoreOrderCoverEveryKey();
    void attentionNamesExpiringAndOldKeysWithRoll_data() { test::BothBackends::backends(); }
    void attentionNamesExpiringAndOldKeysWithRoll();
    void duplicateKeepsTheSettingsWithANewSecret_data() { test::BothBackends::backends(); }
    void duplicateKeepsTheSettingsWithANewSecret();
    void formErrorsShowBesideEachFieldAtOnce_data() { test::BothBackends::backends(); }
    void formErrorsShowBesideEachFieldAtOnce();
    void publicKeysShowServiceOriginsAndWholeToken_data() { test::BothBackends::backends(); }
    void publicKeysShowServiceOriginsAndWholeToken();
    void messageStaysOnItsTab_data() { test::BothBackends::backends(); }
    void messageStaysOnItsTab();
    void webhookTestEventAndRotationEnd_data() { test::BothBackends::backends(); }
    void webhookTestEventAndRotationEnd();
    void selectedRowIsCurrentAndTabLeavesTheTable_data() { test::BothBackends::backends(); }
    void selectedRowIsCurrentAndTabLeavesTheTable();
    void createOnlyWhereTheBackendKeepsTheEnvironment_data() { test::BothBackends::backends(); }
    void createOnlyWhereTheBackendKeepsTheEnvironment();

private:
    ui::KeysPage *secretPage() const { return m_both.window->secretKeysPage(); }
    /// Reloads \p page and waits until it has loaded.
    static bool reloaded(ui::KeysPage *page)
    {
        page->model()->reload();
        return QTest::qWaitFor([&] { return !page->model()->isLoading(); }, kWait);
    }

    test::BothBackends m_both;
};

void TestKeyList::firstStartInvitesCreateKey()
{
    ui::KeysPage *page = secretPage();
    QTRY_VERIFY_WITH_TIMEOUT(page->isEmptyStateShown(), kWait);
    auto *title = page->findChild<QLabel *>(QStringLiteral("emptyTitle"));
    QCOMPARE(title->text(), QStringLiteral("No secret keys yet"));
    auto *action = page->findChild<QPushButton *>(QStringLiteral("emptyActionButton"));
    QVERIFY(action->isVisible());
    QCOMPARE(action->text(), QStringLiteral("Create secret key"));
    QVERIFY(!action->accessibleName().isEmpty());
    // The next step is one click away: the key form.
    action->click();
    QTRY_VERIFY(visibleWindow<ui::CreateKeyDialog>(QStringLiteral("createKeyDialog")));
    visibleWindow<ui::CreateKeyDialog>(QStringLiteral("createKeyDialog"))->reject();

    // The public keys tab says its own next step.
    ui::KeysPage *pub = m_both.window->publicKeysPage();
    QTRY_VERIFY_WITH_TIMEOUT(pub->isEmptyStateShown(), kWait);
    QCOMPARE(pub->findChild<QLabel *>(QStringLiteral("emptyTitle"))->text(),
             QStringLiteral("No public keys yet"));

    // With a key the table is back; a filter that matches nothing offers the way back.
    m_both.create(secretKey(QStringLiteral("First key")));
    QVERIFY(reloaded(page));
    QTRY_VERIFY(!page->isEmptyStateShown());
    auto *filter = page->findChild<QLineEdit *>(QStringLiteral("keyFilterEdit"));
    QTest::keyClicks(filter, QStringLiteral("no such key anywhere"));
    QTRY_VERIFY_WITH_TIMEOUT(page->isEmptyStateShown(), kWait);
    QCOMPARE(title->text(), QStringLiteral("No keys match"));
    action->click();
    QVERIFY(filter->text().isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(!page->isEmptyStateShown(), kWait);
    QCOMPARE(shownNames(page), QStringList{QStringLiteral("First key")});
}

void TestKeyList::statusFilterAndStoreOrderCoverEveryKey()
{
    ui::KeysPage *page = secretPage();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    // Made so that store order (newest first) and name order differ.
    for (const QString &name : {QStringLiteral("Order c"), QStringLiteral("Order a"),
                                QStringLiteral("Order d"), QStringLiteral("Order b")})
        m_both.create(secretKey(name));
    const ApiKeyRecord soon =
        m_both.create(secretKey(QStringLiteral("Order soon"), now + 3 * kDay));
    const ApiKeyRecord gone = m_both.create(secretKey(QStringLiteral("Order gone")));
    QVERIFY(await<ApiKeyRecord>([&](Callback<ApiKeyRecord> done) {
                m_both.backend->revokeKey(m_both.workspace, gone.id, &m_both.context,
                                          std::move(done));
            })->ok());

    // Two rows a page: the store's order, not the loaded rows', decides the first page.
    page->model()->setPageSize(2);
    auto *filter = page->findChild<QLineEdit *>(QStringLiteral("keyFilterEdit"));
    QTest::keyClicks(filter, QStringLiteral("Order "));
    QTRY_COMPARE_WITH_TIMEOUT(page->model()->nameFilter(), QStringLiteral("Order"), kWait);
    QTRY_VERIFY_WITH_TIMEOUT(!page->model()->isLoading(), kWait);
    // Newest first, paged: the first page is the two newest.
    QCOMPARE(page->model()->key(0)->name, QStringLiteral("Order soon"));
    QCOMPARE(page->model()->key(1)->name, QStringLiteral("Order b"));
    page->view()->horizontalHeader()->setSortIndicator(KeyTableModel::NameColumn,
                                                       Qt::AscendingOrder);
    QCOMPARE(page->model()->order(), KeyOrder::Name);
    // Loaded page by page (the view fetches what fills it; the rest here): the model's rows
    // come in the store's order, page after page. The proxy sorts nothing by itself, so the
    // order seen is the store's.
    QVERIFY(QTest::qWaitFor(
        [&] {
            if (!page->model()->isLoading() && page->model()->canFetchMore({}))
                page->model()->fetchMore({});
            return !page->model()->isLoading() && !page->model()->canFetchMore({});
        },
        kWait));
    QStringList modelOrder;
    for (int row = 0; row < page->model()->rowCount(); ++row)
        modelOrder << page->model()->key(row)->name;
    QCOMPARE(modelOrder, (QStringList{QStringLiteral("Order a"), QStringLiteral("Order b"),
                                      QStringLiteral("Order c"), QStringLiteral("Order d"),
                                      QStringLiteral("Order soon")}));
    QCOMPARE(shownNames(page), modelOrder);
    // A column the store cannot order by keeps the order there was.
    page->view()->horizontalHeader()->setSortIndicator(KeyTableModel::ScopesColumn,
                                                       Qt::AscendingOrder);
    QCOMPARE(page->view()->horizontalHeader()->sortIndicatorSection(),
             int(KeyTableModel::NameColumn));
    QCOMPARE(page->model()->order(), KeyOrder::Name);

    // Revoked keys only when asked for; each status on its own.
    page->model()->setPageSize(50);
    auto *status = page->findChild<QComboBox *>(QStringLiteral("statusFilterCombo"));
    QVERIFY(!status->accessibleName().isEmpty());
    const auto show = [&](int data) {
        status->setCurrentIndex(status->findData(data));
        return QTest::qWaitFor([&] { return !page->model()->isLoading(); }, kWait);
    };
    QVERIFY(reloaded(page));
    QVERIFY(!shownNames(page).contains(QStringLiteral("Order gone")));
    QVERIFY(show(int(KeyStatus::Revoked)));
    QCOMPARE(shownNames(page), QStringList{QStringLiteral("Order gone")});
    QVERIFY(show(int(KeyStatus::Expiring)));
    QCOMPARE(shownNames(page), QStringList{QStringLiteral("Order soon")});
    QVERIFY(show(-1)); // all keys
    QCOMPARE(shownNames(page).size(), 6);
    QVERIFY(show(int(KeyStatus::Expired)));
    QTRY_VERIFY(page->isEmptyStateShown());
    QCOMPARE(page->findChild<QLabel *>(QStringLiteral("emptyTitle"))->text(),
             QStringLiteral("No keys match"));
    Q_UNUSED(soon);
}

void TestKeyList::attentionNamesExpiringAndOldKeysWithRoll()
{
    ui::KeysPage *page = secretPage();
    ui::AttentionBar *bar = page->attention();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const ApiKeyRecord soon =
        m_both.create(secretKey(QStringLiteral("Attention soon"), now + 2 * kDay));
    m_both.create(secretKey(QStringLiteral("Attention later"), now + 60 * kDay));
    m_both.create(secretKey(QStringLiteral("Attention forever")));
    QSignalSpy refreshed(bar, &ui::AttentionBar::refreshed);
    page->refreshAttention();
    QVERIFY(refreshed.wait(kWait));
    QVERIFY(bar->isVisible());
    QVERIFY(!bar->expiring().isEmpty());
    // Soonest first; a key expiring in 60 days is not named.
    QStringList named;
    for (const ApiKeyRecord &k : bar->expiring())
        named << k.name + QLatin1Char('@') + QString::number(k.expiresAt.value_or(0));
    const QByteArray said = named.join(QLatin1String(", ")).toUtf8();
    QVERIFY2(bar->expiring().first().id == soon.id, said.constData());
    for (const ApiKeyRecord &k : bar->expiring())
        QCOMPARE(keyStatus(k, now), KeyStatus::Expiring);
    auto *text = bar->findChild<QLabel *>(QStringLiteral("attentionText"));
    QVERIFY2(text->text().contains(QStringLiteral("“Attention soon” expires in")),
             qPrintable(text->text()));
    // Roll… at hand: it opens the roll dialog for that key.
    auto *roll = bar->findChild<QPushButton *>(QStringLiteral("attentionRollButton"));
    QVERIFY(roll && roll->isEnabled());
    QCOMPARE(roll->accessibleName(), QStringLiteral("Roll “Attention soon”"));
    roll->click();
    QTRY_VERIFY(visibleWindow<ui::RollKeyDialog>(QStringLiteral("rollKeyDialog")));
    visibleWindow<ui::RollKeyDialog>(QStringLiteral("rollKeyDialog"))->reject();
    // "Show expiring keys" filters the table to them.
    bar->findChild<QPushButton *>(QStringLiteral("attentionShowExpiringButton"))->click();
    QTRY_VERIFY_WITH_TIMEOUT(!page->model()->isLoading(), kWait);
    QCOMPARE(page->model()->statusFilter(), QList<KeyStatus>{KeyStatus::Expiring});
    QVERIFY(shownNames(page).contains(QStringLiteral("Attention soon")));
    for (int row = 0; row < page->proxy()->rowCount(); ++row)
        QCOMPARE(page->proxy()->index(row, 0).data(KeyTableModel::StatusRole).toInt(),
                 int(KeyStatus::Expiring));

    // 100 days on, every key made here is past the rotation age and is named (the clock is the
    // page's; the store answers "created before" for it).
    page->model()->setClock([now] { return now + 100 * kDay; });
    refreshed.clear();
    page->refreshAttention();
    QVERIFY(refreshed.wait(kWait));
    QVERIFY(!bar->old().isEmpty());
    QVERIFY(bar->old().size() <= ui::AttentionBar::kShown);
    for (const ApiKeyRecord &k : bar->old())
        QVERIFY(k.createdAt < now + 10 * kDay && k.type == KeyType::Secret && !k.revokedAt);
    QVERIFY2(bar->findChild<QLabel *>(QStringLiteral("attentionTitle"))
                 ->text()
                 .contains(QStringLiteral("older than 90 days")),
             qPrintable(bar->findChild<QLabel *>(QStringLiteral("attentionTitle"))->text()));
}

void TestKeyList::duplicateKeepsTheSettingsWithANewSecret()
{
    CreateKeyRequest r = secretKey(QStringLiteral("Dup source"));
    r.description = QStringLiteral("Billing cron");
    r.ipAllowlist = {QStringLiteral("10.0.0.0/8")};
    r.endpoints = {QStringLiteral("POST /v1/forms/*")};
    r.rateLimit = RateLimit{50, 60};
    const ApiKeyRecord source = m_both.create(r);
    ui::KeysPage *page = secretPage();
    QVERIFY(reloaded(page));
    for (int row = 0; row < page->proxy()->rowCount(); ++row)
        if (page->proxy()->index(row, 0).data(KeyTableModel::IdRole) == source.id)
            page->view()->setCurrentIndex(page->proxy()->index(row, 0));
    auto *duplicate = page->findChild<QPushButton *>(QStringLiteral("duplicateKeyButton"));
    QVERIFY(duplicate->isEnabled());
    duplicate->click();
    auto *dialog = visibleWindow<ui::CreateKeyDialog>(QStringLiteral("duplicateKeyDialog"));
    QVERIFY(dialog);
    QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("keyNameEdit"))->text(),
             QStringLiteral("Dup source (copy)"));
    QCOMPARE(dialog->findChild<QPlainTextEdit *>(QStringLiteral("ipAllowlistEdit"))->toPlainText(),
             QStringLiteral("10.0.0.0/8"));
    dialog->findChild<QPushButton *>(QStringLiteral("createButton"))->click();
    QTRY_VERIFY_WITH_TIMEOUT(visibleWindow<QDialog>(QStringLiteral("secretRevealDialog")), kWait);

    KeyQuery q;
    q.nameContains = QStringLiteral("Dup source (copy)");
    auto listed = await<Page<ApiKeyRecord>>([&](Callback<Page<ApiKeyRecord>> done) {
        m_both.backend->listKeys(m_both.workspace, q, &m_both.context, std::move(done));
    });
    QVERIFY(listed && listed->ok());
    QCOMPARE((*listed)->items.size(), 1);
    const ApiKeyRecord &copy = (*listed)->items.first();
    QVERIFY(copy.id != source.id);
    QCOMPARE(copy.scopes, source.scopes);
    QCOMPARE(copy.description, source.description);
    QCOMPARE(copy.ipAllowlist, source.ipAllowlist);
    QCOMPARE(copy.endpoints, source.endpoints);
    QVERIFY(copy.rateLimit && copy.rateLimit->limit == 50 && copy.rateLimit->window == 60);
}

void TestKeyList::formErrorsShowBesideEachFieldAtOnce()
{
    ui::CreateKeyDialog *dialog = secretPage()->createKey();
    QVERIFY(dialog);
    dialog->findChild<QPlainTextEdit *>(QStringLiteral("ipAllowlistEdit"))
        ->setPlainText(QStringLiteral("10.0.0.300"));
    dialog->findChild<QCheckBox *>(QStringLiteral("rateLimitCheck"))->setChecked(true);
    dialog->findChild<QSpinBox *>(QStringLiteral("rateLimitSpin"))->setValue(0);
    dialog->findChild<QPushButton *>(QStringLiteral("createButton"))->click();
    // Name, IP allowlist, rate limit and scopes: each says what is wrong, all at once.
    for (const char *name : {"nameError", "ipAllowlistError", "rateLimitError", "scopesError"}) {
        auto *error = dialog->findChild<ui::FieldError *>(QLatin1String(name));
        QVERIFY2(error && error->isVisible() && !error->text().isEmpty(), name);
        QCOMPARE(error->field()->accessibleDescription(), error->text());
    }
    QVERIFY(!dialog->findChild<ui::FieldError *>(QStringLiteral("descriptionError"))->isVisible());
    auto *bar = dialog->findChild<ui::MessageBar *>(QStringLiteral("messageBar"));
    QCOMPARE(bar->text(), QStringLiteral("4 fields need a change; each says what is wrong."));
    auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("keyNameEdit"));
    QTRY_VERIFY(name->hasFocus()); // the first field with an error
    // Fixing one field clears its error only.
    QTest::keyClicks(name, QStringLiteral("Fixed name"));
    QVERIFY(!dialog->findChild<ui::FieldError *>(QStringLiteral("nameError"))->isVisible());
    QVERIFY(dialog->findChild<ui::FieldError *>(QStringLiteral("ipAllowlistError"))->isVisible());
    QVERIFY(name->accessibleDescription().isEmpty());
    dialog->findChild<QPlainTextEdit *>(QStringLiteral("ipAllowlistEdit"))
        ->setPlainText(QStringLiteral("10.0.0.0/8"));
    QVERIFY(!dialog->findChild<ui::FieldError *>(QStringLiteral("ipAllowlistError"))->isVisible());
    QVERIFY(dialog->findChild<ui::FieldError *>(QStringLiteral("rateLimitError"))->isVisible());
}

void TestKeyList::publicKeysShowServiceOriginsAndWholeToken()
{
    CreateKeyRequest r;
    r.name = QStringLiteral("Columns widget");
    r.type = KeyType::Public;
    r.serviceId = QStringLiteral("forms");
    r.scopes = {QStringLiteral("service.forms.submit")};
    r.allowedOrigins = {QStringLiteral("https://shop.example.com")};
    const ApiKeyRecord key = m_both.create(r);
    m_both.window->tabs()->setCurrentIndex(ui::MainWindow::PublicKeysTab);
    ui::KeysPage *page = m_both.window->publicKeysPage();
    QVERIFY(reloaded(page));
    int row = -1;
    for (int i = 0; i < page->proxy()->rowCount(); ++i)
        if (page->proxy()->index(i, 0).data(KeyTableModel::IdRole) == key.id)
            row = i;
    QVERIFY(row >= 0);
    QCOMPARE(page->proxy()->index(row, KeyTableModel::ServiceColumn).data().toString(),
             QStringLiteral("Forms"));
    QCOMPARE(page->proxy()->index(row, KeyTableModel::OriginsColumn).data().toString(),
             QStringLiteral("https://shop.example.com"));
    QVERIFY(!page->view()->isColumnHidden(KeyTableModel::ServiceColumn));
    QVERIFY(!page->view()->isColumnHidden(KeyTableModel::OriginsColumn));
    QVERIFY(secretPage()->view()->isColumnHidden(KeyTableModel::OriginsColumn));
    // The token is read and copied whole: its column is as wide as the text.
    const QString token = page->proxy()->index(row, KeyTableModel::KeyColumn).data().toString();
    QCOMPARE(token, key.token);
    QTRY_VERIFY(page->view()->columnWidth(KeyTableModel::KeyColumn) >=
                page->view()->fontMetrics().horizontalAdvance(token));
}

void TestKeyList::messageStaysOnItsTab()
{
    ui::MessageBar *bar = m_both.window->messageBar();
    emit secretPage()->notice(QStringLiteral("Saved the changes to “x”."));
    QVERIFY(bar->isVisible());
    m_both.window->tabs()->setCurrentIndex(ui::MainWindow::WebhooksTab);
    QVERIFY(!bar->isVisible());
}

void TestKeyList::webhookTestEventAndRotationEnd()
{
    testing::Receiver receiver;
    receiver.answerStatus = 204;
    auto added = await<IssuedEndpoint>([&](Callback<IssuedEndpoint> done) {
        m_both.backend->createEndpoint(m_both.workspace, Environment::Test, receiver.url(),
                                       QStringLiteral("test receiver"), &m_both.context,
                                       std::move(done));
    });
    QVERIFY2(added && added->ok(), !added        ? "no answer"
                                   : added->ok() ? ""
                                                 : qPrintable(added->error().message));
    m_both.window->tabs()->setCurrentIndex(ui::MainWindow::WebhooksTab);
    auto *table = m_both.window->findChild<QTableView *>(QStringLiteral("endpointTable"));
    qobject_cast<models::PagedModelBase *>(table->model())->reload();
    QTRY_VERIFY_WITH_TIMEOUT(table->model()->rowCount() > 0, kWait);
    table->setCurrentIndex(table->model()->index(0, 0));
    auto *send = m_both.window->findChild<QPushButton *>(QStringLiteral("sendTestEventButton"));
    QVERIFY(send->isEnabled());
    send->click();
    ui::MessageBar *bar = m_both.window->messageBar();
    QTRY_VERIFY2_WITH_TIMEOUT(bar->text().contains(QStringLiteral("answered")),
                              qPrintable(bar->text()), kWait);
    QVERIFY2(bar->text().contains(QStringLiteral("delivered to ") + receiver.url()),
             qPrintable(bar->text()));
    QVERIFY2(bar->text().contains(QStringLiteral("answered 204 in")), qPrintable(bar->text()));
    QCOMPARE(bar->kind(), ui::MessageBar::Kind::Info);
    // The receiver got a signed ping.
    QVERIFY(receiver.body().contains("\"type\":\"ping\""));
    QVERIFY(receiver.header("Latchkey-Signature").startsWith("t="));

    // A receiver that refuses is said as such, not as delivered.
    receiver.answerStatus = 500;
    receiver.request.clear();
    send->click();
    QTRY_VERIFY_WITH_TIMEOUT(bar->text().contains(QStringLiteral("not accepted")), kWait);
    QVERIFY2(bar->text().contains(QStringLiteral("answered 500")), qPrintable(bar->text()));
    QCOMPARE(bar->kind(), ui::MessageBar::Kind::Error);
    // The time is on the 24-hour clock the tables use, whatever the locale.
    static const QRegularExpression clock(QStringLiteral(" at \\d\\d:\\d\\d:\\d\\d"));
    QVERIFY2(clock.match(bar->text()).hasMatch(), qPrintable(bar->text()));

    // Nothing listening: said as such, not as "no answer (after 0 ms)".
    receiver.server.close();
    send->click();
    QTRY_VERIFY_WITH_TIMEOUT(bar->text().contains(QStringLiteral("not delivered")), kWait);
    QVERIFY2(bar->text().contains(QStringLiteral("nothing answered there")),
             qPrintable(bar->text()));
    QVERIFY2(!bar->text().contains(QStringLiteral(" ms")), qPrintable(bar->text()));

    // After a rotation the reveal says until when the old secret still signs.
    ui::MessageBox::setNextAnswer(ui::MessageBox::Answer::Confirm);
    m_both.window->findChild<QPushButton *>(QStringLiteral("rotateSecretButton"))->click();
    QDialog *reveal = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT(
        (reveal = visibleWindow<QDialog>(QStringLiteral("secretRevealDialog"))) != nullptr, kWait);
    const QString until =
        QDateTime::currentDateTime().addDays(7).toString(QStringLiteral("yyyy-MM-dd"));
    bool said = false;
    for (QLabel *label : reveal->findChildren<QLabel *>())
        said = said || (label->text().contains(QStringLiteral("keeps signing deliveries until ")) &&
                        label->text().contains(until));
    QVERIFY2(said, qPrintable(until));
}

void TestKeyList::selectedRowIsCurrentAndTabLeavesTheTable()
{
    // What a screen reader does (AT-SPI's Selection: select a row, nothing more) must be what a
    // click does: the actions and the details follow. And Tab leaves the table, as a user of the
    // keyboard expects (the arrows move between rows).
    const QString name = test::uniqueName(QStringLiteral("Selected by a reader"));
    CreateKeyRequest r = secretKey(name);
    r.description = QStringLiteral("Nightly export of the orders");
    const ApiKeyRecord key = m_both.create(r);
    ui::KeysPage *page = secretPage();
    QVERIFY(reloaded(page));
    const int row = test::rowOf(page->model(), name);
    QVERIFY(row >= 0);
    auto *edit = page->findChild<QPushButton *>(QStringLiteral("editKeyButton"));
    page->view()->setCurrentIndex({});
    page->view()->clearSelection();
    QVERIFY(!edit->isEnabled());
    page->view()->selectionModel()->select(
        page->proxy()->mapFromSource(page->model()->index(row, 0)),
        QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QCOMPARE(page->view()->currentIndex().row(),
             page->proxy()->mapFromSource(page->model()->index(row, 0)).row());
    QVERIFY(edit->isEnabled());
    QTRY_COMPARE(page->details()->keyId(), key.id);

    // Every fact of the key shows at the window's first size, without scrolling.
    auto *facts = page->details()->findChild<QScrollArea *>(QStringLiteral("keyFactsScroll"));
    QVERIFY(facts);
    QTRY_VERIFY(facts->isVisible());
    QCOMPARE(facts->verticalScrollBar()->maximum(), 0);
    for (const char *fact : {"detailsId", "detailsDescription", "detailsExpires"}) {
        auto *label = page->details()->findChild<QLabel *>(QLatin1String(fact));
        QVERIFY2(label && label->isVisible() && !label->visibleRegion().isEmpty(), fact);
    }

    page->view()->setFocus(Qt::TabFocusReason);
    QVERIFY(page->view()->hasFocus());
    QTest::keyClick(page->view(), Qt::Key_Tab);
    QVERIFY2(!page->view()->hasFocus(),
             "Tab walked into the table's cells instead of leaving the table");
    QCOMPARE(page->view()->currentIndex().row(),
             page->proxy()->mapFromSource(page->model()->index(row, 0)).row());
}

void TestKeyList::createOnlyWhereTheBackendKeepsTheEnvironment()
{
    // The offline sandbox keeps test keys only: with Live shown (a sandbox that made live keys
    // before lists them), Create and the empty state's next step are off, and say why.
    QFETCH(bool, server);
    m_both.window->setEnvironment(Environment::Live);
    ui::KeysPage *page = secretPage();
    QVERIFY(reloaded(page));
    auto *create = page->findChild<QPushButton *>(QStringLiteral("createKeyButton"));
    QTRY_COMPARE(create->isEnabled(), server);
    if (!server) {
        QVERIFY2(create->toolTip().contains(QStringLiteral("test keys only")),
                 qPrintable(create->toolTip()));
        QTRY_VERIFY_WITH_TIMEOUT(page->isEmptyStateShown(), kWait);
        auto *next = page->findChild<QPushButton *>(QStringLiteral("emptyActionButton"));
        QVERIFY(!next->isEnabled());
    }
    m_both.window->setEnvironment(Environment::Test);
    QTRY_VERIFY(create->isEnabled());
}

QTEST_MAIN(TestKeyList)
#include "tst_keylist.moc"
