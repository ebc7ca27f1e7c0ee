// SPDX-License-Identifier: MIT
#include "webhookservice.h"

#include "authorization.h"
#include "crypto.h"
#include "displaytext.h"

#include <QDateTime>
#include <QJsonArray>

#include <QUrl>
#include <optional>

namespace latchkey {

WebhookService::WebhookService(Store &store, const ScopeCatalog &catalog, QByteArray masterKey,
                               Clock clock, LoopbackWebhooks loopback)
    : m_store(store)
    , m_catalog(catalog)
    , m_masterKey(std::move(masterKey))
    , m_clock(clock ? std::move(clock) : Clock([] { return QDateTime::currentMSecsSinceEpoch(); }))
    , m_loopback(loopback)
{
    Q_ASSERT(m_masterKey.size() == 32);
}

WebhookService::~WebhookService()
{
    crypto::wipe(m_masterKey);
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
    if (!r.details.contains(u"url")) // the endpoint named for people (the Activity)
        r.details.insert(QStringLiteral("url"), e.url);
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
    if (Status s = Authorization::authorize(m_catalog, actor, Operation::CreateWebhookEndpoint);
        !s.ok())
        return s.error();
    if (actor.boundEnvironment && *actor.boundEnvironment != env)
        return ApiError::forbidden(
            tr("This key can only manage the %1 environment.").arg(name(*actor.boundEnvironment)));
    if (Status s = validateUrl(url, env, m_loopback); !s.ok())
        return s.error();
    if (description.size() > 500)
        return ApiError::invalidRequest(QStringLiteral("description"),
                                        tr("The description is longer than 500 characters."));
    if (Status s = DisplayText::check(description, QStringLiteral("description")); !s.ok())
        return s.error();
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
    if (Status s = Authorization::authorize(m_catalog, actor, Operation::ListWebhookEndpoints);
        !s.ok())
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
    if (Status s = Authorization::authorize(m_catalog, actor, Operation::ReadWebhookEndpoint);
        !s.ok())
        return s.error();
    return find(actor, id);
}

Status WebhookService::remove(const Actor &actor, const QString &id)
{
    if (Status s = Authorization::authorize(m_catalog, actor, Operation::DeleteWebhookEndpoint);
        !s.ok())
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
    if (Status s = Authorization::authorize(m_catalog, actor, Operation::RotateWebhookSecret);
        !s.ok())
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

Result<WebhookService::Resealed> WebhookService::resealSecrets(Store &store, QByteArrayView oldKey,
                                                               QByteArrayView newKey)
{
    Q_ASSERT(oldKey.size() == 32 && newKey.size() == 32);
    Resealed done;
    const Status s = store.transaction([&]() -> Status {
        auto all = store.allSecrets();
        if (!all.ok())
            return all.error();
        for (const WebhookSecretRecord &secret : *all) {
            const QByteArray aad = secret.id.toLatin1();
            auto plain = crypto::aesGcmDecrypt(oldKey, secret.sealed, aad);
            if (!plain.ok()) { // roll back every secret sealed so far
                done = Resealed{0, secret.id, secret.endpointId};
                return plain.error();
            }
            const QByteArray sealed = crypto::aesGcmEncrypt(newKey, *plain, aad);
            crypto::wipe(*plain);
            if (Status u = store.updateSecretSealed(secret.id, sealed); !u.ok())
                return u;
            ++done.count;
        }
        return success();
    });
    if (!done.unopenedId.isEmpty())
        return done;
    if (!s.ok())
        return s.error();
    return done;
}

Result<QList<SigningSecretInfo>> WebhookService::secretInfo(const Actor &actor, const QString &id)
{
    if (Status s = Authorization::authorize(m_catalog, actor, Operation::ReadWebhookEndpoint);
        !s.ok())
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
    if (Status s = Authorization::authorize(m_catalog, actor, Operation::TestWebhookEndpoint);
        !s.ok())
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

namespace {

bool isPublicIPv4(quint32 v4)
{
    struct Range
    {
        quint32 net;
        int bits;
    };
    static constexpr Range blocked[] = {
        {0x00000000, 8},  // "this network", 0.0.0.0
        {0x0A000000, 8},  // private
        {0x64400000, 10}, // CGNAT
        {0x7F000000, 8},  // loopback
        {0xA9FE0000, 16}, // link-local, cloud metadata
        {0xAC100000, 12}, // private
        {0xC0000000, 24}, // IETF protocol assignments
        {0xC0000200, 24}, // documentation
        {0xC0586300, 24}, // 6to4 relay anycast
        {0xC0A80000, 16}, // private
        {0xC6120000, 15}, // benchmarking
        {0xC6336400, 24}, // documentation
        {0xCB007100, 24}, // documentation
        {0xE0000000, 4},  // multicast
        {0xF0000000, 4},  // reserved, broadcast
    };
    for (const Range &r : blocked)
        if ((v4 >> (32 - r.bits)) == (r.net >> (32 - r.bits)))
            return false;
    return true;
}

/// What a URL's host is to a resolver.
struct Host
{
    enum class Kind
    {
        Name,
        Address,
        Malformed
    };
    Kind kind = Kind::Malformed;
    QString name; ///< lower case, without a trailing dot
    QHostAddress address;
};

/// One part of an IPv4 address as inet_aton and the WHATWG URL standard read it: decimal,
/// 0x hex or 0 octal.
std::optional<quint64> ipv4Part(QStringView part)
{
    int base = 10;
    if (part.size() >= 2 && part[0] == u'0' && (part[1] == u'x' || part[1] == u'X')) {
        base = 16;
        part = part.sliced(2);
        if (part.isEmpty())
            return 0;
    } else if (part.size() >= 2 && part[0] == u'0') {
        base = 8;
        part = part.sliced(1);
    }
    if (part.isEmpty() || part.size() > 32)
        return std::nullopt;
    quint64 value = 0;
    for (QChar c : part) {
        const char16_t u = c.unicode();
        const int digit = (u >= u'0' && u <= u'9')   ? u - u'0'
                          : (u >= u'a' && u <= u'f') ? u - u'a' + 10
                          : (u >= u'A' && u <= u'F') ? u - u'A' + 10
                                                     : 99;
        if (digit >= base)
            return std::nullopt;
        value = value * quint64(base) + quint64(digit);
        if (value > 0xFFFFFFFFull)
            return std::nullopt;
    }
    return value;
}

bool looksNumeric(QStringView label)
{
    if (label.isEmpty())
        return false;
    if (label.size() >= 2 && label[0] == u'0' && (label[1] == u'x' || label[1] == u'X')) {
        for (QChar c : label.sliced(2))
            if (!((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F')))
                return false;
        return true;
    }
    for (QChar c : label)
        if (c.unicode() < '0' || c.unicode() > '9')
            return false;
    return true;
}

/// The host as a delivery sees it: QUrl has already turned decimal, octal, hex and short IPv4
/// forms into dotted quads, but a name whose last label is a number (127.0.0.1., 1.2.3.4.5)
/// would still be read as an address by inet_aton-style resolvers, or is not a host at all.
Host classify(const QString &urlHost)
{
    Host h;
    QString host = urlHost.toLower();
    if (host.contains(u':')) {
        if (h.address.setAddress(host) && h.address.protocol() == QAbstractSocket::IPv6Protocol)
            h.kind = Host::Kind::Address;
        return h;
    }
    if (host.endsWith(u'.'))
        host.chop(1);
    if (host.isEmpty())
        return h;
    const QList<QStringView> labels = QStringView(host).split(u'.');
    for (QStringView l : labels)
        if (l.isEmpty())
            return h;
    if (!looksNumeric(labels.last())) {
        h.kind = Host::Kind::Name;
        h.name = host;
        return h;
    }
    if (labels.size() > 4)
        return h;
    quint64 v4 = 0;
    for (qsizetype i = 0; i < labels.size(); ++i) {
        const auto part = ipv4Part(labels[i]);
        const bool last = i == labels.size() - 1;
        if (!part || (!last && *part > 255) ||
            (last && *part >= (quint64(1) << (8 * (5 - labels.size())))))
            return h;
        v4 = last ? (v4 << (8 * (5 - labels.size()))) | *part : (v4 << 8) | *part;
    }
    h.kind = Host::Kind::Address;
    h.address = QHostAddress(quint32(v4));
    return h;
}

bool isLoopbackName(const Host &h)
{
    return (h.kind == Host::Kind::Name && h.name == QLatin1String("localhost")) ||
           (h.kind == Host::Kind::Address && h.address == QHostAddress(QHostAddress::LocalHost));
}

/// Names that only mean something on this machine or its local network.
bool isLocalName(const QString &name)
{
    static const QLatin1String suffixes[] = {
        QLatin1String(".localhost"), QLatin1String(".local"),       QLatin1String(".internal"),
        QLatin1String(".home.arpa"), QLatin1String(".localdomain"), QLatin1String(".lan"),
    };
    if (!name.contains(u'.'))
        return true; // one label: a search domain makes it a local name
    for (const QLatin1String &s : suffixes)
        if (name.endsWith(s))
            return true;
    return false;
}

} // namespace

bool WebhookService::isPublicAddress(const QHostAddress &in)
{
    if (in.protocol() == QAbstractSocket::IPv4Protocol)
        return isPublicIPv4(in.toIPv4Address());
    if (in.protocol() != QAbstractSocket::IPv6Protocol)
        return false;
    const Q_IPV6ADDR a = in.toIPv6Address();
    bool zeros = true;
    for (int i = 0; i < 10; ++i)
        zeros = zeros && a[i] == 0;
    if (zeros && a[10] == 0xff && a[11] == 0xff) // ::ffff:a.b.c.d stands for a.b.c.d
        return isPublicIPv4(quint32(a[12]) << 24 | quint32(a[13]) << 16 | quint32(a[14]) << 8 |
                            a[15]);
    // Only global unicast 2000::/3 is public: this leaves out ::/8 (unspecified, loopback,
    // IPv4-compatible, NAT64 64:ff9b::/96 and 64:ff9b:1::/48), 100::/64, fc00::/7, fe80::/10,
    // fec0::/10 and multicast ff00::/8.
    if ((a[0] & 0xE0) != 0x20)
        return false;
    if (a[0] == 0x20 && a[1] == 0x01 && (a[2] & 0xFE) == 0) // 2001::/23, with Teredo 2001::/32
        return false;
    if (a[0] == 0x20 && a[1] == 0x01 && a[2] == 0x0D && a[3] == 0xB8) // 2001:db8::/32
        return false;
    if (a[0] == 0x20 && a[1] == 0x02) // 6to4 2002::/16 carries an IPv4 address
        return false;
    if (a[0] == 0x3F && a[1] == 0xFF && (a[2] & 0xF0) == 0) // documentation 3fff::/20
        return false;
    return true;
}

bool WebhookService::mayConnect(const QUrl &url, Environment env, LoopbackWebhooks loopback,
                                const QHostAddress &address)
{
    if (isPublicAddress(address))
        return true;
    return loopback == LoopbackWebhooks::AllowedForTest && env == Environment::Test &&
           isLoopbackName(classify(url.host())) && address.isLoopback();
}

Status WebhookService::validateUrl(const QString &text, Environment env, LoopbackWebhooks loopback)
{
    const QString param = QStringLiteral("url");
    if (text.isEmpty())
        return ApiError::invalidRequest(param, tr("A webhook endpoint needs a URL."));
    if (text.size() > 2048)
        return ApiError::invalidRequest(param, tr("The URL is longer than 2048 characters."));
    const QUrl url(text, QUrl::StrictMode);
    // What is stored (and checked again at delivery) is the encoded form: it must fit too.
    if (QUrl(text).toString(QUrl::FullyEncoded).size() > 2048)
        return ApiError::invalidRequest(param, tr("The URL is longer than 2048 characters."));
    if (!url.isValid() || url.host().isEmpty())
        return ApiError::invalidRequest(param, tr("'%1' is not a valid URL.").arg(text.left(200)));
    if (!url.userInfo().isEmpty())
        return ApiError::invalidRequest(param,
                                        tr("The URL must not carry a user name or password."));
    if (!url.fragment().isEmpty())
        return ApiError::invalidRequest(param, tr("The URL must not have a #fragment."));
    const bool loopbackAllowed =
        loopback == LoopbackWebhooks::AllowedForTest && env == Environment::Test;
    // What is stored is the leniently parsed URL: both readings must pass.
    for (const QString &rawHost : {url.host(), QUrl(text).host()}) {
        const Host host = classify(rawHost);
        const QString shown = rawHost.left(200);
        if (loopbackAllowed && isLoopbackName(host))
            continue;
        switch (host.kind) {
        case Host::Kind::Malformed:
            return ApiError::invalidRequest(
                param, tr("The host %1 is not a valid host name or address.").arg(shown));
        case Host::Kind::Address:
            if (!isPublicAddress(host.address))
                return ApiError::invalidRequest(
                    param, tr("The host %1 is a loopback, private or otherwise internal address: "
                              "webhook endpoints must be reachable on the public internet.")
                               .arg(shown));
            break;
        case Host::Kind::Name:
            if (host.name == QLatin1String("localhost") ||
                host.name.endsWith(QLatin1String(".localhost")))
                return ApiError::invalidRequest(
                    param, tr("The host %1 names this machine: webhook endpoints must be "
                              "reachable on the public internet.")
                               .arg(shown));
            if (isLocalName(host.name))
                return ApiError::invalidRequest(
                    param, tr("The host %1 is a name on a local network: webhook endpoints must "
                              "be reachable on the public internet.")
                               .arg(shown));
            break;
        }
    }
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("http")) {
        if (loopbackAllowed && isLoopbackName(classify(url.host())))
            return success();
        return ApiError::invalidRequest(
            param, loopbackAllowed
                       ? tr("Webhook URLs must use https:// (the test environment also accepts "
                            "http://localhost and http://127.0.0.1).")
                       : tr("Webhook URLs must use https://."));
    }
    if (scheme != QLatin1String("https"))
        return ApiError::invalidRequest(param, tr("Webhook URLs must use https://."));
    return success();
}

} // namespace latchkey
