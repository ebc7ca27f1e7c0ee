// SPDX-License-Identifier: MIT
// Key details (issue 15), every case through both backends: the offline sandbox, served on
// loopback so that real HTTP verifies reach its store, and RestBackend against a real
// latchkeyd. Verifies are made over HTTP; the details panel under the key table must show the
// key's facts in words and the calls of the last 30 days as the server counted them.

#include "../server/harness.h"
#include "fixture.h"

#include "client/restbackend.h"
#include "client/tokenstore.h"
#include "models/keyfilterproxymodel.h"
#include "models/keytablemodel.h"
#include "ui/createkeydialog.h"
#include "ui/keydetailspanel.h"
#include "ui/keyspage.h"
#include "ui/mainwindow.h"
#include "ui/messagebar.h"
#include "ui/translations.h"
#include "ui/usagechart.h"

#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

using namespace latchkey;
using client::Callback;
using testing::Http;
using testing::Latchkeyd;

namespace {
const QString kOwner = QStringLiteral("owner@details.test");
const QByteArray kOwnerPassword = "key details gui test password";
constexpr int kWait = 15000;

template<class T> std::optional<Result<T>> await(std::function<void(Callback<T>)> call)
{
    std::optional<Result<T>> out;
    call([&](Result<T> r) { out.emplace(std::move(r)); });
    (void)QTest::qWaitFor([&] { return out.has_value(); }, kWait); // empty: no answer
    return out;
}
} // namespace

class TestKeyDetails : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void detailsSayEveryFactInWords_data() { backends(); }
    void detailsSayEveryFactInWords();
    void usageShowsAllowedAndRefusedCallsPerDay_data() { backends(); }
    void usageShowsAllowedAndRefusedCallsPerDay();
    void descriptionAndFormSlugAreKept_data() { backends(); }
    void descriptionAndFormSlugAreKept();

private:
    static void backends();
    /// Creates a key through the backend under test; its secret text in \p secret.
    ApiKeyRecord create(const CreateKeyRequest &request, QByteArray *secret = nullptr);
    /// Selects \p keyId in the API keys table and waits for its usage to be shown.
    bool select(const QString &keyId);
    int verify(const QByteArray &key, const QString &scope, const QString &ip);

    QTemporaryDir m_settingsDir;
    Latchkeyd m_server;
    client::TokenStore m_tokens;
    QObject m_context;
    std::unique_ptr<client::RestBackend> m_rest;
    std::unique_ptr<test::Sandbox> m_sandbox;
    client::Backend *m_backend = nullptr;
    QString m_workspace;
    QString m_verifyBase;
    std::unique_ptr<ui::MainWindow> m_window;
};

void TestKeyDetails::backends()
{
    QTest::addColumn<bool>("server");
    QTest::newRow("sandbox") << false;
    QTest::newRow("server") << true;
}

void TestKeyDetails::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
    QVERIFY(!ui::installTranslations(*qApp, QStringLiteral("en")).isEmpty()); // plurals
    m_tokens.setKeychainEnabled(false);
    QByteArray out;
    QVERIFY2(m_server.init(kOwner, kOwnerPassword, &out) == 0, out.constData());
    QVERIFY2(m_server.start(), m_server.logs().constData());
    std::optional<Result<client::RestBackend *>> r;
    client::RestBackend::signIn(QUrl(m_server.url), kOwner, QString::fromUtf8(kOwnerPassword),
                                &m_tokens, &m_context,
                                [&](Result<client::RestBackend *> x) { r.emplace(std::move(x)); });
    QVERIFY(QTest::qWaitFor([&] { return r.has_value(); }, kWait));
    QVERIFY2(r->ok(), r->ok() ? "" : qPrintable(r->error().message));
    m_rest.reset(r->value());
}

