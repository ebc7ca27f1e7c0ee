// SPDX-License-Identifier: MIT
// The dashboard with 100 000 keys in the offline sandbox, measured with QElapsedTimer and
// printed against the targets (not asserted):
//   (a) constructing the key table model / the MainWindow until the first page is filled
//   (b) one filter keystroke: the local proxy, and the debounced backend search answering
//   (c) resident memory after loading (VmRSS)
//   (d) start-up to the first window shown: the real `latchkey` binary launched on the same
//       100 000-key sandbox (LATCHKEY_STARTUP_PROBE makes it print a line when its window is
//       first exposed, then quit), timed from QProcess::start to that line, median of 5; and
//       the same path in process for the breakdown
//   (e) selecting a key until its details show its 30 days of usage (every key has 30 days
//       of counts, every tenth a refusal a day too: 3.3 million usage rows)
//   (f) ordering the whole list by name in the store, (g) the status filter, (h) the
//       attention bar's two store queries, each until the first page is filled
// Runs under QT_QPA_PLATFORM=offscreen unless a platform is set.

#include "client/localbackend.h"
#include "core/keytext.h"
#include "core/usage.h"
#include "models/keyfilterproxymodel.h"
#include "models/keytablemodel.h"
#include "ui/attentionbar.h"
#include "ui/keydetailspanel.h"
#include "ui/keyspage.h"
#include "ui/mainwindow.h"
#include "ui/translations.h"

#include <QApplication>
#include <QComboBox>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <memory>

using namespace latchkey;

namespace {

constexpr int kKeys = 100000;
constexpr int kUsageDays = 30;
constexpr qint64 kDayMs = 24LL * 3600 * 1000;

double ms(qint64 ns)
{
    return double(ns) / 1e6;
}

/// Resident memory of this process in MB (VmRSS from /proc/self/status), or -1.
double residentMb()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    return -1;
}

/// Runs the event loop until \p done, without the 10 ms naps of QTest::qWaitFor.
bool spinUntil(const std::function<bool()> &done, int timeoutMs = 60000)
{
    QTimer wake; // so WaitForMoreEvents always returns soon
    wake.start(1);
    QElapsedTimer t;
    t.start();
    while (!done()) {
        if (t.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents);
    }
    return true;
}

void report(const char *what, double value, double target, const char *unit)
{
    std::printf("%-58s %9.1f %-2s  target < %5.0f %-2s  ratio %.2f  %s\n", what, value, unit,
                target, unit, value / target, value < target ? "ok" : "OVER");
    std::fflush(stdout);
}

/// Launches the real dashboard on \p dataDir and times it until its first window is exposed.
double launchToFirstWindowMs(const QString &dataDir, const QString &configDir)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LATCHKEY_STARTUP_PROBE"), QStringLiteral("1"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), configDir); // no saved session to resume
    if (!env.contains(QStringLiteral("QT_QPA_PLATFORM")))
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    p.setProcessEnvironment(env);
    QElapsedTimer t;
    t.start();
    p.start(QStringLiteral(LATCHKEY_BINARY),
            {QStringLiteral("--sandbox"), QStringLiteral("--data-dir"), dataDir});
    p.setReadChannel(QProcess::StandardError); // the probe's line goes to stderr
    QByteArray err;
    while (!err.contains("first window shown")) {
        const bool more = p.waitForReadyRead(30000);
        err += p.readAllStandardError();
        if (!more && p.state() == QProcess::NotRunning)
            break;
    }
    const double elapsed = ms(t.nsecsElapsed());
    if (!p.waitForFinished(30000))
        p.kill();
    if (!err.contains("first window shown"))
        qFatal("bench: %s never showed its window: %s", LATCHKEY_BINARY, err.constData());
    return elapsed;
}

