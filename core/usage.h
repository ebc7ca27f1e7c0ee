// SPDX-License-Identifier: MIT
#pragma once
// Key usage: how many verifies of each key were allowed, and refused by which code, per UTC
// day (docs/api.md, "Usage"). The verify path counts in memory with a few relaxed atomics and
// no SQL; Verifier::flushUsage() writes the counts in batches, like last-used times, and the
// store keeps kUsageRetentionDays of them.

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

#include <array>
#include <atomic>
#include <mutex>
#include <optional>

namespace latchkey {

/// How a verify of a known key ended. Unknown and malformed keys belong to no key and are not
/// counted. The names are the API's error codes, and "allowed".
enum class UsageOutcome : quint8
{
    Allowed,
    InvalidApiKey, ///< revoked or expired
    ServiceInactive,
    OriginNotAllowed,
    IpNotAllowed,
    EndpointNotAllowed,
    InsufficientScope,
    RateLimitExceeded,
};
inline constexpr int kUsageOutcomeCount = 8;
inline constexpr int kUsageRetentionDays = 90;
inline constexpr qint64 kDayMs = 86'400'000;

QLatin1StringView usageOutcomeName(UsageOutcome outcome);
/// The outcome of an error code a verify gives, or nothing for codes no key is counted for.
std::optional<UsageOutcome> usageOutcomeOf(QStringView errorCode);

/// Days since 1970-01-01 in UTC.
inline qint64 usageDay(qint64 ms)
{
    return ms >= 0 ? ms / kDayMs : (ms - kDayMs + 1) / kDayMs;
}
QDate usageDate(qint64 day);

/// One stored count: \p count verifies of \p keyId on \p day ended in \p outcome.
struct UsageCount
{
    QString keyId;
    qint64 day = 0;
    QString outcome; ///< usageOutcomeName()
    qint64 count = 0;
};

/// A key's last use as the verifier saw it, for the store.
struct KeyUse
{
    QString keyId;
    qint64 at = 0;
    QString ip; ///< the caller's address, as sent to verify; may be empty
};

/// One day of a key's usage report.
struct UsageDay
{
    QDate date;
    qint64 allowed = 0;
    QHash<QString, qint64> refused; ///< error code -> count
    qint64 refusedTotal() const;
};

/// A key's usage over its last \c days.size() days, oldest first, every day present.
struct UsageReport
{
    QString keyId;
    QList<UsageDay> days;
    /// Builds the report for the days ending with \p today from stored counts.
    static UsageReport fromCounts(const QString &keyId, qint64 today, int dayCount,
                                  const QList<UsageCount> &counts);
};

/// A key's counters in memory, shared by every cache entry of the key so that an edit or a
/// revoke (which drops the entry) loses nothing. count() and used() are the verify path:
/// relaxed atomics only, and a lock only when the caller's address changes. The rest is for
/// the one flushing thread.
class KeyUsage
{
public:
    explicit KeyUsage(QString keyId, qint64 lastUsed)
        : m_keyId(std::move(keyId))
        , m_lastUsed(lastUsed)
        , m_flushedLastUsed(lastUsed)
    {}
    const QString &keyId() const { return m_keyId; }

    void count(UsageOutcome outcome, qint64 nowMs)
    {
        const qint64 day = usageDay(nowMs);
        Slot &slot = m_slots[size_t(day & 1)];
        if (slot.day.load(std::memory_order_relaxed) != day)
            slot.day.store(day, std::memory_order_relaxed);
        slot.counts[size_t(outcome)].fetch_add(1, std::memory_order_relaxed);
    }
    void used(qint64 nowMs, QStringView ip)
    {
        qint64 prev = m_lastUsed.load(std::memory_order_relaxed);
        while (prev < nowMs &&
               !m_lastUsed.compare_exchange_weak(prev, nowMs, std::memory_order_relaxed)) {
        }
        const size_t h = qHash(ip);
        if (m_ipHash.load(std::memory_order_relaxed) != h) {
            std::lock_guard lock(m_ipMutex);
            m_ip = ip.left(100).toString();
            m_ipHash.store(h, std::memory_order_relaxed);
        }
    }
    qint64 lastUsed() const { return m_lastUsed.load(std::memory_order_relaxed); }

    /// What changed since the last markFlushed(): appends to \p uses and \p counts.
    void pending(QList<KeyUse> &uses, QList<UsageCount> &counts);
    /// After the store took what pending() gave.
    void markFlushed();
    /// Nothing counted since the last markFlushed().
    bool idle() const;

private:
    struct Slot
    {
        std::atomic<qint64> day{-1};
        std::array<std::atomic<quint64>, kUsageOutcomeCount> counts{};
    };
    const QString m_keyId;
    std::atomic<qint64> m_lastUsed;
    std::array<Slot, 2> m_slots; // today and yesterday, by the day's parity
    std::atomic<size_t> m_ipHash{0};
    std::mutex m_ipMutex;
    QString m_ip; // guarded by m_ipMutex

    // The flushing thread's own: what the store has.
    std::array<std::array<quint64, kUsageOutcomeCount>, 2> m_flushed{};
    qint64 m_flushedLastUsed = 0;
    // What pending() last reported, for markFlushed().
    std::array<std::array<quint64, kUsageOutcomeCount>, 2> m_pending{};
    std::array<qint64, 2> m_pendingDay{-1, -1};
    qint64 m_pendingLastUsed = 0;
};

} // namespace latchkey
