// SPDX-License-Identifier: MIT
// Races on one latchkeyd (SQLite): once DELETE /v1/api-keys/{id} has answered, no verify that
// started afterwards succeeds, while several connections hammer verify and forward-auth for
// that key; and a rate limit of N per window lets exactly N calls through when 32 clients
// call at once; 100 parallel sign-ins with wrong passwords get no more guesses than 5 serial
// ones, and a success clears nobody's failures. Nothing here asserts a duration: only the
// order of events on one clock.
#include "harness.h"
#include "rawhttp.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>

using namespace latchkey;
using namespace latchkey::testing;

namespace {
const QByteArray kPassword = "races password 12345";
const QString kEmail = QStringLiteral("owner@races.test");
const QString kOtherEmail = QStringLiteral("second@races.test");

QByteArray signInRequest(const QString &email, const QByteArray &password)
{
    const QByteArray body =
        QJsonDocument(QJsonObject{{QStringLiteral("email"), email},
                                  {QStringLiteral("password"), QString::fromUtf8(password)}})
            .toJson(QJsonDocument::Compact);
    return httpRequest("POST", "/v1/sessions", body);
}
} // namespace

class TestRaces : public QObject
{
    Q_OBJECT

private:
    Latchkeyd d;
    Http http;
    QUrl base;
    QElapsedTimer clock;

    std::pair<QByteArray, QByteArray> createKey(const QJsonObject &extra = {})
    {
        QJsonObject body{
            {QStringLiteral("name"), QStringLiteral("race")},
            {QStringLiteral("scopes"), QJsonArray{QStringLiteral("service.forms.submit")}}};
        for (auto it = extra.begin(); it != extra.end(); ++it)
            body.insert(it.key(), it.value());
        const HttpResult r = http.post(QStringLiteral("/v1/api-keys"), body);
        if (r.status != 201)
            qWarning("create failed: %s", r.body.constData());
        return {r.data().value(QLatin1String("id")).toString().toLatin1(),
                r.data().value(QLatin1String("secret")).toString().toLatin1()};
    }

private slots:
    void initTestCase();
    void noVerifySucceedsAfterRevokeAnswered_data();
    void noVerifySucceedsAfterRevokeAnswered();
    void rateLimitLetsExactlyNThrough_data();
    void rateLimitLetsExactlyNThrough();
    void parallelSignInsGetNoMoreGuesses();
    void aSuccessClearsNobodysFailures();
    void cleanupTestCase();
};

void TestRaces::initTestCase()
{
    clock.start();
    QCOMPARE(d.init(kEmail, kPassword), 0);
    QCOMPARE(d.init(kOtherEmail, kPassword, nullptr,
                    {QStringLiteral("--workspace"), QStringLiteral("Second")}),
             0);
    QVERIFY2(d.start(), d.logs().constData());
    base = QUrl(d.url);
    http.base = d.url;
    const HttpResult s = http.post(QStringLiteral("/v1/sessions"),
                                   {{QStringLiteral("email"), kEmail},
                                    {QStringLiteral("password"), QString::fromUtf8(kPassword)}});
    QCOMPARE(s.status, 200);
    http.token = s.data().value(QLatin1String("token")).toString().toLatin1();
}

void TestRaces::noVerifySucceedsAfterRevokeAnswered_data()
{
    QTest::addColumn<bool>("forwardAuth");
    QTest::addColumn<int>("connections");
    QTest::newRow("verify-8") << false << 8;
    QTest::newRow("forward-auth-8") << true << 8;
    QTest::newRow("mixed-16") << true << 16;
}

