// SPDX-License-Identifier: MIT
#pragma once
// The store: every persistent thing Latchkey knows. One interface, implemented by SqlStore
// for SQLite (embedded, the default) and PostgreSQL (several latchkeyd on one database).
// Times are milliseconds since the Unix epoch, UTC. No record holds a secret in the clear:
// keys are kept as SHA-256 hashes, webhook signing secrets encrypted, session tokens hashed.

#include "restrictions.h"
#include "result.h"
#include "types.h"
#include "usage.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <chrono>
#include <functional>
#include <limits>
#include <optional>

namespace latchkey {

struct WorkspaceRecord
{
    QString id; ///< "ws_…"
    QString name;
    qint64 createdAt = 0;
};

struct UserRecord
{
    QString id;              ///< "usr_…"
    QString email;           ///< lower-cased
    QByteArray passwordHash; ///< crypto::hashPassword() output; empty for no password
    qint64 createdAt = 0;
};

struct MembershipRecord
{
    QString workspaceId;
    QString userId;
    Role role = Role::Viewer;
    qint64 joinedAt = 0; ///< set when the membership is made; 0 for those made before v4
};

/// A member as GET /v1/members shows them.
struct MemberRecord
{
    UserRecord user;
    Role role = Role::Viewer;
    qint64 joinedAt = 0;
    std::optional<qint64> lastSignInAt; ///< the newest session's start
};

/// An invitation to a workspace (docs/teams.md): its lki_ token is shown once and kept hashed.
struct InvitationRecord
{
    QString id; ///< "inv_…"
    QString workspaceId;
    QString email; ///< lower-cased
    Role role = Role::Viewer;
    QByteArray tokenHash; ///< SHA-256 of the lki_ token
    QString invitedBy;    ///< the inviter's email
    qint64 createdAt = 0;
    qint64 expiresAt = 0;
    std::optional<qint64> acceptedAt;
    std::optional<qint64> withdrawnAt;
};

/// A workspace's subscription to a service. Lapsed live subscriptions give 402.
struct SubscriptionRecord
{
    QString workspaceId;
    QString service; ///< "forms"
    bool active = true;
    qint64 updatedAt = 0;
};

struct ApiKeyRecord
{
    QString id; ///< "key_…"
    QString workspaceId;
    Environment environment = Environment::Test;
    KeyType type = KeyType::Secret;
    QString name;
    QString description; ///< free text for people, up to 500 characters
    /// The owner's labels: up to 20 string keys (≤ 40 characters) with string values
    /// (≤ 500); the dashboard keeps a forms key's form slug here ("form_slug").
    QMap<QString, QString> metadata;
    QString prefix;    ///< "sk_live_"
    QString last4;     ///< the key text's last four characters
    QByteArray hash;   ///< SHA-256 of the key text
    QString token;     ///< the whole text, public keys only (it is public)
    QString serviceId; ///< public keys: the one service they are issued for
    QStringList scopes;
    QStringList allowedOrigins; ///< normalised patterns, public keys
    QStringList ipAllowlist;    ///< canonical CIDRs
    QStringList endpoints;      ///< canonical endpoint patterns
    std::optional<RateLimit> rateLimit;
    qint64 createdAt = 0;
    QString createdBy; ///< display form of the actor: an email or a key's display form
    std::optional<qint64> lastUsed;
    QString lastUsedIp; ///< the address of the last allowed verify, if it named one
    std::optional<qint64> expiresAt;
    std::optional<qint64> revokedAt;
    QString rolledFrom; ///< id of the key this one replaced by a roll
    QString replacedBy; ///< id of the key that replaced this one by a roll (read, never written)
    qint64 seq = 0;     ///< store order; newest has the largest
};

struct WebhookEndpointRecord
{
    QString id; ///< "we_…"
    QString workspaceId;
    Environment environment = Environment::Test;
    QString url;
    QString description;
    QStringList events; ///< empty = every event
    qint64 createdAt = 0;
    QString createdBy;
    qint64 seq = 0;
};

struct WebhookSecretRecord
{
    QString id; ///< "whs_…"
    QString endpointId;
    QByteArray sealed; ///< AES-256-GCM (crypto::aesGcmEncrypt) of the whsec_ text, aad = id
    QString last4;
    qint64 createdAt = 0;
    std::optional<qint64> expiresAt; ///< set when superseded by a rotation
};

struct AuditRecord
{
    qint64 seq = 0; ///< set by the store: 1, 2, 3, … within the record's workspace
    QString id;     ///< "evt_…"
    QString workspaceId;
    QString environment; ///< "live", "test" or empty
    QString actor;       ///< who: an email, a key's display form, or "system"
    QString action;      ///< "api_key.created", "api_key.revoked", "session.created", …
    QString target;      ///< the object's id
    QJsonObject details; ///< never a secret
    qint64 createdAt = 0;
    QByteArray prevHash; ///< hash of the workspace's record seq-1 (32 zero bytes for the first)
    QByteArray hash;     ///< AuditLog::chainHash(prevHash, this)
};

struct SessionRecord
{
    QString id; ///< "ses_…"
    QString userId;
    QByteArray tokenHash; ///< SHA-256 of the lks_ token
    qint64 createdAt = 0;
    qint64 lastSeen = 0;
    qint64 expiresAt = 0; ///< absolute limit
    std::optional<qint64> revokedAt;
};

/// A page of a list: newest first, then `starting_after` the last item's id.
template<class T> struct Page
{
    QList<T> items;
    bool hasMore = false;
};

/// What a key is now: revoked, expired, expiring within kExpiringWindowMs, or active.
enum class KeyStatus
{
    Active,
    Expiring,
    Expired,
    Revoked
};
QString name(KeyStatus s); ///< "active" | "expiring" | "expired" | "revoked"
std::optional<KeyStatus> keyStatusFromString(QStringView s);

/// A key whose expiry is within this many ms is "expiring".
constexpr qint64 kExpiringWindowMs = 7LL * 24 * 3600 * 1000;
/// Keys older than this are flagged "rotation recommended".
constexpr qint64 kRotationAgeMs = 90LL * 24 * 3600 * 1000;

/// What a key list is ordered by; keys that compare equal come newest first (or last).
enum class KeyOrder
{
    Created,  ///< store order
    Name,     ///< without case
    LastUsed, ///< never-used keys count as oldest
    Expires,  ///< keys that never expire count as latest
};
QString name(KeyOrder o); ///< "created" | "name" | "last_used" | "expires"
std::optional<KeyOrder> keyOrderFromString(QStringView s);

struct KeyQuery
{
    QString workspaceId;
    std::optional<Environment> environment;
    std::optional<KeyType> type;
    bool includeRevoked = false; ///< ignored when statuses is set
    /// Only keys in one of these states (as of nowMs); empty means any, revoked ones only with
    /// includeRevoked.
    QList<KeyStatus> statuses;
    std::optional<qint64> createdBefore; ///< only keys created before this time (ms)
    QString nameContains; ///< case-insensitive substring of the name, or of prefix+last4
    KeyOrder orderBy = KeyOrder::Created;
    bool descending = true;
    qint64 nowMs = 0;      ///< "now" for statuses (the service sets it)
    int limit = 10;        ///< 1 … 100 (the services check)
    QString startingAfter; ///< an id from the previous page
};

struct ListQuery
{
    QString workspaceId;
    std::optional<Environment> environment;
    int limit = 10;
    QString startingAfter;
};

/// A page of the audit log with its filters (GET /v1/audit-events; AuditFilter::check says
/// what is valid). Empty filters match every event.
struct AuditQuery : ListQuery
{
    AuditQuery() = default;
    AuditQuery(const ListQuery &page) // NOLINT(google-explicit-constructor): every event
        : ListQuery(page)
    {}
    QString actor;  ///< who, compared without case: an email, a key's display form, "system"
    QString action; ///< one action ("api_key.revoked") or a family ("api_key.*")
    QString target; ///< the object's id
    std::optional<qint64> createdFrom; ///< inclusive, ms (created_gte)
    std::optional<qint64> createdTo;   ///< inclusive, ms (created_lte)
};

/// The store interface. Every method is one transaction unless called inside transaction().
/// Errors are ApiError 500 store_error with a message that names the operation, never data.
/// A Store is used from the thread that opened it.
class Store
{
public:
    virtual ~Store() = default;

