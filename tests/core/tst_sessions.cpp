// SPDX-License-Identifier: MIT
// Member sessions: PBKDF2 passwords, lks_ tokens stored only as hashes, idle and absolute
// expiry, sign-out, throttling of repeated failures for one email, and audit records.
#include "core/crypto.h"
#include "core/sessionservice.h"
#include "core/signinthrottle.h"
#include "fixture.h"

#include <QTest>

using namespace latchkey;
using namespace latchkey::testing;

namespace {
const QString kPassword = QStringLiteral("a long and careful passphrase");

struct SessionWorld
{
    Fixture f;
    SessionService sessions{*f.store, f.clock};
    SessionWorld()
    {
        WorkspaceService spaces(*f.store, f.clock);
        auto init = spaces.init(QStringLiteral("Shop"), QStringLiteral("dev@shop.test"), kPassword,
                                {QStringLiteral("forms")});
        if (!init.ok())
            qFatal("%s", qPrintable(init.error().message));
    }
};
} // namespace

class TestSessions : public QObject
{
    Q_OBJECT

private slots:
    void passwordHashing_data();
    void passwordHashing();
    void signInIssuesAHashedToken();
    void wrongPasswordAndUnknownEmailLookTheSame();
    void repeatedFailuresAreThrottled();
    void attemptsAreCountedBeforeTheCheck();
    void aSuccessReleasesOnlyItsOwnAttempt();
    void aStrangerCannotLockTheOwnerOut();
    void theThrottleForgetsOldAttempts();
    void idleAndAbsoluteExpiry();
    void signOutEndsTheSession();
    void malformedTokensAreRefused_data();
    void malformedTokensAreRefused();
};

void TestSessions::passwordHashing_data()
{
    QTest::addColumn<QByteArray>("encoded");
    QTest::addColumn<QString>("password");
    QTest::addColumn<bool>("ok");
    const QByteArray good = crypto::hashPassword(QStringLiteral("hunter2"), 1000);
    QTest::newRow("right") << good << "hunter2" << true;
    QTest::newRow("wrong") << good << "hunter3" << false;
    QTest::newRow("empty-password") << good << "" << false;
    QTest::newRow("garbage") << QByteArray("nonsense") << "hunter2" << false;
    QTest::newRow("other-scheme") << QByteArray(good).replace("pbkdf2-sha256", "md5") << "hunter2"
                                  << false;
    QTest::newRow("zero-iterations") << QByteArray("pbkdf2-sha256$0$AAAA$AAAA") << "x" << false;
    QTest::newRow("disabled-account") << QByteArray("!") << "" << false;
}

void TestSessions::passwordHashing()
{
    QFETCH(QByteArray, encoded);
    QFETCH(QString, password);
    QFETCH(bool, ok);
    QCOMPARE(crypto::verifyPassword(password, encoded), ok);
}

void TestSessions::signInIssuesAHashedToken()
{
    SessionWorld w;
    // The default cost is the issue's minimum.
    const QByteArray stored =
        (*w.f.store->userByEmail(QStringLiteral("dev@shop.test")))->passwordHash;
    QVERIFY(stored.startsWith("pbkdf2-sha256$600000$"));
    auto in = w.sessions.signIn(QStringLiteral("DEV@shop.test "), kPassword);
    QVERIFY2(in.ok(), qPrintable(in.ok() ? QString() : in.error().message));
    QVERIFY(in->token.startsWith("lks_"));
    QCOMPARE(in->token.size(), 44);
    QCOMPARE(in->session.tokenHash, crypto::sha256(in->token));
    QCOMPARE(in->session.expiresAt, w.f.now + SessionService::kAbsoluteLifetimeMs);
    auto who = w.sessions.authenticate(in->token);
    QVERIFY(who.ok());
    QCOMPARE(who->user.email, QStringLiteral("dev@shop.test"));
    const QByteArray raw = w.f.rawFileBytes();
    QVERIFY(!raw.contains(in->token.mid(4)));
    QVERIFY(!raw.contains(kPassword.toUtf8()));
    ListQuery q;
    q.workspaceId = (*w.f.store->membershipsOfUser(in->user.id)).first().workspaceId;
    q.limit = 10;
    const auto audit = w.f.store->listAudit(q);
    QCOMPARE(audit->items.first().action, QStringLiteral("session.created"));
    QCOMPARE(audit->items.first().actor, QStringLiteral("dev@shop.test"));
}

