// SPDX-License-Identifier: MIT
// The Activity tab written for people (issue 15), every case through both backends: the
// offline sandbox (LocalBackend) and RestBackend against a real latchkeyd. Events are made
// through the backend under test; the page must say them as sentences, narrow them with the
// store's filters, refuse a bad filter with the store's reason, and export every matching
// event (not only the loaded rows) as CSV and JSON that parse.

#include "bothbackends.h"

#include "models/activityexport.h"
#include "models/activitytext.h"
#include "models/auditmodel.h"
#include "ui/activitypage.h"
#include "ui/mainwindow.h"
#include "ui/messagebar.h"
#include "ui/translations.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

using namespace latchkey;
using client::Callback;

namespace {
const QString kOwner = QStringLiteral("owner@activity.test");
const QByteArray kOwnerPassword = "activity gui test password";
using test::await;
using test::kWait;

/// RFC 4180: quoted cells with "" for a quote, CRLF rows.
QList<QStringList> parseCsv(const QString &text)
{
    QList<QStringList> rows;
    QStringList row;
    QString cell;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                cell += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                cell += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            row << cell;
            cell.clear();
        } else if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n') {
            row << cell;
            cell.clear();
            rows << row;
            row.clear();
            ++i;
        } else {
            cell += c;
        }
    }
    if (!cell.isEmpty() || !row.isEmpty())
        rows << (row << cell);
    return rows;
}
} // namespace

class TestActivity : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void everyWrittenActionHasASentence();
    void csvCellsAreQuotedAndSafe();

    void sentencesReadForPeople_data() { test::BothBackends::backends(); }
    void sentencesReadForPeople();
    void filtersNarrowRowsInTheStore_data() { test::BothBackends::backends(); }
    void filtersNarrowRowsInTheStore();
    void badFilterSaysWhy_data() { test::BothBackends::backends(); }
    void badFilterSaysWhy();
    void exportHoldsEveryMatchingEvent_data() { test::BothBackends::backends(); }
    void exportHoldsEveryMatchingEvent();

private:
    ApiKeyRecord create(const QString &name, KeyType type = KeyType::Secret);
    QStringList column(int column, int role = Qt::DisplayRole) const;
    /// Applies the page's filters and waits for the first page.
    bool apply();

    QTemporaryDir m_exportDir;
    test::BothBackends m_both;
    client::Backend *&m_backend = m_both.backend;
    QString &m_workspace = m_both.workspace;
    QObject &m_context = m_both.context;
    std::unique_ptr<ui::MainWindow> &m_window = m_both.window;
    ui::ActivityPage *m_page = nullptr;
    models::AuditModel *m_model = nullptr;
};

void TestActivity::initTestCase()
{
    const QString failed = m_both.startServer(kOwner, kOwnerPassword);
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
}

void TestActivity::init()
{
    if (!QTest::currentDataTag()) // the cases without a backend
        return;
    const QString failed = m_both.open();
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
    m_window->resize(1200, 760);
    m_window->tabs()->setCurrentIndex(ui::MainWindow::ActivityTab);
    m_page = m_window->findChild<ui::ActivityPage *>();
    QVERIFY(m_page);
    m_model = qobject_cast<models::AuditModel *>(m_page->view()->model());
    QVERIFY(m_model);
}

void TestActivity::cleanup()
{
    m_page = nullptr;
    m_model = nullptr;
    m_both.close();
}

ApiKeyRecord TestActivity::create(const QString &name, KeyType type)
{
    CreateKeyRequest r;
    r.name = name;
    r.type = type;
    r.environment = Environment::Test;
    if (type == KeyType::Public) {
        r.serviceId = QStringLiteral("forms");
        r.scopes = {QStringLiteral("service.forms.submit")};
        r.allowedOrigins = {QStringLiteral("https://shop.example.com")};
    } else {
        r.scopes = {QStringLiteral("service.forms.submit")};
    }
    auto issued = await<IssuedKey>([&](Callback<IssuedKey> done) {
        m_backend->createKey(m_workspace, r, &m_context, std::move(done));
    });
    if (!issued || !issued->ok()) {
        qWarning("create %s: %s", qPrintable(name),
                 issued ? qPrintable(issued->error().message) : "no answer");
        return {};
    }
    return (*issued)->key;
}

QStringList TestActivity::column(int column, int role) const
{
    QStringList out;
    for (int row = 0; row < m_model->rowCount(); ++row)
        out << m_model->index(row, column).data(role).toString();
    return out;
}

