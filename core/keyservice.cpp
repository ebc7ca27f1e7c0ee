// SPDX-License-Identifier: MIT
#include "keyservice.h"

#include "authorization.h"
#include "crypto.h"
#include "displaytext.h"
#include "json.h"
#include "keytext.h"
#include "verifier.h"

#include <QDateTime>
#include <QJsonArray>

namespace latchkey {

QString name(KeyStatus s)
{
    switch (s) {
    case KeyStatus::Active:
        return QStringLiteral("active");
    case KeyStatus::Expiring:
        return QStringLiteral("expiring");
    case KeyStatus::Expired:
        return QStringLiteral("expired");
    case KeyStatus::Revoked:
        return QStringLiteral("revoked");
    }
    return {};
}

std::optional<KeyStatus> keyStatusFromString(QStringView s)
{
    for (KeyStatus k :
         {KeyStatus::Active, KeyStatus::Expiring, KeyStatus::Expired, KeyStatus::Revoked})
        if (s == name(k))
            return k;
    return std::nullopt;
}

QString name(KeyOrder o)
{
    switch (o) {
    case KeyOrder::Created:
        return QStringLiteral("created");
    case KeyOrder::Name:
        return QStringLiteral("name");
    case KeyOrder::LastUsed:
        return QStringLiteral("last_used");
    case KeyOrder::Expires:
        return QStringLiteral("expires");
    }
    return {};
}

std::optional<KeyOrder> keyOrderFromString(QStringView s)
{
    for (KeyOrder o : {KeyOrder::Created, KeyOrder::Name, KeyOrder::LastUsed, KeyOrder::Expires})
        if (s == name(o))
            return o;
    return std::nullopt;
}

KeyStatus keyStatus(const ApiKeyRecord &key, qint64 nowMs)
{
    if (key.revokedAt)
        return KeyStatus::Revoked;
    if (key.expiresAt) {
        if (*key.expiresAt <= nowMs)
            return KeyStatus::Expired;
        if (*key.expiresAt - nowMs <= kExpiringWindowMs)
            return KeyStatus::Expiring;
    }
    return KeyStatus::Active;
}

bool rotationRecommended(const ApiKeyRecord &key, qint64 nowMs)
{
    return key.type == KeyType::Secret && !key.revokedAt &&
           keyStatus(key, nowMs) != KeyStatus::Expired && nowMs - key.createdAt > kRotationAgeMs;
}

namespace {
QStringList deduplicated(const QStringList &in)
{
    QStringList out;
    out.reserve(in.size());
    for (const QString &s : in)
        if (!out.contains(s))
            out << s;
    return out;
}

QJsonArray toArray(const QStringList &l)
{
    return QJsonArray::fromStringList(l);
}
} // namespace

KeyService::KeyService(Store &store, const ScopeCatalog &catalog, Clock clock)
    : m_store(store)
    , m_catalog(catalog)
    , m_clock(clock ? std::move(clock) : Clock([] { return QDateTime::currentMSecsSinceEpoch(); }))
{}

Status KeyService::requireEnvironment(const Actor &actor, Environment env) const
{
    if (actor.boundEnvironment && *actor.boundEnvironment != env)
        return ApiError::forbidden(tr("This key can only manage keys of the %1 environment.")
                                       .arg(name(*actor.boundEnvironment)));
    return success();
}

Status KeyService::validateName(const QString &name) const
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return ApiError::invalidRequest(QStringLiteral("name"), tr("A key needs a name."));
    if (trimmed.size() > 100)
        return ApiError::invalidRequest(QStringLiteral("name"),
                                        tr("The name is longer than 100 characters."));
    return DisplayText::check(name, QStringLiteral("name"));
}

Status KeyService::validateDescription(const QString &description)
{
    if (description.size() > kMaxDescriptionLength)
        return ApiError::invalidRequest(
            QStringLiteral("description"),
            tr("The description is longer than %1 characters.").arg(kMaxDescriptionLength));
    if (description.trimmed().isEmpty())
        return success();
    return DisplayText::check(description, QStringLiteral("description"));
}

