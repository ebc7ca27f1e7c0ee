// SPDX-License-Identifier: MIT
#pragma once
// latchkeyd's metrics in the Prometheus text exposition format (docs/operations.md,
// "Metrics"): requests by route and status, verify outcomes, a latency histogram, and the
// gauges the caller reads when scraped. Counting is a relaxed atomic increment into fixed
// arrays: no lock and no allocation per request, from any thread.

#include "router.h"

#include <QByteArray>
#include <QStringView>

#include <array>
#include <atomic>
#include <optional>

namespace latchkey::server {

class Metrics
{
public:
    /// Every Route, and one more for requests answered before or without a route (unknown
    /// path, wrong method, refused before routing).
    static constexpr int kRoutes = int(Route::Auth) + 2;
    static constexpr int kUnmatched = kRoutes - 1;
    /// Statuses 100 to 599 are counted one by one; anything else as 599.
    static constexpr int kFirstStatus = 100;
    static constexpr int kStatuses = 500;
    /// Upper bounds of the latency histogram's buckets, in nanoseconds (then +Inf).
    static constexpr std::array<qint64, 14> kBucketNs{
        500'000,      1'000'000,    2'500'000,    5'000'000,     10'000'000,
        25'000'000,   50'000'000,   100'000'000,  250'000'000,   500'000'000,
        1000'000'000, 2500'000'000, 5000'000'000, 10'000'000'000};
    /// The verify outcomes counted by name: "allowed", then the error codes a verify or a
    /// forward-auth check can end in; any other code is counted as "other" (the last).
    static constexpr std::array<const char *, 14> kOutcomes{"allowed",
                                                            "missing_authorization",
                                                            "invalid_api_key",
                                                            "environment_not_allowed",
                                                            "service_inactive",
                                                            "origin_not_allowed",
                                                            "ip_not_allowed",
                                                            "endpoint_not_allowed",
                                                            "insufficient_scope",
                                                            "rate_limit_exceeded",
                                                            "store_unavailable",
                                                            "store_error",
                                                            "internal_error",
                                                            "other"};

    /// One answered request: \p route is int(Route) or kUnmatched.
    void countRequest(int route, int status, qint64 nsecs);
    /// One verify or forward-auth answer of the verifier: \p errorCode empty when allowed.
    void countVerify(QStringView errorCode);

    /// What the caller knows at scrape time.
    struct Gauges
    {
        qsizetype cachedKeys = 0;
        /// Seconds since this instance last caught up with the store's change feed; none
        /// where there is no feed (SQLite).
        std::optional<double> changeFeedLagSeconds;
    };
    /// The text exposition (version 0.0.4) of every metric; \p router names the routes.
    QByteArray exposition(const Router &router, const Gauges &gauges) const;

private:
    std::array<std::array<std::atomic<quint64>, kStatuses>, kRoutes> m_requests{};
    std::array<std::atomic<quint64>, kBucketNs.size() + 1> m_buckets{}; // not cumulative
    std::atomic<quint64> m_sumNs{0};
    std::array<std::atomic<quint64>, kOutcomes.size()> m_outcomes{};
};

} // namespace latchkey::server
