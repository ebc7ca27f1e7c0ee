// SPDX-License-Identifier: MIT
// The core flows of tst_dashboard once more, through RestBackend against a real latchkeyd
// started by the test on loopback: what the dashboard does must not depend on the backend.

#include "../server/harness.h"
#include "fixture.h"

#include "client/restbackend.h"
#include "client/tokenstore.h"
#include "core/crypto.h"
#include "core/sqlstore.h"
#include "models/keyfilterproxymodel.h"
#include "models/keytablemodel.h"
#include "models/scopetreemodel.h"
#include "ui/clipboard.h"
#include "ui/connectdialog.h"
#include "ui/createkeydialog.h"
#include "ui/keyspage.h"
#include "ui/mainwindow.h"
#include "ui/messagebar.h"
#include "ui/messagebox.h"
#include "ui/secretrevealdialog.h"

#include <QClipboard>
#include <QComboBox>
#include <QDateTime>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardItem>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QToolButton>

using namespace latchkey;
using test::rowOf;
using test::selectRow;
using test::visibleWindow;
using testing::Http;
using testing::HttpResult;
using testing::Latchkeyd;

namespace {
const QString kEmail = QStringLiteral("owner@acme.test");
const QByteArray kPassword = "dashboard rest test password";
const QString kScope = QStringLiteral("service.forms.submit");
const QString kDeveloper = QStringLiteral("dev@acme.test");
const QString kViewer = QStringLiteral("viewer@acme.test");
const QByteArray kMemberPassword = "member test password";
} // namespace

class TestDashboardRest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();
    void revokeLiveKeyNeedsTypedName();
    void liveIsOfferedWithAServer(); // issue 15: only the offline sandbox disables it
    void lazyPaging();
    void developerSeesPrivilegedScopesDisabled();
    void viewerCannotChangeKeys();
    void signInRefusalKeepsTheForm();

private:
    QTemporaryDir m_settingsDir;
    Latchkeyd m_server;
    client::TokenStore m_tokens;
    std::unique_ptr<client::RestBackend> m_backend;
    std::unique_ptr<ui::MainWindow> m_window;
    Http m_http; // signed in as the owner, for setting up and checking behind the UI's back

    ui::SecretRevealDialog *createSecretKeyThroughUi(const QString &name)
    {
        return test::createSecretKeyThroughUi(*m_window, name);
    }
    /// Creates a key through the REST API (setting up, not testing); the result's data.
    QJsonObject makeKey(const QString &name, const QString &environment = QStringLiteral("test"));
    /// Signs in as a member below owner; the backend is owned by the caller.
    std::unique_ptr<client::RestBackend> signInAs(const QString &email);
    client::TokenStore m_memberTokens;
    /// POST /v1/verify with \p secret, unauthenticated like a gateway: the HTTP status.
    int verify(const QString &secret);
};

void TestDashboardRest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
    ui::Clipboard::instance()->setClearTimeout(300);

    QByteArray out;
    QVERIFY2(m_server.init(kEmail, kPassword, &out) == 0, out.constData());
    QVERIFY2(m_server.start(), m_server.logs().constData());
    m_tokens.setKeychainEnabled(false); // CI has no keychain; memory only
    std::optional<Result<client::RestBackend *>> signedIn;
    client::RestBackend::signIn(
        QUrl(m_server.url), kEmail, QString::fromUtf8(kPassword), &m_tokens, this,
        [&](Result<client::RestBackend *> r) { signedIn.emplace(std::move(r)); });
    QTRY_VERIFY_WITH_TIMEOUT(signedIn.has_value(), 30000);
    QVERIFY2(signedIn->ok(), qPrintable(signedIn->ok() ? QString() : signedIn->error().message));
    m_backend.reset(signedIn->value());

    m_http.base = m_server.url;
    const HttpResult session =
        m_http.post(QStringLiteral("/v1/sessions"),
                    QJsonObject{{QStringLiteral("email"), kEmail},
                                {QStringLiteral("password"), QString::fromUtf8(kPassword)}});
    QCOMPARE(session.status, 200);
    m_http.token = session.data().value(QLatin1String("token")).toString().toLatin1();
    QVERIFY(m_http.token.startsWith("lks_"));
    m_memberTokens.setKeychainEnabled(false);

    // Members below owner, as a team gets them: invited by the owner, accepted by each.
    for (const auto &[email, role] : {std::pair{kDeveloper, QStringLiteral("developer")},
                                      std::pair{kViewer, QStringLiteral("viewer")}}) {
        const HttpResult invited = m_http.post(
            QStringLiteral("/v1/invitations"),
            QJsonObject{{QStringLiteral("email"), email}, {QStringLiteral("role"), role}});
        QCOMPARE(invited.status, 201);
        Http invitee;
        invitee.base = m_server.url;
        QCOMPARE(
            invitee
                .post(QStringLiteral("/v1/invitations/accept"),
                      QJsonObject{
                          {QStringLiteral("token"), invited.data().value(QLatin1String("token"))},
                          {QStringLiteral("email"), email},
                          {QStringLiteral("password"), QString::fromUtf8(kMemberPassword)}})
                .status,
            200);
    }
}