bool TestActivity::apply()
{
    QSignalSpy loaded(m_model, &models::AuditModel::pageLoaded);
    QSignalSpy failed(m_model, &models::AuditModel::failed);
    m_page->applyFilters();
    return QTest::qWaitFor([&] { return !loaded.isEmpty() || !failed.isEmpty(); }, kWait) &&
           failed.isEmpty();
}

void TestActivity::everyWrittenActionHasASentence()
{
    // Every action core writes (read from its sources, so a new one fails here until it has a
    // sentence and a label) reads as a sentence of its own, not the generic fallback.
    const QString source = qEnvironmentVariable("LATCHKEY_SOURCE_DIR");
    QVERIFY2(!source.isEmpty(), "LATCHKEY_SOURCE_DIR is not set");
    const QDir core(source + QStringLiteral("/core"));
    static const QRegularExpression literal(
        QStringLiteral("QStringLiteral\\(\"([a-z_]+\\.[a-z_]+)\"\\)"));
    QSet<QString> written;
    for (const QString &file : core.entryList({QStringLiteral("*.cpp")})) {
        QFile f(core.filePath(file));
        QVERIFY(f.open(QIODevice::ReadOnly));
        for (const QString &line : QString::fromUtf8(f.readAll()).split(u'\n')) {
            if (!line.contains(QLatin1String("audit(")) &&
                !line.contains(QLatin1String(".action = ")))
                continue;
            for (const auto &m : literal.globalMatch(line))
                written << m.captured(1);
        }
    }
    QVERIFY2(written.size() >= 17,
             qPrintable(QStringList(written.cbegin(), written.cend()).join(u' ')));
    const QStringList known = models::ActivityText::knownActions();
    for (const QString &action : std::as_const(written)) {
        QVERIFY2(known.contains(action), qPrintable(action + QStringLiteral(" has no sentence")));
    }
    for (const QString &action : known) {
        AuditRecord r;
        r.actor = QStringLiteral("owner@example.com");
        r.action = action;
        r.target = QStringLiteral("obj_1");
        const QString s = models::ActivityText::sentence(r);
        QVERIFY2(s.startsWith(r.actor) && !s.contains(action), qPrintable(s));
        QVERIFY2(models::ActivityText::actionLabel(action) != action, qPrintable(action));
    }
    // The issue's own example, and an action nobody knows yet still reads plainly.
    AuditRecord revoked;
    revoked.actor = QStringLiteral("owner@example.com");
    revoked.action = QStringLiteral("api_key.revoked");
    revoked.environment = QStringLiteral("live");
    revoked.details = {{QStringLiteral("name"), QStringLiteral("Billing backend")},
                       {QStringLiteral("type"), QStringLiteral("secret")}};
    QCOMPARE(models::ActivityText::sentence(revoked),
             QStringLiteral("owner@example.com revoked the secret key “Billing backend” (live)"));
    AuditRecord unknown;
    unknown.actor = QStringLiteral("system");
    unknown.action = QStringLiteral("thing.happened");
    unknown.target = QStringLiteral("thg_1");
    QCOMPARE(models::ActivityText::sentence(unknown),
             QStringLiteral("The system did thing.happened on thg_1"));
}

void TestActivity::csvCellsAreQuotedAndSafe()
{
    using models::ActivityExport::csvCell;
    QCOMPARE(csvCell(QStringLiteral("plain")), QStringLiteral("\"plain\""));
    QCOMPARE(csvCell(QStringLiteral("say \"hi\", twice")),
             QStringLiteral("\"say \"\"hi\"\", twice\""));
    for (const char *risky : {"=1+2", "+1", "-1", "@SUM(A1)", "\tx", "\rx"})
        QCOMPARE(csvCell(QString::fromLatin1(risky)),
                 QStringLiteral("\"'") + QString::fromLatin1(risky) + u'"');
    QCOMPARE(csvCell(QStringLiteral("a=b")), QStringLiteral("\"a=b\""));
}

