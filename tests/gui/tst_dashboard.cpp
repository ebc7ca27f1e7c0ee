// SPDX-License-Identifier: MIT
// The dashboard driven through its real widgets by object name, each test on a fresh sandbox.

#include "fixture.h"

#include "core/authorization.h"
#include "core/keytext.h"

#include "models/auditmodel.h"
#include "models/keytablemodel.h"
#include "models/scopetreemodel.h"
#include "ui/clipboard.h"
#include "ui/createkeydialog.h"
#include "ui/keyspage.h"
#include "ui/mainwindow.h"
#include "ui/messagebar.h"
#include "ui/messagebox.h"
#include "ui/secretrevealdialog.h"
#include "ui/translations.h"

#include "models/keyfilterproxymodel.h"
#include <QAbstractSpinBox>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardItem>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>

using namespace latchkey;
using test::visibleWindow;

class TestDashboard : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void closingUncopiedSecretAsksFirst();
    void clipboardIsLeftAloneWhenChanged();
    void createPublicKeyGivesEmbedSnippet();
    void revokeLiveKeyNeedsTypedName();
    void liveIsDisabledOfflineAndSaysWhy(); // issue 15: the sandbox holds test keys only
    void revokeTestKeyAsksConfirmation();
    void everyControlIsNamed();
    void connectWithoutServerModeSaysSo();
    void webhookCreateAndRotateRevealSecret();
    void busyIndicatorFollowsBackend();
    void serveSandboxShowsUrl();
    void servicePageCreatesPublicKey();
    void activityShowsIntactChain();
    void editKeyChangesScopesAndOrigins();
    void editKeySendsOnlyWhatChanged();
    void rateLimitRowSaysNoLimit();
    void enterInOriginFieldOnlyAddsTheOrigin();
    void tabMovesOnFromTheListFields();
    void tabLeavesEveryTable();
    void failedSubmitKeepsTheFormAndTheFocus();
    void cancelAsksBeforeDiscardingInput();
    void escapeClearsTheFilter();
    void smallestWindowStillReads();
    void rateWindowInUnitsAndZeroSaysWhy();

private:
    QTemporaryDir m_settingsDir;
    std::unique_ptr<test::Sandbox> m_sandbox;
    std::unique_ptr<ui::MainWindow> m_window;
    ui::SecretRevealDialog *createSecretKeyThroughUi(const QString &name)
    {
        return test::createSecretKeyThroughUi(*m_window, name);
    }
    void selectRow(ui::KeysPage *page, int row);
};

void TestDashboard::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    // Settings of this run only: remembered servers never leak between runs or processes.
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
    ui::Clipboard::instance()->setClearTimeout(300);
    // English as the app loads it: its plural forms ("1 minute", "2 minutes").
    QVERIFY(!ui::installTranslations(*qApp, QStringLiteral("en")).isEmpty());
}

void TestDashboard::init()
{
    m_sandbox = std::make_unique<test::Sandbox>();
    m_window = std::make_unique<ui::MainWindow>(*m_sandbox->backend);
    m_window->show();
    QTRY_VERIFY(!m_window->workspaceId().isEmpty());
    QTRY_COMPARE(m_sandbox->backend->pending(), 0);
}

void TestDashboard::cleanup()
{
    ui::MessageBox::setNextAnswer(ui::MessageBox::Answer::Confirm);
    for (QWidget *w : QApplication::topLevelWidgets())
        if (auto *d = qobject_cast<ui::SecretRevealDialog *>(w)) {
            ui::MessageBox::setNextAnswer(ui::MessageBox::Answer::Confirm);
            d->reject();
        }
    ui::MessageBox::setNextAnswer(ui::MessageBox::Answer::None);
    m_window.reset();
    QTRY_COMPARE(m_sandbox->backend->pending(), 0);
    m_sandbox.reset();
}

void TestDashboard::selectRow(ui::KeysPage *page, int row)
{
    page->view()->setFocus();
    page->view()->setCurrentIndex(page->proxy()->index(row, 0));
}

void TestDashboard::closingUncopiedSecretAsksFirst()
{
    ui::SecretRevealDialog *reveal = createSecretKeyThroughUi(QStringLiteral("Never copied"));
    QVERIFY(reveal);
    QPointer<ui::SecretRevealDialog> guard(reveal);
    auto *done = reveal->findChild<QPushButton *>(QStringLiteral("doneButton"));

    // The real confirmation box: answered "Cancel" from a timer while it runs modally.
    bool sawBox = false;
    QTimer::singleShot(0, this, [&] {
        QTRY_VERIFY(qobject_cast<QMessageBox *>(QApplication::activeModalWidget()));
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        sawBox = box->objectName() == QStringLiteral("confirmBox");
        QTest::mouseClick(box->findChild<QPushButton *>(QStringLiteral("cancelButton")),
                          Qt::LeftButton);
    });
    QTest::mouseClick(done, Qt::LeftButton);
    QTRY_VERIFY(sawBox);
    QVERIFY(guard && guard->isVisible());
    QVERIFY(!guard->isWiped());

    // Through the seam: confirmed, so it closes and wipes.
    ui::MessageBox::setNextAnswer(ui::MessageBox::Answer::Confirm);
    QSignalSpy finished(reveal, &QDialog::finished);
    QTest::mouseClick(done, Qt::LeftButton);
    QCOMPARE(finished.count(), 1);
    QVERIFY(reveal->isWiped());
    QVERIFY(reveal->findChild<QLabel *>(QStringLiteral("secretText"))->text().isEmpty());
}

void TestDashboard::clipboardIsLeftAloneWhenChanged()
{
    ui::Clipboard *clipboard = ui::Clipboard::instance();
    clipboard->setText(QStringLiteral("sk_test_pretend"), true);
    QVERIFY(clipboard->isClearPending());
    QGuiApplication::clipboard()->setText(QStringLiteral("something the user copied"));
    QTRY_VERIFY(!clipboard->isClearPending());
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("something the user copied"));
}

