// SPDX-License-Identifier: MIT
#include "json.h"

#include "keytext.h"
#include "qtcompat.h"

#include <QDateTime>
#include <QJsonArray>

namespace latchkey::json {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Json)
};

QStringList strings(const QJsonValue &v)
{
    QStringList out;
    for (const auto &x : v.toArray())
        out << x.toString();
    return out;
}

std::optional<qint64> optionalTime(const QJsonValue &v)
{
    if (!v.isString())
        return std::nullopt;
    return parseRfc3339(v.toString());
}

ApiError malformed(const char *field)
{
    return ApiError::internal(
        Tr::tr("The server sent an object without a valid '%1'.").arg(QLatin1String(field)));
}
} // namespace

QString rfc3339(qint64 ms)
{
    return qtcompat::utcFromMSecs(ms).toString(Qt::ISODate);
}

std::optional<qint64> parseRfc3339(const QString &text)
{
    if (text.size() < 20 || text.size() > 40)
        return std::nullopt;
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(text, Qt::ISODate);
    // RFC 3339 requires an offset: "Z" or ±hh:mm. A local time is ambiguous.
    if (!t.isValid() || t.timeSpec() == Qt::LocalTime)
        return std::nullopt;
    return t.toMSecsSinceEpoch();
}

QJsonValue timeOrNull(const std::optional<qint64> &ms)
{
    return ms ? QJsonValue(rfc3339(*ms)) : QJsonValue(QJsonValue::Null);
}

QJsonValue rateLimit(const std::optional<RateLimit> &rl)
{
    if (!rl)
        return QJsonValue::Null;
    return QJsonObject{{QStringLiteral("limit"), rl->limit},
                       {QStringLiteral("window"), rl->window}};
}