void TestRaces::noVerifySucceedsAfterRevokeAnswered()
{
    QFETCH(bool, forwardAuth);
    QFETCH(int, connections);
    const auto [id, secret] = createKey();
    QVERIFY(!secret.isEmpty());

    struct Call
    {
        qint64 started = 0;
        int status = 0;
    };
    QList<Call> calls;
    qint64 revokeAnswered = -1;
    int revokeStatus = 0;
    int afterRevoke = 0;
    bool stop = false;
    int open = connections;

    const QByteArray verifyRequest = httpRequest(
        "POST", "/v1/verify", R"({"key":")" + secret + R"(","scope":"service.forms.submit"})");
    const QByteArray authRequest =
        httpRequest("GET", "/v1/auth", {}, secret, {"X-Required-Scope: service.forms.submit"});
    std::vector<std::unique_ptr<AsyncConnection>> conns;
    // Per connection: the indices into calls of the requests still waiting for an answer.
    std::vector<QList<int>> pending(static_cast<size_t>(connections));
    for (int i = 0; i < connections; ++i) {
        conns.push_back(std::make_unique<AsyncConnection>(base));
        QVERIFY(conns.back()->waitConnected());
    }
    auto sendOne = [&](int i) {
        // Mixed rows alternate verify and forward-auth per connection.
        const bool useAuth = forwardAuth && (connections == 8 || i % 2 == 0);
        Call c;
        c.started = clock.nsecsElapsed();
        calls.append(c);
        pending[size_t(i)].append(int(calls.size() - 1));
        conns[size_t(i)]->send(useAuth ? authRequest : verifyRequest);
    };
    for (int i = 0; i < connections; ++i) {
        conns[size_t(i)]->onResponse = [&, i](const RawResponse &r) {
            const int index = pending[size_t(i)].takeFirst();
            calls[index].status = r.status;
            if (revokeAnswered >= 0 && calls[index].started > revokeAnswered)
                ++afterRevoke;
            if (!stop)
                sendOne(i);
            else
                --open;
        };
        sendOne(i);
    }
    // Let the hammer run, then revoke on its own connection.
    QTRY_VERIFY_WITH_TIMEOUT(calls.size() >= 150, 30000);
    AsyncConnection revoker(base);
    QVERIFY(revoker.waitConnected());
    revoker.onResponse = [&](const RawResponse &r) {
        revokeAnswered = clock.nsecsElapsed();
        revokeStatus = r.status;
    };
    revoker.send(httpRequest("DELETE", "/v1/api-keys/" + id, {}, http.token));
    QTRY_VERIFY_WITH_TIMEOUT(revokeAnswered >= 0, 30000);
    QCOMPARE(revokeStatus, 200);
    QTRY_VERIFY_WITH_TIMEOUT(afterRevoke >= 200, 30000);
    stop = true;
    QTRY_COMPARE_WITH_TIMEOUT(open, 0, 30000);

    int okBefore = 0, startedAfter = 0;
    for (const Call &c : calls) {
        QVERIFY2(c.status == 200 || c.status == 204 || c.status == 401,
                 QByteArray::number(c.status).constData());
        if (c.started > revokeAnswered) {
            ++startedAfter;
            QVERIFY2(c.status == 401,
                     qPrintable(QStringLiteral("a call that started %1 µs after the revoke was "
                                               "answered got %2")
                                    .arg((c.started - revokeAnswered) / 1000)
                                    .arg(c.status)));
        } else if (c.status != 401) {
            ++okBefore;
        }
    }
    QVERIFY2(okBefore >= 100, QByteArray::number(okBefore).constData());
    QVERIFY2(startedAfter >= 200, QByteArray::number(startedAfter).constData());
    // And a fresh connection sees it revoked too.
    QCOMPARE(rawExchange(base, verifyRequest).status, 401);
}

void TestRaces::rateLimitLetsExactlyNThrough_data()
{
    QTest::addColumn<int>("limit");
    QTest::addColumn<int>("perClient");
    QTest::newRow("1-per-window") << 1 << 2;
    QTest::newRow("25-per-window") << 25 << 3;
    QTest::newRow("64-per-window") << 64 << 4;
}

