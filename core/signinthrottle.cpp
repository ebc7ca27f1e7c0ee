// SPDX-License-Identifier: MIT
#include "signinthrottle.h"

#include <QtGlobal>

namespace latchkey {

SignInThrottle::SignInThrottle(const Policy &policy)
    : m_policy(policy)
{}

QString SignInThrottle::normalised(const QString &email)
{
    return email.trimmed().toLower();
}

void SignInThrottle::prune(PerEmail &e, qint64 nowMs) const
{
    e.attempts.removeIf([&](const Entry &a) { return nowMs - a.at >= m_policy.windowMs; });
    e.trusted.removeIf([&](const QHash<QString, qint64>::iterator &it) {
        return nowMs - it.value() >= m_policy.trustedForMs;
    });
}

int SignInThrottle::waitLocked(PerEmail &e, const QString &source, qint64 nowMs) const
{
    prune(e, nowMs);
    const auto secondsUntilLeaves = [&](qint64 at) {
        return int(qMax<qint64>(1, (at + m_policy.windowMs - nowMs + 999) / 1000));
    };
    QList<qint64> fromSource;
    for (const Entry &a : std::as_const(e.attempts))
        if (a.source == source)
            fromSource.append(a.at);
    // Blocked until enough of the counted attempts leave the window to make room for one.
    if (fromSource.size() >= m_policy.perSource)
        return secondsUntilLeaves(fromSource.at(fromSource.size() - m_policy.perSource));
    if (!e.trusted.contains(source) && e.attempts.size() >= m_policy.perEmail)
        return secondsUntilLeaves(e.attempts.at(e.attempts.size() - m_policy.perEmail).at);
    return 0;
}

quint64 SignInThrottle::reserve(const QString &email, const QString &source, qint64 nowMs,
                                int *retryAfterSeconds)
{
    std::lock_guard lock(m_mutex);
    // Now and then, forget emails whose attempts all left the window (guesses spread over
    // many made-up emails must not grow this without bound).
    if (++m_reservesSinceSweep >= 4096) {
        m_reservesSinceSweep = 0;
        for (auto it = m_emails.begin(); it != m_emails.end();) {
            prune(*it, nowMs);
            it = it->attempts.isEmpty() && it->trusted.isEmpty() ? m_emails.erase(it) : ++it;
        }
    }
    PerEmail &e = m_emails[normalised(email)];
    const int wait = waitLocked(e, source, nowMs);
    if (retryAfterSeconds)
        *retryAfterSeconds = wait;
    if (wait > 0)
        return 0;
    const quint64 ticket = ++m_lastTicket;
    e.attempts.append(Entry{nowMs, source, ticket});
    return ticket;
}

void SignInThrottle::succeeded(const QString &email, const QString &source, quint64 ticket,
                               qint64 nowMs)
{
    std::lock_guard lock(m_mutex);
    PerEmail &e = m_emails[normalised(email)];
    e.attempts.removeIf([&](const Entry &a) { return a.ticket == ticket; });
    e.trusted.insert(source, nowMs);
}

int SignInThrottle::retryAfter(const QString &email, const QString &source, qint64 nowMs)
{
    std::lock_guard lock(m_mutex);
    auto it = m_emails.find(normalised(email));
    if (it == m_emails.end())
        return 0;
    const int wait = waitLocked(*it, source, nowMs);
    if (it->attempts.isEmpty() && it->trusted.isEmpty())
        m_emails.erase(it);
    return wait;
}

} // namespace latchkey
