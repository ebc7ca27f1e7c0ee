// SPDX-License-Identifier: MIT
#pragma once
// Throttling of password guesses (SECURITY.md, "Rules"). An attempt is counted when it
// arrives, before its password is checked, so a hundred parallel guesses get no more tries than
// five serial ones. A success releases only its own attempt: it clears nobody's failures.
//
// Two counts, both over a sliding window (15 minutes):
// - per email and source address: 5 attempts that did not succeed. This is what a guesser
//   meets first.
// - per email over every source: 20. This caps a guesser who spreads over many addresses.
//   A source that signed in to this email within the last 30 days is exempt from this cap
//   (never from its own count), so a stranger who exhausts it cannot lock the owner out from
//   an address the owner has used before; a new address waits out the window.
//
// In memory, per latchkeyd process; safe to call from several threads.

#include <QHash>
#include <QList>
#include <QString>

#include <mutex>

namespace latchkey {

struct SignInPolicy
{
    int perSource = 5;
    int perEmail = 20;
    qint64 windowMs = 15LL * 60 * 1000;
    qint64 trustedForMs = 30LL * 24 * 3600 * 1000;
};

class SignInThrottle
{
public:
    using Policy = SignInPolicy;

    explicit SignInThrottle(const Policy &policy = Policy());

    /// Counts an attempt for \p email from \p source at \p nowMs. Returns its ticket (> 0), or
    /// 0 when the attempt must not be checked; then \p retryAfterSeconds says when to try again.
    quint64 reserve(const QString &email, const QString &source, qint64 nowMs,
                    int *retryAfterSeconds = nullptr);
    /// The password was right: the attempt no longer counts, and \p source is trusted for
    /// \p email. A wrong password needs no call: the attempt stays counted as a failure.
    void succeeded(const QString &email, const QString &source, quint64 ticket, qint64 nowMs);
    /// Seconds until \p email may be tried from \p source again (0: now).
    int retryAfter(const QString &email, const QString &source, qint64 nowMs);

    const Policy &policy() const { return m_policy; }

private:
    struct Entry
    {
        qint64 at;
        QString source;
        quint64 ticket;
    };
    struct PerEmail
    {
        QList<Entry> attempts;          // within the window, oldest first
        QHash<QString, qint64> trusted; // source → last successful sign-in
    };
    static QString normalised(const QString &email);
    void prune(PerEmail &e, qint64 nowMs) const;
    int waitLocked(PerEmail &e, const QString &source, qint64 nowMs) const; // 0: may try now

    Policy m_policy;
    std::mutex m_mutex;
    QHash<QString, PerEmail> m_emails;
    quint64 m_lastTicket = 0;
    int m_reservesSinceSweep = 0;
};

} // namespace latchkey