Status KeyService::validateMetadata(const QMap<QString, QString> &metadata)
{
    const QString param = QStringLiteral("metadata");
    if (metadata.size() > kMaxMetadataEntries)
        return ApiError::invalidRequest(
            param, tr("A key holds at most %1 metadata entries.").arg(kMaxMetadataEntries));
    for (auto it = metadata.cbegin(); it != metadata.cend(); ++it) {
        const QString &key = it.key();
        const bool plain = !key.isEmpty() && key.size() <= kMaxMetadataKeyLength &&
                           std::all_of(key.cbegin(), key.cend(), [](QChar c) {
                               return c.unicode() < 128 &&
                                      (c.isLetterOrNumber() || c == u'_' || c == u'-' || c == u'.');
                           });
        if (!plain)
            return ApiError::invalidRequest(
                param,
                tr("The metadata key '%1' is not 1 to %2 letters, digits, '_', '-' or '.'.")
                    .arg(key.left(kMaxMetadataKeyLength), QString::number(kMaxMetadataKeyLength)));
        if (it.value().size() > kMaxMetadataValueLength)
            return ApiError::invalidRequest(
                param, tr("The metadata value of '%1' is longer than "
                          "%2 characters.")
                           .arg(key, QString::number(kMaxMetadataValueLength)));
        if (!it.value().isEmpty())
            if (Status s = DisplayText::check(it.value(), param); !s.ok())
                return s;
    }
    return success();
}

Status KeyService::passOnRestrictions(const Actor &actor, const KeyLimits &given, int fields) const
{
    if (actor.kind != Actor::Kind::Key)
        return success();
    const KeyLimits &own = actor.limits;
    if ((fields & ExpiresAt) && own.expiresAt &&
        (!given.expiresAt || *given.expiresAt > *own.expiresAt))
        return ApiError::restrictionNotGrantable(
            QStringLiteral("expires_at"),
            tr("Your key expires at %1, so a key it creates or changes must expire no later.")
                .arg(json::rfc3339(*own.expiresAt)));
    if ((fields & Ips) && !own.ips.covers(given.ips))
        return ApiError::restrictionNotGrantable(
            QStringLiteral("restrictions.ip_allowlist"),
            tr("Your key may be used only from %1, so a key it creates or changes needs an IP "
               "allowlist within those networks.")
                .arg(own.ips.toStringList().join(QStringLiteral(", "))));
    if ((fields & Endpoints) && !own.endpoints.covers(given.endpoints))
        return ApiError::restrictionNotGrantable(
            QStringLiteral("restrictions.endpoints"),
            tr("Your key may call only %1, so a key it creates or changes needs an endpoint "
               "allowlist within those patterns.")
                .arg(own.endpoints.toStringList().join(QStringLiteral(", "))));
    if ((fields & Rate) && own.rateLimit &&
        (!given.rateLimit || !given.rateLimit->noLooserThan(*own.rateLimit)))
        return ApiError::restrictionNotGrantable(
            QStringLiteral("rate_limit"),
            tr("Your key is limited to %1 requests per %n second(s), so a key it creates or "
               "changes needs a rate limit no looser: no more requests per window and no higher "
               "rate.",
               nullptr, own.rateLimit->window)
                .arg(own.rateLimit->limit));
    return success();
}

Result<ApiKeyRecord> KeyService::findForActor(const Actor &actor, const QString &id)
{
    auto found = m_store.key(actor.workspaceId, id);
    if (!found.ok())
        return found.error();
    if (!found->has_value() ||
        (actor.boundEnvironment && (*found)->environment != *actor.boundEnvironment))
        return ApiError::notFound(
            tr("No API key with id '%1' in this workspace and environment.").arg(id.left(64)));
    return **found;
}

Status KeyService::audit(const Actor &actor, const ApiKeyRecord &key, const QString &action,
                         const QJsonObject &details)
{
    AuditRecord r;
    r.workspaceId = key.workspaceId;
    r.environment = name(key.environment);
    r.actor = actor.display;
    r.action = action;
    r.target = key.id;
    r.details = details;
    // Every key event names the key for people (the dashboard's Activity); never its secret.
    if (!r.details.contains(u"name"))
        r.details.insert(QStringLiteral("name"), key.name);
    if (!r.details.contains(u"type"))
        r.details.insert(QStringLiteral("type"), name(key.type));
    r.createdAt = m_clock();
    auto appended = m_store.appendAudit(r);
    if (!appended.ok())
        return appended.error();
    return success();
}

void KeyService::changed(const ApiKeyRecord &key)
{
    m_store.publishChange(Verifier::keyChange(key.hash));
}