void TestActivity::sentencesReadForPeople()
{
    const QString me = m_backend->userEmail();
    const ApiKeyRecord billing = create(QStringLiteral("Billing backend"));
    QVERIFY(!billing.id.isEmpty());
    const ApiKeyRecord widget = create(QStringLiteral("Shop widget"), KeyType::Public);
    QVERIFY(!widget.id.isEmpty());
    auto revoked = await<ApiKeyRecord>([&](Callback<ApiKeyRecord> done) {
        m_backend->revokeKey(m_workspace, billing.id, &m_context, std::move(done));
    });
    QVERIFY(revoked && revoked->ok());
    KeyPatch patch;
    patch.name = QStringLiteral("Shop widget v2");
    auto patched = await<ApiKeyRecord>([&](Callback<ApiKeyRecord> done) {
        m_backend->patchKey(m_workspace, widget.id, patch, &m_context, std::move(done));
    });
    QVERIFY(patched && patched->ok());
    auto invited = await<IssuedInvitation>([&](Callback<IssuedInvitation> done) {
        m_backend->invite(m_workspace, QStringLiteral("vera@activity.test"), Role::Viewer,
                          &m_context, std::move(done));
    });
    QVERIFY(invited && invited->ok());

    QVERIFY(apply());
    QTRY_VERIFY(m_model->rowCount() >= 5);
    const QStringList sentences = column(models::AuditModel::EventColumn);
    const QString all = sentences.join(u'\n');
    for (const QString &expected :
         {me + QStringLiteral(" revoked the secret key “Billing backend” (test)"),
          me + QStringLiteral(" created the secret key “Billing backend” (test)"),
          me + QStringLiteral(" created the public key “Shop widget” (test)"),
          me + QStringLiteral(" changed the name of the public key “Shop widget v2” (test)"),
          me + QStringLiteral(" invited vera@activity.test as viewer")})
        QVERIFY2(sentences.contains(expected),
                 qPrintable(expected + QStringLiteral("\n--\n") + all));
    // No raw ids or action names in the sentences; the time is its own column.
    QVERIFY2(!all.contains(QLatin1String("api_key.")) && !all.contains(billing.id),
             qPrintable(all));
    QVERIFY(
        QDateTime::fromString(m_model->index(0, models::AuditModel::TimeColumn).data().toString(),
                              QStringLiteral("yyyy-MM-dd HH:mm:ss"))
            .isValid());
}

void TestActivity::filtersNarrowRowsInTheStore()
{
    const ApiKeyRecord a = create(QStringLiteral("Filter A"));
    const ApiKeyRecord b = create(QStringLiteral("Filter B"));
    QVERIFY(!a.id.isEmpty() && !b.id.isEmpty());
    QVERIFY((await<ApiKeyRecord>([&](Callback<ApiKeyRecord> done) {
                m_backend->revokeKey(m_workspace, a.id, &m_context, std::move(done));
            }))->ok());
    // Small pages: what the filters find must come from the store, not from loaded rows.
    m_model->setPageSize(2);
    auto *actor = m_page->findChild<QComboBox *>(QStringLiteral("activityActorCombo"));
    auto *action = m_page->findChild<QComboBox *>(QStringLiteral("activityActionCombo"));
    auto *key = m_page->findChild<QComboBox *>(QStringLiteral("activityKeyCombo"));
    auto *from = m_page->findChild<QDateEdit *>(QStringLiteral("activityFromEdit"));
    auto *to = m_page->findChild<QDateEdit *>(QStringLiteral("activityToEdit"));
    auto *clear = m_page->findChild<QPushButton *>(QStringLiteral("clearActivityFiltersButton"));
    QVERIFY(actor && action && key && from && to && clear);
    for (QWidget *w : std::initializer_list<QWidget *>{actor, action, key, from, to, clear})
        QVERIFY2(!w->accessibleName().isEmpty(), qPrintable(w->objectName()));

    // Which key: A's two events, found though the page holds two rows at a time.
    m_model->reload();
    QTRY_VERIFY_WITH_TIMEOUT(key->findData(a.id) > 0, kWait); // the key list was loaded
    key->setCurrentIndex(key->findData(a.id));
    QVERIFY(apply());
    QCOMPARE(column(0, models::AuditModel::TargetRole), QStringList({a.id, a.id}));
    QCOMPARE(column(0, models::AuditModel::ActionRole),
             QStringList({QStringLiteral("api_key.revoked"), QStringLiteral("api_key.created")}));
    QVERIFY(!m_model->canFetchMore({}));
    key->setCurrentIndex(0);

    // What: one action, then a family; Load more pages through the store's matches.
    action->setCurrentIndex(action->findData(QStringLiteral("api_key.revoked")));
    QVERIFY(apply());
    QVERIFY(m_model->rowCount() >= 1);
    QVERIFY(column(0, models::AuditModel::ActionRole).count(QStringLiteral("api_key.revoked")) ==
            m_model->rowCount());
    action->setCurrentIndex(action->findData(QStringLiteral("api_key.*")));
    QVERIFY(apply());
    QVERIFY(m_model->rowCount() >= 2);
    for (const QString &act : column(0, models::AuditModel::ActionRole))
        QVERIFY2(act.startsWith(QLatin1String("api_key.")), qPrintable(act));
    action->setCurrentIndex(0);

    // Who: without case; someone who never acted has no rows.
    actor->setEditText(m_backend->userEmail().toUpper());
    QVERIFY(apply());
    QVERIFY(m_model->rowCount() >= 1);
    QCOMPARE(column(0, models::AuditModel::ActorRole).count(m_backend->userEmail()),
             m_model->rowCount());
    actor->setEditText(QStringLiteral("nobody@activity.test"));
    QVERIFY(apply());
    QCOMPARE(m_model->rowCount(), 0);
    actor->setEditText(QString());

    // When: tomorrow on has nothing; yesterday until today has B's creation.
    const QDate today = QDate::currentDate();
    from->setDate(today.addDays(1));
    QVERIFY(apply());
    QCOMPARE(m_model->rowCount(), 0);
    from->setDate(today.addDays(-1));
    to->setDate(today);
    key->setCurrentIndex(key->findData(b.id));
    QVERIFY(apply());
    QCOMPARE(column(0, models::AuditModel::ActionRole),
             QStringList({QStringLiteral("api_key.created")}));

    // Clear: every filter back to "any", every event again.
    QSignalSpy loaded(m_model, &models::AuditModel::pageLoaded);
    QTest::mouseClick(clear, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty(), kWait);
    QCOMPARE(key->currentIndex(), 0);
    QVERIFY(actor->currentText().isEmpty());
    QVERIFY(!m_page->filters().createdFrom && !m_page->filters().createdTo);
    QVERIFY(m_model->rowCount() >= 2);
}

