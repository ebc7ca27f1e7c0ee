// SPDX-License-Identifier: MIT
#pragma once
// Webhook endpoints and their signing secrets (SPEC §1 Lifecycle, §8). Secrets (`whsec_…`) are
// shown once and stored sealed with AES-256-GCM under the master key; rotate keeps the old one
// valid for 7 days and, meanwhile, deliveries are signed with every valid secret.

#include "actor.h"
#include "result.h"
#include "store.h"

#include <QHostAddress>

#include <functional>

namespace latchkey {

/// How long a superseded signing secret keeps signing after a rotation.
constexpr qint64 kSecretOverlapMs = 7LL * 24 * 3600 * 1000;
/// Receivers accept a signature whose timestamp is within this many seconds.
constexpr qint64 kSignatureToleranceSeconds = 300;

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
                   Clock clock = {});
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

    /// `t=<unix seconds>,v1=<hex>[,v1=<hex>…]`: HMAC-SHA256 of "<t>.<body>" under each secret.
    static QByteArray signatureHeader(qint64 unixSeconds, QByteArrayView body,
                                      const QList<QByteArray> &secrets);
    /// What a receiver does: \p header's t within the tolerance of \p nowSeconds and one v1
    /// matching \p secret (constant-time).
    static bool verifySignature(QByteArrayView header, QByteArrayView body, QByteArrayView secret,
                                qint64 nowSeconds,
                                qint64 toleranceSeconds = kSignatureToleranceSeconds);

    /// `https://` only; the test environment also accepts http://localhost and
    /// http://127.0.0.1 (any port). Live endpoints never name a loopback, private,
    /// link-local or otherwise non-public address. Errors are 400 with `param` "url".
    static Status validateUrl(const QString &url, Environment env);
    /// False for loopback, private (RFC 1918, ULA), link-local, CGNAT, multicast, unspecified,
    /// documentation and other reserved ranges: where a live delivery must never go.
    static bool isPublicAddress(const QHostAddress &address);

private:
    Status require(const Actor &actor, const char *scope) const;
    Result<WebhookEndpointRecord> find(const Actor &actor, const QString &id);
    Result<WebhookSecretRecord> sealNewSecret(const QString &endpointId, QByteArray &secretOut);
    Status audit(const Actor &actor, const WebhookEndpointRecord &e, const QString &action,
                 const QJsonObject &details);

    Store &m_store;
    const ScopeCatalog &m_catalog;
    QByteArray m_masterKey;
    Clock m_clock;
};

} // namespace latchkey