void TestDashboard::createPublicKeyGivesEmbedSnippet()
{
    m_window->tabs()->setCurrentIndex(ui::MainWindow::PublicKeysTab);
    QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier);
    auto *dialog = visibleWindow<ui::CreateKeyDialog>(QStringLiteral("createKeyDialog"));
    QVERIFY(dialog);
    auto *service = dialog->findChild<QComboBox *>(QStringLiteral("serviceCombo"));
    service->setCurrentIndex(service->findData(QStringLiteral("forms")));
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("keyNameEdit")),
                     QStringLiteral("Contact form"));
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("formSlugEdit")),
                     QStringLiteral("contact-us"));
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("originEdit")),
                     QStringLiteral("https://shop.example.com"));
    QVERIFY(
        !dialog->scopeModel()->itemForScope(QStringLiteral("service.forms.export"))->isEnabled());
    dialog->scopeModel()
        ->itemForScope(QStringLiteral("service.forms.submit"))
        ->setCheckState(Qt::Checked);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("createButton")),
                      Qt::LeftButton);
    ui::KeysPage *page = m_window->publicKeysPage();
    auto *bar = dialog->findChild<ui::MessageBar *>(QStringLiteral("messageBar"));
    QTRY_VERIFY2(page->model()->rowCount() == 1, qPrintable(bar->text()));
    const ApiKeyRecord *key = page->model()->key(0);
    QVERIFY(key->token.startsWith(QStringLiteral("pk_test_")));
    QCOMPARE(key->allowedOrigins, QStringList{QStringLiteral("https://shop.example.com")});
    auto *snippet = dialog->findChild<QPlainTextEdit *>(QStringLiteral("embedSnippet"));
    QTRY_COMPARE(snippet->toPlainText(),
                 ui::CreateKeyDialog::embedSnippet(key->token, QStringLiteral("forms"),
                                                   QStringLiteral("contact-us")));
    QVERIFY(snippet->toPlainText().contains(QStringLiteral("data-form-slug=\"contact-us\"")));
    QCOMPARE(test::unevenAdvances(snippet->font(), snippet->toPlainText()), QString());
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("copySnippetButton")),
                      Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), snippet->toPlainText());
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("createButton")),
                      Qt::LeftButton); // now "Done"

    // Ctrl+C on the table copies the public token
    selectRow(page, 0);
    QTest::keyClick(page->view(), Qt::Key_C, Qt::ControlModifier);
    QCOMPARE(QGuiApplication::clipboard()->text(), key->token);
}

// Issue 15: the offline sandbox holds test keys only (core's rule: tst_backends). --------------
void TestDashboard::liveIsDisabledOfflineAndSaysWhy()
{
    const Status rule =
        Authorization::environmentAllowed(m_sandbox->backend->keyEnvironments(), Environment::Live);
    QVERIFY(!rule.ok());
    const QString why = rule.error().message;
    QVERIFY(why.contains(QLatin1String("test keys only")));
    auto *live = m_window->findChild<QToolButton *>(QStringLiteral("liveButton"));
    QVERIFY(!live->isEnabled());
    QCOMPARE(live->toolTip(), why);
    QCOMPARE(live->accessibleDescription(), why);
    QTest::mouseClick(live, Qt::LeftButton);
    QCOMPARE(m_window->environment(), Environment::Test);

    // Create key: Live is listed, disabled, with the same reason; Sandbox (test) is chosen.
    QTest::mouseClick(
        m_window->secretKeysPage()->findChild<QPushButton *>(QStringLiteral("createKeyButton")),
        Qt::LeftButton);
    auto *dialog = visibleWindow<ui::CreateKeyDialog>(QStringLiteral("createKeyDialog"));
    QVERIFY(dialog);
    auto *combo = dialog->findChild<QComboBox *>(QStringLiteral("environmentCombo"));
    QCOMPARE(Environment(combo->currentData().toInt()), Environment::Test);
    const QModelIndex item = combo->model()->index(combo->findData(int(Environment::Live)), 0);
    QVERIFY(item.isValid());
    QVERIFY(!(combo->model()->flags(item) & Qt::ItemIsEnabled));
    QCOMPARE(item.data(Qt::ToolTipRole).toString(), why);
    QCOMPARE(item.data(Qt::AccessibleDescriptionRole).toString(), why);
    QCOMPARE(combo->toolTip(), why);
    QCOMPARE(combo->accessibleDescription(), why);
    combo->setFocus();
    QTest::keyClick(combo, Qt::Key_Down); // the keyboard skips the disabled Live
    QCOMPARE(Environment(combo->currentData().toInt()), Environment::Test);
    dialog->reject();
}

