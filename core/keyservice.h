// SPDX-License-Identifier: MIT
#pragma once
// API keys as a service: create, list, get, patch, revoke, roll. Every
// rule about keys is here, once; latchkeyd's handlers and the offline dashboard both call it.
// Every call checks the actor's right, writes its audit record in the same transaction as the
// change, and publishes it so every verifier's cache forgets the key at once.

#include "actor.h"
#include "result.h"
#include "store.h"

#include <functional>
#include <optional>

namespace latchkey {

/// Longest grace for the old key on roll: 7 days.
constexpr qint64 kMaxRollGraceSeconds = 7LL * 24 * 3600;

KeyStatus keyStatus(const ApiKeyRecord &key, qint64 nowMs);
bool rotationRecommended(const ApiKeyRecord &key, qint64 nowMs);

/// Limits of a key's description and metadata (docs/api.md, "API keys").
constexpr int kMaxDescriptionLength = 500;
constexpr int kMaxMetadataEntries = 20;
constexpr int kMaxMetadataKeyLength = 40;
constexpr int kMaxMetadataValueLength = 500;

struct CreateKeyRequest
{
    QString name;
    QString description;             ///< free text for people; may be empty
    QMap<QString, QString> metadata; ///< the owner's labels, e.g. {"form_slug": "contact-us"}
    Environment environment = Environment::Test;
    KeyType type = KeyType::Secret;
    QString serviceId; ///< public keys
    QStringList scopes;
    QStringList allowedOrigins; ///< public keys
    QStringList ipAllowlist;
    QStringList endpoints;
    std::optional<RateLimit> rateLimit;
    std::optional<qint64> expiresAt;
};

/// What create and roll return: the record and, this once, the key text.
struct IssuedKey
{
    ApiKeyRecord key;
    QByteArray secret; ///< the whole key text; the caller shows it once and wipes it
};

/// A PATCH: only the fields that are set change. The nested optionals distinguish "leave as
/// is" (outer empty) from "clear" (inner empty).
struct KeyPatch
{
    std::optional<QString> name;
    std::optional<QString> description;
    std::optional<QMap<QString, QString>> metadata; ///< replaces the whole map
    std::optional<QStringList> scopes;
    std::optional<QStringList> allowedOrigins;
    std::optional<QStringList> ipAllowlist;
    std::optional<QStringList> endpoints;
    std::optional<std::optional<RateLimit>> rateLimit;
    std::optional<std::optional<qint64>> expiresAt;
};

class KeyService
{
    Q_DECLARE_TR_FUNCTIONS(KeyService)

public:
    using Clock = std::function<qint64()>; ///< now, ms since the epoch

    /// Changes reach a Verifier on the same store through Store::publishChange.
    KeyService(Store &store, const ScopeCatalog &catalog, Clock clock = {});
    /// The offline sandbox: TestOnly, and create and roll refuse live keys
    /// (Authorization::environmentAllowed). Keys of other environments already stored are still
    /// listed, read, edited and revoked.
    void setEnvironments(KeyEnvironments environments) { m_environments = environments; }
    KeyEnvironments environments() const { return m_environments; }

    Result<IssuedKey> create(const Actor &actor, const CreateKeyRequest &request);
    /// q.workspaceId is taken from the actor; q.limit must be 1 … 100.
    Result<Page<ApiKeyRecord>> list(const Actor &actor, KeyQuery q);
    Result<qint64> count(const Actor &actor, KeyQuery q);
    Result<ApiKeyRecord> get(const Actor &actor, const QString &id);
    Result<ApiKeyRecord> patch(const Actor &actor, const QString &id, const KeyPatch &patch);
    Result<ApiKeyRecord> revoke(const Actor &actor, const QString &id);
    /// Issues a new secret key with the same settings and sets the old one to expire after
    /// \p graceSeconds (0 … 604 800; 0 = at once).
    Result<IssuedKey> roll(const Actor &actor, const QString &id, qint64 graceSeconds);
    /// Whether \p key, as read, can be rolled at \p now: a secret key, not revoked, not expired
    /// and not already replaced by a roll. roll() asks this of the record it has just read
    /// (whose replacedBy comes from the store); the dashboard asks it to offer Roll… only
    /// where it will work.
    static Status rollable(const ApiKeyRecord &key, qint64 now);
    /// The key's usage over the \p days (1 … kUsageRetentionDays) UTC days ending today, from
    /// what the verifier has flushed. Whoever may read the key may read its usage.
    Result<UsageReport> usage(const Actor &actor, const QString &id, int days);

    qint64 now() const { return m_clock(); }

private:
    Status requireEnvironment(const Actor &actor, Environment env) const;
    Result<ApiKeyRecord> findForActor(const Actor &actor, const QString &id);
    Status validateName(const QString &name) const;
    static Status validateDescription(const QString &description);
    static Status validateMetadata(const QMap<QString, QString> &metadata);
    /// Which restrictions a create, patch or roll sets, for passOnRestrictions().
    enum LimitField
    {
        ExpiresAt = 1,
        Ips = 2,
        Endpoints = 4,
        Rate = 8,
        AllLimits = ExpiresAt | Ips | Endpoints | Rate
    };
    /// The no-escalation rule for restrictions (SECURITY.md, "Rules"): a key actor may give a key
    /// (itself included) only restrictions within its own; 403 restriction_not_grantable otherwise.
    /// Members are bound by their role's scopes alone.
    Status passOnRestrictions(const Actor &actor, const KeyLimits &given, int fields) const;
    Status audit(const Actor &actor, const ApiKeyRecord &key, const QString &action,
                 const QJsonObject &details);
    void changed(const ApiKeyRecord &key);

    Store &m_store;
    const ScopeCatalog &m_catalog;
    Clock m_clock;
    KeyEnvironments m_environments = KeyEnvironments::All;
};

} // namespace latchkey
