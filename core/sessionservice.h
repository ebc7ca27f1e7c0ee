// SPDX-License-Identifier: MIT
#pragma once
// Member sessions for the dashboard (POST /v1/sessions): passwords checked with
// PBKDF2-HMAC-SHA256, tokens `lks_…` random and stored only as their SHA-256, idle and absolute
// expiry, sign-out, and throttling of repeated failed sign-ins for one email.

#include "result.h"
#include "signinthrottle.h"
#include "store.h"

#include <functional>

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

    static constexpr qint64 kIdleTimeoutMs = 8LL * 3600 * 1000;             ///< 8 h without a call
    static constexpr qint64 kAbsoluteLifetimeMs = 7LL * 24 * 3600 * 1000;   ///< 7 days at most
    static constexpr int kMaxFailures = SignInThrottle::Policy().perSource; ///< per email+source
    static constexpr qint64 kFailureWindowMs = SignInThrottle::Policy().windowMs;
    static constexpr int kMinPasswordLength = 12; ///< new passwords (docs/teams.md)
    /// 400 invalid_request naming \p param when \p password is too short to be a new one.
    static Status checkNewPassword(const QString &password, const QString &param);

    explicit SessionService(Store &store, Clock clock = {});

    /// 401 invalid_credentials for a wrong email or password (the same answer for both);
    /// 429 rate_limit_exceeded when SignInThrottle refuses the attempt (kMaxFailures attempts
    /// for the email from \p source within the window, or too many from every source).
    /// Slow on purpose (PBKDF2, 600 000 iterations). A server splits it in three so the slow
    /// part runs off the thread that owns the store: begin → checkPassword → finish.
    Result<SignedIn> signIn(const QString &email, const QString &password,
                            const QString &source = {});

    struct Attempt
    {
        QString email;
        QString source;     ///< the client's address, as the throttle counts it
        quint64 ticket = 0; ///< the throttle's count of this attempt
        std::optional<UserRecord> user;
    };
    /// On the store's thread: counts the attempt (before any password is checked) and looks the
    /// user up. \p source is the client's address as the server's own socket saw it.
    Result<Attempt> beginSignIn(const QString &email, const QString &source = {});
    /// On any thread: the slow, constant-work password check (unknown users too).
    static bool checkPassword(const Attempt &attempt, const QString &password);
    /// The same against the stored hash alone; an empty hash (no such user) checks a decoy.
    static bool checkPassword(const QByteArray &storedHash, const QString &password);
    /// What checkPassword() needs of \p attempt, as a fresh copy sharing no data with it, so a
    /// worker thread may own and free it.
    static QByteArray storedHash(const Attempt &attempt);
    /// On the store's thread: records a failure, or creates the session and its audit records.
    Result<SignedIn> finishSignIn(const Attempt &attempt, bool passwordOk);
    /// A new session for \p user, whose identity the caller has proved (a password checked,
    /// an invitation accepted); audited as session.created in each of the user's workspaces.
    Result<SignedIn> openSession(const UserRecord &user);
    /// 401 invalid_session when the token is unknown, revoked, idle too long or too old.
    Result<Authenticated> authenticate(QByteArrayView token);
    /// The signed-in user changes their password: \p current checked (401
    /// invalid_credentials), \p next at least 12 characters (400); every other session of
    /// the user ends. Audited as password.changed in each of the user's workspaces.
    Status changePassword(const Authenticated &who, const QString &current, const QString &next);
    /// An operator sets \p email's password (`latchkeyd passwd`, a lost password): every
    /// session of the user ends. Audited as password.changed by \p actorDisplay in each of the
    /// user's workspaces.
    Status resetPassword(const QString &email, const QString &next, const QString &actorDisplay);
    Status signOut(const QString &sessionId);

    /// Seconds until the email may be tried from \p source again (0 when not throttled).
    int throttledFor(const QString &email, const QString &source = {});

private:
    Status storePassword(const UserRecord &user, const QString &next, const QString &keepSessionId,
                         const QString &actorDisplay);
    Store &m_store;
    Clock m_clock;
    SignInThrottle m_throttle;
};

} // namespace latchkey