QJsonObject stringMap(const QMap<QString, QString> &map)
{
    QJsonObject o;
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

QJsonObject apiKey(const ApiKeyRecord &k, qint64 nowMs)
{
    QJsonObject o{
        {QStringLiteral("id"), k.id},
        {QStringLiteral("object"), QStringLiteral("api_key")},
        {QStringLiteral("type"), name(k.type)},
        {QStringLiteral("name"), k.name},
        {QStringLiteral("environment"), name(k.environment)},
        {QStringLiteral("prefix"), k.prefix},
        {QStringLiteral("last4"), k.last4},
        {QStringLiteral("display"), KeyText::displayForm(k.prefix, k.last4)},
        {QStringLiteral("scopes"), QJsonArray::fromStringList(k.scopes)},
        {QStringLiteral("allowed_origins"), QJsonArray::fromStringList(k.allowedOrigins)},
        {QStringLiteral("restrictions"),
         QJsonObject{{QStringLiteral("ip_allowlist"), QJsonArray::fromStringList(k.ipAllowlist)},
                     {QStringLiteral("endpoints"), QJsonArray::fromStringList(k.endpoints)}}},
        {QStringLiteral("rate_limit"), rateLimit(k.rateLimit)},
        {QStringLiteral("created_at"), rfc3339(k.createdAt)},
        {QStringLiteral("created_by"), k.createdBy},
        {QStringLiteral("last_used"), timeOrNull(k.lastUsed)},
        {QStringLiteral("last_used_ip"),
         k.lastUsedIp.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(k.lastUsedIp)},
        {QStringLiteral("description"), k.description},
        {QStringLiteral("metadata"), stringMap(k.metadata)},
        {QStringLiteral("expires_at"), timeOrNull(k.expiresAt)},
        {QStringLiteral("revoked_at"), timeOrNull(k.revokedAt)},
        {QStringLiteral("status"), name(keyStatus(k, nowMs))},
        {QStringLiteral("rotation_recommended"), rotationRecommended(k, nowMs)},
    };
    if (k.type == KeyType::Public) {
        o.insert(QStringLiteral("token"), k.token);
        o.insert(QStringLiteral("service_id"), k.serviceId);
    }
    if (!k.rolledFrom.isEmpty())
        o.insert(QStringLiteral("rolled_from"), k.rolledFrom);
    if (!k.replacedBy.isEmpty())
        o.insert(QStringLiteral("replaced_by"), k.replacedBy);
    return o;
}

Result<ApiKeyRecord> apiKeyFrom(const QJsonObject &o)
{
    ApiKeyRecord k;
    k.id = o.value(QLatin1String("id")).toString();
    if (!k.id.startsWith(QLatin1String("key_")))
        return malformed("id");
    auto type = keyTypeFromString(o.value(QLatin1String("type")).toString());
    auto env = environmentFromString(o.value(QLatin1String("environment")).toString());
    if (!type)
        return malformed("type");
    if (!env)
        return malformed("environment");
    k.type = *type;
    k.environment = *env;
    k.name = o.value(QLatin1String("name")).toString();
    k.prefix = o.value(QLatin1String("prefix")).toString();
    k.last4 = o.value(QLatin1String("last4")).toString();
    k.token = o.value(QLatin1String("token")).toString();
    k.serviceId = o.value(QLatin1String("service_id")).toString();
    k.scopes = strings(o.value(QLatin1String("scopes")));
    k.allowedOrigins = strings(o.value(QLatin1String("allowed_origins")));
    const QJsonObject r = o.value(QLatin1String("restrictions")).toObject();
    k.ipAllowlist = strings(r.value(QLatin1String("ip_allowlist")));
    k.endpoints = strings(r.value(QLatin1String("endpoints")));
    const QJsonValue rl = o.value(QLatin1String("rate_limit"));
    if (rl.isObject())
        k.rateLimit =
            RateLimit{rl[QLatin1String("limit")].toInt(), rl[QLatin1String("window")].toInt()};
    auto created = optionalTime(o.value(QLatin1String("created_at")));
    if (!created)
        return malformed("created_at");
    k.createdAt = *created;
    k.createdBy = o.value(QLatin1String("created_by")).toString();
    k.lastUsed = optionalTime(o.value(QLatin1String("last_used")));
    k.lastUsedIp = o.value(QLatin1String("last_used_ip")).toString();
    k.description = o.value(QLatin1String("description")).toString();
    const QJsonObject meta = o.value(QLatin1String("metadata")).toObject();
    for (auto it = meta.begin(); it != meta.end(); ++it)
        k.metadata.insert(it.key(), it.value().toString());
    k.expiresAt = optionalTime(o.value(QLatin1String("expires_at")));
    k.revokedAt = optionalTime(o.value(QLatin1String("revoked_at")));
    k.rolledFrom = o.value(QLatin1String("rolled_from")).toString();
    k.replacedBy = o.value(QLatin1String("replaced_by")).toString();
    return k;
}

QJsonObject webhookEndpoint(const WebhookEndpointRecord &e, const QList<SigningSecretInfo> &secrets)
{
    QJsonArray s;
    for (const SigningSecretInfo &i : secrets)
        s.append(QJsonObject{{QStringLiteral("id"), i.id},
                             {QStringLiteral("last4"), i.last4},
                             {QStringLiteral("created_at"), rfc3339(i.createdAt)},
                             {QStringLiteral("expires_at"), timeOrNull(i.expiresAt)}});
    QJsonObject o{
        {QStringLiteral("id"), e.id},
        {QStringLiteral("object"), QStringLiteral("webhook_endpoint")},
        {QStringLiteral("environment"), name(e.environment)},
        {QStringLiteral("url"), e.url},
        {QStringLiteral("description"), e.description},
        {QStringLiteral("events"), QJsonArray::fromStringList(e.events)},
        {QStringLiteral("created_at"), rfc3339(e.createdAt)},
        {QStringLiteral("created_by"), e.createdBy},
    };
    if (!secrets.isEmpty())
        o.insert(QStringLiteral("signing_secrets"), s);
    return o;
}

Result<WebhookEndpointRecord> webhookEndpointFrom(const QJsonObject &o)
{
    WebhookEndpointRecord e;
    e.id = o.value(QLatin1String("id")).toString();
    if (!e.id.startsWith(QLatin1String("we_")))
        return malformed("id");
    auto env = environmentFromString(o.value(QLatin1String("environment")).toString());
    if (!env)
        return malformed("environment");
    e.environment = *env;
    e.url = o.value(QLatin1String("url")).toString();
    e.description = o.value(QLatin1String("description")).toString();
    e.events = strings(o.value(QLatin1String("events")));
    auto created = optionalTime(o.value(QLatin1String("created_at")));
    if (!created)
        return malformed("created_at");
    e.createdAt = *created;
    e.createdBy = o.value(QLatin1String("created_by")).toString();
    return e;
}

QJsonObject auditEvent(const AuditRecord &r)
{
    return QJsonObject{
        {QStringLiteral("id"), r.id},
        {QStringLiteral("object"), QStringLiteral("audit_event")},
        {QStringLiteral("seq"), r.seq},
        {QStringLiteral("environment"), r.environment},
        {QStringLiteral("actor"), r.actor},
        {QStringLiteral("action"), r.action},
        {QStringLiteral("target"), r.target},
        {QStringLiteral("details"), r.details},
        {QStringLiteral("created_at"), rfc3339(r.createdAt)},
        {QStringLiteral("hash"), QString::fromLatin1(r.hash.toHex())},
        {QStringLiteral("prev_hash"), QString::fromLatin1(r.prevHash.toHex())},
    };
}

Result<AuditRecord> auditEventFrom(const QJsonObject &o)
{
    AuditRecord r;
    r.id = o.value(QLatin1String("id")).toString();
    if (!r.id.startsWith(QLatin1String("evt_")))
        return malformed("id");
    r.seq = o.value(QLatin1String("seq")).toInteger();
    r.environment = o.value(QLatin1String("environment")).toString();
    r.actor = o.value(QLatin1String("actor")).toString();
    r.action = o.value(QLatin1String("action")).toString();
    r.target = o.value(QLatin1String("target")).toString();
    r.details = o.value(QLatin1String("details")).toObject();
    auto created = optionalTime(o.value(QLatin1String("created_at")));
    if (!created)
        return malformed("created_at");
    r.createdAt = *created;
    r.hash = QByteArray::fromHex(o.value(QLatin1String("hash")).toString().toLatin1());
    r.prevHash = QByteArray::fromHex(o.value(QLatin1String("prev_hash")).toString().toLatin1());
    return r;
}

QJsonObject member(const MemberRecord &m)
{
    return {{QStringLiteral("id"), m.user.id},
            {QStringLiteral("object"), QStringLiteral("member")},
            {QStringLiteral("email"), m.user.email},
            {QStringLiteral("role"), name(m.role)},
            {QStringLiteral("joined_at"),
             timeOrNull(m.joinedAt ? std::optional<qint64>(m.joinedAt) : std::nullopt)},
            {QStringLiteral("last_sign_in_at"), timeOrNull(m.lastSignInAt)}};
}

Result<MemberRecord> memberFrom(const QJsonObject &o)
{
    MemberRecord m;
    m.user.id = o.value(QLatin1String("id")).toString();
    if (!m.user.id.startsWith(QLatin1String("usr_")))
        return malformed("id");
    m.user.email = o.value(QLatin1String("email")).toString();
    const auto role = roleFromString(o.value(QLatin1String("role")).toString());
    if (!role)
        return malformed("role");
    m.role = *role;
    m.joinedAt = optionalTime(o.value(QLatin1String("joined_at"))).value_or(0);
    m.lastSignInAt = optionalTime(o.value(QLatin1String("last_sign_in_at")));
    return m;
}

QJsonObject invitation(const InvitationRecord &i)
{
    return {{QStringLiteral("id"), i.id},
            {QStringLiteral("object"), QStringLiteral("invitation")},
            {QStringLiteral("email"), i.email},
            {QStringLiteral("role"), name(i.role)},
            {QStringLiteral("invited_by"), i.invitedBy},
            {QStringLiteral("created_at"), rfc3339(i.createdAt)},
            {QStringLiteral("expires_at"), rfc3339(i.expiresAt)}};
}

Result<InvitationRecord> invitationFrom(const QJsonObject &o)
{
    InvitationRecord i;
    i.id = o.value(QLatin1String("id")).toString();
    if (!i.id.startsWith(QLatin1String("inv_")))
        return malformed("id");
    i.email = o.value(QLatin1String("email")).toString();
    const auto role = roleFromString(o.value(QLatin1String("role")).toString());
    if (!role)
        return malformed("role");
    i.role = *role;
    i.invitedBy = o.value(QLatin1String("invited_by")).toString();
    const auto created = parseRfc3339(o.value(QLatin1String("created_at")).toString());
    const auto expires = parseRfc3339(o.value(QLatin1String("expires_at")).toString());
    if (!created)
        return malformed("created_at");
    if (!expires)
        return malformed("expires_at");
    i.createdAt = *created;
    i.expiresAt = *expires;
    return i;
}

QJsonObject keyUsage(const UsageReport &report)
{
    QJsonArray days;
    for (const UsageDay &d : report.days) {
        QJsonObject refused;
        for (auto it = d.refused.cbegin(); it != d.refused.cend(); ++it)
            refused.insert(it.key(), it.value());
        days.append(QJsonObject{{QStringLiteral("date"), d.date.toString(Qt::ISODate)},
                                {QStringLiteral("allowed"), d.allowed},
                                {QStringLiteral("refused"), refused}});
    }
    return {{QStringLiteral("object"), QStringLiteral("key_usage")},
            {QStringLiteral("key_id"), report.keyId},
            {QStringLiteral("days"), days}};
}

Result<UsageReport> keyUsageFrom(const QJsonObject &o)
{
    UsageReport r;
    r.keyId = o.value(QLatin1String("key_id")).toString();
    if (!r.keyId.startsWith(QLatin1String("key_")))
        return malformed("key_id");
    const QJsonArray days = o.value(QLatin1String("days")).toArray();
    for (qsizetype i = 0; i < days.size(); ++i) {
        const QJsonValue v = days.at(i);
        UsageDay d;
        d.date = QDate::fromString(v[QLatin1String("date")].toString(), Qt::ISODate);
        if (!d.date.isValid())
            return malformed("days");
        d.allowed = v[QLatin1String("allowed")].toInteger();
        const QJsonObject refused = v[QLatin1String("refused")].toObject();
        for (auto it = refused.begin(); it != refused.end(); ++it)
            d.refused.insert(it.key(), it.value().toInteger());
        r.days.append(d);
    }
    return r;
}

} // namespace latchkey::json
