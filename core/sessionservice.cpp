// SPDX-License-Identifier: MIT
#include "sessionservice.h"

#include "crypto.h"

#include <QDateTime>

namespace latchkey {

namespace {
ApiError invalidCredentials()
{
    ApiError e =
        ApiError::unauthenticated(SessionService::tr("The email or password is not correct."));
    e.code = QStringLiteral("invalid_credentials");
    return e;
}

// A constant hash to check against when the email is unknown, so both cases take as long.
const QByteArray &decoyHash()
{
    static const QByteArray h = crypto::hashPassword(QStringLiteral("decoy-password"));
    return h;
}
} // namespace

SessionService::SessionService(Store &store, Clock clock)
    : m_store(store)
    , m_clock(clock ? std::move(clock) : Clock([] { return QDateTime::currentMSecsSinceEpoch(); }))
{}

int SessionService::throttledFor(const QString &email, const QString &source)
{
    return m_throttle.retryAfter(email, source, m_clock());
}

Result<SignedIn> SessionService::signIn(const QString &email, const QString &password,
                                        const QString &source)
{
    auto attempt = beginSignIn(email, source);
    if (!attempt.ok())
        return attempt.error();
    return finishSignIn(*attempt, checkPassword(*attempt, password));
}

Result<SessionService::Attempt> SessionService::beginSignIn(const QString &email,
                                                            const QString &source)
{
    // Counted now, before the slow password check: parallel guesses queue behind the count.
    int wait = 0;
    const quint64 ticket = m_throttle.reserve(email, source, m_clock(), &wait);
    if (ticket == 0) {
        ApiError e = ApiError::rateLimitExceeded();
        e.message = tr("Too many failed sign-ins for this email. Try again in %n second(s).",
                       nullptr, wait);
        return e;
    }
    auto user = m_store.userByEmail(email.trimmed());
    if (!user.ok())
        return user.error(); // the attempt stays counted: a store failure is no free guess
    return Attempt{email.trimmed().toLower(), source, ticket, *user};
}

bool SessionService::checkPassword(const Attempt &attempt, const QString &password)
{
    return checkPassword(storedHash(attempt), password);
}

bool SessionService::checkPassword(const QByteArray &storedHash, const QString &password)
{
    const bool known = storedHash.startsWith("pbkdf2");
    const bool match = crypto::verifyPassword(password, known ? storedHash : decoyHash());
    return match && known;
}

QByteArray SessionService::storedHash(const Attempt &attempt)
{
    if (!attempt.user)
        return {};
    const QByteArray &h = attempt.user->passwordHash;
    return QByteArray(h.constData(), h.size()); // a deep copy: nothing shared across threads
}

Result<SignedIn> SessionService::openSession(const UserRecord &user)
{
    SignedIn out;
    out.user = user;
    out.token = "lks_" + crypto::randomBase62(40);
    const qint64 now = m_clock();
    out.session.id = crypto::randomId(u"ses_");
    out.session.userId = out.user.id;
    out.session.tokenHash = crypto::sha256(out.token);
    out.session.createdAt = now;
    out.session.lastSeen = now;
    out.session.expiresAt = now + kAbsoluteLifetimeMs;
    Status s = m_store.transaction([&]() -> Status {
        if (Status w = m_store.insertSession(out.session); !w.ok())
            return w;
        auto memberships = m_store.membershipsOfUser(out.user.id);
        if (!memberships.ok())
            return memberships.error();
        for (const MembershipRecord &m : *memberships) {
            AuditRecord r;
            r.workspaceId = m.workspaceId;
            r.actor = out.user.email;
            r.action = QStringLiteral("session.created");
            r.target = out.session.id;
            r.createdAt = now;
            auto appended = m_store.appendAudit(r);
            if (!appended.ok())
                return appended.error();
        }
        return success();
    });
    if (!s.ok()) {
        crypto::wipe(out.token);
        return s.error();
    }
    return out;
}

Result<SignedIn> SessionService::finishSignIn(const Attempt &attempt, bool passwordOk)
{
    if (!passwordOk || !attempt.user)
        return invalidCredentials(); // the attempt stays counted, as a failure
    const QString email = attempt.email;
    auto out = openSession(*attempt.user);
    if (!out.ok())
        return out.error();
    const qint64 now = out->session.createdAt;
    // Releases this attempt alone: a success clears nobody else's failures.
    m_throttle.succeeded(email, attempt.source, attempt.ticket, now);
    return out;
}

Result<Authenticated> SessionService::authenticate(QByteArrayView token)
{
    auto expired = [] {
        return ApiError::unauthenticated(tr("Your session has ended. Sign in again."));
    };
    if (!token.startsWith("lks_") || token.size() != 44)
        return ApiError::unauthenticated(tr("The session token is not valid. Sign in again."));
    auto session = m_store.sessionByTokenHash(crypto::sha256(token));
    if (!session.ok())
        return session.error();
    if (!session->has_value())
        return ApiError::unauthenticated(tr("The session token is not valid. Sign in again."));
    SessionRecord s = **session;
    const qint64 now = m_clock();
    if (s.revokedAt || now >= s.expiresAt || now - s.lastSeen >= kIdleTimeoutMs)
        return expired();
    auto user = m_store.user(s.userId);
    if (!user.ok())
        return user.error();
    if (!user->has_value())
        return expired();
    // Keep the idle clock moving, but write at most once a minute per session.
    if (now - s.lastSeen > 60000) {
        if (Status t = m_store.touchSession(s.id, now); !t.ok())
            return t.error();
        s.lastSeen = now;
    }
    return Authenticated{s, **user};
}

Status SessionService::signOut(const QString &sessionId)
{
    return m_store.revokeSession(sessionId, m_clock());
}

Status SessionService::changePassword(const Authenticated &who, const QString &current,
                                      const QString &next)
{
    if (!checkPassword(who.user.passwordHash, current)) {
        ApiError e = ApiError::unauthenticated(tr("The current password is not correct."));
        e.code = QStringLiteral("invalid_credentials");
        e.param = QStringLiteral("current_password");
        return e;
    }
    return storePassword(who.user, next, who.session.id, who.user.email);
}

Status SessionService::resetPassword(const QString &email, const QString &next,
                                     const QString &actorDisplay)
{
    auto user = m_store.userByEmail(email.trimmed().toLower());
    if (!user.ok())
        return user.error();
    if (!user->has_value())
        return ApiError::notFound(tr("No user with the email %1.").arg(email.left(254)));
    return storePassword(**user, next, QString(), actorDisplay);
}

Status SessionService::storePassword(const UserRecord &user, const QString &next,
                                     const QString &keepSessionId, const QString &actorDisplay)
{
    if (Status s = checkNewPassword(next, QStringLiteral("new_password")); !s.ok())
        return s;
    const QByteArray hash = crypto::hashPassword(next);
    const qint64 now = m_clock();
    return m_store.transaction([&]() -> Status {
        if (Status w = m_store.updatePasswordHash(user.id, hash); !w.ok())
            return w;
        if (Status w = m_store.revokeSessionsOfUser(user.id, keepSessionId, now); !w.ok())
            return w;
        auto memberships = m_store.membershipsOfUser(user.id);
        if (!memberships.ok())
            return memberships.error();
        for (const MembershipRecord &m : *memberships) {
            AuditRecord r;
            r.workspaceId = m.workspaceId;
            r.actor = actorDisplay;
            r.action = QStringLiteral("password.changed");
            r.target = user.id;
            r.details = {{QStringLiteral("email"), user.email},
                         {QStringLiteral("other_sessions_ended"), true}};
            r.createdAt = now;
            auto appended = m_store.appendAudit(r);
            if (!appended.ok())
                return appended.error();
        }
        return success();
    });
}

Status SessionService::checkNewPassword(const QString &password, const QString &param)
{
    if (password.size() < kMinPasswordLength)
        return ApiError::invalidRequest(
            param, tr("Choose a password of at least %1 characters.").arg(kMinPasswordLength));
    return success();
}

} // namespace latchkey