void TestSessions::wrongPasswordAndUnknownEmailLookTheSame()
{
    SessionWorld w;
    auto wrong = w.sessions.signIn(QStringLiteral("dev@shop.test"), QStringLiteral("nope"));
    auto unknown = w.sessions.signIn(QStringLiteral("ghost@shop.test"), kPassword);
    QVERIFY(!wrong.ok() && !unknown.ok());
    QCOMPARE(wrong.error().status, 401);
    QCOMPARE(wrong.error().code, QStringLiteral("invalid_credentials"));
    QCOMPARE(unknown.error().code, wrong.error().code);
    QCOMPARE(unknown.error().message, wrong.error().message);
    // The sandbox owner has no password and can never sign in.
    auto sandbox = w.sessions.signIn(QStringLiteral("owner@acme.test"), QString());
    QCOMPARE(sandbox.error().code, QStringLiteral("invalid_credentials"));
}

void TestSessions::repeatedFailuresAreThrottled()
{
    SessionWorld w;
    for (int i = 0; i < SessionService::kMaxFailures; ++i)
        QCOMPARE(w.sessions.signIn(QStringLiteral("dev@shop.test"), QStringLiteral("bad"))
                     .error()
                     .status,
                 401);
    auto throttled = w.sessions.signIn(QStringLiteral("dev@shop.test"), kPassword);
    QCOMPARE(throttled.error().status, 429);
    QCOMPARE(throttled.error().code, QStringLiteral("rate_limit_exceeded"));
    QVERIFY(w.sessions.throttledFor(QStringLiteral("dev@shop.test")) > 0);
    QCOMPARE(w.sessions.throttledFor(QStringLiteral("other@shop.test")), 0);
    w.f.now += SessionService::kFailureWindowMs;
    QCOMPARE(w.sessions.throttledFor(QStringLiteral("dev@shop.test")), 0);
    QVERIFY(w.sessions.signIn(QStringLiteral("dev@shop.test"), kPassword).ok());
}

void TestSessions::attemptsAreCountedBeforeTheCheck()
{
    // Five attempts begun, none finished (their passwords still being hashed elsewhere): the
    // sixth is refused before any password is looked at, even the right one.
    SessionWorld w;
    const QString email = QStringLiteral("dev@shop.test");
    QList<SessionService::Attempt> inFlight;
    for (int i = 0; i < SessionService::kMaxFailures; ++i) {
        auto a = w.sessions.beginSignIn(email, QStringLiteral("198.51.100.7"));
        QVERIFY(a.ok());
        inFlight << *a;
    }
    auto sixth = w.sessions.beginSignIn(email, QStringLiteral("198.51.100.7"));
    QVERIFY(!sixth.ok());
    QCOMPARE(sixth.error().status, 429);
    QVERIFY(w.sessions.throttledFor(email, QStringLiteral("198.51.100.7")) > 0);
    // The right password inside the burst: still the sixth attempt.
    QCOMPARE(w.sessions.signIn(email, kPassword, QStringLiteral("198.51.100.7")).error().status,
             429);
    for (const auto &a : inFlight)
        QCOMPARE(w.sessions.finishSignIn(a, false).error().status, 401);
}

void TestSessions::aSuccessReleasesOnlyItsOwnAttempt()
{
    SessionWorld w;
    const QString email = QStringLiteral("dev@shop.test");
    const QString here = QStringLiteral("203.0.113.9");
    for (int i = 0; i < SessionService::kMaxFailures - 1; ++i)
        QCOMPARE(w.sessions.signIn(email, QStringLiteral("bad"), here).error().status, 401);
    QVERIFY(w.sessions.signIn(email, kPassword, here).ok());
    // The four failures still count: one more, then the limit.
    QCOMPARE(w.sessions.signIn(email, QStringLiteral("bad"), here).error().status, 401);
    QCOMPARE(w.sessions.signIn(email, kPassword, here).error().status, 429);
}