void TestRaces::rateLimitLetsExactlyNThrough()
{
    QFETCH(int, limit);
    QFETCH(int, perClient);
    constexpr int kClients = 32;
    // A day-long window: the count cannot restart in the middle (if the day turns over, the
    // answers name two windows and each is checked on its own).
    const auto [id, secret] =
        createKey({{QStringLiteral("rate_limit"), QJsonObject{{QStringLiteral("limit"), limit},
                                                              {QStringLiteral("window"), 86400}}}});
    QVERIFY(!secret.isEmpty());
    const QByteArray request = httpRequest("POST", "/v1/verify", R"({"key":")" + secret + R"("})");

    std::vector<std::unique_ptr<AsyncConnection>> conns;
    QList<RawResponse> answers;
    for (int i = 0; i < kClients; ++i) {
        conns.push_back(std::make_unique<AsyncConnection>(base));
        QVERIFY(conns.back()->waitConnected());
        conns.back()->onResponse = [&](const RawResponse &r) { answers.append(r); };
    }
    // Everybody at once: each client pipelines its calls in one write.
    for (auto &c : conns)
        c->send(request.repeated(perClient));
    QTRY_COMPARE_WITH_TIMEOUT(answers.size(), kClients * perClient, 30000);

    QMap<QByteArray, std::pair<int, int>> byWindow; // reset → (allowed, refused)
    for (const RawResponse &r : answers) {
        QVERIFY2(r.status == 200 || r.status == 429, r.body.constData());
        QCOMPARE(r.header("X-RateLimit-Limit"), QByteArray::number(limit));
        auto &counts = byWindow[r.header("X-RateLimit-Reset")];
        if (r.status == 200) {
            ++counts.first;
        } else {
            ++counts.second;
            QCOMPARE(r.code(), QStringLiteral("rate_limit_exceeded"));
            QVERIFY(!r.header("Retry-After").isEmpty());
        }
    }
    QVERIFY(byWindow.size() <= 2);
    for (auto it = byWindow.begin(); it != byWindow.end(); ++it)
        QVERIFY2(it->first <= limit, it.key().constData());
    if (byWindow.size() == 1)
        QCOMPARE(byWindow.first().first, limit);
    // The window is spent: one more call is refused.
    if (byWindow.size() == 1)
        QCOMPARE(rawExchange(base, request).status, 429);
}

void TestRaces::parallelSignInsGetNoMoreGuesses()
{
    // SECURITY.md, "Rules": an attempt is counted before its password is checked. Checked only on
    // arrival, 100 guesses in flight all reached the (slow) password check.
    constexpr int kGuesses = 100;
    std::vector<std::unique_ptr<AsyncConnection>> conns;
    QList<RawResponse> answers;
    for (int i = 0; i < kGuesses; ++i) {
        conns.push_back(std::make_unique<AsyncConnection>(base));
        QVERIFY(conns.back()->waitConnected());
        conns.back()->onResponse = [&](const RawResponse &r) { answers.append(r); };
    }
    for (int i = 0; i < kGuesses; ++i)
        conns[std::size_t(i)]->send(signInRequest(kOtherEmail, "guess " + QByteArray::number(i)));
    QTRY_COMPARE_WITH_TIMEOUT(answers.size(), kGuesses, 120000);
    int refused = 0, throttled = 0;
    for (const RawResponse &r : answers) {
        if (r.status == 401) {
            ++refused;
            QCOMPARE(r.code(), QStringLiteral("invalid_credentials"));
        } else {
            QCOMPARE(r.status, 429);
            QCOMPARE(r.code(), QStringLiteral("rate_limit_exceeded"));
            QVERIFY(r.header("Retry-After").toInt() > 0);
            ++throttled;
        }
    }
    QCOMPARE(refused, 5);
    QCOMPARE(throttled, kGuesses - 5);
    // The right password, now: the window's guesses are spent, so it is not even checked.
    const RawResponse right = rawExchange(base, signInRequest(kOtherEmail, kPassword));
    QCOMPARE(right.status, 429);
}

void TestRaces::aSuccessClearsNobodysFailures()
{
    // Four wrong guesses, then the owner signs in: the guesses still count, so one more wrong
    // guess is refused as usual and the next is throttled (before: the success cleared them).
    for (int i = 0; i < 4; ++i)
        QCOMPARE(rawExchange(base, signInRequest(kEmail, "wrong")).status, 401);
    QCOMPARE(rawExchange(base, signInRequest(kEmail, kPassword)).status, 200);
    QCOMPARE(rawExchange(base, signInRequest(kEmail, "wrong")).status, 401);
    const RawResponse r = rawExchange(base, signInRequest(kEmail, "wrong"));
    QCOMPARE(r.status, 429);
    QCOMPARE(r.code(), QStringLiteral("rate_limit_exceeded"));
}

void TestRaces::cleanupTestCase()
{
    QCOMPARE(d.process.state(), QProcess::Running);
    QCOMPARE(d.terminate(), 0);
}

QTEST_GUILESS_MAIN(TestRaces)
#include "tst_races.moc"
