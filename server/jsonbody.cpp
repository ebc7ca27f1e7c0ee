// SPDX-License-Identifier: MIT
#include "jsonbody.h"

#include "core/json.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

#include <cmath>

namespace latchkey::server {

namespace {
int hex4(const QByteArray &b, qsizetype i)
{
    if (i + 4 > b.size())
        return -1;
    int v = 0;
    for (qsizetype j = i; j < i + 4; ++j) {
        const int d = QChar::fromLatin1(b[j]).digitValue();
        const char c = char(b[j] | 0x20);
        v = v * 16 + (d >= 0 ? d : (c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1000000));
    }
    return v < 0 ? -1 : v;
}

/// What QJsonDocument lets through although RFC 8259 does not: unknown escapes ("\x41")
/// and lone UTF-16 surrogates ("\ud800"), which would otherwise reach the store.
bool strictEscapes(const QByteArray &b)
{
    bool inString = false;
    for (qsizetype i = 0; i < b.size(); ++i) {
        const char c = b[i];
        if (!inString) {
            inString = c == '"';
            continue;
        }
        if (c == '"') {
            inString = false;
        } else if (c == '\\') {
            if (++i >= b.size())
                return false;
            const char e = b[i];
            if (e == 'u') {
                const int v = hex4(b, i + 1);
                if (v < 0 || (v >= 0xdc00 && v <= 0xdfff))
                    return false;
                i += 4;
                if (v >= 0xd800 && v <= 0xdbff) {
                    const int low = i + 2 < b.size() && b[i + 1] == '\\' && b[i + 2] == 'u'
                                        ? hex4(b, i + 3)
                                        : -1;
                    if (low < 0xdc00 || low > 0xdfff)
                        return false;
                    i += 6;
                }
            } else if (!QByteArrayView("\"\\/bfnrt").contains(e)) {
                return false;
            }
        }
    }
    return true;
}
} // namespace

JsonBody::JsonBody(const QByteArray &body, bool emptyIsObject)
{
    if (body.trimmed().isEmpty()) {
        if (!emptyIsObject)
            fail(QStringLiteral("body"), tr("The request needs a JSON object body."));
        return;
    }
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &err);
    if (err.error != QJsonParseError::NoError) {
        fail(QStringLiteral("body"), err.error == QJsonParseError::IllegalUTF8String
                                         ? tr("The body is not valid UTF-8.")
                                         : tr("The body is not valid JSON: %1 at offset %2.")
                                               .arg(err.errorString())
                                               .arg(err.offset));
        return;
    }
    if (!doc.isObject()) {
        fail(QStringLiteral("body"), tr("The body must be a JSON object."));
        return;
    }
    if (!strictEscapes(body)) {
        fail(QStringLiteral("body"),
             tr("The body is not valid JSON: an unknown escape or a lone surrogate."));
        return;
    }
    m_object = doc.object();
}

void JsonBody::fail(const QString &param, const QString &message)
{
    if (!m_error)
        m_error = ApiError::invalidRequest(param, message);
}

bool JsonBody::has(const char *field) const
{
    return m_object.contains(QLatin1String(field));
}

std::optional<QString> JsonBody::string(const char *field, bool required, int maxLength)
{
    const QString name = QString::fromLatin1(field);
    m_read << name;
    const QJsonValue v = m_object.value(name);
    if (v.isUndefined() || (v.isNull() && !required)) {
        if (required)
            fail(name, tr("'%1' is required.").arg(name));
        return std::nullopt;
    }
    if (!v.isString()) {
        fail(name, tr("'%1' must be a string.").arg(name));
        return std::nullopt;
    }
    const QString s = v.toString();
    if (s.size() > maxLength) {
        fail(name, tr("'%1' is longer than %2 characters.").arg(name).arg(maxLength));
        return std::nullopt;
    }
    if (s.contains(QChar(0))) {
        fail(name, tr("'%1' contains a NUL character.").arg(name));
        return std::nullopt;
    }
    return s;
}

std::optional<QStringList> JsonBody::stringList(const char *field, int maxItems, int maxLength)
{
    const QString name = QString::fromLatin1(field);
    m_read << name;
    const QJsonValue v = m_object.value(name);
    if (v.isUndefined())
        return std::nullopt;
    if (v.isNull())
        return QStringList{};
    if (!v.isArray()) {
        fail(name, tr("'%1' must be an array of strings.").arg(name));
        return std::nullopt;
    }
    const QJsonArray a = v.toArray();
    if (a.size() > maxItems) {
        fail(name, tr("'%1' has more than %2 entries.").arg(name).arg(maxItems));
        return std::nullopt;
    }
    QStringList out;
    for (const auto &x : a) {
        if (!x.isString() || x.toString().size() > maxLength || x.toString().contains(QChar(0))) {
            fail(name, tr("Every entry of '%1' must be a string of at most %2 characters.")
                           .arg(name)
                           .arg(maxLength));
            return std::nullopt;
        }
        out << x.toString();
    }
    return out;
}