void TestDashboard::revokeLiveKeyNeedsTypedName()
{
    m_sandbox->makeKey(QStringLiteral("Production API"), Environment::Live);
    // A sandbox that made live keys before it kept test keys only, opened again: Live is
    // enabled to list them (to revoke them), and says so.
    m_window = std::make_unique<ui::MainWindow>(*m_sandbox->backend);
    m_window->show();
    auto *liveButton = m_window->findChild<QToolButton *>(QStringLiteral("liveButton"));
    QTRY_VERIFY(liveButton->isEnabled());
    QVERIFY(liveButton->toolTip().contains(QLatin1String("still listed")));
    QTest::mouseClick(m_window->findChild<QToolButton *>(QStringLiteral("liveButton")),
                      Qt::LeftButton);
    QVERIFY(!m_window->findChild<QLabel *>(QStringLiteral("sandboxBanner"))->isVisible());
    ui::KeysPage *page = m_window->secretKeysPage();
    QTRY_COMPARE(page->model()->rowCount(), 1);
    selectRow(page, 0);
    // Rolling or duplicating it offline would make another live key: neither is offered.
    auto *roll = page->findChild<QPushButton *>(QStringLiteral("rollKeyButton"));
    QVERIFY(!roll->isEnabled());
    QVERIFY2(roll->toolTip().contains(QLatin1String("test keys only")),
             qPrintable(roll->toolTip()));
    QVERIFY(!page->findChild<QPushButton *>(QStringLiteral("duplicateKeyButton"))->isEnabled());
    auto *revoke = page->findChild<QPushButton *>(QStringLiteral("revokeKeyButton"));
    QVERIFY(revoke->isEnabled());
    QTest::mouseClick(revoke, Qt::LeftButton);
    auto *dialog = visibleWindow<QDialog>(QStringLiteral("revokeKeyDialog"));
    QVERIFY(dialog);
    auto *button = dialog->findChild<QPushButton *>(QStringLiteral("revokeButton"));
    auto *nameEdit = dialog->findChild<QLineEdit *>(QStringLiteral("revokeConfirmNameEdit"));
    QCOMPARE(button->text(), QStringLiteral("Revoke key"));
    QVERIFY(!button->isEnabled());
    QTest::keyClicks(nameEdit, QStringLiteral("Production"));
    QVERIFY(!button->isEnabled());
    QTest::keyClicks(nameEdit, QStringLiteral(" APi"));
    QVERIFY(!button->isEnabled());
    QTest::keyClick(nameEdit, Qt::Key_Backspace);
    QTest::keyClick(nameEdit, Qt::Key_Backspace);
    QTest::keyClicks(nameEdit, QStringLiteral("PI"));
    QVERIFY(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
    QTRY_VERIFY(page->model()->key(0)->revokedAt.has_value());
    QCOMPARE(page->model()->index(0, models::KeyTableModel::StatusColumn).data().toString(),
             QStringLiteral("Revoked"));
    QTRY_VERIFY(!revoke->isEnabled());
    QVERIFY(m_window->messageBar()->isVisible());
}

void TestDashboard::revokeTestKeyAsksConfirmation()
{
    {
        KeyService keys(m_sandbox->backend->store(), ScopeCatalog::builtin());
        CreateKeyRequest r;
        r.name = QStringLiteral("Throwaway");
        r.scopes = {QStringLiteral("service.forms.submit")};
        r.expiresAt = QDateTime::currentMSecsSinceEpoch() + 30LL * 86400 * 1000;
        QVERIFY(keys.create(m_sandbox->ownerActor(), r).ok());
    }
    ui::KeysPage *page = m_window->secretKeysPage();
    page->model()->reload();
    QTRY_COMPARE(page->model()->rowCount(), 1);
    selectRow(page, 0);
    const int asked = ui::MessageBox::askedCount();
    ui::MessageBox::setNextAnswer(ui::MessageBox::Answer::Cancel);
    QTest::keyClick(page->view(), Qt::Key_Delete);
    QCOMPARE(ui::MessageBox::askedCount(), asked + 1);
    QTest::qWait(0);
    QVERIFY(!page->model()->key(0)->revokedAt);
    ui::MessageBox::setNextAnswer(ui::MessageBox::Answer::Confirm);
    QTest::keyClick(page->view(), Qt::Key_Delete);
    QTRY_VERIFY(page->model()->key(0)->revokedAt.has_value());
    // A revoked key has ended: it no longer "expires in 30 days", nor can it be rolled.
    const QModelIndex expires = page->model()->index(0, models::KeyTableModel::ExpiresColumn);
    QCOMPARE(expires.data().toString(), QStringLiteral("—"));
    QVERIFY(expires.data(Qt::ToolTipRole).toString().startsWith(QStringLiteral("Revoked ")));
    QVERIFY(!page->findChild<QPushButton *>(QStringLiteral("rollKeyButton"))->isEnabled());
    // never a silent no-op: revoking again says why not
    QTest::keyClick(page->view(), Qt::Key_Delete);
    QTRY_VERIFY(m_window->messageBar()->text().contains(QStringLiteral("already revoked")));
    QCOMPARE(m_window->messageBar()->kind(), ui::MessageBar::Kind::Error);
}

void TestDashboard::everyControlIsNamed()
{
    QStringList missing = test::unnamedControls(m_window.get());
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QStringLiteral(", "))));
    QVERIFY(m_window->findChild<QProgressBar *>(QStringLiteral("busyIndicator")));
    QCOMPARE(m_window->tabs()->count(), 5);

    for (ui::KeysPage *page : {m_window->secretKeysPage(), m_window->publicKeysPage()}) {
        ui::CreateKeyDialog *dialog = page->createKey();
        QVERIFY(dialog);
        missing = test::unnamedControls(dialog);
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QStringLiteral(", "))));
        dialog->reject();
    }
    ui::ConnectDialog *connect = m_window->connectToServer();
    missing = test::unnamedControls(connect);
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QStringLiteral(", "))));
    connect->reject();
}

void TestDashboard::connectWithoutServerModeSaysSo()
{
    ui::ConnectDialog *dialog = m_window->connectToServer();
    QVERIFY(dialog);
    auto *connect = dialog->findChild<QPushButton *>(QStringLiteral("connectButton"));
    QVERIFY(!connect->isEnabled());
    QTest::keyClicks(dialog->findChild<QComboBox *>(QStringLiteral("serverCombo")),
                     QStringLiteral("https://keys.example.com"));
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("emailEdit")),
                     QStringLiteral("owner@example.com"));
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("passwordEdit")),
                     QStringLiteral("hunter2"));
    QVERIFY(connect->isEnabled());
    QTest::mouseClick(connect, Qt::LeftButton);
    QTRY_VERIFY(m_window->messageBar()->isVisible());
    QVERIFY(m_window->messageBar()->text().contains(QStringLiteral("not available")));
    QCOMPARE(ui::ConnectDialog::rememberedServers().value(0),
             QStringLiteral("https://keys.example.com"));
}

void TestDashboard::webhookCreateAndRotateRevealSecret()
{
    m_window->tabs()->setCurrentIndex(ui::MainWindow::WebhooksTab);
    QTest::mouseClick(m_window->findChild<QPushButton *>(QStringLiteral("addEndpointButton")),
                      Qt::LeftButton);
    auto *dialog = visibleWindow<QDialog>(QStringLiteral("webhookDialog"));
    QVERIFY(dialog);
    auto *url = dialog->findChild<QLineEdit *>(QStringLiteral("endpointUrlEdit"));
    auto *create = dialog->findChild<QPushButton *>(QStringLiteral("createEndpointButton"));
    QTest::keyClicks(url, QStringLiteral("http://10.0.0.5/hook"));
    QVERIFY(!create->isEnabled());
    url->clear();
    QTest::keyClicks(url, QStringLiteral("http://localhost:9000/hook"));
    QVERIFY(create->isEnabled());
    QTest::mouseClick(create, Qt::LeftButton);
    QTRY_VERIFY(visibleWindow<ui::SecretRevealDialog>(QStringLiteral("secretRevealDialog")));
    auto *reveal = visibleWindow<ui::SecretRevealDialog>(QStringLiteral("secretRevealDialog"));
    const QString first = reveal->findChild<QLabel *>(QStringLiteral("secretText"))->text();
    QVERIFY(first.startsWith(QStringLiteral("whsec_")));
    QCOMPARE(test::unevenAdvances(reveal->findChild<QLabel *>(QStringLiteral("secretText"))->font(),
                                  first),
             QString());
    QTest::mouseClick(reveal->findChild<QPushButton *>(QStringLiteral("copySecretButton")),
                      Qt::LeftButton);
    QTest::mouseClick(reveal->findChild<QPushButton *>(QStringLiteral("doneButton")),
                      Qt::LeftButton);
    QTRY_VERIFY(!visibleWindow<ui::SecretRevealDialog>(QStringLiteral("secretRevealDialog")));

    auto *table = m_window->findChild<QTableView *>(QStringLiteral("endpointTable"));
    QTRY_COMPARE(table->model()->rowCount(), 1);
    table->setCurrentIndex(table->model()->index(0, 0));
    ui::MessageBox::setNextAnswer(ui::MessageBox::Answer::Confirm);
    QTest::mouseClick(m_window->findChild<QPushButton *>(QStringLiteral("rotateSecretButton")),
                      Qt::LeftButton);
    QTRY_VERIFY(visibleWindow<ui::SecretRevealDialog>(QStringLiteral("secretRevealDialog")));
    reveal = visibleWindow<ui::SecretRevealDialog>(QStringLiteral("secretRevealDialog"));
    const QString second = reveal->findChild<QLabel *>(QStringLiteral("secretText"))->text();
    QVERIFY(second.startsWith(QStringLiteral("whsec_")));
    QVERIFY(second != first);
    // both secrets listed while the old one stays valid
    QTRY_VERIFY(table->model()->rowCount() == 1 &&
                table->model()->index(0, 2).data().toString().count(QStringLiteral("whsec_")) == 2);
}