void TestDashboardRest::init()
{
    m_window = std::make_unique<ui::MainWindow>(*m_backend);
    m_window->show();
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->workspaceId().isEmpty(), 15000);
    QTRY_COMPARE_WITH_TIMEOUT(m_backend->pending(), 0, 15000);
}

void TestDashboardRest::cleanup()
{
    for (QWidget *w : QApplication::topLevelWidgets())
        if (auto *d = qobject_cast<ui::SecretRevealDialog *>(w)) {
            ui::MessageBox::setNextAnswer(ui::MessageBox::Answer::Confirm);
            d->reject();
        }
    ui::MessageBox::setNextAnswer(ui::MessageBox::Answer::None);
    m_window.reset();
    QTRY_COMPARE_WITH_TIMEOUT(m_backend->pending(), 0, 15000);
}

void TestDashboardRest::cleanupTestCase()
{
    m_backend.reset();
    m_server.stop();
}

QJsonObject TestDashboardRest::makeKey(const QString &name, const QString &environment)
{
    const QByteArray body = QJsonDocument(QJsonObject{
                                              {QStringLiteral("name"), name},
                                              {QStringLiteral("environment"), environment},
                                              {QStringLiteral("type"), QStringLiteral("secret")},
                                              {QStringLiteral("scopes"), QJsonArray{kScope}},
                                          })
                                .toJson(QJsonDocument::Compact);
    const HttpResult r = m_http.send(
        "POST", QStringLiteral("/v1/api-keys"), body,
        {{QByteArrayLiteral("Latchkey-Workspace"), m_window->workspaceId().toLatin1()}});
    if (r.status != 200 && r.status != 201)
        qWarning("cannot create a key: %d %s", r.status, r.body.constData());
    return r.data();
}

int TestDashboardRest::verify(const QString &secret)
{
    return m_http
        .send("POST", QStringLiteral("/v1/verify"),
              QJsonDocument(
                  QJsonObject{{QStringLiteral("key"), secret}, {QStringLiteral("scope"), kScope}})
                  .toJson(QJsonDocument::Compact),
              {}, false)
        .status;
}

void TestDashboardRest::liveIsOfferedWithAServer()
{
    QCOMPARE(m_backend->keyEnvironments(), KeyEnvironments::All);
    auto *live = m_window->findChild<QToolButton *>(QStringLiteral("liveButton"));
    QVERIFY(live->isEnabled());
    QVERIFY(live->accessibleDescription().isEmpty());
    QTest::mouseClick(live, Qt::LeftButton);
    QCOMPARE(m_window->environment(), Environment::Live);
    // The title names the server and the environment, and keeps the server through a switch.
    const QString server = QUrl(m_server.url).host();
    QVERIFY2(m_window->windowTitle().contains(server) &&
                 m_window->windowTitle().endsWith(QStringLiteral("Live")),
             qPrintable(m_window->windowTitle()));
    QTest::mouseClick(
        m_window->secretKeysPage()->findChild<QPushButton *>(QStringLiteral("createKeyButton")),
        Qt::LeftButton);
    auto *dialog = visibleWindow<ui::CreateKeyDialog>(QStringLiteral("createKeyDialog"));
    QVERIFY(dialog);
    auto *combo = dialog->findChild<QComboBox *>(QStringLiteral("environmentCombo"));
    QCOMPARE(Environment(combo->currentData().toInt()), Environment::Live);
    const QModelIndex item = combo->model()->index(combo->findData(int(Environment::Live)), 0);
    QVERIFY(combo->model()->flags(item) & Qt::ItemIsEnabled);
    QVERIFY(combo->accessibleDescription().isEmpty());
    dialog->reject();
    QTest::mouseClick(m_window->findChild<QToolButton *>(QStringLiteral("sandboxButton")),
                      Qt::LeftButton);
}