namespace {
struct ParsedRestrictions
{
    QStringList origins, ips, endpoints; // canonical text, as stored
    IpAllowlist ipList;
    EndpointAllowlist endpointList;
};

Result<ParsedRestrictions> parseRestrictions(const QStringList &origins, const QStringList &ips,
                                             const QStringList &endpoints)
{
    auto o = OriginAllowlist::parse(origins);
    if (!o.ok())
        return o.error();
    auto i = IpAllowlist::parse(ips);
    if (!i.ok())
        return i.error();
    auto e = EndpointAllowlist::parse(endpoints);
    if (!e.ok())
        return e.error();
    return ParsedRestrictions{o->toStringList(), i->toStringList(), e->toStringList(), *i, *e};
}
} // namespace

Result<IssuedKey> KeyService::create(const Actor &actor, const CreateKeyRequest &req)
{
    if (Status s = Authorization::authorize(m_catalog, actor, Operation::CreateKey); !s.ok())
        return s.error();
    if (Status s = requireEnvironment(actor, req.environment); !s.ok())
        return s.error();
    if (Status s = Authorization::environmentAllowed(m_environments, req.environment); !s.ok())
        return s.error();
    if (Status s = validateName(req.name); !s.ok())
        return s.error();
    if (Status s = validateDescription(req.description); !s.ok())
        return s.error();
    if (Status s = validateMetadata(req.metadata); !s.ok())
        return s.error();

    if (req.type == KeyType::Public) {
        if (req.serviceId.isEmpty())
            return ApiError::invalidRequest(QStringLiteral("service_id"),
                                            tr("A public key is issued for one service: set "
                                               "service_id."));
        if (!m_catalog.hasService(req.serviceId))
            return ApiError::invalidRequest(
                QStringLiteral("service_id"),
                tr("There is no service '%1'.").arg(req.serviceId.left(64)));
        if (req.allowedOrigins.isEmpty())
            return ApiError::invalidRequest(QStringLiteral("allowed_origins"),
                                            tr("A public key needs at least one allowed origin, "
                                               "such as https://shop.example.com."));
    } else {
        if (!req.serviceId.isEmpty())
            return ApiError::invalidRequest(QStringLiteral("service_id"),
                                            tr("Only public keys are issued for one service."));
        if (!req.allowedOrigins.isEmpty())
            return ApiError::invalidRequest(QStringLiteral("allowed_origins"),
                                            tr("Only public keys have allowed origins; secret "
                                               "keys must never be used in a browser."));
    }

    const QStringList scopes = deduplicated(req.scopes);
    if (scopes.isEmpty())
        return ApiError::invalidRequest(QStringLiteral("scopes"),
                                        tr("A key needs at least one scope."));
    const auto denials =
        ungrantableScopes(m_catalog, actor.grantor(), scopes, GrantTarget{req.type, req.serviceId});
    if (!denials.isEmpty())
        return toApiError(denials.first());

    auto restrictions = parseRestrictions(req.allowedOrigins, req.ipAllowlist, req.endpoints);
    if (!restrictions.ok())
        return restrictions.error();
    if (req.rateLimit) {
        auto rl = RateLimit::make(req.rateLimit->limit, req.rateLimit->window);
        if (!rl.ok())
            return rl.error();
    }
    const qint64 now = m_clock();
    if (req.expiresAt && *req.expiresAt <= now)
        return ApiError::invalidRequest(QStringLiteral("expires_at"),
                                        tr("The expiry time is in the past."));
    if (Status s = passOnRestrictions(actor,
                                      KeyLimits{req.expiresAt, restrictions->ipList,
                                                restrictions->endpointList, req.rateLimit},
                                      AllLimits);
        !s.ok())
        return s.error();

    IssuedKey issued;
    issued.secret = KeyText::generate(req.type, req.environment);
    ApiKeyRecord &k = issued.key;
    k.id = crypto::randomId(u"key_");
    k.workspaceId = actor.workspaceId;
    k.environment = req.environment;
    k.type = req.type;
    k.name = req.name.trimmed();
    k.description = req.description.trimmed();
    k.metadata = req.metadata;
    k.prefix = KeyText::prefix(req.type, req.environment);
    k.last4 = KeyText::last4(issued.secret);
    k.hash = KeyText::hash(issued.secret);
    if (req.type == KeyType::Public)
        k.token = QString::fromLatin1(issued.secret);
    k.serviceId = req.serviceId;
    k.scopes = scopes;
    k.allowedOrigins = restrictions->origins;
    k.ipAllowlist = restrictions->ips;
    k.endpoints = restrictions->endpoints;
    k.rateLimit = req.rateLimit;
    k.createdAt = now;
    k.createdBy = actor.display;
    k.expiresAt = req.expiresAt;

    Status s = m_store.transaction([&]() -> Status {
        if (Status w = m_store.insertKey(k); !w.ok())
            return w;
        return audit(actor, k, QStringLiteral("api_key.created"),
                     {{QStringLiteral("name"), k.name},
                      {QStringLiteral("type"), name(k.type)},
                      {QStringLiteral("scopes"), toArray(k.scopes)}});
    });
    if (!s.ok()) {
        crypto::wipe(issued.secret);
        return s.error();
    }
    return issued;
}