void TestDashboard::busyIndicatorFollowsBackend()
{
    auto *busy = m_window->findChild<QProgressBar *>(QStringLiteral("busyIndicator"));
    QTRY_VERIFY(!busy->isVisible());
    QSignalSpy spy(m_sandbox->backend.get(), &client::Backend::busyChanged);
    auto *toolbar = m_window->findChild<QToolBar *>(QStringLiteral("mainToolBar"));
    QAction *busyAction = nullptr;
    for (QAction *a : toolbar->actions())
        if (toolbar->widgetForAction(a) == busy)
            busyAction = a;
    QVERIFY(busyAction && !busyAction->isVisible());
    m_window->secretKeysPage()->model()->reload();
    QVERIFY(busyAction->isVisible());
    QTRY_VERIFY(!busyAction->isVisible());
    QTRY_VERIFY(!busy->isVisible());
    QCOMPARE(spy.count(), 2);
}

void TestDashboard::serveSandboxShowsUrl()
{
    auto *button = m_window->findChild<QToolButton *>(QStringLiteral("serveActionButton"));
    QVERIFY(button && button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
    auto *label = m_window->findChild<QLabel *>(QStringLiteral("servingLabel"));
    QTRY_VERIFY(label->text().contains(QStringLiteral("http://127.0.0.1:")));
    QVERIFY(m_window->messageBar()->text().contains(QStringLiteral("/v1/verify")));
    QTRY_COMPARE(button->accessibleName(), QStringLiteral("Stop serving the sandbox"));
    const QUrl url = m_sandbox->backend->servingUrl();
    QVERIFY(url.isValid());
    auto answers = [](const QUrl &at) {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, quint16(at.port()));
        return socket.waitForConnected(2000);
    };
    QVERIFY(answers(url));

    // The same button stops it: the port closes and nothing on screen says it is served.
    QTRY_VERIFY(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(!m_sandbox->backend->servingUrl().isValid());
    QCOMPARE(label->text(), QString());
    QVERIFY(!answers(url));
    QCOMPARE(button->accessibleName(), QStringLiteral("Serve sandbox on 127.0.0.1"));

    // Served again, it takes the port of the last time, which local apps were given.
    QTest::mouseClick(button, Qt::LeftButton);
    QTRY_VERIFY(button->isEnabled());
    QCOMPARE(m_sandbox->backend->servingUrl().port(), url.port());
    m_window->stopServing();

    // Taken meanwhile: any free port, and the dashboard says so.
    QTcpServer squatter;
    QVERIFY(squatter.listen(QHostAddress::LocalHost, quint16(url.port())));
    QTest::mouseClick(button, Qt::LeftButton);
    QTRY_VERIFY(button->isEnabled());
    QVERIFY(m_sandbox->backend->servingUrl().isValid());
    QVERIFY(m_sandbox->backend->servingUrl().port() != url.port());
    QVERIFY2(m_window->messageBar()->text().contains(QStringLiteral("is taken")),
             qPrintable(m_window->messageBar()->text()));
    m_window->stopServing();
}

void TestDashboard::servicePageCreatesPublicKey()
{
    auto *nav = m_window->findChild<QListWidget *>(QStringLiteral("pageNav"));
    QTRY_COMPARE(nav->count(), 4); // Developers, Members, Forms, Bookings
    nav->setCurrentRow(ui::MainWindow::FirstServicePage + 1);
    auto *page = m_window->findChild<QWidget *>(QStringLiteral("servicePage_bookings"));
    QVERIFY(page);
    QTRY_VERIFY(page->isVisible());
    QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("servicePublicKeyButton")),
                      Qt::LeftButton);
    auto *dialog = visibleWindow<ui::CreateKeyDialog>(QStringLiteral("createKeyDialog"));
    QVERIFY(dialog);
    QCOMPARE(
        dialog->findChild<QComboBox *>(QStringLiteral("serviceCombo"))->currentData().toString(),
        QStringLiteral("bookings"));
    QVERIFY(!dialog->findChild<QLineEdit *>(QStringLiteral("formSlugEdit"))->isEnabled());
    dialog->reject();
}

void TestDashboard::activityShowsIntactChain()
{
    m_sandbox->makeKey(QStringLiteral("Audited"));
    m_window->tabs()->setCurrentIndex(ui::MainWindow::ActivityTab);
    auto *label = m_window->findChild<QLabel *>(QStringLiteral("auditChainLabel"));
    QTRY_VERIFY(label->text().contains(QStringLiteral("intact")));
    auto *table = m_window->findChild<QTableView *>(QStringLiteral("auditTable"));
    QTest::mouseClick(m_window->findChild<QPushButton *>(QStringLiteral("verifyChainButton")),
                      Qt::LeftButton);
    QTRY_VERIFY(table->model()->rowCount() >= 1);
    // Written for people (issue 15); the action itself stays at hand for filters.
    const QModelIndex event = table->model()->index(0, models::AuditModel::EventColumn);
    QVERIFY2(event.data().toString().contains(QStringLiteral("created the secret key “Audited”")),
             qPrintable(event.data().toString()));
    QCOMPARE(event.data(models::AuditModel::ActionRole).toString(),
             QStringLiteral("api_key.created"));
}