void TestActivity::badFilterSaysWhy()
{
    // A range that ends before it starts: the store's invalid_request, shown by the filters.
    auto *from = m_page->findChild<QDateEdit *>(QStringLiteral("activityFromEdit"));
    auto *to = m_page->findChild<QDateEdit *>(QStringLiteral("activityToEdit"));
    from->setDate(QDate::currentDate());
    to->setDate(QDate::currentDate().addDays(-2));
    QVERIFY(!apply());
    auto *error = m_page->findChild<ui::MessageBar *>(QStringLiteral("activityFilterError"));
    QVERIFY(error);
    QTRY_VERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QLatin1String("created_lte")), qPrintable(error->text()));
    QCOMPARE(m_model->rowCount(), 0);
    to->setDate(QDate::currentDate());
    QVERIFY(apply());
    QVERIFY(!error->isVisible());

    // Through the backend itself: a malformed action names its param.
    AuditQuery q;
    q.workspaceId = m_workspace;
    q.action = QStringLiteral("api_key.%");
    auto r = await<Page<AuditRecord>>([&](Callback<Page<AuditRecord>> done) {
        m_backend->auditEvents(m_workspace, q, &m_context, std::move(done));
    });
    QVERIFY(r && !r->ok());
    QCOMPARE(r->error().code, QStringLiteral("invalid_request"));
    QCOMPARE(r->error().param, QStringLiteral("action"));
}