    /// Runs \p work in one transaction: all its writes land, or none do.
    virtual Status transaction(const std::function<Status()> &work) = 0;

    // Workspaces, users, memberships, subscriptions
    virtual Status insertWorkspace(const WorkspaceRecord &ws) = 0;
    virtual Result<std::optional<WorkspaceRecord>> workspace(const QString &id) = 0;
    virtual Result<QList<WorkspaceRecord>> workspaces() = 0;
    virtual Status renameWorkspace(const QString &id, const QString &name) = 0;
    virtual Status insertUser(const UserRecord &user) = 0;
    virtual Result<std::optional<UserRecord>> userByEmail(const QString &email) = 0;
    virtual Result<std::optional<UserRecord>> user(const QString &id) = 0;
    virtual Status updatePasswordHash(const QString &userId, const QByteArray &hash) = 0;
    virtual Status upsertMembership(const MembershipRecord &m) = 0;
    virtual Result<QList<MembershipRecord>> membershipsOfUser(const QString &userId) = 0;
    /// A workspace's members with their users, oldest membership first.
    virtual Result<QList<MemberRecord>> members(const QString &workspaceId) = 0;
    virtual Status deleteMembership(const QString &workspaceId, const QString &userId) = 0;
    /// Inside a transaction: waits for, then holds until its end, the right to change the
    /// workspace's members (PostgreSQL: its row's lock; SQLite writes one at a time anyway),
    /// so that two changes cannot each leave the other to be the last owner.
    virtual Status lockWorkspace(const QString &workspaceId) = 0;
    // Invitations
    virtual Status insertInvitation(const InvitationRecord &inv) = 0;
    /// Sets accepted_at and withdrawn_at (by id).
    virtual Status updateInvitation(const InvitationRecord &inv) = 0;
    virtual Result<std::optional<InvitationRecord>> invitation(const QString &workspaceId,
                                                               const QString &id) = 0;
    virtual Result<std::optional<InvitationRecord>>
    invitationByTokenHash(const QByteArray &hash) = 0;
    /// Neither accepted nor withdrawn nor expired at \p now, newest first.
    virtual Result<QList<InvitationRecord>> pendingInvitations(const QString &workspaceId,
                                                               qint64 now) = 0;
    virtual Status upsertSubscription(const SubscriptionRecord &s) = 0;
    virtual Result<QList<SubscriptionRecord>> subscriptions(const QString &workspaceId) = 0;

