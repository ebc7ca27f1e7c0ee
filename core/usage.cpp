// SPDX-License-Identifier: MIT
#include "usage.h"

namespace latchkey {

namespace {
constexpr std::array<QLatin1StringView, kUsageOutcomeCount> kOutcomeNames = {
    QLatin1StringView("allowed"),
    QLatin1StringView("invalid_api_key"),
    QLatin1StringView("service_inactive"),
    QLatin1StringView("origin_not_allowed"),
    QLatin1StringView("ip_not_allowed"),
    QLatin1StringView("endpoint_not_allowed"),
    QLatin1StringView("insufficient_scope"),
    QLatin1StringView("rate_limit_exceeded"),
};
} // namespace

QLatin1StringView usageOutcomeName(UsageOutcome outcome)
{
    return kOutcomeNames[size_t(outcome)];
}

std::optional<UsageOutcome> usageOutcomeOf(QStringView errorCode)
{
    for (size_t i = 1; i < kOutcomeNames.size(); ++i)
        if (errorCode == kOutcomeNames[i])
            return UsageOutcome(i);
    return std::nullopt;
}

QDate usageDate(qint64 day)
{
    return QDate(1970, 1, 1).addDays(day);
}

qint64 UsageDay::refusedTotal() const
{
    qint64 n = 0;
    for (qint64 c : refused)
        n += c;
    return n;
}

UsageReport UsageReport::fromCounts(const QString &keyId, qint64 today, int dayCount,
                                    const QList<UsageCount> &counts)
{
    UsageReport r;
    r.keyId = keyId;
    const qint64 first = today - dayCount + 1;
    r.days.resize(dayCount);
    for (int i = 0; i < dayCount; ++i)
        r.days[i].date = usageDate(first + i);
    for (const UsageCount &c : counts) {
        if (c.day < first || c.day > today || c.count <= 0)
            continue;
        UsageDay &d = r.days[qsizetype(c.day - first)];
        if (c.outcome == usageOutcomeName(UsageOutcome::Allowed))
            d.allowed += c.count;
        else
            d.refused[c.outcome] += c.count;
    }
    return r;
}

void KeyUsage::pending(QList<KeyUse> &uses, QList<UsageCount> &counts)
{
    m_pendingLastUsed = lastUsed();
    if (m_pendingLastUsed > m_flushedLastUsed) {
        std::lock_guard lock(m_ipMutex);
        uses.append({m_keyId, m_pendingLastUsed, m_ip});
    }
    for (size_t s = 0; s < m_slots.size(); ++s) {
        const Slot &slot = m_slots[s];
        m_pendingDay[s] = slot.day.load(std::memory_order_relaxed);
        for (size_t o = 0; o < size_t(kUsageOutcomeCount); ++o) {
            const quint64 now = slot.counts[o].load(std::memory_order_relaxed);
            m_pending[s][o] = now;
            if (now > m_flushed[s][o])
                counts.append({m_keyId, m_pendingDay[s], usageOutcomeName(UsageOutcome(o)),
                               qint64(now - m_flushed[s][o])});
        }
    }
}

void KeyUsage::markFlushed()
{
    m_flushed = m_pending;
    m_flushedLastUsed = m_pendingLastUsed;
}

bool KeyUsage::idle() const
{
    if (lastUsed() > m_flushedLastUsed)
        return false;
    for (size_t s = 0; s < m_slots.size(); ++s)
        for (size_t o = 0; o < size_t(kUsageOutcomeCount); ++o)
            if (m_slots[s].counts[o].load(std::memory_order_relaxed) != m_flushed[s][o])
                return false;
    return true;
}

} // namespace latchkey
