// SPDX-License-Identifier: MIT
// What a user does with secret keys in the dashboard, each case once for both backends through
// the one GUI harness (tests/gui/bothbackends.h, issue 15): the offline sandbox, served on
// loopback so that real HTTP verifies reach its store, and RestBackend against a real
// latchkeyd. These cases were copied between tst_dashboard (sandbox) and tst_dashboard_rest
// (server) before; now one body runs for both.
// - Create key: the one-time reveal, in a font whose characters line up, a secret the backend
//   takes, never shown in the table; Copy marks it sensitive and clears it; closing then asks
//   nothing.
// - Roll with a grace period: the new secret works at once, the old one until the grace period
//   ends, the lineage is on both rows, and the key being replaced offers no second roll.
// - The filter narrows what is loaded at once, then asks the backend.

#include "bothbackends.h"

#include "core/keytext.h"
#include "ui/clipboard.h"

#include <QClipboard>
#include <QComboBox>
#include <QDateTime>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace latchkey;
using test::rowOf;
using test::selectRow;
using test::visibleWindow;

namespace {
const QString kOwner = QStringLiteral("owner@keyactions.test");
const QByteArray kOwnerPassword = "key actions gui test password";
const QString kScope = QStringLiteral("service.forms.submit");
constexpr int kWait = test::kWait;
} // namespace

class TestKeyActions : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void createSecretKeyRevealsItOnce_data() { test::BothBackends::backends(); }
    void createSecretKeyRevealsItOnce();
    void rollWithGracePeriodThenReveal_data() { test::BothBackends::backends(); }
    void rollWithGracePeriodThenReveal();
    void filterAsYouType_data() { test::BothBackends::backends(); }
    void filterAsYouType();

private:
    ApiKeyRecord make(const QString &name, QByteArray *secret = nullptr)
    {
        return m_both.create(test::secretKey(name), secret);
    }
    int verify(const QString &secret) const
    {
        return m_both.verify(secret.toLatin1(), kScope, QStringLiteral("203.0.113.9"));
    }

    test::BothBackends m_both;
};

void TestKeyActions::initTestCase()
{
    const QString failed = m_both.startServer(kOwner, kOwnerPassword);
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
    ui::Clipboard::instance()->setClearTimeout(300); // the "(short) timeout" below
}

void TestKeyActions::init()
{
    const QString failed = m_both.open();
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
}

void TestKeyActions::cleanup()
{
    m_both.close();
}

void TestKeyActions::createSecretKeyRevealsItOnce()
{
    const QString name = test::uniqueName(QStringLiteral("Checkout backend"));
    ui::SecretRevealDialog *reveal = test::createSecretKeyThroughUi(*m_both.window, name);
    QVERIFY(reveal);
    auto *secretLabel = reveal->findChild<QLabel *>(QStringLiteral("secretText"));
    const QString secret = secretLabel->text();
    QVERIFY(secret.startsWith(QStringLiteral("sk_test_")));
    QCOMPARE(secret.size(), 44);
    QCOMPARE(test::unevenAdvances(secretLabel->font(), secret), QString());
    QVERIFY(reveal->findChild<QLabel *>(QStringLiteral("revealWarning"))
                ->text()
                .contains(QStringLiteral("will not be shown again")));
    QCOMPARE(verify(secret), 200); // the backend takes the secret the dialog showed

    // The table shows the new key, never its secret.
    ui::KeysPage *page = m_both.window->secretKeysPage();
    QTRY_VERIFY_WITH_TIMEOUT(rowOf(page->model(), name) >= 0, kWait);
    const QString shown = page->model()
                              ->index(rowOf(page->model(), name), models::KeyTableModel::KeyColumn)
                              .data()
                              .toString();
    QVERIFY(shown.startsWith(QStringLiteral("sk_test_…")));
    QVERIFY(!shown.contains(secret.mid(8, 20)));

    // Copy: on the clipboard, marked sensitive, then cleared after the (short) timeout.
    QSignalSpy cleared(ui::Clipboard::instance(), &ui::Clipboard::cleared);
    QTest::mouseClick(reveal->findChild<QPushButton *>(QStringLiteral("copySecretButton")),
                      Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), secret);
#if !defined(Q_OS_MACOS) && !defined(Q_OS_WIN)
    QCOMPARE(
        QGuiApplication::clipboard()->mimeData()->data(QStringLiteral("x-kde-passwordManagerHint")),
        QByteArrayLiteral("secret"));
#endif
    QTRY_COMPARE(cleared.count(), 1);
    QVERIFY(QGuiApplication::clipboard()->text().isEmpty());

    // Copied, so closing asks nothing, and the dialog (with the secret) is gone.
    const int asked = ui::MessageBox::askedCount();
    QPointer<ui::SecretRevealDialog> guard(reveal);
    QTest::mouseClick(reveal->findChild<QPushButton *>(QStringLiteral("doneButton")),
                      Qt::LeftButton);
    QCOMPARE(ui::MessageBox::askedCount(), asked);
    QTRY_VERIFY(!guard);
}