    // API keys
    virtual Status insertKey(const ApiKeyRecord &key) = 0;
    /// Replaces every mutable field of the key with \p key's (by id).
    virtual Status updateKey(const ApiKeyRecord &key) = 0;
    virtual Result<std::optional<ApiKeyRecord>> key(const QString &workspaceId,
                                                    const QString &id) = 0;
    virtual Result<std::optional<ApiKeyRecord>> keyByHash(const QByteArray &hash) = 0;
    virtual Result<Page<ApiKeyRecord>> listKeys(const KeyQuery &q) = 0;
    virtual Result<qint64> countKeys(const KeyQuery &q) = 0;
    /// In one transaction: moves each key's last-used time (and the address it came from)
    /// forward, never back; adds \p counts to the stored per-day counts; and, when
    /// \p pruneBeforeDay is set, drops counts of earlier days (the verifier batches these).
    virtual Status recordUsage(const QList<KeyUse> &uses, const QList<UsageCount> &counts,
                               std::optional<qint64> pruneBeforeDay) = 0;
    /// A key's stored counts from \p fromDay on.
    virtual Result<QList<UsageCount>> usage(const QString &keyId, qint64 fromDay) = 0;

    // Webhook endpoints and their signing secrets
    virtual Status insertEndpoint(const WebhookEndpointRecord &e) = 0;
    virtual Result<std::optional<WebhookEndpointRecord>> endpoint(const QString &workspaceId,
                                                                  const QString &id) = 0;
    virtual Result<Page<WebhookEndpointRecord>> listEndpoints(const ListQuery &q) = 0;
    virtual Status deleteEndpoint(const QString &id) = 0; ///< and its secrets
    virtual Status insertSecret(const WebhookSecretRecord &s) = 0;
    virtual Status updateSecretExpiry(const QString &id, std::optional<qint64> expiresAt) = 0;
    virtual Result<QList<WebhookSecretRecord>> secrets(const QString &endpointId) = 0;
    /// Every signing secret of every endpoint, expired ones too (latchkeyd rekey).
    virtual Result<QList<WebhookSecretRecord>> allSecrets() = 0;
    /// Replaces a secret's sealed text, sealed again under another master key (latchkeyd rekey).
    virtual Status updateSecretSealed(const QString &id, const QByteArray &sealed) = 0;