void TestDashboard::editKeyChangesScopesAndOrigins()
{
    KeyService keys(m_sandbox->backend->store(), ScopeCatalog::builtin());
    CreateKeyRequest r;
    r.name = QStringLiteral("Storefront widget");
    r.type = KeyType::Public;
    r.serviceId = QStringLiteral("forms");
    r.scopes = {QStringLiteral("service.forms.submit")};
    r.allowedOrigins = {QStringLiteral("https://shop.example.com")};
    auto issued = keys.create(m_sandbox->ownerActor(), r);
    QVERIFY(issued.ok());

    m_window->tabs()->setCurrentIndex(ui::MainWindow::PublicKeysTab);
    ui::KeysPage *page = m_window->publicKeysPage();
    page->model()->reload();
    QTRY_COMPARE(page->model()->rowCount(), 1);
    auto *edit = page->findChild<QPushButton *>(QStringLiteral("editKeyButton"));
    QVERIFY(edit);
    QVERIFY(!edit->isEnabled()); // nothing selected yet
    selectRow(page, 0);
    QVERIFY(edit->isEnabled());
    QTest::mouseClick(edit, Qt::LeftButton);
    auto *dialog = visibleWindow<ui::CreateKeyDialog>(QStringLiteral("editKeyDialog"));
    QVERIFY(dialog);
    QVERIFY(dialog->isEditing());

    // The form starts as the key is; what a key cannot change is fixed.
    auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("keyNameEdit"));
    QCOMPARE(name->text(), r.name);
    QVERIFY(!dialog->findChild<QComboBox *>(QStringLiteral("environmentCombo"))->isEnabled());
    QVERIFY(!dialog->findChild<QComboBox *>(QStringLiteral("serviceCombo"))->isEnabled());
    QCOMPARE(dialog->scopeModel()->checkedScopes(), r.scopes);
    auto *snippet = dialog->findChild<QPlainTextEdit *>(QStringLiteral("embedSnippet"));
    QVERIFY(snippet->toPlainText().contains(issued->key.token));
    QVERIFY(dialog->findChild<QPushButton *>(QStringLiteral("copySnippetButton"))->isEnabled());
    QVERIFY(
        !dialog->scopeModel()->itemForScope(QStringLiteral("service.forms.export"))->isEnabled());

    // Change scopes and origins; the typed origin is validated before it may be added.
    dialog->scopeModel()
        ->itemForScope(QStringLiteral("service.forms.read"))
        ->setCheckState(Qt::Checked);
    auto *origin = dialog->findChild<QLineEdit *>(QStringLiteral("originEdit"));
    QTest::keyClicks(origin, QStringLiteral("htp://x"));
    auto *save = dialog->findChild<QPushButton *>(QStringLiteral("saveKeyButton"));
    QVERIFY(save);
    QTest::mouseClick(save, Qt::LeftButton);
    auto *bar = dialog->findChild<ui::MessageBar *>(QStringLiteral("messageBar"));
    QTRY_VERIFY(bar->isVisible());
    QVERIFY(dialog->isVisible()); // nothing was sent
    origin->clear();
    QTest::keyClicks(origin, QStringLiteral("https://*.example.com"));
    QPointer<ui::CreateKeyDialog> closing(dialog); // deletes itself once saved
    QTest::mouseClick(save, Qt::LeftButton);
    QTRY_VERIFY(!closing || !closing->isVisible());

    auto stored = m_sandbox->backend->store().key(m_sandbox->workspaceId, issued->key.id);
    QVERIFY(stored.ok() && stored->has_value());
    const ApiKeyRecord &k = **stored;
    QCOMPARE(QSet<QString>(k.scopes.begin(), k.scopes.end()),
             (QSet<QString>{QStringLiteral("service.forms.submit"),
                            QStringLiteral("service.forms.read")}));
    QCOMPARE(k.allowedOrigins, (QStringList{QStringLiteral("https://shop.example.com"),
                                            QStringLiteral("https://*.example.com")}));
    QCOMPARE(k.name, r.name);
    // The table shows the saved key at once.
    QTRY_COMPARE(page->model()->key(0)->allowedOrigins, k.allowedOrigins);

    // A revoked key can no longer be edited.
    QVERIFY(keys.revoke(m_sandbox->ownerActor(), k.id).ok());
    page->setStatusFilter({KeyStatus::Revoked}); // revoked keys are listed when asked for
    QTRY_VERIFY(page->model()->rowCount() == 1 && page->model()->key(0)->revokedAt);
    selectRow(page, 0);
    QVERIFY(!edit->isEnabled());
}

void TestDashboard::editKeySendsOnlyWhatChanged()
{
    // A key holding a privileged scope, opened by a developer: the held scope shows checked and
    // may be removed, and renaming alone is allowed because it loosens nothing.
    KeyService keys(m_sandbox->backend->store(), ScopeCatalog::builtin());
    CreateKeyRequest r;
    r.name = QStringLiteral("Forms admin");
    r.scopes = {QStringLiteral("service.forms.manage"), QStringLiteral("service.forms.submit")};
    r.ipAllowlist = {QStringLiteral("10.0.0.0/8")};
    auto issued = keys.create(m_sandbox->ownerActor(), r);
    QVERIFY(issued.ok());

    ui::CreateKeyDialog::Context ctx;
    ctx.workspaceId = m_sandbox->workspaceId;
    ctx.role = Role::Developer;
    ctx.services = {QStringLiteral("forms"), QStringLiteral("bookings")};
    ctx.catalog = ScopeCatalog::builtin();
    ui::CreateKeyDialog dialog(*m_sandbox->backend, issued->key, ctx, m_window.get());
    QStandardItem *manage =
        dialog.scopeModel()->itemForScope(QStringLiteral("service.forms.manage"));
    QVERIFY(manage->isEnabled());
    QCOMPARE(manage->checkState(), Qt::Checked);
    QVERIFY(!manage->data(models::ScopeTreeModel::GrantableRole).toBool());
    QVERIFY(manage->toolTip().contains(QStringLiteral("remove")));
    QVERIFY(!dialog.scopeModel()->itemForScope(QStringLiteral("*"))->isEnabled());

    auto unchanged = dialog.patch();
    QVERIFY(unchanged.ok());
    QVERIFY(!unchanged->name && !unchanged->scopes && !unchanged->ipAllowlist &&
            !unchanged->endpoints && !unchanged->rateLimit && !unchanged->expiresAt &&
            !unchanged->allowedOrigins);

    auto *name = dialog.findChild<QLineEdit *>(QStringLiteral("keyNameEdit"));
    name->setText(QStringLiteral("Forms admin (old)"));
    auto renamed = dialog.patch();
    QVERIFY(renamed.ok());
    QCOMPARE(renamed->name, std::optional<QString>(QStringLiteral("Forms admin (old)")));
    QVERIFY(!renamed->scopes && !renamed->ipAllowlist);

    // Removing the privileged scope is a change of scopes, and allowed.
    manage->setCheckState(Qt::Unchecked);
    auto narrowed = dialog.patch();
    QVERIFY(narrowed.ok());
    QCOMPARE(narrowed->scopes,
             std::optional<QStringList>(QStringList{QStringLiteral("service.forms.submit")}));
    const Actor developer = Actor::member(m_sandbox->owner.id, m_sandbox->owner.email,
                                          m_sandbox->workspaceId, Role::Developer);
    auto saved = keys.patch(developer, issued->key.id, *narrowed);
    QVERIFY2(saved.ok(), qPrintable(saved.ok() ? QString() : saved.error().message));
    QCOMPARE(saved->scopes, QStringList{QStringLiteral("service.forms.submit")});
}