void TestSessions::aStrangerCannotLockTheOwnerOut()
{
    SessionWorld w;
    const QString email = QStringLiteral("dev@shop.test");
    const QString home = QStringLiteral("192.0.2.10");
    QVERIFY(w.sessions.signIn(email, kPassword, home).ok()); // the owner's usual address
    // A guesser spread over many addresses: five guesses from each until the email's cap.
    const SignInThrottle::Policy policy;
    int guesses = 0, refused = 0;
    for (int source = 0; source < 10; ++source) {
        const QString from = QStringLiteral("198.51.100.%1").arg(source);
        for (int i = 0; i < policy.perSource + 1; ++i, ++guesses)
            if (w.sessions.signIn(email, QStringLiteral("guess"), from).error().status == 401)
                ++refused;
    }
    QCOMPARE(refused, policy.perEmail); // no more checked guesses than the email's cap
    // A new address must wait the window out; the owner's usual address is not locked out.
    QCOMPARE(w.sessions.signIn(email, kPassword, QStringLiteral("192.0.2.99")).error().status, 429);
    QVERIFY(w.sessions.signIn(email, kPassword, home).ok());
    // But the usual address has its own count like any other.
    for (int i = 0; i < policy.perSource; ++i)
        QCOMPARE(w.sessions.signIn(email, QStringLiteral("bad"), home).error().status, 401);
    QCOMPARE(w.sessions.signIn(email, kPassword, home).error().status, 429);
}

void TestSessions::theThrottleForgetsOldAttempts()
{
    qint64 now = 1'800'000'000'000;
    SignInThrottle t;
    const auto &p = t.policy();
    for (int i = 0; i < p.perSource; ++i, now += 1000)
        QVERIFY(t.reserve(QStringLiteral("a@b.test"), QStringLiteral("s"), now) != 0);
    int wait = 0;
    QCOMPARE(t.reserve(QStringLiteral("A@B.test "), QStringLiteral("s"), now, &wait), 0u);
    // The oldest attempt leaves the window first: that is when one more may come.
    QCOMPARE(wait, int((p.windowMs - p.perSource * 1000) / 1000));
    QCOMPARE(t.retryAfter(QStringLiteral("a@b.test"), QStringLiteral("s"), now), wait);
    QCOMPARE(t.retryAfter(QStringLiteral("a@b.test"), QStringLiteral("other"), now), 0);
    now += wait * 1000LL;
    QVERIFY(t.reserve(QStringLiteral("a@b.test"), QStringLiteral("s"), now) != 0);
    QVERIFY(t.reserve(QStringLiteral("a@b.test"), QStringLiteral("s"), now) == 0);
}

void TestSessions::idleAndAbsoluteExpiry()
{
    SessionWorld w;
    auto in = w.sessions.signIn(QStringLiteral("dev@shop.test"), kPassword);
    QVERIFY(in.ok());
    // Activity keeps it alive…
    for (int i = 0; i < 5; ++i) {
        w.f.now += SessionService::kIdleTimeoutMs - 60'000;
        QVERIFY(w.sessions.authenticate(in->token).ok());
    }
    // …until the absolute limit.
    w.f.now = in->session.createdAt + SessionService::kAbsoluteLifetimeMs;
    QCOMPARE(w.sessions.authenticate(in->token).error().status, 401);

    auto second = w.sessions.signIn(QStringLiteral("dev@shop.test"), kPassword);
    QVERIFY(second.ok());
    w.f.now += SessionService::kIdleTimeoutMs;
    auto idle = w.sessions.authenticate(second->token);
    QCOMPARE(idle.error().status, 401);
    QCOMPARE(idle.error().code, QStringLiteral("invalid_session"));
}

void TestSessions::signOutEndsTheSession()
{
    SessionWorld w;
    auto in = w.sessions.signIn(QStringLiteral("dev@shop.test"), kPassword);
    QVERIFY(w.sessions.signOut(in->session.id).ok());
    QCOMPARE(w.sessions.authenticate(in->token).error().code, QStringLiteral("invalid_session"));
}

void TestSessions::malformedTokensAreRefused_data()
{
    QTest::addColumn<QByteArray>("token");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("wrong-prefix") << QByteArray("sk_test_") + QByteArray(36, 'a');
    QTest::newRow("short") << QByteArray("lks_abc");
    QTest::newRow("unknown") << QByteArray("lks_") + QByteArray(40, 'a');
    QTest::newRow("nul") << QByteArray("lks_") + QByteArray(39, 'a') + '\0';
}

void TestSessions::malformedTokensAreRefused()
{
    QFETCH(QByteArray, token);
    SessionWorld w;
    auto r = w.sessions.authenticate(token);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().status, 401);
}

QTEST_GUILESS_MAIN(TestSessions)
#include "tst_sessions.moc"