void seed(const QString &dir)
{
    auto opened = client::LocalBackend::open(dir);
    if (!opened.ok())
        qFatal("bench: %s", qPrintable(opened.error().message));
    Store &store = (*opened)->store();
    const QString ws = store.workspaces()->constFirst().id;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    // Straight into the store in one transaction, as bench_core does: 100 000 audited creates
    // would measure fsync, not the dashboard.
    const Status s = store.transaction([&]() -> Status {
        for (int i = 0; i < kKeys; ++i) {
            const QByteArray text = KeyText::generate(KeyType::Secret, Environment::Test);
            ApiKeyRecord k;
            k.id = QStringLiteral("key_bench%1").arg(i);
            k.workspaceId = ws;
            k.environment = Environment::Test;
            k.name = QStringLiteral("Bench %1").arg(i);
            k.prefix = KeyText::prefix(KeyType::Secret, k.environment);
            k.last4 = KeyText::last4(text);
            k.hash = KeyText::hash(text);
            k.scopes = {QStringLiteral("service.forms.*"), QStringLiteral("service.bookings.read")};
            k.createdAt = now - i;
            k.createdBy = QStringLiteral("bench");
            if (i % 1000 == 0) // 100 keys for the attention bar and the Expiring filter
                k.expiresAt = now + 3 * kDayMs;
            if (Status st = store.insertKey(k); !st.ok())
                return st;
        }
        return success();
    });
    if (!s.ok())
        qFatal("bench: %s", qPrintable(s.error().message));
    // 30 days of usage for every key, as flushes write it, a transaction per 5 000 keys.
    const qint64 today = usageDay(now);
    for (int first = 0; first < kKeys; first += 5000) {
        QList<UsageCount> counts;
        for (int i = first; i < std::min(kKeys, first + 5000); ++i) {
            const QString id = QStringLiteral("key_bench%1").arg(i);
            for (qint64 day = today - kUsageDays + 1; day <= today; ++day) {
                counts.append({id, day, QStringLiteral("allowed"), 100 + (i + day) % 50});
                if (i % 10 == 0)
                    counts.append({id, day, QStringLiteral("rate_limited"), 1 + day % 7});
            }
        }
        if (Status st = store.recordUsage({}, counts, std::nullopt); !st.ok())
            qFatal("bench: %s", qPrintable(st.error().message));
    }
}

} // namespace