void TestDashboard::rateLimitRowSaysNoLimit()
{
    // A key nobody limited ("rate_limit": null) is never throttled: the dialog says so instead
    // of showing numbers that do not apply, and taking a limit off sends null.
    KeyService keys(m_sandbox->backend->store(), ScopeCatalog::builtin());
    CreateKeyRequest r;
    r.name = QStringLiteral("Limited");
    r.scopes = {QStringLiteral("service.forms.submit")};
    r.rateLimit = RateLimit{10, 60};
    auto issued = keys.create(m_sandbox->ownerActor(), r);
    QVERIFY(issued.ok());
    ui::CreateKeyDialog::Context ctx;
    ctx.workspaceId = m_sandbox->workspaceId;
    ctx.role = Role::Owner;
    ctx.services = {QStringLiteral("forms")};
    ctx.catalog = ScopeCatalog::builtin();
    ui::CreateKeyDialog dialog(*m_sandbox->backend, issued->key, ctx, m_window.get());
    auto *check = dialog.findChild<QCheckBox *>(QStringLiteral("rateLimitCheck"));
    auto *limit = dialog.findChild<QSpinBox *>(QStringLiteral("rateLimitSpin"));
    auto *noLimit = dialog.findChild<QLabel *>(QStringLiteral("noRateLimitLabel"));
    QVERIFY(check && limit && noLimit);
    QVERIFY(check->isChecked());
    QVERIFY(limit->isVisibleTo(&dialog));
    QVERIFY(!noLimit->isVisibleTo(&dialog));
    QCOMPARE(limit->value(), 10);

    check->setChecked(false);
    QVERIFY(!limit->isVisibleTo(&dialog));
    QVERIFY(noLimit->isVisibleTo(&dialog));
    QVERIFY(noLimit->text().contains(QStringLiteral("never throttled")));
    auto lifted = dialog.patch();
    QVERIFY(lifted.ok());
    QVERIFY(lifted->rateLimit.has_value());   // the field is sent …
    QVERIFY(!lifted->rateLimit->has_value()); // … as null: no limit
    auto saved = keys.patch(m_sandbox->ownerActor(), issued->key.id, *lifted);
    QVERIFY(saved.ok());
    QVERIFY(!saved->rateLimit);

    ui::CreateKeyDialog again(*m_sandbox->backend, *saved, ctx, m_window.get());
    QVERIFY(!again.findChild<QCheckBox *>(QStringLiteral("rateLimitCheck"))->isChecked());
    QVERIFY(again.findChild<QLabel *>(QStringLiteral("noRateLimitLabel"))->isVisibleTo(&again));
}

void TestDashboard::tabLeavesEveryTable()
{
    // Keys, webhooks, activity, members: Tab moves past a table, the arrows move within it.
    const QList<QTableView *> tables = m_window->findChildren<QTableView *>();
    QVERIFY(tables.size() >= 5);
    for (QTableView *table : tables)
        QVERIFY2(!table->tabKeyNavigation(), qPrintable(table->objectName()));
    // And as a user finds it, on the one shown.
    QTableView *keys = m_window->secretKeysPage()->view();
    keys->setFocus(Qt::TabFocusReason);
    QTRY_VERIFY(keys->hasFocus());
    QTest::keyClick(keys, Qt::Key_Tab);
    QVERIFY(!keys->hasFocus());
}

void TestDashboard::tabMovesOnFromTheListFields()
{
    // The IP and endpoint allowlists take one entry per line: Tab moves on to the next field, as
    // everywhere else, and never types a tab character into the list.
    QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier);
    auto *dialog = visibleWindow<ui::CreateKeyDialog>(QStringLiteral("createKeyDialog"));
    QVERIFY(dialog);
    auto *ips = dialog->findChild<QPlainTextEdit *>(QStringLiteral("ipAllowlistEdit"));
    auto *endpoints = dialog->findChild<QPlainTextEdit *>(QStringLiteral("endpointAllowlistEdit"));
    ips->setFocus(Qt::TabFocusReason);
    QTRY_VERIFY(ips->hasFocus());
    QTest::keyClicks(ips, QStringLiteral("10.0.0.0/8"));
    QTest::keyClick(ips, Qt::Key_Tab);
    QCOMPARE(ips->toPlainText(), QStringLiteral("10.0.0.0/8"));
    QTRY_VERIFY(endpoints->hasFocus());
    QTest::keyClick(endpoints, Qt::Key_Tab);
    QVERIFY(!endpoints->hasFocus());
    QVERIFY(!endpoints->toPlainText().contains(QLatin1Char('\t')));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backtab);
    QTRY_VERIFY(endpoints->hasFocus());
    ui::MessageBox::setNextAnswer(ui::MessageBox::Answer::Confirm); // discard the filled form
    dialog->reject();
}