void TestKeyDetails::init()
{
    QFETCH(bool, server);
    if (server) {
        m_backend = m_rest.get();
        m_verifyBase = m_server.url;
    } else {
        m_sandbox = std::make_unique<test::Sandbox>();
        m_backend = m_sandbox->backend.get();
        auto served = await<QUrl>([&](Callback<QUrl> done) {
            m_sandbox->backend->serveLocally(0, &m_context, std::move(done));
        });
        QVERIFY(served && served->ok());
        m_verifyBase = (*served)->toString(QUrl::StripTrailingSlash);
    }
    auto spaces = await<QList<WorkspaceView>>([&](Callback<QList<WorkspaceView>> done) {
        m_backend->workspaces(&m_context, std::move(done));
    });
    QVERIFY(spaces && spaces->ok() && !(*spaces)->isEmpty());
    m_workspace = (*spaces)->constFirst().workspace.id;
    m_window = std::make_unique<ui::MainWindow>(*m_backend);
    m_window->resize(1100, 760);
    m_window->show();
    QTRY_COMPARE_WITH_TIMEOUT(m_window->workspaceId(), m_workspace, kWait);
}

void TestKeyDetails::cleanup()
{
    m_window.reset();
    if (m_sandbox)
        m_sandbox->backend->stopServing();
    m_sandbox.reset();
}

ApiKeyRecord TestKeyDetails::create(const CreateKeyRequest &request, QByteArray *secret)
{
    auto issued = await<IssuedKey>([&](Callback<IssuedKey> done) {
        m_backend->createKey(m_workspace, request, &m_context, std::move(done));
    });
    if (!issued || !issued->ok())
        qFatal("cannot create a key: %s",
               issued ? qPrintable(issued->error().message) : "no answer");
    if (secret)
        *secret = (*issued)->secret;
    return (*issued)->key;
}

bool TestKeyDetails::select(const QString &keyId)
{
    ui::KeysPage *page = m_window->secretKeysPage();
    QSignalSpy shown(page->details(), &ui::KeyDetailsPanel::usageShown);
    page->model()->reload();
    if (!QTest::qWaitFor([&] { return page->model()->rowCount() > 0; }, kWait))
        return false;
    for (int row = 0; row < page->model()->rowCount(); ++row)
        if (page->model()->key(row)->id == keyId)
            page->view()->setCurrentIndex(
                page->proxy()->mapFromSource(page->model()->index(row, 0)));
    return page->details()->keyId() == keyId &&
           QTest::qWaitFor([&] { return !shown.isEmpty(); }, kWait);
}

int TestKeyDetails::verify(const QByteArray &key, const QString &scope, const QString &ip)
{
    Http http;
    http.base = m_verifyBase;
    return http
        .post(QStringLiteral("/v1/verify"), {{QStringLiteral("key"), QString::fromLatin1(key)},
                                             {QStringLiteral("scope"), scope},
                                             {QStringLiteral("ip"), ip}})
        .status;
}

