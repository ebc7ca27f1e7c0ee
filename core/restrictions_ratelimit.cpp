// SPDX-License-Identifier: MIT
// Rate limits and the in-memory rate limiter (16 mutex-guarded shards).
#include "restrictions_p.h"

namespace latchkey {

using namespace restrictions_detail;

// ---------------------------------------------------------------------------------------------
// Rate limits

bool RateLimit::noLooserThan(const RateLimit &bound) const
{
    // limit / window <= bound.limit / bound.window, in integers (both factors < 2^31).
    return limit <= bound.limit && qint64(limit) * bound.window <= qint64(bound.limit) * window;
}

Result<RateLimit> RateLimit::make(qint64 limit, qint64 window)
{
    if (limit < 1 || limit > 1'000'000'000)
        return ApiError::invalidRequest(
            QStringLiteral("rate_limit.limit"),
            tr("The rate limit must allow from 1 to 1000000000 requests per window."));
    if (window < 1 || window > 86'400)
        return ApiError::invalidRequest(
            QStringLiteral("rate_limit.window"),
            tr("The rate-limit window must be from 1 to 86400 seconds (one day)."));
    return RateLimit{int(limit), int(window)};
}

namespace {
qint64 floorDiv(qint64 a, qint64 b)
{
    const qint64 q = a / b;
    return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q;
}
} // namespace

RateLimiter::Shard &RateLimiter::shardFor(const QString &keyId)
{
    return m_shards[qHash(keyId) % m_shards.size()];
}

RateLimitDecision RateLimiter::hit(const QString &keyId, const RateLimit &limit, qint64 nowMs)
{
    RateLimitDecision d;
    if (limit.limit <= 0 || limit.window <= 0)
        return d; // not a limit RateLimit::make() would give: nothing to count against

    const qint64 nowSec = floorDiv(nowMs, 1000);
    const qint64 start = floorDiv(nowSec, limit.window) * limit.window;
    const qint64 end = start + limit.window;
    d.limit = limit.limit;

    Shard &shard = shardFor(keyId);
    std::lock_guard lock(shard.mutex);
    if (shard.counters.size() >= shard.sweepAt) {
        std::erase_if(shard.counters,
                      [nowSec](const auto &entry) { return entry.second.windowEnd <= nowSec; });
        shard.sweepAt = std::max<std::size_t>(1024, shard.counters.size() * 2);
    }
    Counter &c = shard.counters[keyId];
    // A caller whose clock reading is a little older than another's counts in the newer
    // window, so a window boundary never lets more than the limit through.
    if (start > c.windowStart || c.windowEnd - c.windowStart != limit.window) {
        c.windowStart = start;
        c.windowEnd = end;
        c.count = 0;
    }
    d.resetUnix = c.windowEnd;
    if (c.count < limit.limit) {
        ++c.count;
        d.allowed = true;
        d.remaining = limit.limit - c.count;
        return d;
    }
    d.allowed = false;
    d.remaining = 0;
    const qint64 untilEndMs = c.windowEnd * 1000 - nowMs;
    d.retryAfter = int(std::max<qint64>(1, (untilEndMs + 999) / 1000));
    return d;
}

void RateLimiter::forget(const QString &keyId)
{
    Shard &shard = shardFor(keyId);
    std::lock_guard lock(shard.mutex);
    shard.counters.erase(keyId);
}

void RateLimiter::clear()
{
    for (Shard &shard : m_shards) {
        std::lock_guard lock(shard.mutex);
        shard.counters.clear();
        shard.sweepAt = 1024;
    }
}

} // namespace latchkey