void TestDashboard::enterInOriginFieldOnlyAddsTheOrigin()
{
    // Enter in "Allowed origins" adds the origin; it does not also create the key, and it
    // leaves no "The origin is empty" behind.
    m_window->tabs()->setCurrentIndex(ui::MainWindow::PublicKeysTab);
    QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier);
    auto *dialog = visibleWindow<ui::CreateKeyDialog>(QStringLiteral("createKeyDialog"));
    QVERIFY(dialog);
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("keyNameEdit")),
                     QStringLiteral("Contact form"));
    dialog->scopeModel()
        ->itemForScope(QStringLiteral("service.forms.submit"))
        ->setCheckState(Qt::Checked);
    auto *origin = dialog->findChild<QLineEdit *>(QStringLiteral("originEdit"));
    auto *status = dialog->findChild<QLabel *>(QStringLiteral("originStatus"));
    auto *list = dialog->findChild<QAbstractItemView *>(QStringLiteral("originList"));
    QTest::keyClicks(origin, QStringLiteral("https://shop.example.com"));
    QTest::keyClick(origin, Qt::Key_Return);
    QCOMPARE(list->model()->rowCount(), 1);
    QCOMPARE(origin->text(), QString());
    QTest::keyClick(origin, Qt::Key_Enter); // an empty field: nothing at all
    QTest::qWait(100);
    QCOMPARE(list->model()->rowCount(), 1);
    QCOMPARE(status->text(), QString());
    QVERIFY(dialog->isVisible());
    QCOMPARE(m_sandbox->backend->pending(), 0);
    QCOMPARE(m_window->publicKeysPage()->model()->rowCount(), 0);

    // Created, the form is a record of the key: nothing in it can be edited and lost.
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("createButton")),
                      Qt::LeftButton);
    QTRY_COMPARE(m_window->publicKeysPage()->model()->rowCount(), 1);
    QTRY_VERIFY(!dialog->findChild<QLineEdit *>(QStringLiteral("keyNameEdit"))->isEnabled());
    QVERIFY(!origin->isEnabled());
    QVERIFY(!dialog->findChild<QAbstractItemView *>(QStringLiteral("scopeTree"))->isEnabled());
    QVERIFY(!dialog->findChild<QPlainTextEdit *>(QStringLiteral("ipAllowlistEdit"))->isEnabled());
    QVERIFY(!dialog->hasUnsavedInput());
    auto *copy = dialog->findChild<QPushButton *>(QStringLiteral("copySnippetButton"));
    QVERIFY(copy->isEnabled());
    const int asked = ui::MessageBox::askedCount();
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("createButton")),
                      Qt::LeftButton); // "Done"
    QTRY_VERIFY(!dialog->isVisible());
    QCOMPARE(ui::MessageBox::askedCount(), asked);
}

void TestDashboard::failedSubmitKeepsTheFormAndTheFocus()
{
    // A refused submit leaves the focus where the problem is, never on Cancel (where the next
    // Enter would throw the form away); the error goes once the form is changed.
    QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier);
    auto *dialog = visibleWindow<ui::CreateKeyDialog>(QStringLiteral("createKeyDialog"));
    QVERIFY(dialog);
    auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("keyNameEdit"));
    auto *create = dialog->findChild<QPushButton *>(QStringLiteral("createButton"));
    auto *cancel = dialog->findChild<QPushButton *>(QStringLiteral("cancelButton"));
    auto *bar = dialog->findChild<ui::MessageBar *>(QStringLiteral("messageBar"));
    QTest::keyClicks(name, QStringLiteral("Billing backend"));
    QTest::keyClick(name, Qt::Key_Return); // no scope chosen
    QTRY_VERIFY(bar->isVisible());
    auto *scopesError = dialog->findChild<QLabel *>(QStringLiteral("scopesError"));
    QVERIFY2(scopesError->isVisible() && scopesError->text().contains(QStringLiteral("scope")),
             qPrintable(scopesError->text()));
    QCOMPARE(dialog->focusWidget(), dialog->findChild<QWidget *>(QStringLiteral("scopeTree")));
    dialog->scopeModel()
        ->itemForScope(QStringLiteral("service.forms.submit"))
        ->setCheckState(Qt::Checked);
    QVERIFY(!bar->isVisible()); // stale once the form changed

    // Refused by core, after the request went out (the button was disabled meanwhile).
    name->setFocus();
    name->setText(QString(101, QLatin1Char('n')));
    create->setFocus();
    QTest::keyClick(create, Qt::Key_Return);
    QTRY_VERIFY(bar->isVisible());
    QTRY_COMPARE(m_sandbox->backend->pending(), 0);
    QVERIFY(create->isEnabled());
    QCOMPARE(dialog->focusWidget(), name);
    QVERIFY(dialog->focusWidget() != cancel);
    QVERIFY(dialog->isVisible());
    QCOMPARE(m_window->secretKeysPage()->model()->rowCount(), 0);
    QVERIFY(dialog->hasUnsavedInput());
    ui::MessageBox::setNextAnswer(ui::MessageBox::Answer::Confirm);
    dialog->reject();
}

void TestDashboard::cancelAsksBeforeDiscardingInput()
{
    QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier);
    auto *dialog = visibleWindow<ui::CreateKeyDialog>(QStringLiteral("createKeyDialog"));
    QVERIFY(dialog);
    auto *cancel = dialog->findChild<QPushButton *>(QStringLiteral("cancelButton"));
    // Nothing typed: Cancel just closes.
    int asked = ui::MessageBox::askedCount();
    QTest::mouseClick(cancel, Qt::LeftButton);
    QVERIFY(!dialog->isVisible());
    QCOMPARE(ui::MessageBox::askedCount(), asked);

    QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier);
    dialog = visibleWindow<ui::CreateKeyDialog>(QStringLiteral("createKeyDialog"));
    QVERIFY(dialog);
    cancel = dialog->findChild<QPushButton *>(QStringLiteral("cancelButton"));
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("keyNameEdit")),
                     QStringLiteral("Half done"));
    ui::MessageBox::setNextAnswer(ui::MessageBox::Answer::Cancel); // "keep editing"
    QTest::mouseClick(cancel, Qt::LeftButton);
    QCOMPARE(ui::MessageBox::askedCount(), asked + 1);
    QVERIFY(dialog->isVisible());
    ui::MessageBox::setNextAnswer(ui::MessageBox::Answer::Cancel);
    QTest::keyClick(dialog, Qt::Key_Escape); // Escape asks the same
    QCOMPARE(ui::MessageBox::askedCount(), asked + 2);
    QVERIFY(dialog->isVisible());
    ui::MessageBox::setNextAnswer(ui::MessageBox::Answer::Confirm);
    QTest::mouseClick(cancel, Qt::LeftButton);
    QVERIFY(!dialog->isVisible());
    QCOMPARE(m_window->secretKeysPage()->model()->rowCount(), 0);

    // Editing: unchanged closes at once; changed asks.
    const ApiKeyRecord key = m_sandbox->makeKey(QStringLiteral("Existing"));
    ui::CreateKeyDialog::Context ctx;
    ctx.workspaceId = m_sandbox->workspaceId;
    ctx.role = Role::Owner;
    ctx.services = {QStringLiteral("forms")};
    ctx.catalog = ScopeCatalog::builtin();
    ui::CreateKeyDialog edit(*m_sandbox->backend, key, ctx, m_window.get());
    QVERIFY(!edit.hasUnsavedInput());
    edit.findChild<QLineEdit *>(QStringLiteral("keyNameEdit"))->setText(QStringLiteral("Renamed"));
    QVERIFY(edit.hasUnsavedInput());
    ui::MessageBox::setNextAnswer(ui::MessageBox::Answer::Confirm);
    edit.reject();
    QCOMPARE(ui::MessageBox::askedCount(), asked + 4);
}

