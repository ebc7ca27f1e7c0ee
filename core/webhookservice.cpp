// SPDX-License-Identifier: MIT
#include "webhookservice.h"

#include "crypto.h"

#include <QDateTime>
#include <QJsonArray>
#include <QUrl>

namespace latchkey {

WebhookService::WebhookService(Store &store, const ScopeCatalog &catalog, QByteArray masterKey,
                               Clock clock)
    : m_store(store)
    , m_catalog(catalog)
    , m_masterKey(std::move(masterKey))
    , m_clock(clock ? std::move(clock) : Clock([] { return QDateTime::currentMSecsSinceEpoch(); }))
{
    Q_ASSERT(m_masterKey.size() == 32);
}

WebhookService::~WebhookService()
{
    crypto::wipe(m_masterKey);
}

Status WebhookService::require(const Actor &actor, const char *scope) const
{
    const QString s = QString::fromLatin1(scope);
    if (actor.holds(m_catalog, s))
        return success();
    if (actor.kind == Actor::Kind::Key)
        return ApiError::insufficientScope(s);
    return ApiError::forbidden(
        s.endsWith(QLatin1String(".write"))
            ? tr("Your role (%1) cannot change webhook endpoints.").arg(name(actor.role))
            : tr("Your role (%1) cannot see webhook endpoints.").arg(name(actor.role)));
}

Result<WebhookEndpointRecord> WebhookService::find(const Actor &actor, const QString &id)
{
    auto found = m_store.endpoint(actor.workspaceId, id);
    if (!found.ok())
        return found.error();
    if (!found->has_value() ||
        (actor.boundEnvironment && (*found)->environment != *actor.boundEnvironment))
        return ApiError::notFound(tr("No webhook endpoint with id '%1' in this workspace and "
                                     "environment.")
                                      .arg(id.left(64)));
    return **found;
}

Status WebhookService::audit(const Actor &actor, const WebhookEndpointRecord &e,
                             const QString &action, const QJsonObject &details)
{
    AuditRecord r;
    r.workspaceId = e.workspaceId;
    r.environment = name(e.environment);
    r.actor = actor.display;
    r.action = action;
    r.target = e.id;
    r.details = details;
    r.createdAt = m_clock();
    auto appended = m_store.appendAudit(r);
    return appended.ok() ? success() : Status(appended.error());
}

Result<WebhookSecretRecord> WebhookService::sealNewSecret(const QString &endpointId,
                                                          QByteArray &secretOut)
{
    QByteArray random = crypto::randomBase62(32);
    secretOut = "whsec_" + random;
    crypto::wipe(random);
    WebhookSecretRecord s;
    s.id = crypto::randomId(u"whs_");
    s.endpointId = endpointId;
    s.sealed = crypto::aesGcmEncrypt(m_masterKey, secretOut, s.id.toLatin1());
    s.last4 = QString::fromLatin1(secretOut.right(4));
    s.createdAt = m_clock();
    return s;
}

Result<IssuedEndpoint> WebhookService::create(const Actor &actor, Environment env,
                                              const QString &url, const QString &description,
                                              const QStringList &events)
{
    if (Status s = require(actor, "webhooks.write"); !s.ok())
        return s.error();
    if (actor.boundEnvironment && *actor.boundEnvironment != env)
        return ApiError::forbidden(
            tr("This key can only manage the %1 environment.").arg(name(*actor.boundEnvironment)));
    if (Status s = validateUrl(url, env); !s.ok())
        return s.error();
    if (description.size() > 500)
        return ApiError::invalidRequest(QStringLiteral("description"),
                                        tr("The description is longer than 500 characters."));
    for (const QString &e : events)
        if (e.isEmpty() || e.size() > 100 || !isValidScopeSyntax(e))
            return ApiError::invalidRequest(QStringLiteral("events"),
                                            tr("'%1' is not an event type such as "
                                               "api_key.created or api_key.*.")
                                                .arg(e.left(100)));

    IssuedEndpoint issued;
    WebhookEndpointRecord &e = issued.endpoint;
    e.id = crypto::randomId(u"we_");
    e.workspaceId = actor.workspaceId;
    e.environment = env;
    e.url = QUrl(url).toString(QUrl::FullyEncoded);
    e.description = description;
    e.events = events;
    e.createdAt = m_clock();
    e.createdBy = actor.display;
    auto secret = sealNewSecret(e.id, issued.secret);
    if (!secret.ok())
        return secret.error();

    Status s = m_store.transaction([&]() -> Status {
        if (Status w = m_store.insertEndpoint(e); !w.ok())
            return w;
        if (Status w = m_store.insertSecret(*secret); !w.ok())
            return w;
        return audit(actor, e, QStringLiteral("webhook_endpoint.created"),
                     {{QStringLiteral("url"), e.url}});
    });
    if (!s.ok()) {
        crypto::wipe(issued.secret);
        return s.error();
    }
    return issued;
}

Result<Page<WebhookEndpointRecord>> WebhookService::list(const Actor &actor, ListQuery q)
{
    if (Status s = require(actor, "webhooks.read"); !s.ok())
        return s.error();
    if (q.limit < 1 || q.limit > 100)
        return ApiError::invalidRequest(QStringLiteral("limit"),
                                        tr("limit must be between 1 and 100."));
    if (actor.boundEnvironment)
        q.environment = actor.boundEnvironment;
    q.workspaceId = actor.workspaceId;
    return m_store.listEndpoints(q);
}

Result<WebhookEndpointRecord> WebhookService::get(const Actor &actor, const QString &id)
{
    if (Status s = require(actor, "webhooks.read"); !s.ok())
        return s.error();
    return find(actor, id);
}

Status WebhookService::remove(const Actor &actor, const QString &id)
{
    if (Status s = require(actor, "webhooks.write"); !s.ok())
        return s;
    auto e = find(actor, id);
    if (!e.ok())
        return e.error();
    return m_store.transaction([&]() -> Status {
        if (Status w = m_store.deleteEndpoint(e->id); !w.ok())
            return w;
        return audit(actor, *e, QStringLiteral("webhook_endpoint.deleted"),
                     {{QStringLiteral("url"), e->url}});
    });
}

Result<IssuedEndpoint> WebhookService::rotateSecret(const Actor &actor, const QString &id)
{
    if (Status s = require(actor, "webhooks.write"); !s.ok())
        return s.error();
    auto e = find(actor, id);
    if (!e.ok())
        return e.error();
    auto existing = m_store.secrets(e->id);
    if (!existing.ok())
        return existing.error();
    IssuedEndpoint issued;
    issued.endpoint = *e;
    auto secret = sealNewSecret(e->id, issued.secret);
    if (!secret.ok())
        return secret.error();
    const qint64 now = m_clock();
    Status s = m_store.transaction([&]() -> Status {
        for (const WebhookSecretRecord &old : *existing)
            if (!old.expiresAt || *old.expiresAt > now + kSecretOverlapMs)
                if (Status w = m_store.updateSecretExpiry(old.id, now + kSecretOverlapMs); !w.ok())
                    return w;
        if (Status w = m_store.insertSecret(*secret); !w.ok())
            return w;
        return audit(actor, *e, QStringLiteral("webhook_endpoint.secret_rotated"),
                     {{QStringLiteral("secret_id"), secret->id}});
    });
    if (!s.ok()) {
        crypto::wipe(issued.secret);
        return s.error();
    }
    return issued;
}

Result<QList<SigningSecretInfo>> WebhookService::secretInfo(const Actor &actor, const QString &id)
{
    if (Status s = require(actor, "webhooks.read"); !s.ok())
        return s.error();
    auto e = find(actor, id);
    if (!e.ok())
        return e.error();
    auto secrets = m_store.secrets(e->id);
    if (!secrets.ok())
        return secrets.error();
    QList<SigningSecretInfo> out;
    for (const WebhookSecretRecord &s : *secrets)
        out.append({s.id, s.last4, s.createdAt, s.expiresAt});
    return out;
}

Result<QList<QByteArray>> WebhookService::signingSecrets(const Actor &actor,
                                                         const QString &endpointId)
{
    if (Status s = require(actor, "webhooks.write"); !s.ok())
        return s.error();
    auto e = find(actor, endpointId);
    if (!e.ok())
        return e.error();
    auto secrets = m_store.secrets(e->id);
    if (!secrets.ok())
        return secrets.error();
    const qint64 now = m_clock();
    QList<QByteArray> out;
    for (const WebhookSecretRecord &s : *secrets) {
        if (s.expiresAt && *s.expiresAt <= now)
            continue;
        auto plain = crypto::aesGcmDecrypt(m_masterKey, s.sealed, s.id.toLatin1());
        if (!plain.ok()) {
            for (QByteArray &p : out)
                crypto::wipe(p);
            return plain.error();
        }
        out.append(std::move(*plain));
    }
    return out;
}

QByteArray WebhookService::signatureHeader(qint64 unixSeconds, QByteArrayView body,
                                           const QList<QByteArray> &secrets)
{
    const QByteArray t = QByteArray::number(unixSeconds);
    QByteArray payload = t + '.' + body.toByteArray();
    QByteArray header = "t=" + t;
    for (const QByteArray &secret : secrets)
        header += ",v1=" + crypto::hmacSha256(secret, payload).toHex();
    return header;
}

bool WebhookService::verifySignature(QByteArrayView header, QByteArrayView body,
                                     QByteArrayView secret, qint64 nowSeconds,
                                     qint64 toleranceSeconds)
{
    qint64 t = -1;
    QList<QByteArray> signatures;
    for (const QByteArray &part : header.toByteArray().split(',')) {
        const QByteArray item = part.trimmed();
        if (item.startsWith("t=")) {
            bool ok = false;
            t = item.mid(2).toLongLong(&ok);
            if (!ok)
                return false;
        } else if (item.startsWith("v1=")) {
            signatures << QByteArray::fromHex(item.mid(3));
        }
    }
    if (t < 0 || qAbs(nowSeconds - t) > toleranceSeconds)
        return false;
    const QByteArray expected =
        crypto::hmacSha256(secret, QByteArray::number(t) + '.' + body.toByteArray());
    bool match = false;
    for (const QByteArray &sig : signatures)
        match |= crypto::constantTimeEquals(sig, expected);
    return match;
}

bool WebhookService::isPublicAddress(const QHostAddress &in)
{
    bool mapped = false;
    const quint32 v4 = in.toIPv4Address(&mapped);
    if (mapped || in.protocol() == QAbstractSocket::IPv4Protocol) {
        struct Range
        {
            quint32 net;
            int bits;
        };
        static constexpr Range blocked[] = {
            {0x00000000, 8},  {0x0A000000, 8},  {0x64400000, 10}, {0x7F000000, 8},
            {0xA9FE0000, 16}, {0xAC100000, 12}, {0xC0000000, 24}, {0xC0000200, 24},
            {0xC0A80000, 16}, {0xC6120000, 15}, {0xC6336400, 24}, {0xCB007100, 24},
            {0xE0000000, 4},  {0xF0000000, 4},
        };
        for (const Range &r : blocked)
            if ((v4 >> (32 - r.bits)) == (r.net >> (32 - r.bits)))
                return false;
        return true;
    }
    if (in.protocol() != QAbstractSocket::IPv6Protocol)
        return false;
    if (in.isLoopback() || in.isMulticast() || in.isLinkLocal() || in.isUniqueLocalUnicast() ||
        in.isSiteLocal() || in == QHostAddress(QHostAddress::AnyIPv6))
        return false;
    const Q_IPV6ADDR a = in.toIPv6Address();
    if (a[0] == 0x20 && a[1] == 0x01 && a[2] == 0x0d && a[3] == 0xb8) // 2001:db8::/32
        return false;
    if (a[0] == 0x00 && a[1] == 0x64 && a[2] == 0xff && a[3] == 0x9b) // NAT64 64:ff9b::/96
        return false;
    return true;
}

Status WebhookService::validateUrl(const QString &text, Environment env)
{
    const QString param = QStringLiteral("url");
    if (text.isEmpty())
        return ApiError::invalidRequest(param, tr("A webhook endpoint needs a URL."));
    if (text.size() > 2048)
        return ApiError::invalidRequest(param, tr("The URL is longer than 2048 characters."));
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty())
        return ApiError::invalidRequest(param, tr("'%1' is not a valid URL.").arg(text.left(200)));
    if (!url.userInfo().isEmpty())
        return ApiError::invalidRequest(param,
                                        tr("The URL must not carry a user name or password."));
    if (!url.fragment().isEmpty())
        return ApiError::invalidRequest(param, tr("The URL must not have a #fragment."));
    const QString host = url.host().toLower();
    const QString scheme = url.scheme().toLower();
    const bool localHost = host == QLatin1String("localhost") || host == QLatin1String("127.0.0.1");
    if (scheme == QLatin1String("http")) {
        if (env == Environment::Test && localHost)
            return success();
        return ApiError::invalidRequest(
            param, env == Environment::Test
                       ? tr("Webhook URLs must use https:// (the test environment also accepts "
                            "http://localhost and http://127.0.0.1).")
                       : tr("Webhook URLs must use https://."));
    }
    if (scheme != QLatin1String("https"))
        return ApiError::invalidRequest(param, tr("Webhook URLs must use https://."));
    if (env == Environment::Live) {
        QHostAddress literal;
        if (host == QLatin1String("localhost") || host.endsWith(QLatin1String(".localhost")) ||
            (literal.setAddress(host) && !isPublicAddress(literal)))
            return ApiError::invalidRequest(param,
                                            tr("Live webhook endpoints must be reachable on the "
                                               "public internet, not at a loopback or private "
                                               "address."));
    }
    return success();
}

} // namespace latchkey
