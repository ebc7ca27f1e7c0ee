// SPDX-License-Identifier: MIT
#pragma once
// Verification: the one function from (key text, required scope, origin, ip, method, path,
// now) to either the key's facts or the error (core/apierror.h). It is the hot path of latchkeyd: a
// key already seen is answered from an in-memory cache keyed by the key's hash, with no SQL.

#include "restrictions.h"
#include "scopes.h"
#include "store.h"
#include "usage.h"

#include <QHash>
#include <QSet>

#include <atomic>
#include <memory>
#include <mutex>
#include <optional>
#include <shared_mutex>
#include <unordered_map>

namespace latchkey {

struct VerifyRequest
{
    QByteArrayView key;        ///< the key text as sent (without "Bearer ")
    QStringView requiredScope; ///< empty: no scope check
    QStringView origin;        ///< the Origin header, if any
    QStringView ip;            ///< the caller's address, if known
    QStringView method;        ///< the method of the call being authorised, if known
    QStringView path;          ///< its path, if known
    qint64 nowMs = 0;
};

/// A key as the verifier keeps it: its record and its restrictions, parsed once.
struct VerifiedKey
{
    ApiKeyRecord record;
    ScopeSet scopes;
    OriginAllowlist origins;
    IpAllowlist ips;
    EndpointAllowlist endpoints;
    std::optional<RateLimit> rateLimit; ///< none: the key is never throttled
    QString display;                    ///< "sk_live_…x7Qa"
    /// Its last use and per-day counts, shared with the key's later entries.
    std::shared_ptr<KeyUsage> usage;

    /// What a face derives from this entry alone, made by the first caller and shared by all
    /// while the entry is cached (latchkeyd: its verify answer's bytes and auth headers). An
    /// entry never changes once cached, so neither does this; an edit makes a new entry. One
    /// type \p T per program.
    template<class T, class Make> const T &memo(Make make) const
    {
        std::call_once(m_memoOnce, [&] { m_memo = std::make_shared<const T>(make()); });
        return *static_cast<const T *>(m_memo.get());
    }

private:
    mutable std::once_flag m_memoOnce;
    mutable std::shared_ptr<const void> m_memo;
};

struct VerifyResult
{
    std::optional<ApiError> error;          ///< empty: the key is valid for this call
    std::shared_ptr<const VerifiedKey> key; ///< set when the key was found (even if refused)
    std::optional<RateLimitDecision> rate;  ///< set once the key's rate limit was consulted

    bool ok() const { return !error.has_value(); }
};

struct VerifierOptions
{
    /// Applies to keys without a rate limit of their own. None by default: a key nobody
    /// limited is never throttled and answers no X-RateLimit-* (docs/api: "rate_limit": null).
    std::optional<RateLimit> defaultRateLimit;
    /// The offline sandbox's loopback server: TestOnly, and a live key is refused by its
    /// prefix with 403 environment_not_allowed, before any lookup (so never counted as a use).
    KeyEnvironments environments = KeyEnvironments::All;
};

class Verifier
{
    Q_DECLARE_TR_FUNCTIONS(Verifier)

public:
    /// \p store must outlive the verifier; the verifier listens for its change notifications.
    explicit Verifier(Store &store, VerifierOptions options = {});
    ~Verifier();

    /// Checks in this order: malformed → environment (TestOnly only) → unknown / revoked / expired
    /// → 401; service lapsed (live only) → 402; origin → ip → endpoint → scope → 403; rate limit →
    /// 429.
    VerifyResult verify(const VerifyRequest &request);
    /// verify() from memory alone, for any thread: the same answer verify() would give when
    /// everything it needs is cached (the key, and for a live key its workspace's
    /// subscriptions) and the cache is trusted; nothing when verify() would read the store.
    /// Rate limits are counted here exactly as in verify(), and a revoke or edit invalidates
    /// the cache before its answer leaves, so no thread answers from a withdrawn entry.
    std::optional<VerifyResult> verifyCached(const VerifyRequest &request);

    /// Forgets a key (after revoke, edit or roll) so the next verify reads the store.
    void invalidateKey(const QByteArray &hash);
    /// Forgets a workspace's subscriptions (after a subscription change).
    void invalidateWorkspace(const QString &workspaceId);
    void invalidateAll();
    /// Whether the cache may answer now. False after the store withdrew its trust (PostgreSQL:
    /// connection lost, or no heartbeat for a while, e.g. a stopped process): every verify then
    /// reads the store, and fails with the store's 503 when it is unreachable.
    bool cacheTrusted() const
    {
        const qint64 until = m_trustedUntil.load(std::memory_order_acquire);
        return until == Store::kTrustForever || Store::steadyNowMs() < until;
    }
    /// Writes the last-used times and addresses and the usage counts gathered since the
    /// previous flush, in one transaction, and once a day drops counts older than
    /// kUsageRetentionDays. One thread flushes at a time.
    Status flushUsage();
    qsizetype cachedKeys() const;
    /// Seconds since the store last renewed the cache's trust: on PostgreSQL, since the last
    /// heartbeat that caught up with the change feed (docs/postgresql.md); growing while the
    /// database is unreachable. Nothing where the trust never lapses (SQLite).
    std::optional<double> changeFeedLagSeconds() const;

    /// The store change feed carries these; KeyService publishes them.
    static QString keyChange(const QByteArray &hash) { return QString::fromLatin1(hash.toHex()); }
    static QString workspaceChange(const QString &id) { return QStringLiteral("ws:") + id; }

private:
    std::optional<VerifyResult> check(const VerifyRequest &request, bool mayReadStore);
    std::shared_ptr<const VerifiedKey> cached(const QByteArray &hash) const;
    std::shared_ptr<const VerifiedKey> lookup(const QByteArray &hash, std::optional<ApiError> &err);
    std::shared_ptr<KeyUsage> usageOf(const ApiKeyRecord &record);
    static std::optional<VerifyResult> refuse(VerifyResult &result, ApiError error,
                                              UsageOutcome outcome, qint64 nowMs);
    /// Whether \p service is active in the workspace; nothing when that is not cached and
    /// \p mayReadStore is false.
    std::optional<bool> serviceActive(const QString &workspaceId, const QString &service,
                                      std::optional<ApiError> &err, bool mayReadStore);
    void applyChange(const QString &what);
    void setCacheTrust(qint64 untilMs);

    Store &m_store;
    VerifierOptions m_options;
    RateLimiter m_limiter;

    mutable std::shared_mutex m_cacheMutex;
    std::unordered_map<QByteArray, std::shared_ptr<const VerifiedKey>> m_cache;
    QHash<QString, QSet<QString>> m_activeServices; // guarded by m_cacheMutex
    std::mutex m_storeMutex;                        // the store is used by one caller at a time
    std::atomic<qint64> m_trustedUntil{Store::kTrustForever};
    // For changeFeedLagSeconds(): whether the store's trust ever lapses, and when it was last
    // renewed (steadyNowMs(); since construction until the first renewal).
    std::atomic<bool> m_trustLapses{false};
    std::atomic<qint64> m_trustRenewedAt{Store::steadyNowMs()};
    // Bumped by every invalidation: a store read that an invalidation overtook is not cached.
    std::atomic<quint64> m_generation{0};
    // Each key's usage by id, kept across cache entries until flushed and no entry holds it.
    std::mutex m_usageMutex;
    std::unordered_map<QString, std::shared_ptr<KeyUsage>> m_usage;
    std::mutex m_flushMutex;
    qint64 m_prunedDay = -1;
};

} // namespace latchkey