void TestDashboardRest::revokeLiveKeyNeedsTypedName()
{
    const QJsonObject created = makeKey(QStringLiteral("Production API"), QStringLiteral("live"));
    const QString secret = created.value(QLatin1String("secret")).toString();
    QVERIFY(secret.startsWith(QStringLiteral("sk_live_")));
    QCOMPARE(verify(secret), 200);

    QTest::mouseClick(m_window->findChild<QToolButton *>(QStringLiteral("liveButton")),
                      Qt::LeftButton);
    ui::KeysPage *page = m_window->secretKeysPage();
    QTRY_VERIFY_WITH_TIMEOUT(page->model()->environment() == Environment::Live &&
                                 rowOf(page->model(), QStringLiteral("Production API")) >= 0,
                             10000);
    const int row = rowOf(page->model(), QStringLiteral("Production API"));
    selectRow(page, row);
    auto *revoke = page->findChild<QPushButton *>(QStringLiteral("revokeKeyButton"));
    QVERIFY(revoke->isEnabled());
    QTest::mouseClick(revoke, Qt::LeftButton);
    auto *dialog = visibleWindow<QDialog>(QStringLiteral("revokeKeyDialog"));
    QVERIFY(dialog);
    auto *button = dialog->findChild<QPushButton *>(QStringLiteral("revokeButton"));
    auto *nameEdit = dialog->findChild<QLineEdit *>(QStringLiteral("revokeConfirmNameEdit"));
    QVERIFY(!button->isEnabled());
    QTest::keyClicks(nameEdit, QStringLiteral("Production AP"));
    QVERIFY(!button->isEnabled());
    QTest::keyClicks(nameEdit, QStringLiteral("I"));
    QVERIFY(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
    const auto revoked = [page] {
        const int r = rowOf(page->model(), QStringLiteral("Production API"));
        return r >= 0 && page->model()->key(r)->revokedAt.has_value();
    };
    QTRY_VERIFY_WITH_TIMEOUT(revoked(), 10000);
    QCOMPARE(page->model()
                 ->index(rowOf(page->model(), QStringLiteral("Production API")),
                         models::KeyTableModel::StatusColumn)
                 .data()
                 .toString(),
             QStringLiteral("Revoked"));
    QCOMPARE(verify(secret), 401); // revoked on the server, not just in the table
}

void TestDashboardRest::lazyPaging()
{
    constexpr int kSeeded = 105;
    for (int i = 0; i < kSeeded; ++i)
        QVERIFY(!makeKey(QStringLiteral("Paged %1").arg(i, 3, 10, QLatin1Char('0')))
                     .value(QLatin1String("id"))
                     .toString()
                     .isEmpty());
    ui::KeysPage *page = m_window->secretKeysPage();
    models::KeyTableModel *model = page->model();
    model->reload();
    QTRY_VERIFY_WITH_TIMEOUT(!model->isLoading() && model->rowCount() > 0, 10000);
    // a first page only, with more to fetch on demand
    QVERIFY(model->rowCount() < kSeeded);
    QVERIFY(model->canFetchMore({}));
    int fetches = 0;
    while (model->canFetchMore({}) && fetches < 20) {
        const int before = model->rowCount();
        model->fetchMore({});
        QTRY_VERIFY_WITH_TIMEOUT(!model->isLoading() && model->rowCount() > before, 10000);
        ++fetches;
    }
    QVERIFY(fetches >= 2);
    QVERIFY(!model->canFetchMore({}));
    QSet<QString> ids;
    int paged = 0;
    for (int row = 0; row < model->rowCount(); ++row) {
        ids.insert(model->key(row)->id);
        if (model->key(row)->name.startsWith(QLatin1String("Paged ")))
            ++paged;
    }
    QCOMPARE(ids.size(), model->rowCount()); // no key twice across pages
    QCOMPARE(paged, kSeeded);
}

std::unique_ptr<client::RestBackend> TestDashboardRest::signInAs(const QString &email)
{
    std::optional<Result<client::RestBackend *>> r;
    client::RestBackend::signIn(QUrl(m_server.url), email, QString::fromUtf8(kMemberPassword),
                                &m_memberTokens, this,
                                [&](Result<client::RestBackend *> x) { r.emplace(std::move(x)); });
    if (!QTest::qWaitFor([&] { return r.has_value(); }, 30000) || !r->ok())
        return nullptr;
    return std::unique_ptr<client::RestBackend>(r->value());
}

void TestDashboardRest::developerSeesPrivilegedScopesDisabled()
{
    // The owner's key with a privileged scope, for the developer to edit later.
    const QByteArray body =
        QJsonDocument(QJsonObject{{QStringLiteral("name"), QStringLiteral("Forms admin")},
                                  {QStringLiteral("type"), QStringLiteral("secret")},
                                  {QStringLiteral("scopes"),
                                   QJsonArray{kScope, QStringLiteral("service.forms.manage")}}})
            .toJson(QJsonDocument::Compact);
    const HttpResult made = m_http.send(
        "POST", QStringLiteral("/v1/api-keys"), body,
        {{QByteArrayLiteral("Latchkey-Workspace"), m_window->workspaceId().toLatin1()}});
    QVERIFY2(made.status == 200 || made.status == 201, made.body.constData());
    const QString keyId = made.data().value(QLatin1String("id")).toString();

    std::unique_ptr<client::RestBackend> dev = signInAs(kDeveloper);
    QVERIFY(dev);
    m_window.reset(); // one main window at a time
    ui::MainWindow window(*dev);
    window.show();
    QTRY_VERIFY_WITH_TIMEOUT(!window.workspaceId().isEmpty(), 15000);
    QTRY_COMPARE_WITH_TIMEOUT(dev->pending(), 0, 15000);
    auto *role = window.findChild<QLabel *>(QStringLiteral("roleLabel"));
    QVERIFY(role);
    QTRY_VERIFY(role->text().contains(QStringLiteral("developer"), Qt::CaseInsensitive));

    // Create key: the catalog comes from the server with this caller's grantable flags.
    ui::CreateKeyDialog *dialog = window.secretKeysPage()->createKey();
    QVERIFY(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->scopeModel()->itemForScope(QStringLiteral("*")), 10000);
    for (const QString &scope : {QStringLiteral("*"), QStringLiteral("service.forms.manage"),
                                 QStringLiteral("service.payments.refund")}) {
        QStandardItem *item = dialog->scopeModel()->itemForScope(scope);
        QVERIFY2(item && !item->isEnabled(), qPrintable(scope));
        QVERIFY2(!item->data(models::ScopeTreeModel::ReasonRole).toString().isEmpty(),
                 qPrintable(scope));
        QVERIFY2(
            item->toolTip().contains(item->data(models::ScopeTreeModel::ReasonRole).toString()),
            qPrintable(item->toolTip()));
    }
    QVERIFY(dialog->scopeModel()->itemForScope(kScope)->isEnabled());
    // A developer may still create a key with what they can grant.
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("keyNameEdit")),
                     QStringLiteral("Developer's key"));
    dialog->scopeModel()->itemForScope(kScope)->setCheckState(Qt::Checked);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("createButton")),
                      Qt::LeftButton);
    ui::SecretRevealDialog *reveal = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT(
        (reveal = visibleWindow<ui::SecretRevealDialog>(QStringLiteral("secretRevealDialog"))),
        10000);
    ui::MessageBox::setNextAnswer(ui::MessageBox::Answer::Confirm);
    reveal->reject();

    // Editing the owner's key: the privileged scope it holds stays, renaming is allowed.
    ui::KeysPage *page = window.secretKeysPage();
    page->model()->reload();
    QTRY_VERIFY_WITH_TIMEOUT(rowOf(page->model(), QStringLiteral("Forms admin")) >= 0, 10000);
    selectRow(page, rowOf(page->model(), QStringLiteral("Forms admin")));
    ui::CreateKeyDialog *edit = page->editSelected();
    QVERIFY(edit);
    QTRY_VERIFY_WITH_TIMEOUT(
        edit->scopeModel()->itemForScope(QStringLiteral("service.forms.manage")), 10000);
    QStandardItem *manage =
        edit->scopeModel()->itemForScope(QStringLiteral("service.forms.manage"));
    QCOMPARE(manage->checkState(), Qt::Checked);
    QVERIFY(manage->isEnabled());
    auto *name = edit->findChild<QLineEdit *>(QStringLiteral("keyNameEdit"));
    name->setText(QStringLiteral("Forms admin (legacy)"));
    QTest::mouseClick(edit->findChild<QPushButton *>(QStringLiteral("saveKeyButton")),
                      Qt::LeftButton);
    QPointer<ui::MessageBar> bar = edit->findChild<ui::MessageBar *>(QStringLiteral("messageBar"));
    QPointer<ui::CreateKeyDialog> closing(edit); // deletes itself once saved
    QTRY_VERIFY2_WITH_TIMEOUT(!closing || !closing->isVisible(),
                              qPrintable(bar ? bar->text() : QString()), 10000);
    const HttpResult after =
        m_http.send("GET", QStringLiteral("/v1/api-keys/") + keyId, {},
                    {{QByteArrayLiteral("Latchkey-Workspace"), window.workspaceId().toLatin1()}});
    QCOMPARE(after.status, 200);
    QCOMPARE(after.data().value(QLatin1String("name")).toString(),
             QStringLiteral("Forms admin (legacy)"));
    QCOMPARE(after.data().value(QLatin1String("scopes")).toArray().size(), 2);
    QTRY_COMPARE_WITH_TIMEOUT(dev->pending(), 0, 15000);
}