Result<Page<ApiKeyRecord>> KeyService::list(const Actor &actor, KeyQuery q)
{
    if (Status s = Authorization::authorize(m_catalog, actor, Operation::ListKeys); !s.ok())
        return s.error();
    if (q.limit < 1 || q.limit > 100)
        return ApiError::invalidRequest(QStringLiteral("limit"),
                                        tr("limit must be between 1 and 100."));
    if (actor.boundEnvironment) {
        if (Status s = requireEnvironment(actor, q.environment.value_or(*actor.boundEnvironment));
            !s.ok())
            return s.error();
        q.environment = actor.boundEnvironment;
    }
    q.workspaceId = actor.workspaceId;
    if (q.nowMs == 0)
        q.nowMs = m_clock();
    return m_store.listKeys(q);
}

Result<qint64> KeyService::count(const Actor &actor, KeyQuery q)
{
    if (Status s = Authorization::authorize(m_catalog, actor, Operation::ListKeys); !s.ok())
        return s.error();
    if (actor.boundEnvironment)
        q.environment = actor.boundEnvironment;
    q.workspaceId = actor.workspaceId;
    if (q.nowMs == 0)
        q.nowMs = m_clock();
    return m_store.countKeys(q);
}

Result<ApiKeyRecord> KeyService::get(const Actor &actor, const QString &id)
{
    if (Status s = Authorization::authorize(m_catalog, actor, Operation::ReadKey); !s.ok())
        return s.error();
    return findForActor(actor, id);
}

Result<UsageReport> KeyService::usage(const Actor &actor, const QString &id, int days)
{
    if (Status s = Authorization::authorize(m_catalog, actor, Operation::ReadKey); !s.ok())
        return s.error();
    if (days < 1 || days > kUsageRetentionDays)
        return ApiError::invalidRequest(
            QStringLiteral("days"),
            tr("days must be a whole number from 1 to %1.").arg(kUsageRetentionDays));
    auto key = findForActor(actor, id);
    if (!key.ok())
        return key.error();
    const qint64 today = usageDay(m_clock());
    auto counts = m_store.usage(key->id, today - days + 1);
    if (!counts.ok())
        return counts.error();
    return UsageReport::fromCounts(key->id, today, days, *counts);
}