std::optional<QMap<QString, QString>> JsonBody::stringMap(const char *field, int maxEntries,
                                                          int maxLength)
{
    const QString name = QString::fromLatin1(field);
    m_read << name;
    const QJsonValue v = m_object.value(name);
    if (v.isUndefined())
        return std::nullopt;
    if (v.isNull())
        return QMap<QString, QString>{};
    if (!v.isObject()) {
        fail(name, tr("'%1' must be an object of strings.").arg(name));
        return std::nullopt;
    }
    const QJsonObject o = v.toObject();
    if (o.size() > maxEntries) {
        fail(name, tr("'%1' has more than %2 entries.").arg(name).arg(maxEntries));
        return std::nullopt;
    }
    QMap<QString, QString> out;
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (!it.value().isString() || it.value().toString().size() > maxLength ||
            it.value().toString().contains(QChar(0))) {
            fail(name, tr("Every value of '%1' must be a string of at most %2 characters.")
                           .arg(name)
                           .arg(maxLength));
            return std::nullopt;
        }
        out.insert(it.key(), it.value().toString());
    }
    return out;
}

std::optional<qint64> JsonBody::integer(const char *field, bool required)
{
    const QString name = QString::fromLatin1(field);
    m_read << name;
    const QJsonValue v = m_object.value(name);
    if (v.isUndefined() || v.isNull()) {
        if (required)
            fail(name, tr("'%1' is required.").arg(name));
        return std::nullopt;
    }
    const double d = v.toDouble();
    if (!v.isDouble() || std::floor(d) != d || std::abs(d) > 9.0e15) {
        fail(name, tr("'%1' must be a whole number.").arg(name));
        return std::nullopt;
    }
    return qint64(d);
}

std::optional<bool> JsonBody::boolean(const char *field)
{
    const QString name = QString::fromLatin1(field);
    m_read << name;
    const QJsonValue v = m_object.value(name);
    if (v.isUndefined() || v.isNull())
        return std::nullopt;
    if (!v.isBool()) {
        fail(name, tr("'%1' must be true or false.").arg(name));
        return std::nullopt;
    }
    return v.toBool();
}

std::optional<std::optional<qint64>> JsonBody::timeOrNull(const char *field)
{
    const QString name = QString::fromLatin1(field);
    m_read << name;
    const QJsonValue v = m_object.value(name);
    if (v.isUndefined())
        return std::nullopt;
    if (v.isNull())
        return std::optional<qint64>{};
    const auto t = v.isString() ? json::parseRfc3339(v.toString()) : std::nullopt;
    if (!t) {
        fail(name,
             tr("'%1' must be an RFC 3339 time such as 2027-01-31T12:00:00Z, or null.").arg(name));
        return std::nullopt;
    }
    return std::optional<qint64>(*t);
}

std::optional<std::optional<RateLimit>> JsonBody::rateLimitOrNull(const char *field)
{
    const QString name = QString::fromLatin1(field);
    m_read << name;
    const QJsonValue v = m_object.value(name);
    if (v.isUndefined())
        return std::nullopt;
    if (v.isNull())
        return std::optional<RateLimit>{};
    if (!v.isObject()) {
        fail(name,
             tr("'%1' must be an object {\"limit\": 100, \"window\": 60}, or null.").arg(name));
        return std::nullopt;
    }
    const QJsonObject o = v.toObject();
    for (auto it = o.begin(); it != o.end(); ++it)
        if (it.key() != QLatin1String("limit") && it.key() != QLatin1String("window")) {
            fail(name + u'.' + it.key(), tr("Unknown field '%1.%2'.").arg(name, it.key()));
            return std::nullopt;
        }
    const QJsonValue limit = o.value(QLatin1String("limit"));
    const QJsonValue window = o.value(QLatin1String("window"));
    for (const auto &[val, sub] : {std::pair{limit, "limit"}, std::pair{window, "window"}}) {
        const double d = val.toDouble();
        if (!val.isDouble() || std::floor(d) != d || std::abs(d) > 9.0e15) {
            fail(name + u'.' + QLatin1String(sub),
                 tr("'%1.%2' must be a whole number.").arg(name, QLatin1String(sub)));
            return std::nullopt;
        }
    }
    auto rl = RateLimit::make(qint64(limit.toDouble()), qint64(window.toDouble()));
    if (!rl.ok()) {
        m_error = rl.error();
        return std::nullopt;
    }
    return std::optional<RateLimit>(*rl);
}

void JsonBody::restrictions(std::optional<QStringList> &ips, std::optional<QStringList> &endpoints)
{
    m_read << QStringLiteral("restrictions");
    const QJsonValue v = m_object.value(QLatin1String("restrictions"));
    if (v.isUndefined())
        return;
    if (v.isNull()) {
        ips = QStringList{};
        endpoints = QStringList{};
        return;
    }
    if (!v.isObject()) {
        fail(QStringLiteral("restrictions"),
             tr("'restrictions' must be an object with ip_allowlist and endpoints."));
        return;
    }
    JsonBody inner(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    ips = inner.stringList("ip_allowlist", 100, 64);
    endpoints = inner.stringList("endpoints", 100, 300);
    inner.rejectUnknownFields();
    if (!inner.ok()) {
        ApiError e = inner.error();
        e.param = QStringLiteral("restrictions.") + e.param;
        if (!m_error)
            m_error = e;
    }
}

void JsonBody::rejectUnknownFields()
{
    for (auto it = m_object.begin(); it != m_object.end(); ++it)
        if (!m_read.contains(it.key())) {
            fail(it.key().left(100), tr("Unknown field '%1'.").arg(it.key().left(100)));
            return;
        }
}

} // namespace latchkey::server
