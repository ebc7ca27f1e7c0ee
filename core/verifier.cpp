// SPDX-License-Identifier: MIT
#include "verifier.h"

#include "authorization.h"
#include "keytext.h"

namespace latchkey {

Verifier::Verifier(Store &store, VerifierOptions options)
    : m_store(store)
    , m_options(options)
{
    m_store.onChange([this](const QString &what) { applyChange(what); });
    m_store.onCacheTrust([this](qint64 untilMs) { setCacheTrust(untilMs); });
}

Verifier::~Verifier()
{
    m_store.onCacheTrust({});
    m_store.onChange({});
}

void Verifier::setCacheTrust(qint64 untilMs)
{
    m_trustedUntil.store(untilMs, std::memory_order_release);
    if (untilMs != Store::kTrustForever) {
        m_trustLapses.store(true, std::memory_order_relaxed);
        if (const qint64 now = Store::steadyNowMs(); untilMs > now)
            m_trustRenewedAt.store(now, std::memory_order_relaxed);
    }
    if (untilMs != Store::kTrustForever && untilMs <= Store::steadyNowMs())
        invalidateAll(); // withdrawn (connection lost): what the cache holds may be stale
}

void Verifier::applyChange(const QString &what)
{
    if (what == Store::kEverything)
        invalidateAll();
    else if (what.startsWith(QLatin1String("ws:")))
        invalidateWorkspace(what.mid(3));
    else
        invalidateKey(QByteArray::fromHex(what.toLatin1()));
}

void Verifier::invalidateKey(const QByteArray &hash)
{
    std::unique_lock lock(m_cacheMutex);
    m_generation.fetch_add(1, std::memory_order_acq_rel);
    m_cache.erase(hash);
}

void Verifier::invalidateWorkspace(const QString &workspaceId)
{
    std::unique_lock lock(m_cacheMutex);
    m_generation.fetch_add(1, std::memory_order_acq_rel);
    m_activeServices.remove(workspaceId);
}

void Verifier::invalidateAll()
{
    std::unique_lock lock(m_cacheMutex);
    m_generation.fetch_add(1, std::memory_order_acq_rel);
    m_cache.clear();
    m_activeServices.clear();
}

std::optional<double> Verifier::changeFeedLagSeconds() const
{
    if (!m_trustLapses.load(std::memory_order_relaxed))
        return std::nullopt;
    return double(Store::steadyNowMs() - m_trustRenewedAt.load(std::memory_order_relaxed)) / 1000;
}

qsizetype Verifier::cachedKeys() const
{
    std::shared_lock lock(m_cacheMutex);
    return qsizetype(m_cache.size());
}

std::shared_ptr<const VerifiedKey> Verifier::cached(const QByteArray &hash) const
{
    if (!cacheTrusted())
        return nullptr;
    std::shared_lock lock(m_cacheMutex);
    const auto it = m_cache.find(hash);
    return it == m_cache.end() ? nullptr : it->second;
}

std::shared_ptr<const VerifiedKey> Verifier::lookup(const QByteArray &hash,
                                                    std::optional<ApiError> &err)
{
    // Untrusted (PostgreSQL: no recent heartbeat): read the store, whatever the cache holds.
    const bool trusted = cacheTrusted();
    if (trusted) {
        std::shared_lock lock(m_cacheMutex);
        if (auto it = m_cache.find(hash); it != m_cache.end())
            return it->second;
    }
    std::lock_guard storeLock(m_storeMutex);
    const quint64 generation = m_generation.load(std::memory_order_acquire);
    auto found = m_store.keyByHash(hash);
    if (!found.ok()) {
        err = found.error();
        return nullptr;
    }
    if (!found->has_value())
        return nullptr; // unknown keys are not cached: a new key must work at once

    auto entry = std::make_shared<VerifiedKey>();
    entry->record = std::move(**found);
    const ApiKeyRecord &r = entry->record;
    entry->scopes = ScopeSet(r.scopes);
    // Stored restrictions were validated on write; a failure here means a damaged row, and
    // then the key allows nothing rather than everything.
    auto origins = OriginAllowlist::parse(r.allowedOrigins);
    auto ips = IpAllowlist::parse(r.ipAllowlist);
    auto endpoints = EndpointAllowlist::parse(r.endpoints);
    if (!origins.ok() || !ips.ok() || !endpoints.ok()) {
        err = ApiError::internal(tr("A stored key has damaged restrictions; it is refused."));
        return nullptr;
    }
    entry->origins = std::move(*origins);
    entry->ips = std::move(*ips);
    entry->endpoints = std::move(*endpoints);
    entry->rateLimit = r.rateLimit ? r.rateLimit : m_options.defaultRateLimit;
    entry->display = KeyText::displayForm(r.prefix, r.last4);
    entry->usage = usageOf(r);

    std::unique_lock lock(m_cacheMutex);
    if (m_generation.load(std::memory_order_relaxed) != generation)
        return entry; // an invalidation overtook this read: answer from it, do not keep it
    if (trusted) {
        auto [it, inserted] = m_cache.emplace(hash, std::move(entry));
        return it->second;
    }
    // Read while untrusted: the freshest there is; it replaces what the cache held.
    if (auto it = m_cache.find(hash); it != m_cache.end()) {
        it->second = entry;
    } else {
        m_cache.emplace(hash, entry);
    }
    return entry;
}

std::optional<bool> Verifier::serviceActive(const QString &workspaceId, const QString &service,
                                            std::optional<ApiError> &err, bool mayReadStore)
{
    if (cacheTrusted()) {
        std::shared_lock lock(m_cacheMutex);
        if (auto it = m_activeServices.constFind(workspaceId); it != m_activeServices.cend())
            return it->contains(service);
    }
    if (!mayReadStore)
        return std::nullopt;
    std::lock_guard storeLock(m_storeMutex);
    const quint64 generation = m_generation.load(std::memory_order_acquire);
    auto subs = m_store.subscriptions(workspaceId);
    if (!subs.ok()) {
        err = subs.error();
        return false;
    }
    QSet<QString> active;
    for (const SubscriptionRecord &s : *subs)
        if (s.active)
            active.insert(s.service);
    const bool result = active.contains(service);
    std::unique_lock lock(m_cacheMutex);
    if (m_generation.load(std::memory_order_relaxed) == generation)
        m_activeServices.insert(workspaceId, active);
    return result;
}

VerifyResult Verifier::verify(const VerifyRequest &request)
{
    return *check(request, true);
}

std::optional<VerifyResult> Verifier::verifyCached(const VerifyRequest &request)
{
    return check(request, false);
}

std::optional<VerifyResult> Verifier::check(const VerifyRequest &req, bool mayReadStore)
{
    VerifyResult result;
    if (req.key.isEmpty()) {
        result.error = ApiError::missingAuthorization();
        return result;
    }
    KeyText::Parsed parsed{};
    if (KeyText::check(req.key, &parsed) != KeyText::Problem::None) {
        result.error = KeyText::parse(req.key).error();
        return result;
    }
    if (Status s = Authorization::environmentAllowed(m_options.environments, parsed.environment);
        !s.ok()) {
        result.error = s.error();
        return result;
    }

    std::optional<ApiError> storeError;
    const QByteArray hash = KeyText::hash(req.key);
    auto key = mayReadStore ? lookup(hash, storeError) : cached(hash);
    if (!key && !mayReadStore)
        return std::nullopt; // unknown keys are never cached: only the store can say
    if (storeError) {
        result.error = storeError;
        return result;
    }
    if (!key) {
        result.error = ApiError::invalidApiKey(tr("No such API key."));
        return result;
    }
    result.key = key;
    const ApiKeyRecord &r = key->record;
    if (r.revokedAt)
        return refuse(result, ApiError::invalidApiKey(tr("This API key has been revoked.")),
                      UsageOutcome::InvalidApiKey, req.nowMs);
    if (r.expiresAt && *r.expiresAt <= req.nowMs)
        return refuse(result, ApiError::invalidApiKey(tr("This API key has expired.")),
                      UsageOutcome::InvalidApiKey, req.nowMs);

    if (r.environment == Environment::Live) {
        QString service = r.serviceId;
        if (req.requiredScope.startsWith(u"service.")) {
            const QStringView rest = req.requiredScope.sliced(8);
            const qsizetype dot = rest.indexOf(u'.');
            service = (dot < 0 ? rest : rest.first(dot)).toString();
        }
        if (!service.isEmpty()) {
            const std::optional<bool> active =
                serviceActive(r.workspaceId, service, storeError, mayReadStore);
            if (!active)
                return std::nullopt;
            if (!*active) {
                if (storeError) {
                    result.error = storeError;
                    return result;
                }
                return refuse(result, ApiError::serviceInactive(service),
                              UsageOutcome::ServiceInactive, req.nowMs);
            }
        }
    }

    if (r.type == KeyType::Public && !key->origins.allows(req.origin))
        return refuse(result, ApiError::originNotAllowed(req.origin.left(200).toString()),
                      UsageOutcome::OriginNotAllowed, req.nowMs);
    if (!key->ips.isEmpty() && !key->ips.allows(req.ip))
        return refuse(result, ApiError::ipNotAllowed(req.ip.left(100).toString()),
                      UsageOutcome::IpNotAllowed, req.nowMs);
    if (!key->endpoints.isEmpty() && !key->endpoints.allows(req.method, req.path))
        return refuse(result,
                      ApiError::endpointNotAllowed(req.method.left(20).toString(),
                                                   req.path.left(200).toString()),
                      UsageOutcome::EndpointNotAllowed, req.nowMs);
    if (!req.requiredScope.isEmpty() && !key->scopes.covers(req.requiredScope))
        return refuse(result, ApiError::insufficientScope(req.requiredScope.left(200).toString()),
                      UsageOutcome::InsufficientScope, req.nowMs);

    if (key->rateLimit) {
        result.rate = m_limiter.hit(r.id, *key->rateLimit, req.nowMs);
        if (!result.rate->allowed)
            return refuse(result, ApiError::rateLimitExceeded(), UsageOutcome::RateLimitExceeded,
                          req.nowMs);
    }
    // Counted in memory; flushUsage() writes it in batches.
    key->usage->count(UsageOutcome::Allowed, req.nowMs);
    key->usage->used(req.nowMs, req.ip);
    return result;
}

std::optional<VerifyResult> Verifier::refuse(VerifyResult &result, ApiError error,
                                             UsageOutcome outcome, qint64 nowMs)
{
    result.key->usage->count(outcome, nowMs);
    result.error = std::move(error);
    return std::move(result);
}

std::shared_ptr<KeyUsage> Verifier::usageOf(const ApiKeyRecord &record)
{
    std::lock_guard lock(m_usageMutex);
    auto &slot = m_usage[record.id];
    if (!slot)
        slot = std::make_shared<KeyUsage>(record.id, record.lastUsed.value_or(0));
    return slot;
}

Status Verifier::flushUsage()
{
    std::lock_guard flushLock(m_flushMutex);
    QList<std::shared_ptr<KeyUsage>> holders;
    {
        std::lock_guard lock(m_usageMutex);
        holders.reserve(qsizetype(m_usage.size()));
        for (const auto &[id, usage] : m_usage)
            holders.append(usage);
    }
    QList<KeyUse> uses;
    QList<UsageCount> counts;
    qint64 newestDay = -1;
    for (const auto &usage : holders) {
        usage->pending(uses, counts);
        newestDay = std::max(newestDay, usageDay(usage->lastUsed()));
    }
    for (const UsageCount &c : counts)
        newestDay = std::max(newestDay, c.day);
    std::optional<qint64> pruneBefore;
    if (newestDay > m_prunedDay)
        pruneBefore = newestDay - kUsageRetentionDays + 1;
    Status s = success();
    if (!uses.isEmpty() || !counts.isEmpty() || pruneBefore) {
        std::lock_guard storeLock(m_storeMutex);
        s = m_store.recordUsage(uses, counts, pruneBefore);
    }
    if (!s.ok())
        return s;
    if (pruneBefore)
        m_prunedDay = newestDay;
    for (const auto &usage : holders)
        usage->markFlushed();
    // Forget the counters no cache entry holds any more (one reference here, one in m_usage)
    // once all they counted is stored.
    std::lock_guard lock(m_usageMutex);
    for (auto it = m_usage.begin(); it != m_usage.end();) {
        if (it->second.use_count() <= 2 && it->second->idle())
            it = m_usage.erase(it);
        else
            ++it;
    }
    return s;
}

} // namespace latchkey