Result<ApiKeyRecord> KeyService::patch(const Actor &actor, const QString &id, const KeyPatch &patch)
{
    if (Status s = Authorization::authorize(m_catalog, actor, Operation::UpdateKey); !s.ok())
        return s.error();
    auto found = findForActor(actor, id);
    if (!found.ok())
        return found.error();
    ApiKeyRecord k = *found;
    if (k.revokedAt)
        return ApiError::invalidRequest(QStringLiteral("id"),
                                        tr("A revoked key cannot be changed."));

    QStringList changedFields;
    if (patch.name) {
        if (Status s = validateName(*patch.name); !s.ok())
            return s.error();
        k.name = patch.name->trimmed();
        changedFields << QStringLiteral("name");
    }
    if (patch.description) {
        if (Status s = validateDescription(*patch.description); !s.ok())
            return s.error();
        k.description = patch.description->trimmed();
        changedFields << QStringLiteral("description");
    }
    if (patch.metadata) {
        if (Status s = validateMetadata(*patch.metadata); !s.ok())
            return s.error();
        k.metadata = *patch.metadata;
        changedFields << QStringLiteral("metadata");
    }
    if (patch.scopes) {
        const QStringList scopes = deduplicated(*patch.scopes);
        if (scopes.isEmpty())
            return ApiError::invalidRequest(QStringLiteral("scopes"),
                                            tr("A key needs at least one scope."));
        QStringList added;
        for (const QString &s : scopes)
            if (!k.scopes.contains(s))
                added << s;
        // Removing a scope is always allowed; adding one is a grant.
        const auto denials =
            ungrantableScopes(m_catalog, actor.grantor(), added, GrantTarget{k.type, k.serviceId});
        if (!denials.isEmpty())
            return toApiError(denials.first());
        k.scopes = scopes;
        changedFields << QStringLiteral("scopes");
    }
    const bool loosens = patch.allowedOrigins || patch.ipAllowlist || patch.endpoints ||
                         patch.rateLimit || patch.expiresAt;
    if (loosens) {
        // Changing a key's restrictions can widen what it does: only someone who could grant
        // all of its scopes may do it.
        const auto denials = ungrantableScopes(m_catalog, actor.grantor(), k.scopes,
                                               GrantTarget{k.type, k.serviceId});
        if (!denials.isEmpty())
            return toApiError(denials.first());
    }
    if (patch.allowedOrigins && k.type == KeyType::Secret && !patch.allowedOrigins->isEmpty())
        return ApiError::invalidRequest(QStringLiteral("allowed_origins"),
                                        tr("Only public keys have allowed origins."));
    if (patch.allowedOrigins && k.type == KeyType::Public && patch.allowedOrigins->isEmpty())
        return ApiError::invalidRequest(QStringLiteral("allowed_origins"),
                                        tr("A public key needs at least one allowed origin."));
    auto restrictions = parseRestrictions(patch.allowedOrigins.value_or(k.allowedOrigins),
                                          patch.ipAllowlist.value_or(k.ipAllowlist),
                                          patch.endpoints.value_or(k.endpoints));
    if (!restrictions.ok())
        return restrictions.error();
    if (patch.allowedOrigins) {
        k.allowedOrigins = restrictions->origins;
        changedFields << QStringLiteral("allowed_origins");
    }
    if (patch.ipAllowlist) {
        k.ipAllowlist = restrictions->ips;
        changedFields << QStringLiteral("restrictions.ip_allowlist");
    }
    if (patch.endpoints) {
        k.endpoints = restrictions->endpoints;
        changedFields << QStringLiteral("restrictions.endpoints");
    }
    if (patch.rateLimit) {
        if (*patch.rateLimit) {
            auto rl = RateLimit::make((*patch.rateLimit)->limit, (*patch.rateLimit)->window);
            if (!rl.ok())
                return rl.error();
        }
        k.rateLimit = *patch.rateLimit;
        changedFields << QStringLiteral("rate_limit");
    }
    const qint64 now = m_clock();
    if (patch.expiresAt) {
        if (*patch.expiresAt && **patch.expiresAt <= now)
            return ApiError::invalidRequest(QStringLiteral("expires_at"),
                                            tr("The expiry time is in the past."));
        k.expiresAt = *patch.expiresAt;
        changedFields << QStringLiteral("expires_at");
    }
    const int limitFields = (patch.expiresAt ? ExpiresAt : 0) | (patch.ipAllowlist ? Ips : 0) |
                            (patch.endpoints ? Endpoints : 0) | (patch.rateLimit ? Rate : 0);
    if (Status s = passOnRestrictions(
            actor,
            KeyLimits{k.expiresAt, restrictions->ipList, restrictions->endpointList, k.rateLimit},
            limitFields);
        !s.ok())
        return s.error();
    if (changedFields.isEmpty())
        return k;

    Status s = m_store.transaction([&]() -> Status {
        if (Status w = m_store.updateKey(k); !w.ok())
            return w;
        changed(k);
        return audit(actor, k, QStringLiteral("api_key.updated"),
                     {{QStringLiteral("changed"), toArray(changedFields)}});
    });
    if (!s.ok())
        return s.error();
    return k;
}

