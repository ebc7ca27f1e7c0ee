// SPDX-License-Identifier: MIT
// The request log: every line from every thread arrives, whole and in each thread's order,
// and the destructor writes what is still waiting. Runs under ThreadSanitizer too.
#include "server/requestlog.h"

#include <QTest>

#include <atomic>
#include <mutex>
#include <thread>
#include <vector>

using latchkey::server::RequestLog;

class TestRequestLog : public QObject
{
    Q_OBJECT

private slots:
    void everyLineArrivesWholeAndInOrder()
    {
        constexpr int kThreads = 4;
        constexpr int kLines = 5000;
        QByteArray written;
        std::atomic<int> batches = 0; // counted by the writer's thread, read here
        int unfinished = 0;           // batches that do not end with a whole line
        {
            // A long interval: the lines go out because much is waiting, and at the end.
            RequestLog log(
                [&](const QByteArray &lines) {
                    unfinished += lines.endsWith('\n') ? 0 : 1;
                    written += lines;
                    ++batches;
                },
                std::chrono::milliseconds(10000));
            std::vector<std::thread> threads;
            for (int t = 0; t < kThreads; ++t)
                threads.emplace_back([&log, t] {
                    for (int i = 0; i < kLines; ++i)
                        log.append("thread " + QByteArray::number(t) + " line " +
                                   QByteArray::number(i) + " GET /v1/auth 204");
                });
            for (std::thread &t : threads)
                t.join();
            // Far more is waiting than a buffer holds: the writer was woken for it, long before
            // the interval ends (however busy the machine, and however the threads were
            // scheduled, it writes within these seconds, not after ten).
            QTRY_VERIFY2_WITH_TIMEOUT(batches.load() >= 1,
                                      "a full buffer wakes the writer before the interval ends",
                                      5000);
        }
        QCOMPARE(unfinished, 0);
        const QList<QByteArray> lines = written.split('\n');
        QCOMPARE(lines.size(), kThreads * kLines + 1); // and the empty piece after the last '\n'
        QVERIFY(lines.last().isEmpty());
        QList<int> next(kThreads, 0);
        for (qsizetype i = 0; i + 1 < lines.size(); ++i) {
            const QList<QByteArray> words = lines[i].split(' ');
            QCOMPARE(words.size(), 7);
            const int t = words[1].toInt();
            QCOMPARE(words[3].toInt(), next[t]++);
        }
    }

    void linesGoOutWithinTheInterval()
    {
        std::mutex mutex;
        QByteArray written;
        RequestLog log(
            [&](const QByteArray &lines) {
                std::lock_guard lock(mutex);
                written += lines;
            },
            std::chrono::milliseconds(20));
        log.append("GET /v1/auth 204");
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                std::lock_guard lock(mutex);
                return written == "GET /v1/auth 204\n";
            }(),
            5000);
    }

    void piecesAreWholeLinesOfBoundedSize()
    {
        const QByteArray lines = "aaaa\nbbbb\ncc\n" + QByteArray(12, 'x') + "\nd\n";
        const QList<QByteArrayView> pieces = RequestLog::pieces(lines, 10);
        QStringList seen;
        for (const QByteArrayView p : pieces)
            seen.append(QString::fromLatin1(p.toByteArray()));
        QCOMPARE(seen, QStringList({QStringLiteral("aaaa\nbbbb\n"), QStringLiteral("cc\n"),
                                    QStringLiteral("xxxxxxxxxxxx\n"), QStringLiteral("d\n")}));
        QVERIFY(RequestLog::pieces(QByteArray(), 10).isEmpty());
        QCOMPARE(RequestLog::pieces("short\n", 4096).size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestRequestLog)
#include "tst_requestlog.moc"