void TestDashboardRest::viewerCannotChangeKeys()
{
    makeKey(QStringLiteral("Seen by the viewer"));
    std::unique_ptr<client::RestBackend> viewer = signInAs(kViewer);
    QVERIFY(viewer);
    m_window.reset();
    ui::MainWindow window(*viewer);
    window.show();
    QTRY_VERIFY_WITH_TIMEOUT(!window.workspaceId().isEmpty(), 15000);
    ui::KeysPage *page = window.secretKeysPage();
    QTRY_VERIFY_WITH_TIMEOUT(rowOf(page->model(), QStringLiteral("Seen by the viewer")) >= 0,
                             10000);
    selectRow(page, rowOf(page->model(), QStringLiteral("Seen by the viewer")));
    for (const char *button :
         {"createKeyButton", "editKeyButton", "revokeKeyButton", "rollKeyButton"}) {
        auto *b = page->findChild<QPushButton *>(QLatin1String(button));
        QVERIFY2(b && !b->isEnabled(), button);
    }
    QVERIFY(!page->createKey());
    QTRY_COMPARE_WITH_TIMEOUT(viewer->pending(), 0, 15000);
}

void TestDashboardRest::signInRefusalKeepsTheForm()
{
    // A refused sign-in leaves Connect to server… open with the email kept and says why; one
    // that works closes it and remembers the email for that server (never the password).
    client::TokenStore tokens;
    tokens.setKeychainEnabled(false);
    std::unique_ptr<client::RestBackend> signedIn;
    m_window->setServerConnector([&](const ui::ServerLogin &login, ui::ConnectDone done) {
        client::RestBackend::signIn(login.url, login.email, login.password, &tokens, m_window.get(),
                                    [&, done](Result<client::RestBackend *> r) {
                                        if (!r.ok())
                                            return done(r.error().message);
                                        signedIn.reset(r.value());
                                        done({});
                                    });
    });
    ui::ConnectDialog *dialog = m_window->connectToServer();
    QPointer<ui::ConnectDialog> guard(dialog);
    dialog->setServerUrl(m_server.url);
    auto *email = dialog->findChild<QLineEdit *>(QStringLiteral("emailEdit"));
    auto *password = dialog->findChild<QLineEdit *>(QStringLiteral("passwordEdit"));
    auto *connect = dialog->findChild<QPushButton *>(QStringLiteral("connectButton"));
    QTest::keyClicks(email, kViewer);
    QTest::keyClicks(password, QStringLiteral("not the password"));
    QVERIFY(connect->isEnabled());
    QTest::mouseClick(connect, Qt::LeftButton);
    QVERIFY(!connect->isEnabled()); // busy while the server answers
    QTRY_VERIFY_WITH_TIMEOUT(!guard || email->isEnabled(), 15000);
    QVERIFY(guard && dialog->isVisible());
    QVERIFY2(dialog->statusText().contains(QStringLiteral("password"), Qt::CaseInsensitive),
             qPrintable(dialog->statusText()));
    QCOMPARE(email->text(), kViewer);
    QCOMPARE(password->text(), QString());
    QCOMPARE(dialog->focusWidget(), password);
    QVERIFY(!signedIn);

    QTest::keyClicks(password, QString::fromUtf8(kMemberPassword));
    QCOMPARE(dialog->statusText(), QString()); // stale once the form changes
    QTest::keyClick(password, Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(!guard || !dialog->isVisible(), 15000);
    QVERIFY(signedIn);
    QCOMPARE(signedIn->userEmail(), kViewer);
    QCOMPARE(ui::ConnectDialog::rememberedEmail(m_server.url), kViewer);
    QVERIFY(ui::ConnectDialog::rememberedServers().contains(m_server.url));

    ui::ConnectDialog again(m_window.get());
    again.setServerUrl(m_server.url);
    QCOMPARE(again.findChild<QLineEdit *>(QStringLiteral("emailEdit"))->text(), kViewer);
    QSettings settings;
    for (const QString &key : settings.allKeys())
        QVERIFY2(!settings.value(key).toString().contains(QString::fromUtf8(kMemberPassword)),
                 qPrintable(key));
    m_window->setServerConnector({});
}

QTEST_MAIN(TestDashboardRest)
#include "tst_dashboard_rest.moc"