void TestKeyActions::rollWithGracePeriodThenReveal()
{
    const QString name = test::uniqueName(QStringLiteral("Rolling"));
    QByteArray oldSecret;
    const ApiKeyRecord old = make(name, &oldSecret);
    ui::KeysPage *page = m_both.window->secretKeysPage();
    models::KeyTableModel *model = page->model();
    model->reload();
    QTRY_VERIFY_WITH_TIMEOUT(rowOf(model, name) >= 0, kWait);
    const int rowsBefore = model->rowCount();
    selectRow(page, rowOf(model, name));
    QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("rollKeyButton")),
                      Qt::LeftButton);
    auto *dialog = visibleWindow<QDialog>(QStringLiteral("rollKeyDialog"));
    QVERIFY(dialog);
    auto *grace = dialog->findChild<QComboBox *>(QStringLiteral("rollGraceCombo"));
    QCOMPARE(grace->count(), 5);
    grace->setCurrentIndex(1); // 1 hour
    const qint64 before = QDateTime::currentMSecsSinceEpoch();
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("rollButton")),
                      Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(
        visibleWindow<ui::SecretRevealDialog>(QStringLiteral("secretRevealDialog")), kWait);
    auto *reveal = visibleWindow<ui::SecretRevealDialog>(QStringLiteral("secretRevealDialog"));
    const QString secret = reveal->findChild<QLabel *>(QStringLiteral("secretText"))->text();
    QVERIFY(secret.startsWith(QStringLiteral("sk_test_")));
    QCOMPARE(verify(secret), 200);
    QCOMPARE(verify(QString::fromLatin1(oldSecret)), 200); // through the grace period
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), rowsBefore + 1, kWait);

    // The old key now ends with the grace period; the lineage is on both rows.
    int oldRow = -1, newRow = -1;
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->key(row)->id == old.id)
            oldRow = row;
        else if (model->key(row)->rolledFrom == old.id)
            newRow = row;
    }
    QVERIFY(oldRow >= 0 && newRow >= 0);
    const ApiKeyRecord *oldNow = model->key(oldRow);
    const ApiKeyRecord *newKey = model->key(newRow);
    QVERIFY(oldNow->expiresAt);
    QVERIFY(qAbs(*oldNow->expiresAt - (before + 3600 * 1000)) < 60 * 1000);
    QCOMPARE(oldNow->replacedBy, newKey->id);
    const auto rotation = [&](int row) {
        return model->index(row, models::KeyTableModel::RotationColumn).data().toString();
    };
    QCOMPARE(
        rotation(oldRow),
        QStringLiteral("Replaced by %1").arg(KeyText::displayForm(newKey->prefix, newKey->last4)));
    QCOMPARE(rotation(newRow),
             QStringLiteral("Replaces %1").arg(KeyText::displayForm(old.prefix, old.last4)));
    QVERIFY(model->index(oldRow, models::KeyTableModel::RotationColumn)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("stops working in ")));

    // Being replaced, the old key offers no second roll; the new one does.
    auto *rollButton = page->findChild<QPushButton *>(QStringLiteral("rollKeyButton"));
    selectRow(page, oldRow);
    QVERIFY(!rollButton->isEnabled());
    QVERIFY2(rollButton->toolTip().contains(QStringLiteral("rolled already")),
             qPrintable(rollButton->toolTip()));
    selectRow(page, newRow);
    QVERIFY(rollButton->isEnabled());
}

void TestKeyActions::filterAsYouType()
{
    const QString tag = QString::fromLatin1(QTest::currentDataTag());
    for (const QString &name : {QStringLiteral("Quokka backend"), QStringLiteral("CI smoke tests"),
                                QStringLiteral("Quokka worker")})
        make(test::uniqueName(name));
    ui::KeysPage *page = m_both.window->secretKeysPage();
    page->model()->reload();
    QTRY_VERIFY_WITH_TIMEOUT(
        rowOf(page->model(), test::uniqueName(QStringLiteral("Quokka worker"))) >= 0, kWait);
    const int all = page->model()->rowCount();
    QTest::keyClick(m_both.window.get(), Qt::Key_F, Qt::ControlModifier);
    auto *filter = page->findChild<QLineEdit *>(QStringLiteral("keyFilterEdit"));
    QTRY_VERIFY(filter->hasFocus());
    QTest::keyClicks(filter, QStringLiteral("quokka"));
    QCOMPARE(page->proxy()->rowCount(), 2); // at once, over what is loaded
    QTest::keyClicks(filter, QStringLiteral(" w"));
    QCOMPARE(page->proxy()->rowCount(), 1);
    QTRY_COMPARE(page->model()->nameFilter(), QStringLiteral("quokka w")); // then the backend
    QTRY_COMPARE_WITH_TIMEOUT(page->model()->rowCount(), 1, kWait);
    QCOMPARE(page->proxy()->rowCount(), 1);
    QCOMPARE(page->model()->key(0)->name, QStringLiteral("Quokka worker ") + tag);
    filter->clear();
    QTRY_COMPARE_WITH_TIMEOUT(page->proxy()->rowCount(), all, kWait);
}

QTEST_MAIN(TestKeyActions)
#include "tst_keyactions.moc"