Result<ApiKeyRecord> KeyService::revoke(const Actor &actor, const QString &id)
{
    if (Status s = Authorization::authorize(m_catalog, actor, Operation::RevokeKey); !s.ok())
        return s.error();
    auto found = findForActor(actor, id);
    if (!found.ok())
        return found.error();
    ApiKeyRecord k = *found;
    if (k.revokedAt)
        return k; // revoking twice changes nothing
    k.revokedAt = m_clock();
    Status s = m_store.transaction([&]() -> Status {
        if (Status w = m_store.updateKey(k); !w.ok())
            return w;
        changed(k);
        return audit(actor, k, QStringLiteral("api_key.revoked"),
                     {{QStringLiteral("name"), k.name}});
    });
    if (!s.ok())
        return s.error();
    return k;
}

Status KeyService::rollable(const ApiKeyRecord &key, qint64 now)
{
    if (key.type != KeyType::Secret)
        return ApiError::invalidRequest(QStringLiteral("id"),
                                        tr("Only secret keys can be rolled; a public key can be "
                                           "revoked and created anew."));
    // Only an active key that has not been rolled yet: rolling an expired key would revive it
    // without an expiry, and rolling one key again and again would multiply live secrets.
    if (key.revokedAt)
        return ApiError::keyNotRollable(tr("A revoked key cannot be rolled."));
    if (key.expiresAt && *key.expiresAt <= now)
        return ApiError::keyNotRollable(
            tr("An expired key cannot be rolled; create a new key instead."));
    if (!key.replacedBy.isEmpty())
        return ApiError::keyNotRollable(
            tr("This key was rolled already; roll the key that replaced it instead."));
    return success();
}

Result<IssuedKey> KeyService::roll(const Actor &actor, const QString &id, qint64 graceSeconds)
{
    if (Status s = Authorization::authorize(m_catalog, actor, Operation::RollKey); !s.ok())
        return s.error();
    if (graceSeconds < 0 || graceSeconds > kMaxRollGraceSeconds)
        return ApiError::invalidRequest(
            QStringLiteral("old_expires_in"),
            tr("old_expires_in must be between 0 and %1 seconds (7 days).")
                .arg(kMaxRollGraceSeconds));
    auto found = findForActor(actor, id);
    if (!found.ok())
        return found.error();
    ApiKeyRecord old = *found;
    // A roll issues a key of the old one's environment: none the deployment does not keep.
    if (Status s = Authorization::environmentAllowed(m_environments, old.environment); !s.ok())
        return s.error();
    const qint64 now = m_clock();
    if (Status s = rollable(old, now); !s.ok()) // the read carries the lineage (replacedBy)
        return s.error();
    // The new key carries the old one's scopes: whoever rolls must be able to grant them.
    const auto denials = ungrantableScopes(m_catalog, actor.grantor(), old.scopes,
                                           GrantTarget{old.type, old.serviceId});
    if (!denials.isEmpty())
        return toApiError(denials.first());

    // The new key carries the old one's restrictions: a key that rolls passes on its own.
    if (actor.kind == Actor::Kind::Key) {
        auto restrictions = parseRestrictions({}, old.ipAllowlist, old.endpoints);
        if (!restrictions.ok())
            return restrictions.error();
        if (Status s = passOnRestrictions(actor,
                                          KeyLimits{old.expiresAt, restrictions->ipList,
                                                    restrictions->endpointList, old.rateLimit},
                                          AllLimits);
            !s.ok())
            return s.error();
    }

    IssuedKey issued;
    issued.secret = KeyText::generate(old.type, old.environment);
    ApiKeyRecord &k = issued.key;
    k = old;
    k.seq = 0;
    k.id = crypto::randomId(u"key_");
    k.last4 = KeyText::last4(issued.secret);
    k.hash = KeyText::hash(issued.secret);
    k.createdAt = now;
    k.createdBy = actor.display;
    k.lastUsed.reset();
    k.lastUsedIp.clear();
    k.rolledFrom = old.id;

    const qint64 oldExpiry = now + graceSeconds * 1000;
    if (!old.expiresAt || *old.expiresAt > oldExpiry)
        old.expiresAt = oldExpiry;

    Status s = m_store.transaction([&]() -> Status {
        if (Status w = m_store.updateKey(old); !w.ok())
            return w;
        if (Status w = m_store.insertKey(k); !w.ok())
            return w;
        changed(old);
        return audit(actor, old, QStringLiteral("api_key.rolled"),
                     {{QStringLiteral("new_key_id"), k.id},
                      {QStringLiteral("old_expires_in"), graceSeconds}});
    });
    if (!s.ok()) {
        crypto::wipe(issued.secret);
        return s.error();
    }
    return issued;
}

} // namespace latchkey