void TestActivity::exportHoldsEveryMatchingEvent()
{
    // More events for one key than an export page (100) and than the loaded rows.
    const ApiKeyRecord k = create(QStringLiteral("Exported"));
    QVERIFY(!k.id.isEmpty());
    constexpr int kRenames = 104;
    for (int i = 0; i < kRenames; ++i) {
        KeyPatch patch;
        patch.name = QStringLiteral("Exported \"%1\", =calc").arg(i);
        auto r = await<ApiKeyRecord>([&](Callback<ApiKeyRecord> done) {
            m_backend->patchKey(m_workspace, k.id, patch, &m_context, std::move(done));
        });
        QVERIFY(r && r->ok());
    }
    m_model->setPageSize(10);
    auto *key = m_page->findChild<QComboBox *>(QStringLiteral("activityKeyCombo"));
    m_model->reload();
    QTRY_VERIFY_WITH_TIMEOUT(key->findData(k.id) > 0, kWait);
    key->setCurrentIndex(key->findData(k.id));
    QVERIFY(apply());
    // The table holds what fills it (the view asks for pages of 10 until then); Load more
    // asks for the next page.
    QTRY_VERIFY_WITH_TIMEOUT(!m_model->isLoading(), kWait);
    QTest::qWait(50);
    const int loaded = m_model->rowCount();
    QVERIFY2(loaded >= 10 && loaded < kRenames + 1, qPrintable(QString::number(loaded)));
    auto *more = m_page->findChild<QPushButton *>(QStringLiteral("loadMoreActivityButton"));
    QVERIFY(more && more->isVisible() && more->isEnabled());
    QTest::mouseClick(more, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(m_model->rowCount() > loaded, kWait);
    QVERIFY(m_model->rowCount() < kRenames + 1); // the export below must fetch the rest
    QVERIFY(m_page->findChild<QPushButton *>(QStringLiteral("exportActivityButton")));

    const QString csvPath = m_exportDir.filePath(QStringLiteral("activity.csv"));
    QSignalSpy exported(m_page, &ui::ActivityPage::exported);
    QSignalSpy failed(m_page, &ui::ActivityPage::failed);
    m_page->exportTo(csvPath, ui::ActivityPage::Format::Csv);
    QTRY_VERIFY_WITH_TIMEOUT(!exported.isEmpty() || !failed.isEmpty(), kWait);
    QVERIFY2(failed.isEmpty(),
             failed.isEmpty() ? "" : qPrintable(failed.first().first().toString()));
    QCOMPARE(exported.first().at(1).toInt(), kRenames + 1);

    QFile csvFile(csvPath);
    QVERIFY(csvFile.open(QIODevice::ReadOnly));
    QByteArray bytes = csvFile.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    const QList<QStringList> rows = parseCsv(QString::fromUtf8(bytes.mid(3)));
    QCOMPARE(rows.size(), 1 + kRenames + 1);
    QCOMPARE(rows.first(), QStringList({QStringLiteral("time"), QStringLiteral("event"),
                                        QStringLiteral("actor"), QStringLiteral("action"),
                                        QStringLiteral("target"), QStringLiteral("environment"),
                                        QStringLiteral("id"), QStringLiteral("details")}));
    QSet<QString> ids;
    for (int i = 1; i < rows.size(); ++i) {
        const QStringList &row = rows.at(i);
        QCOMPARE(row.size(), 8);
        QCOMPARE(row.at(4), k.id);
        QVERIFY(row.at(6).startsWith(QLatin1String("evt_")));
        ids << row.at(6);
        QVERIFY(!row.at(0).isEmpty() && row.at(0).endsWith(u'Z'));
        QVERIFY2(row.at(1).startsWith(m_backend->userEmail()), qPrintable(row.at(1)));
        QVERIFY(QJsonDocument::fromJson(row.at(7).toUtf8()).isObject());
    }
    QCOMPARE(ids.size(), kRenames + 1); // every event once: the pages neither overlap nor skip
    QCOMPARE(rows.at(1).at(3), QStringLiteral("api_key.updated"));
    QVERIFY2(rows.at(1).at(1).contains(QStringLiteral("“Exported \"103\", =calc”")),
             qPrintable(rows.at(1).at(1)));
    QCOMPARE(rows.last().at(3), QStringLiteral("api_key.created"));

    const QString jsonPath = m_exportDir.filePath(QStringLiteral("activity.json"));
    m_page->exportTo(jsonPath, ui::ActivityPage::Format::Json);
    QTRY_VERIFY_WITH_TIMEOUT(exported.size() == 2 || !failed.isEmpty(), kWait);
    QVERIFY(failed.isEmpty());
    QFile jsonFile(jsonPath);
    QVERIFY(jsonFile.open(QIODevice::ReadOnly));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(jsonFile.readAll(), &error);
    QVERIFY2(doc.isObject(), qPrintable(error.errorString()));
    const QJsonObject root = doc.object();
    QCOMPARE(
        root.value(QLatin1String("filters")).toObject().value(QLatin1String("target")).toString(),
        k.id);
    const QJsonArray events = root.value(QLatin1String("events")).toArray();
    QCOMPARE(events.size(), kRenames + 1);
    for (const QJsonValue &v : events) {
        const QJsonObject e = v.toObject();
        QCOMPARE(e.value(QLatin1String("target")).toString(), k.id);
        QVERIFY(ids.contains(e.value(QLatin1String("id")).toString()));
        QVERIFY(e.value(QLatin1String("event")).toString().startsWith(m_backend->userEmail()));
    }
    QVERIFY(!QFile::exists(csvPath + QStringLiteral(".tmp")));
}

QTEST_MAIN(TestActivity)
#include "tst_activity.moc"