    // Audit log: append-only, one hash chain per workspace (SECURITY.md, "Rules"). The store
    // assigns seq, prevHash and hash inside its transaction, from the workspace's own head.
    virtual Result<AuditRecord> appendAudit(const AuditRecord &r) = 0;
    virtual Result<Page<AuditRecord>> listAudit(const AuditQuery &q) = 0;
    /// Every record of one workspace in seq order, for checking its chain; \p visit returns
    /// false to stop.
    virtual Status forEachAudit(const QString &workspaceId,
                                const std::function<bool(const AuditRecord &)> &visit) = 0;
    /// The workspaces that have audit records (for checking every chain).
    virtual Result<QStringList> auditedWorkspaces() = 0;

    // Sessions
    virtual Status insertSession(const SessionRecord &s) = 0;
    virtual Result<std::optional<SessionRecord>> sessionByTokenHash(const QByteArray &hash) = 0;
    virtual Status touchSession(const QString &id, qint64 lastSeen) = 0;
    virtual Status revokeSession(const QString &id, qint64 at) = 0;
    /// Ends every session of \p userId but \p keepSessionId (empty: every one).
    virtual Status revokeSessionsOfUser(const QString &userId, const QString &keepSessionId,
                                        qint64 at) = 0;

    /// Change notification: \p what (a key hash in hex, or "ws:<id>" for a subscription change)
    /// reaches this store's onChange handler when the surrounding transaction commits (at once
    /// outside one), and, on PostgreSQL, every other instance's through LISTEN/NOTIFY. The
    /// store itself may deliver kEverything ("*"): forget every cached thing.
    virtual void publishChange(const QString &what) = 0;
    virtual void onChange(std::function<void(const QString &)> handler) = 0;

    static constexpr QLatin1String kEverything{"*"};

    // Cache trust and propagation: what makes "once a revoke has answered, no instance accepts
    // the key" hold with several processes on one store (docs/postgresql.md).

    /// A steady-clock time in milliseconds: never jumps, keeps counting while the process is
    /// stopped. The unit of cache-trust deadlines.
    static qint64 steadyNowMs()
    {
        return std::chrono::duration_cast<std::chrono::milliseconds>(
                   std::chrono::steady_clock::now().time_since_epoch())
            .count();
    }
    static constexpr qint64 kTrustForever = std::numeric_limits<qint64>::max();

    /// Registers the one holder of caches filled from this store (the Verifier). \p handler
    /// gets the steadyNowMs() time until which such caches may answer without asking the
    /// store: kTrustForever where this process is the only writer (SQLite); on PostgreSQL a
    /// deadline each heartbeat moves on, and 0 when the connection is lost. Past the deadline
    /// the holder asks the store. An empty handler unregisters.
    virtual void onCacheTrust(std::function<void(qint64 trustedUntilMs)> handler)
    {
        if (handler)
            handler(kTrustForever);
    }

    /// Calls \p done once every other live process on this store has applied every change
    /// committed so far (at once where there is no other process), or with an ApiError 503
    /// after a bounded wait. Asynchronous on PostgreSQL: \p done runs from the event loop.
    virtual void whenPropagated(std::function<void(Status)> done) { done(success()); }
};

} // namespace latchkey
