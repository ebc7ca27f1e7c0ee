// SPDX-License-Identifier: MIT
#include "metrics.h"

#include <QLatin1StringView>

namespace latchkey::server {

namespace {
constexpr auto kRelaxed = std::memory_order_relaxed;

QByteArray seconds(double s)
{
    return QByteArray::number(s, 'g', 12);
}
} // namespace

void Metrics::countRequest(int route, int status, qint64 nsecs)
{
    if (route < 0 || route >= kRoutes)
        route = kUnmatched;
    const int slot = status < kFirstStatus || status >= kFirstStatus + kStatuses
                         ? kStatuses - 1
                         : status - kFirstStatus;
    m_requests[size_t(route)][size_t(slot)].fetch_add(1, kRelaxed);
    size_t bucket = 0;
    while (bucket < kBucketNs.size() && nsecs > kBucketNs[bucket])
        ++bucket;
    m_buckets[bucket].fetch_add(1, kRelaxed);
    m_sumNs.fetch_add(quint64(std::max<qint64>(0, nsecs)), kRelaxed);
}

void Metrics::countVerify(QStringView errorCode)
{
    size_t i = 0;
    if (!errorCode.isEmpty()) {
        i = 1;
        while (i + 1 < kOutcomes.size() && errorCode != QLatin1StringView(kOutcomes[i]))
            ++i;
    }
    m_outcomes[i].fetch_add(1, kRelaxed);
}

QByteArray Metrics::exposition(const Router &router, const Gauges &gauges) const
{
    QByteArray out;
    out.reserve(8192);
    out += "# HELP latchkeyd_http_requests_total Requests answered by the API listener, by "
           "route (the path pattern, \"unmatched\" for none), method and status.\n"
           "# TYPE latchkeyd_http_requests_total counter\n";
    for (int route = 0; route < kRoutes; ++route) {
        QByteArray labels;
        if (route == kUnmatched) {
            labels = "route=\"unmatched\"";
        } else {
            const auto [method, pattern] = router.describe(Route(route));
            labels = "method=\"" + method + "\",route=\"" + pattern + '"';
        }
        for (int slot = 0; slot < kStatuses; ++slot)
            if (const quint64 n = m_requests[size_t(route)][size_t(slot)].load(kRelaxed))
                out += "latchkeyd_http_requests_total{" + labels + ",status=\"" +
                       QByteArray::number(kFirstStatus + slot) + "\"} " + QByteArray::number(n) +
                       '\n';
    }

    out += "# HELP latchkeyd_verify_total Verify and forward-auth answers of the verifier, by "
           "outcome: allowed, or the error code of the refusal.\n"
           "# TYPE latchkeyd_verify_total counter\n";
    for (size_t i = 0; i < kOutcomes.size(); ++i)
        out += "latchkeyd_verify_total{outcome=\"" + QByteArray(kOutcomes[i]) + "\"} " +
               QByteArray::number(m_outcomes[i].load(kRelaxed)) + '\n';

    out += "# HELP latchkeyd_http_request_duration_seconds Time from a complete request to its "
           "answer, on the API listener.\n"
           "# TYPE latchkeyd_http_request_duration_seconds histogram\n";
    quint64 cumulative = 0;
    for (size_t b = 0; b < m_buckets.size(); ++b) {
        cumulative += m_buckets[b].load(kRelaxed);
        const QByteArray le =
            b < kBucketNs.size() ? seconds(double(kBucketNs[b]) / 1e9) : QByteArray("+Inf");
        out += "latchkeyd_http_request_duration_seconds_bucket{le=\"" + le + "\"} " +
               QByteArray::number(cumulative) + '\n';
    }
    out += "latchkeyd_http_request_duration_seconds_sum " +
           seconds(double(m_sumNs.load(kRelaxed)) / 1e9) + '\n';
    out += "latchkeyd_http_request_duration_seconds_count " + QByteArray::number(cumulative) + '\n';

    out += "# HELP latchkeyd_verifier_cached_keys Keys in the verifier's in-memory cache.\n"
           "# TYPE latchkeyd_verifier_cached_keys gauge\n"
           "latchkeyd_verifier_cached_keys " +
           QByteArray::number(qint64(gauges.cachedKeys)) + '\n';
    if (gauges.changeFeedLagSeconds) {
        out += "# HELP latchkeyd_change_feed_lag_seconds Seconds since this instance last "
               "caught up with the PostgreSQL change feed (normally under a quarter of a "
               "second; growing while the database is unreachable).\n"
               "# TYPE latchkeyd_change_feed_lag_seconds gauge\n"
               "latchkeyd_change_feed_lag_seconds " +
               seconds(*gauges.changeFeedLagSeconds) + '\n';
    }
    return out;
}

} // namespace latchkey::server
