// SPDX-License-Identifier: MIT
// Crash safety: a bounded create/revoke load on several connections against a real latchkeyd,
// SIGKILL at a random point in the middle of it, a restart on the same store (a SQLite file;
// a throwaway PostgreSQL cluster), and then: every create that was answered 201 exists, every
// revoke that was answered 200 still holds (verify → 401), keys never revoked still verify,
// each acknowledged change has its audit record, and the audit hash chain is intact.
#include "harness.h"
#include "pgcluster.h"
#include "rawhttp.h"

#include <QJsonArray>
#include <QRandomGenerator>
#include <QSet>

#include <csignal>

using namespace latchkey;
using namespace latchkey::testing;

namespace {
const QByteArray kPassword = "crash password 12345";
const QString kEmail = QStringLiteral("owner@crash.test");
constexpr int kConnections = 6;
constexpr int kMaxOperations = 400; // the load is bounded even if the kill never came
} // namespace

class TestCrash : public QObject
{
    Q_OBJECT

private:
    void crashAndRecover(Latchkeyd &d);

private slots:
    void sqlite();
    void postgresql();
};

void TestCrash::crashAndRecover(Latchkeyd &d)
{
    QByteArray out;
    QCOMPARE(d.init(kEmail, kPassword, &out), 0);
    QVERIFY2(d.start(), d.logs().constData());
    Http http;
    http.base = d.url;
    const HttpResult s = http.post(QStringLiteral("/v1/sessions"),
                                   {{QStringLiteral("email"), kEmail},
                                    {QStringLiteral("password"), QString::fromUtf8(kPassword)}});
    QCOMPARE(s.status, 200);
    const QByteArray token = s.data().value(QLatin1String("token")).toString().toLatin1();
    http.token = token;

    // The load: each connection creates a key, revokes every other one, and goes on.
    struct Key
    {
        QByteArray id, secret;
        bool revokeSent = false, revokeAcked = false;
    };
    QMap<QByteArray, Key> acked; // id → key, for every create answered 201
    QList<QByteArray> expectingOn[kConnections];
    int operations = 0, acknowledged = 0, unexpected = 0;
    const int killAfter = int(QRandomGenerator::global()->bounded(40, 200));
    qInfo("SIGKILL after %d acknowledged operations", killAfter);
    bool killed = false;
    const QByteArray createBody = R"({"name":"crash","scopes":["service.forms.submit"]})";

    std::vector<std::unique_ptr<AsyncConnection>> conns;
    std::function<void(int)> next;
    next = [&](int i) {
        if (killed || operations >= kMaxOperations)
            return;
        ++operations;
        // Every other operation revokes an acknowledged key that is not being revoked yet.
        QByteArray revokeId;
        if (operations % 2 == 0) {
            for (auto it = acked.begin(); it != acked.end(); ++it)
                if (!it->revokeSent) {
                    revokeId = it.key();
                    break;
                }
        }
        if (!revokeId.isEmpty()) {
            acked[revokeId].revokeSent = true;
            expectingOn[i].append("DELETE " + revokeId);
            conns[size_t(i)]->send(httpRequest("DELETE", "/v1/api-keys/" + revokeId, {}, token));
        } else {
            expectingOn[i].append("POST");
            conns[size_t(i)]->send(httpRequest("POST", "/v1/api-keys", createBody, token));
        }
    };
    for (int i = 0; i < kConnections; ++i) {
        conns.push_back(std::make_unique<AsyncConnection>(QUrl(d.url)));
        QVERIFY(conns.back()->waitConnected());
        conns.back()->onResponse = [&, i](const RawResponse &r) {
            if (killed || expectingOn[i].isEmpty())
                return;
            const QByteArray what = expectingOn[i].takeFirst();
            if (what == "POST" && r.status == 201) {
                const QJsonObject data = r.json.value(QLatin1String("data")).toObject();
                Key k;
                k.id = data.value(QLatin1String("id")).toString().toLatin1();
                k.secret = data.value(QLatin1String("secret")).toString().toLatin1();
                acked.insert(k.id, k);
                ++acknowledged;
            } else if (what.startsWith("DELETE ") && r.status == 200) {
                acked[what.mid(7)].revokeAcked = true;
                ++acknowledged;
            } else {
                ++unexpected;
                qWarning("unexpected answer %d to %s: %s", r.status, what.constData(),
                         r.body.constData());
            }
            if (acknowledged >= killAfter && !killed) {
                killed = true;
                ::kill(pid_t(d.process.processId()), SIGKILL);
                return;
            }
            next(i);
        };
    }
    for (int i = 0; i < kConnections; ++i)
        next(i);
    QTRY_VERIFY_WITH_TIMEOUT(killed || operations >= kMaxOperations, 60000);
    QVERIFY2(killed, "the load ended before the kill");
    QVERIFY(d.process.state() == QProcess::NotRunning || d.process.waitForFinished(15000));
    QCOMPARE(d.process.exitStatus(), QProcess::CrashExit);
    QCOMPARE(unexpected, 0);
    int inFlight = 0;
    for (const auto &e : expectingOn)
        inFlight += int(e.size());
    qInfo("killed with %d acknowledged operations (%d keys) and %d in flight", acknowledged,
          int(acked.size()), inFlight);
    conns.clear();

    // Restart on the same store.
    QVERIFY2(d.start(), d.logs().constData());
    http.base = d.url;
    int revokedChecked = 0, liveChecked = 0;
    for (const Key &k : std::as_const(acked)) {
        const HttpResult g = http.get(QStringLiteral("/v1/api-keys/") + QString::fromLatin1(k.id));
        QVERIFY2(g.status == 200, (k.id + ": " + g.body).constData());
        const bool revokedInStore = !g.data().value(QLatin1String("revoked_at")).isNull();
        const HttpResult v = http.send("POST", QStringLiteral("/v1/verify"),
                                       R"({"key":")" + k.secret + R"("})", {}, false);
        if (k.revokeAcked) {
            QVERIFY2(revokedInStore, k.id.constData());
            QVERIFY2(v.status == 401, (k.id + ": " + v.body).constData());
            ++revokedChecked;
        } else if (!k.revokeSent) {
            QVERIFY2(!revokedInStore, k.id.constData());
            QVERIFY2(v.status == 200, (k.id + ": " + v.body).constData());
            ++liveChecked;
        } else {
            // The revoke was in flight at the kill: either outcome, but store and verify agree.
            QCOMPARE(v.status == 401, revokedInStore);
        }
    }
    QVERIFY(revokedChecked > 0);
    QVERIFY(liveChecked > 0);

    // Every acknowledged change has its audit record…
    QSet<QString> created, revoked;
    QString after;
    for (int page = 0; page < 100; ++page) {
        const HttpResult a =
            http.get(QStringLiteral("/v1/audit-events?limit=100") +
                     (after.isEmpty() ? QString() : QStringLiteral("&starting_after=") + after));
        QCOMPARE(a.status, 200);
        const QJsonArray items = a.json.value(QLatin1String("data")).toArray();
        for (const QJsonValue &v : items) {
            const QJsonObject e = v.toObject();
            const QString action = e.value(QLatin1String("action")).toString();
            const QString target = e.value(QLatin1String("target")).toString();
            if (action == QLatin1String("api_key.created"))
                created << target;
            else if (action == QLatin1String("api_key.revoked"))
                revoked << target;
            after = e.value(QLatin1String("id")).toString();
        }
        if (!a.json.value(QLatin1String("has_more")).toBool())
            break;
    }
    for (const Key &k : std::as_const(acked)) {
        QVERIFY2(created.contains(QString::fromLatin1(k.id)), k.id.constData());
        if (k.revokeAcked)
            QVERIFY2(revoked.contains(QString::fromLatin1(k.id)), k.id.constData());
    }
    // …and the chain is intact.
    const HttpResult chain = http.get(QStringLiteral("/v1/audit-events/verify"));
    QCOMPARE(chain.status, 200);
    QVERIFY2(chain.data().value(QLatin1String("intact")).toBool(), chain.body.constData());
    QVERIFY(chain.data().value(QLatin1String("checked")).toInt() >= int(acked.size()));
    // The restarted server takes writes again.
    QCOMPARE(
        http.post(QStringLiteral("/v1/api-keys"),
                  {{QStringLiteral("name"), QStringLiteral("after")},
                   {QStringLiteral("scopes"), QJsonArray{QStringLiteral("service.forms.submit")}}})
            .status,
        201);
    QCOMPARE(d.terminate(), 0);
}

void TestCrash::sqlite()
{
    Latchkeyd d;
    crashAndRecover(d);
}

void TestCrash::postgresql()
{
    PgCluster pg;
    QVERIFY2(pg.start(), qPrintable(pg.error));
    QVERIFY2(pg.createDatabase(QStringLiteral("crash")), qPrintable(pg.error));
    Latchkeyd d(pg.url(QStringLiteral("crash")));
    crashAndRecover(d);
}

QTEST_GUILESS_MAIN(TestCrash)
#include "tst_crash.moc"