void TestDashboard::escapeClearsTheFilter()
{
    ui::KeysPage *page = m_window->secretKeysPage();
    auto *filter = page->findChild<QLineEdit *>(QStringLiteral("keyFilterEdit"));
    QTest::keyClicks(filter, QStringLiteral("billing"));
    QCOMPARE(page->proxy()->filterText(), QStringLiteral("billing"));
    QTest::keyClick(filter, Qt::Key_Escape);
    QCOMPARE(filter->text(), QString());
    QCOMPARE(page->proxy()->filterText(), QString());
}

void TestDashboard::smallestWindowStillReads()
{
    // Made as small as it goes, every button on every tab still shows its whole text.
    m_window->resize(400, 300);
    QTest::qWait(50);
    QVERIFY(m_window->width() >= ui::MainWindow::kMinimumSize.width());
    QVERIFY(m_window->height() >= ui::MainWindow::kMinimumSize.height());
    m_window->resize(ui::MainWindow::kMinimumSize);
    for (int tab = 0; tab < m_window->tabs()->count(); ++tab) {
        m_window->tabs()->setCurrentIndex(tab);
        QTest::qWait(20);
        for (auto *button : m_window->tabs()->currentWidget()->findChildren<QAbstractButton *>())
            if (button->isVisible() && !button->text().isEmpty())
                QVERIFY2(button->width() >= button->sizeHint().width(),
                         qPrintable(QStringLiteral("%1 on tab %2: %3 < %4")
                                        .arg(button->objectName())
                                        .arg(tab)
                                        .arg(button->width())
                                        .arg(button->sizeHint().width())));
    }
}

void TestDashboard::rateWindowInUnitsAndZeroSaysWhy()
{
    QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier);
    auto *dialog = visibleWindow<ui::CreateKeyDialog>(QStringLiteral("createKeyDialog"));
    QVERIFY(dialog);
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("keyNameEdit")),
                     QStringLiteral("Limited"));
    dialog->scopeModel()
        ->itemForScope(QStringLiteral("service.forms.submit"))
        ->setCheckState(Qt::Checked);
    dialog->findChild<QCheckBox *>(QStringLiteral("rateLimitCheck"))->setChecked(true);
    auto *limit = dialog->findChild<QSpinBox *>(QStringLiteral("rateLimitSpin"));
    auto *window = dialog->findChild<QSpinBox *>(QStringLiteral("rateWindowSpin"));
    auto *unit = dialog->findChild<QComboBox *>(QStringLiteral("rateWindowUnitCombo"));
    QVERIFY(limit && window && unit && unit->isVisibleTo(dialog));
    QCOMPARE(unit->currentText(), QStringLiteral("minute")); // 60 s, as 1 minute
    QCOMPARE(window->value(), 1);
    unit->setCurrentIndex(unit->findData(3600));
    window->setValue(2);
    QCOMPARE(unit->currentText(), QStringLiteral("hours"));
    auto request = dialog->request();
    QVERIFY(request.ok());
    QCOMPARE(request->rateLimit->window, 7200);
    window->setValue(99); // more than a day is not offered
    QCOMPARE(window->value(), 24);

    // 0 stays 0 and is refused with a reason next to it, not snapped back to 100.
    limit->setFocus();
    limit->selectAll();
    QTest::keyClicks(limit, QStringLiteral("0"));
    window->setFocus();
    QCOMPARE(limit->value(), 0);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("createButton")),
                      Qt::LeftButton);
    auto *bar = dialog->findChild<ui::MessageBar *>(QStringLiteral("messageBar"));
    QTRY_VERIFY(bar->isVisible());
    auto *limitError = dialog->findChild<QLabel *>(QStringLiteral("rateLimitError"));
    QVERIFY2(limitError->isVisible() && limitError->text().contains(QStringLiteral("rate limit")),
             qPrintable(limitError->text()));
    QCOMPARE(dialog->focusWidget(), limit);
    QCOMPARE(m_window->secretKeysPage()->model()->rowCount(), 0);

    // Expiry dates are written with four-digit years.
    auto *expiry = dialog->findChild<QDateTimeEdit *>(QStringLiteral("expiryEdit"));
    QCOMPARE(expiry->displayFormat(), QStringLiteral("yyyy-MM-dd HH:mm"));
    QVERIFY(expiry->text().startsWith(QString::number(expiry->date().year()) + u'-'));
    ui::MessageBox::setNextAnswer(ui::MessageBox::Answer::Confirm);
    dialog->reject();

    // A key's window shows in the largest whole unit.
    KeyService keys(m_sandbox->backend->store(), ScopeCatalog::builtin());
    CreateKeyRequest r;
    r.name = QStringLiteral("Hourly");
    r.scopes = {QStringLiteral("service.forms.submit")};
    r.rateLimit = RateLimit{500, 3600};
    auto issued = keys.create(m_sandbox->ownerActor(), r);
    QVERIFY(issued.ok());
    ui::CreateKeyDialog::Context ctx;
    ctx.workspaceId = m_sandbox->workspaceId;
    ctx.role = Role::Owner;
    ctx.services = {QStringLiteral("forms")};
    ctx.catalog = ScopeCatalog::builtin();
    ui::CreateKeyDialog edit(*m_sandbox->backend, issued->key, ctx, m_window.get());
    QCOMPARE(edit.findChild<QComboBox *>(QStringLiteral("rateWindowUnitCombo"))->currentData(),
             QVariant(3600));
    QCOMPARE(edit.findChild<QSpinBox *>(QStringLiteral("rateWindowSpin"))->value(), 1);
    QVERIFY(!edit.hasUnsavedInput());
}

QTEST_MAIN(TestDashboard)
#include "tst_dashboard.moc"
