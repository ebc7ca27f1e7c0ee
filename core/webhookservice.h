// SPDX-License-Identifier: MIT
#pragma once
// Webhook endpoints and their signing secrets (docs/operations.md, "The master key"). Secrets
// (`whsec_…`) are shown once and stored sealed with AES-256-GCM under the master key; rotate keeps
// the old one valid for 7 days and, meanwhile, deliveries are signed with every valid secret.

#include "actor.h"
#include "result.h"
#include "store.h"

#include <QHostAddress>
#include <QUrl>

#include <functional>

namespace latchkey {

/// How long a superseded signing secret keeps signing after a rotation.
constexpr qint64 kSecretOverlapMs = 7LL * 24 * 3600 * 1000;
/// Receivers accept a signature whose timestamp is within this many seconds.
constexpr qint64 kSignatureToleranceSeconds = 300;

/// Whether test endpoints may also be this machine: only where the operator says so
/// (`latchkeyd serve --allow-loopback-webhooks`) and in the dashboard's own sandbox. It allows
/// http(s)://localhost and http(s)://127.0.0.1 for test endpoints, never another internal
/// address, never a live endpoint.
enum class LoopbackWebhooks
{
    Refused,
    AllowedForTest,
};

struct IssuedEndpoint
{
    WebhookEndpointRecord endpoint;
    QByteArray secret; ///< "whsec_…", shown once; the caller wipes it
};

/// What may be shown of a signing secret: never its text.
struct SigningSecretInfo
{
    QString id;
    QString last4;
    qint64 createdAt = 0;
    std::optional<qint64> expiresAt;
};

class WebhookService
{
    Q_DECLARE_TR_FUNCTIONS(WebhookService)

public:
    using Clock = std::function<qint64()>;

    /// \p masterKey: 32 bytes, from crypto::loadOrCreateMasterKey().
    WebhookService(Store &store, const ScopeCatalog &catalog, QByteArray masterKey,
                   Clock clock = {}, LoopbackWebhooks loopback = LoopbackWebhooks::Refused);
    ~WebhookService();

    Result<IssuedEndpoint> create(const Actor &actor, Environment env, const QString &url,
                                  const QString &description, const QStringList &events);
    Result<Page<WebhookEndpointRecord>> list(const Actor &actor, ListQuery q);
    Result<WebhookEndpointRecord> get(const Actor &actor, const QString &id);
    Status remove(const Actor &actor, const QString &id);
    /// A new secret, shown once; the previous ones stay valid for 7 days.
    Result<IssuedEndpoint> rotateSecret(const Actor &actor, const QString &id);
    Result<QList<SigningSecretInfo>> secretInfo(const Actor &actor, const QString &id);
    /// The secrets that sign a delivery now, decrypted, newest first. Needs webhooks.write:
    /// only those who may send test deliveries see them, and only in memory.
    Result<QList<QByteArray>> signingSecrets(const Actor &actor, const QString &endpointId);

    /// What resealSecrets() did.
    struct Resealed
    {
        int count = 0;              ///< secrets sealed again under the new key
        QString unopenedId;         ///< the first secret the old key did not open (then count is 0)
        QString unopenedEndpointId; ///< its endpoint
    };
    /// Seals every signing secret in \p store (expired ones too) again under \p newKey, in one
    /// transaction: each is first opened with \p oldKey, and if any one does not open nothing
    /// changes and Resealed names that secret (never its text). Both keys are 32 bytes
    /// (crypto::loadOrCreateMasterKey()). Running instances keep the key they started with:
    /// restart them with \p newKey. An error only when the store fails.
    static Result<Resealed> resealSecrets(Store &store, QByteArrayView oldKey,
                                          QByteArrayView newKey);

    /// `t=<unix seconds>,v1=<hex>[,v1=<hex>…]`: HMAC-SHA256 of "<t>.<body>" under each secret.
    static QByteArray signatureHeader(qint64 unixSeconds, QByteArrayView body,
                                      const QList<QByteArray> &secrets);
    /// What a receiver does: \p header's t within the tolerance of \p nowSeconds and one v1
    /// matching \p secret (constant-time).
    static bool verifySignature(QByteArrayView header, QByteArrayView body, QByteArrayView secret,
                                qint64 nowSeconds,
                                qint64 toleranceSeconds = kSignatureToleranceSeconds);

    /// `https://` only, to a host that is not internal (SECURITY.md, "Rules"): a name, or an
    /// address that isPublicAddress(), judged on the host as QUrl normalises it (2130706433,
    /// 0x7f.1, 127.1 and fullwidth digits are all 127.0.0.1) and on any trailing-dot or other
    /// numeric form a resolver would read as an address. localhost, *.localhost and local-network
    /// names are refused too. \p loopback AllowedForTest also accepts http(s)://localhost and
    /// http(s)://127.0.0.1 for test endpoints. Errors are 400 with `param` "url".
    static Status validateUrl(const QString &url, Environment env,
                              LoopbackWebhooks loopback = LoopbackWebhooks::Refused);
    /// Whether a delivery to \p url, an endpoint's URL, may connect to \p address, one of the
    /// addresses its host resolved to. Every resolved address is asked before connecting.
    static bool mayConnect(const QUrl &url, Environment env, LoopbackWebhooks loopback,
                           const QHostAddress &address);
    /// False for loopback, private (RFC 1918, ULA), link-local, CGNAT, multicast, unspecified,
    /// documentation and other reserved ranges, and for IPv6 forms that carry an IPv4 address
    /// (mapped, compatible, NAT64, 6to4, Teredo): where a delivery must never go.
    static bool isPublicAddress(const QHostAddress &address);
    LoopbackWebhooks loopbackWebhooks() const { return m_loopback; }

private:
    Result<WebhookEndpointRecord> find(const Actor &actor, const QString &id);
    Result<WebhookSecretRecord> sealNewSecret(const QString &endpointId, QByteArray &secretOut);
    Status audit(const Actor &actor, const WebhookEndpointRecord &e, const QString &action,
                 const QJsonObject &details);

    Store &m_store;
    const ScopeCatalog &m_catalog;
    QByteArray m_masterKey;
    Clock m_clock;
    LoopbackWebhooks m_loopback;
};

} // namespace latchkey
