// SPDX-License-Identifier: MIT
#pragma once
// Member sessions for the dashboard (SPEC §3 POST /v1/sessions): passwords checked with
// PBKDF2-HMAC-SHA256, tokens `lks_…` random and stored only as their SHA-256, idle and absolute
// expiry, sign-out, and throttling of repeated failed sign-ins for one email.

#include "result.h"
#include "store.h"

#include <QHash>
#include <functional>
#include <mutex>

namespace latchkey {

struct SignedIn
{
    SessionRecord session;
    UserRecord user;
    QByteArray token; ///< "lks_…", returned once; only its hash is stored
};

struct Authenticated
{
    SessionRecord session;
    UserRecord user;
};

class SessionService
{
    Q_DECLARE_TR_FUNCTIONS(SessionService)

public:
    using Clock = std::function<qint64()>;

    static constexpr qint64 kIdleTimeoutMs = 8LL * 3600 * 1000;           ///< 8 h without a call
    static constexpr qint64 kAbsoluteLifetimeMs = 7LL * 24 * 3600 * 1000; ///< 7 days at most
    static constexpr int kMaxFailures = 5;                                ///< per email and window
    static constexpr qint64 kFailureWindowMs = 15LL * 60 * 1000;

    explicit SessionService(Store &store, Clock clock = {});

    /// 401 invalid_credentials for a wrong email or password (the same answer for both);
    /// 429 rate_limit_exceeded after kMaxFailures failures for the email within the window.
    /// Slow on purpose (PBKDF2, 600 000 iterations). A server splits it in three so the slow
    /// part runs off the thread that owns the store: begin → checkPassword → finish.
    Result<SignedIn> signIn(const QString &email, const QString &password);

    struct Attempt
    {
        QString email;
        std::optional<UserRecord> user;
    };
    /// On the store's thread: the throttle check and the user look-up.
    Result<Attempt> beginSignIn(const QString &email);
    /// On any thread: the slow, constant-work password check (unknown users too).
    static bool checkPassword(const Attempt &attempt, const QString &password);
    /// The same against the stored hash alone; an empty hash (no such user) checks a decoy.
    static bool checkPassword(const QByteArray &storedHash, const QString &password);
    /// What checkPassword() needs of \p attempt, as a fresh copy sharing no data with it, so a
    /// worker thread may own and free it.
    static QByteArray storedHash(const Attempt &attempt);
    /// On the store's thread: records a failure, or creates the session and its audit records.
    Result<SignedIn> finishSignIn(const Attempt &attempt, bool passwordOk);
    /// 401 invalid_session when the token is unknown, revoked, idle too long or too old.
    Result<Authenticated> authenticate(QByteArrayView token);
    Status signOut(const QString &sessionId);

    /// Seconds until the email may try again (0 when not throttled).
    int throttledFor(const QString &email);

private:
    void recordFailure(const QString &email);

    Store &m_store;
    Clock m_clock;
    std::mutex m_failuresMutex;
    QHash<QString, QList<qint64>> m_failures; // email → failure times within the window
};

} // namespace latchkey