int main(int argc, char **argv)
{
    QElapsedTimer processClock;
    processClock.start();
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    ui::installTranslations(app, QStringLiteral("en")); // English plurals, as the dashboard has
    const qint64 appStartNs = processClock.nsecsElapsed();

    QStandardPaths::setTestModeEnabled(true);
    QTemporaryDir settingsDir;
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsDir.path());

    QTemporaryDir dataDir;
    QElapsedTimer t;
    t.start();
    seed(dataDir.path());
    std::printf("seeded %d keys in one transaction in %.0f ms (platform %s)\n", kKeys,
                ms(t.nsecsElapsed()), qPrintable(QGuiApplication::platformName()));
    std::printf("resident before opening the sandbox: %.1f MB\n\n", residentMb());

    // (d) and (a, window): open the pre-seeded sandbox, build and show the window.
    t.restart();
    auto opened = client::LocalBackend::open(dataDir.path());
    if (!opened.ok())
        qFatal("bench: %s", qPrintable(opened.error().message));
    std::unique_ptr<client::LocalBackend> backend = std::move(opened).value();
    const qint64 openedNs = t.nsecsElapsed();
    auto window = std::make_unique<ui::MainWindow>(*backend);
    window->resize(1200, 760);
    ui::KeysPage *page = window->secretKeysPage();
    models::KeyTableModel *model = page->model();
    qint64 filledNs = -1;
    QObject::connect(model, &models::KeyTableModel::pageLoaded, model, [&] {
        if (filledNs < 0 && model->rowCount() > 0)
            filledNs = t.nsecsElapsed();
    });
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()))
        qFatal("bench: the window was never exposed");
    const qint64 exposedNs = t.nsecsElapsed();
    if (!spinUntil([&] { return filledNs >= 0; }))
        qFatal("bench: the first page never came");
    spinUntil([&] { return backend->pending() == 0; });
    const double rssLoaded = residentMb();

    // (a, model alone): a fresh key table model on the same backend.
    double modelOnlyMs = -1;
    {
        QElapsedTimer m;
        m.start();
        models::KeyTableModel alone(*backend, KeyType::Secret);
        alone.setWorkspace(window->workspaceId(), Environment::Test);
        if (spinUntil([&] { return !alone.isLoading() && alone.rowCount() > 0; }))
            modelOnlyMs = ms(m.nsecsElapsed());
    }

    // (b) one keystroke in the filter line edit.
    auto *filter = page->findChild<QLineEdit *>(QStringLiteral("keyFilterEdit"));
    if (!filter)
        qFatal("bench: no keyFilterEdit");
    const int loadedRows = model->rowCount();
    qint64 searchedNs = -1;
    QElapsedTimer k;
    QObject::connect(model, &models::KeyTableModel::pageLoaded, model, [&] {
        if (searchedNs < 0 && model->nameFilter() == QLatin1String("7"))
            searchedNs = k.nsecsElapsed();
    });
    // When the debounce fired: polled between events (the view may also fetch more pages
    // when the filtered rows no longer fill it, so the backend's busy signal is no marker).
    qint64 searchStartNs = -1;
    filter->setFocus();
    k.start();
    QTest::keyClick(filter, Qt::Key_7);
    const qint64 proxyNs = k.nsecsElapsed(); // the proxy filters synchronously on textChanged
    QCoreApplication::processEvents();       // and the view repaints
    const qint64 proxySettledNs = k.nsecsElapsed();
    const int proxyRows = page->proxy()->rowCount();
    if (!spinUntil([&] {
            if (searchStartNs < 0 && model->nameFilter() == QLatin1String("7"))
                searchStartNs = k.nsecsElapsed();
            return searchedNs >= 0 && !model->isLoading();
        }))
        qFatal("bench: the backend search never answered");

    // Back to every key before the store-side measurements.
    filter->clear();
    spinUntil([&] { return model->nameFilter().isEmpty() && !model->isLoading(); });
    spinUntil([&] { return backend->pending() == 0; });

    // (e) selecting a key until its details show its usage.
    ui::KeyDetailsPanel *details = page->details();
    bool usageShown = false;
    QObject::connect(details, &ui::KeyDetailsPanel::usageShown, details,
                     [&] { usageShown = true; });
    QElapsedTimer e;
    e.start();
    page->view()->setCurrentIndex(page->proxy()->index(3, 0));
    spinUntil([&] { return usageShown; });
    const double detailsMs = usageShown ? ms(e.nsecsElapsed()) : -1;
    // What was timed: the panel's title and the chart's summary of the 30 days it drew.
    const auto *title = details->findChild<QLabel *>(QStringLiteral("detailsTitle"));
    const auto *usage = details->findChild<QLabel *>(QStringLiteral("usageSummary"));
    const QString detailsSummary = (title ? title->text() : QStringLiteral("(no title)")) +
                                   QStringLiteral(" | ") +
                                   (usage ? usage->text() : QStringLiteral("(no usage)"));

    // (f) the whole list ordered by name in the store: until the first page is back.
    const auto firstPageMs = [&](const std::function<void()> &change) {
        QElapsedTimer f;
        bool filled = false;
        const auto c = QObject::connect(model, &models::KeyTableModel::pageLoaded, model,
                                        [&] { filled = filled || model->rowCount() > 0; });
        f.start();
        change();
        spinUntil([&] { return filled; });
        QObject::disconnect(c);
        const double took = filled ? ms(f.nsecsElapsed()) : -1;
        spinUntil([&] { return backend->pending() == 0; });
        return took;
    };
    const double byNameMs = firstPageMs([&] {
        page->view()->horizontalHeader()->setSortIndicator(models::KeyTableModel::NameColumn,
                                                           Qt::AscendingOrder);
    });
    const QString firstByName = model->key(0) ? model->key(0)->name : QString();
    const double byLastUsedMs = firstPageMs([&] {
        page->view()->horizontalHeader()->setSortIndicator(models::KeyTableModel::LastUsedColumn,
                                                           Qt::DescendingOrder);
    });
    // (g) only the expiring keys (100 of them).
    auto *status = page->findChild<QComboBox *>(QStringLiteral("statusFilterCombo"));
    const double expiringMs =
        firstPageMs([&] { status->setCurrentIndex(status->findData(int(KeyStatus::Expiring))); });
    const int expiringRows = model->rowCount();
    // (h) the attention bar's two queries, until both answered.
    bool refreshed = false;
    QObject::connect(page->attention(), &ui::AttentionBar::refreshed, page,
                     [&] { refreshed = true; });
    QElapsedTimer h;
    h.start();
    page->refreshAttention();
    spinUntil([&] { return refreshed; });
    const double attentionMs = refreshed ? ms(h.nsecsElapsed()) : -1;

    std::printf("Dashboard with %d secret test keys (LocalBackend, %s)\n", kKeys,
                qPrintable(QGuiApplication::platformName()));
    report("(a) KeyTableModel constructed -> first page filled", modelOnlyMs, 300, "ms");
    report("(a) MainWindow constructed -> first page filled", ms(filledNs - openedNs), 300, "ms");
    report("(b) filter keystroke: local proxy (keyClick returns)", ms(proxyNs), 50, "ms");
    report("(b) filter keystroke: local proxy + repaint settled", ms(proxySettledNs), 50, "ms");
    std::printf("    proxy rows %d of %d loaded; backend search: %d rows on its first page\n",
                proxyRows, loadedRows, model->rowCount());
    std::printf("    (b') keystroke -> debounced backend search answered: %.1f ms "
                "(the debounce fired after %.1f ms; the backend search itself %.1f ms)\n",
                ms(searchedNs), ms(searchStartNs), ms(searchedNs - searchStartNs));
    report("(c) resident memory after loading (VmRSS)", rssLoaded, 200, "MB");
    report("(e) select a key -> its details and 30 days of usage shown", detailsMs, 100, "ms");
    std::printf("    details say: %s\n", qPrintable(detailsSummary.left(160)));
    report("(f) order by name in the store -> first page", byNameMs, 300, "ms");
    std::printf("    first by name: %s\n", qPrintable(firstByName));
    report("(f) order by last use in the store -> first page", byLastUsedMs, 300, "ms");
    report("(g) status filter Expiring -> first page", expiringMs, 300, "ms");
    std::printf("    expiring rows on the first page: %d (100 seeded)\n", expiringRows);
    report("(h) attention bar: both store queries answered", attentionMs, 300, "ms");
    std::printf("    attention names %d expiring and %d old keys\n",
                int(page->attention()->expiring().size()), int(page->attention()->old().size()));
    QList<double> launches;
    for (int i = 0; i < 5; ++i)
        launches << launchToFirstWindowMs(dataDir.path(), settingsDir.path());
    std::sort(launches.begin(), launches.end());
    report("(d) start-up to first window shown (latchkey binary, median)", launches.at(2), 500,
           "ms");
    std::printf("    5 launches: %.1f %.1f %.1f %.1f %.1f ms\n", launches.at(0), launches.at(1),
                launches.at(2), launches.at(3), launches.at(4));
    report("(d) the same path in process", ms(appStartNs) + ms(exposedNs), 500, "ms");
    std::printf("    = QApplication %.1f ms + open sandbox %.1f ms + MainWindow/show/expose "
                "%.1f ms\n",
                ms(appStartNs), ms(openedNs), ms(exposedNs - openedNs));

    window.reset();
    spinUntil([&] { return backend->pending() == 0; }, 10000);
    return 0;
}