void TestKeyDetails::detailsSayEveryFactInWords()
{
    ui::KeyDetailsPanel *details = m_window->secretKeysPage()->details();
    auto *stack = details->findChild<QStackedWidget *>();
    // Nothing selected: a hint, not empty fields.
    m_window->secretKeysPage()->view()->setCurrentIndex({});
    QVERIFY(details->findChild<QLabel *>(QStringLiteral("keyDetailsHint"))->isVisibleTo(stack));
    QCOMPARE(stack->currentIndex(), 0);

    CreateKeyRequest open;
    open.name = QStringLiteral("Open key");
    open.scopes = {QStringLiteral("service.forms.submit")};
    const ApiKeyRecord plain = create(open);
    QVERIFY(select(plain.id));
    QCOMPARE(stack->currentIndex(), 1);
    QVERIFY(details->findChild<QLabel *>(QStringLiteral("detailsTitle"))
                ->text()
                .startsWith(QStringLiteral("Open key — sk_test_")));
    QCOMPARE(details->fact("detailsId"), plain.id);
    QCOMPARE(details->fact("detailsStatus"), QStringLiteral("Active"));
    QCOMPARE(details->fact("detailsRateLimit"), QStringLiteral("No limit"));
    QCOMPARE(details->fact("detailsIps"), QStringLiteral("Any address"));
    QCOMPARE(details->fact("detailsEndpoints"), QStringLiteral("Any endpoint"));
    QCOMPARE(details->fact("detailsExpires"), QStringLiteral("Never"));
    QCOMPARE(details->fact("detailsLastUsed"), QStringLiteral("Never"));
    QVERIFY2(details->fact("detailsCreated").endsWith(QStringLiteral(" by ") + plain.createdBy),
             qPrintable(details->fact("detailsCreated")));

    CreateKeyRequest limited = open;
    limited.name = QStringLiteral("Limited key");
    limited.ipAllowlist = {QStringLiteral("192.0.2.0/24")};
    limited.endpoints = {QStringLiteral("POST /v1/forms/*")};
    limited.rateLimit = RateLimit{100, 60};
    limited.expiresAt = QDateTime::currentMSecsSinceEpoch() + qint64(30) * kDayMs;
    const ApiKeyRecord restricted = create(limited);
    QVERIFY(select(restricted.id));
    QCOMPARE(details->fact("detailsRateLimit"), QStringLiteral("100 per minute"));
    QCOMPARE(details->fact("detailsIps"), QStringLiteral("192.0.2.0/24"));
    QCOMPARE(details->fact("detailsEndpoints"), QStringLiteral("POST /v1/forms/*"));
    QCOMPARE(details->fact("detailsExpires"), QDateTime::fromMSecsSinceEpoch(*restricted.expiresAt)
                                                  .toString(QStringLiteral("yyyy-MM-dd HH:mm")));
}

void TestKeyDetails::usageShowsAllowedAndRefusedCallsPerDay()
{
    QByteArray secret;
    CreateKeyRequest r;
    r.name = QStringLiteral("Counted key");
    r.scopes = {QStringLiteral("service.forms.submit")};
    r.rateLimit = RateLimit{3, 3600};
    const ApiKeyRecord key = create(r, &secret);
    const QString submit = QStringLiteral("service.forms.submit");
    const QString ip = QStringLiteral("198.51.100.23");
    // What was timed is what was meant: count the answers.
    QCOMPARE(verify(secret, QStringLiteral("service.forms.export"), ip), 403);
    for (int i = 0; i < 3; ++i)
        QCOMPARE(verify(secret, submit, ip), 200);
    QCOMPARE(verify(secret, submit, ip), 429);
    QCOMPARE(verify(secret, submit, ip), 429);

    QVERIFY(select(key.id));
    ui::KeyDetailsPanel *details = m_window->secretKeysPage()->details();
    const UsageReport &report = details->chart()->report();
    QCOMPARE(report.keyId, key.id);
    QCOMPARE(report.days.size(), ui::KeyDetailsPanel::kUsageDays);
    QCOMPARE(report.days.last().date, QDateTime::currentDateTimeUtc().date());
    QCOMPARE(report.days.last().allowed, 3);
    QCOMPARE(report.days.last().refused.value(QStringLiteral("insufficient_scope")), 1);
    QCOMPARE(report.days.last().refused.value(QStringLiteral("rate_limit_exceeded")), 2);
    const QString summary = details->findChild<QLabel *>(QStringLiteral("usageSummary"))->text();
    QVERIFY2(summary.startsWith(QStringLiteral("Last 30 days: 3 allowed, 3 refused.")),
             qPrintable(summary));
    // The chart says the same to a screen reader, and each bar in its tooltip.
    QCOMPARE(details->chart()->accessibleDescription(), summary);
    const QString today = details->chart()->dayText(ui::KeyDetailsPanel::kUsageDays - 1);
    QVERIFY2(today.contains(QStringLiteral("3 allowed, 3 refused")) &&
                 today.contains(QStringLiteral("rate limited: 2")) &&
                 today.contains(QStringLiteral("missing scope: 1")),
             qPrintable(today));
    // The bar under the mouse is today's: the last one.
    const QRect area = details->chart()->rect();
    QCOMPARE(details->chart()->dayAt(QPoint(area.right() - 6, area.bottom() - 30)),
             ui::KeyDetailsPanel::kUsageDays - 1);
    QVERIFY2(details->fact("detailsLastUsed").endsWith(QStringLiteral(" from ") + ip),
             qPrintable(details->fact("detailsLastUsed")));

    // Another key with no calls: its own, empty month.
    CreateKeyRequest quiet = r;
    quiet.name = QStringLiteral("Quiet key");
    const ApiKeyRecord other = create(quiet);
    QVERIFY(select(other.id));
    QCOMPARE(details->chart()->report().keyId, other.id);
    QCOMPARE(details->findChild<QLabel *>(QStringLiteral("usageSummary"))->text(),
             QStringLiteral("No calls in the last 30 days."));
}

