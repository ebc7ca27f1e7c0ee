// SPDX-License-Identifier: MIT
// Key details (issue 15), every case through both backends: the offline sandbox, served on
// loopback so that real HTTP verifies reach its store, and RestBackend against a real
// latchkeyd. Verifies are made over HTTP; the details panel under the key table must show the
// key's facts in words and the calls of the last 30 days as the server counted them.

#include "bothbackends.h"

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

namespace {
const QString kOwner = QStringLiteral("owner@details.test");
const QByteArray kOwnerPassword = "key details gui test password";
using test::await;
using test::kWait;
} // namespace

class TestKeyDetails : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void detailsSayEveryFactInWords_data() { test::BothBackends::backends(); }
    void detailsSayEveryFactInWords();
    void usageShowsAllowedAndRefusedCallsPerDay_data() { test::BothBackends::backends(); }
    void usageShowsAllowedAndRefusedCallsPerDay();
    void descriptionAndFormSlugAreKept_data() { test::BothBackends::backends(); }
    void descriptionAndFormSlugAreKept();

private:
    ApiKeyRecord create(const CreateKeyRequest &request, QByteArray *secret = nullptr)
    {
        return m_both.create(request, secret);
    }
    /// Selects \p keyId in the API keys table and waits for its usage to be shown.
    bool select(const QString &keyId);
    int verify(const QByteArray &key, const QString &scope, const QString &ip) const
    {
        return m_both.verify(key, scope, ip);
    }

    test::BothBackends m_both;
    client::Backend *&m_backend = m_both.backend;
    QString &m_workspace = m_both.workspace;
    QObject &m_context = m_both.context;
    std::unique_ptr<ui::MainWindow> &m_window = m_both.window;
};

void TestKeyDetails::initTestCase()
{
    const QString failed = m_both.startServer(kOwner, kOwnerPassword);
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
}

void TestKeyDetails::init()
{
    const QString failed = m_both.open();
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
}

void TestKeyDetails::cleanup()
{
    m_both.close();
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