void TestKeyDetails::descriptionAndFormSlugAreKept()
{
    // The form slug of a forms key used to be dropped: editing showed it empty and the embed
    // snippet fell back to "your-form". It is kept in the key's metadata now, with the
    // free-text description, through both backends.
    CreateKeyRequest r;
    r.name = QStringLiteral("Contact form");
    r.type = KeyType::Public;
    r.serviceId = QStringLiteral("forms");
    r.scopes = {QStringLiteral("service.forms.submit")};
    r.allowedOrigins = {QStringLiteral("https://shop.example.com")};
    r.description = QStringLiteral("Embedded on the shop's contact page");
    r.metadata = {
        {QString::fromLatin1(ui::CreateKeyDialog::kFormSlugKey), QStringLiteral("contact-us")},
        {QStringLiteral("owner"), QStringLiteral("web team")}};
    create(r);
    ui::KeysPage *page = m_window->publicKeysPage();
    page->model()->reload();
    QTRY_VERIFY_WITH_TIMEOUT(page->model()->rowCount() > 0, kWait);
    page->view()->setCurrentIndex(page->proxy()->index(0, 0));
    QCOMPARE(page->details()->fact("detailsDescription"), r.description);

    ui::CreateKeyDialog *dialog = page->editSelected();
    QVERIFY(dialog);
    auto *slug = dialog->findChild<QLineEdit *>(QStringLiteral("formSlugEdit"));
    QCOMPARE(slug->text(), QStringLiteral("contact-us"));
    QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("keyDescriptionEdit"))->text(),
             r.description);
    QVERIFY(dialog->findChild<QPlainTextEdit *>(QStringLiteral("embedSnippet"))
                ->toPlainText()
                .contains(QStringLiteral("data-form-slug=\"contact-us\"")));
    // A new slug is saved; the metadata the form does not show is kept.
    slug->setText(QStringLiteral("newsletter"));
    auto patch = dialog->patch();
    QVERIFY(patch.ok() && patch->metadata.has_value());
    QCOMPARE(patch->metadata->value(QStringLiteral("owner")), QStringLiteral("web team"));
    QVERIFY(!patch->description.has_value()); // unchanged: not sent
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("saveKeyButton")),
                      Qt::LeftButton);
    QPointer<QDialog> guard(dialog);
    const bool closed = QTest::qWaitFor([&] { return !guard || !guard->isVisible(); }, kWait);
    QVERIFY2(closed, guard ? qPrintable(guard->findChild<ui::MessageBar *>()->text()) : "");
    KeyQuery q;
    q.workspaceId = m_workspace;
    q.type = KeyType::Public;
    q.limit = 100;
    q.nameContains = QStringLiteral("Contact form");
    auto listed = await<Page<ApiKeyRecord>>([&](Callback<Page<ApiKeyRecord>> done) {
        m_backend->listKeys(m_workspace, q, &m_context, std::move(done));
    });
    QVERIFY(listed && listed->ok());
    QVERIFY(!(*listed)->items.isEmpty());
    QCOMPARE((*listed)->items.first().metadata.value(QStringLiteral("form_slug")),
             QStringLiteral("newsletter"));
    QCOMPARE((*listed)->items.first().metadata.value(QStringLiteral("owner")),
             QStringLiteral("web team"));
}

QTEST_MAIN(TestKeyDetails)
#include "tst_keydetails.moc"
