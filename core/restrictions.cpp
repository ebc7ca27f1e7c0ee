// SPDX-License-Identifier: MIT
#include "restrictions.h"

#include "publicsuffix.h"

#include <QSet>
#include <QUrl>

#include <algorithm>
#include <cstring>

namespace latchkey {

namespace {

constexpr qsizetype kMaxOriginLength = 2048;
constexpr qsizetype kMaxHostLength = 253;
constexpr qsizetype kMaxLabelLength = 63;
constexpr qsizetype kMaxCidrLength = 100;
constexpr qsizetype kMaxEndpointLength = 2048;
constexpr qsizetype kMaxEndpointSegments = 64;
constexpr qsizetype kMaxOrigins = 100;
constexpr qsizetype kMaxNetworks = 1000;
constexpr qsizetype kMaxEndpoints = 100;
constexpr qsizetype kShownLength = 80;

QString originsParam()
{
    return QStringLiteral("allowed_origins");
}
QString ipParam()
{
    return QStringLiteral("restrictions.ip_allowlist");
}
QString endpointsParam()
{
    return QStringLiteral("restrictions.endpoints");
}

constexpr bool isDigit(char16_t c)
{
    return c >= u'0' && c <= u'9';
}
constexpr bool isLowerAlpha(char16_t c)
{
    return c >= u'a' && c <= u'z';
}
constexpr bool isUpperAlpha(char16_t c)
{
    return c >= u'A' && c <= u'Z';
}
constexpr bool isAlpha(char16_t c)
{
    return isLowerAlpha(c) || isUpperAlpha(c);
}
constexpr bool isHexDigit(char16_t c)
{
    return isDigit(c) || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
}
constexpr char16_t toLowerAscii(char16_t c)
{
    return isUpperAlpha(c) ? char16_t(c + 32) : c;
}
constexpr char16_t toUpperAscii(char16_t c)
{
    return isLowerAlpha(c) ? char16_t(c - 32) : c;
}
constexpr bool isControl(char16_t c)
{
    return c < 0x20 || c == 0x7f;
}

/// User text as it may appear inside an error message: shortened, with control, format
/// (bidi) and lone surrogate characters replaced, so a message never carries raw bytes.
QString shown(QStringView s)
{
    qsizetype n = std::min(s.size(), kShownLength);
    if (n < s.size() && n > 0 && s[n - 1].isHighSurrogate())
        --n;
    QString out;
    out.reserve(n + 1);
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = s[i];
        if (c.isHighSurrogate() && i + 1 < n && s[i + 1].isLowSurrogate()) {
            out += c;
            out += s[++i];
        } else if (c.isSurrogate() || isControl(c.unicode()) ||
                   (c.unicode() >= 0x80 && c.unicode() < 0xa0) ||
                   c.category() == QChar::Other_Format) {
            out += QChar(QChar::ReplacementCharacter);
        } else {
            out += c;
        }
    }
    if (n < s.size())
        out += QChar(0x2026);
    return out;
}

/// Non-empty run of at most \p maxDigits ASCII digits; no sign, no spaces.
bool parseDecimal(QStringView s, qsizetype maxDigits, int &out)
{
    if (s.isEmpty() || s.size() > maxDigits)
        return false;
    int v = 0;
    for (QChar c : s) {
        if (!isDigit(c.unicode()))
            return false;
        v = v * 10 + (c.unicode() - u'0');
    }
    out = v;
    return true;
}

/// Dotted quad only: four decimal numbers 0–255 without leading zeros. inet_aton's other
/// spellings ("127.1", "0x7f.0.0.1", octal "010.0.0.1") are refused: they read differently
/// to different people and programs.
bool parseIPv4(QStringView s, quint32 &out)
{
    quint32 value = 0;
    int parts = 0;
    qsizetype i = 0;
    const qsizetype size = s.size();
    while (true) {
        const qsizetype start = i;
        quint32 part = 0;
        while (i < size && isDigit(s[i].unicode())) {
            if (i - start == 3)
                return false;
            part = part * 10 + (s[i].unicode() - u'0');
            ++i;
        }
        const qsizetype length = i - start;
        if (length == 0 || part > 255 || (length > 1 && s[start] == u'0'))
            return false;
        value = (value << 8) | part;
        ++parts;
        if (i == size)
            break;
        if (s[i] != u'.' || parts == 4)
            return false;
        ++i;
    }
    if (parts != 4)
        return false;
    out = value;
    return true;
}

QString ipv4ToString(quint32 v)
{
    return QStringLiteral("%1.%2.%3.%4")
        .arg(v >> 24)
        .arg((v >> 16) & 0xff)
        .arg((v >> 8) & 0xff)
        .arg(v & 0xff);
}

/// One label of a host after IDNA: what QUrl::toAce() accepts for ASCII (letters, digits,
/// '-' not at either end, '_'), lower case, 1–63 characters.
bool isValidLabel(QStringView label)
{
    if (label.isEmpty() || label.size() > kMaxLabelLength)
        return false;
    if (label.front() == u'-' || label.back() == u'-')
        return false;
    for (QChar c : label) {
        const char16_t u = c.unicode();
        if (!isLowerAlpha(u) && !isDigit(u) && u != u'-' && u != u'_')
            return false;
    }
    return label.size() != 4 || label != u"xn--";
}

/// Every dot-separated label of \p labels is valid (no empty label, so no leading,
/// trailing or double dot).
bool areValidLabels(QStringView labels)
{
    qsizetype start = 0;
    while (true) {
        const qsizetype dot = labels.indexOf(u'.', start);
        const qsizetype end = dot < 0 ? labels.size() : dot;
        if (!isValidLabel(labels.sliced(start, end - start)))
            return false;
        if (dot < 0)
            return true;
        start = dot + 1;
    }
}

enum class HostKind
{
    Domain,
    IPv4,
    IPv6
};

/// Lower-case ASCII host (punycode for IDN), canonical IP literal, or a null string.
QString normaliseHost(QStringView host, HostKind &kind)
{
    if (host.isEmpty())
        return {};
    if (host.front() == u'[') {
        if (host.size() < 4 || host.back() != u']')
            return {};
        const QStringView inner = host.sliced(1, host.size() - 2);
        for (QChar c : inner)
            if (!isHexDigit(c.unicode()) && c != u':' && c != u'.')
                return {}; // also refuses zone ids ("%eth0"): browsers never send them
        QHostAddress address;
        if (!address.setAddress(inner.toString()) ||
            address.protocol() != QAbstractSocket::IPv6Protocol)
            return {};
        kind = HostKind::IPv6;
        return u'[' + address.toString() + u']';
    }

    bool ascii = true;
    for (QChar c : host) {
        if (c.unicode() >= 0x80) {
            ascii = false;
            break;
        }
    }
    QString ace;
    if (ascii) {
        // Same result as QUrl::toAce() for ASCII, without its cost on the verify path.
        ace.resize(host.size());
        for (qsizetype i = 0; i < host.size(); ++i) {
            const char16_t u = host[i].unicode();
            if (!isAlpha(u) && !isDigit(u) && u != u'-' && u != u'_' && u != u'.')
                return {};
            ace[i] = QChar(toLowerAscii(u));
        }
    } else {
        if (host.size() > kMaxOriginLength)
            return {};
        ace = QString::fromLatin1(QUrl::toAce(host.toString()));
        if (ace.isEmpty())
            return {};
    }

    // As in browsers, a host whose last label is a number is an IPv4 address.
    const QStringView last = QStringView(ace).sliced(ace.lastIndexOf(u'.') + 1);
    const bool numeric =
        !last.isEmpty() &&
        (std::all_of(last.begin(), last.end(), [](QChar c) { return isDigit(c.unicode()); }) ||
         last.startsWith(u"0x"));
    if (numeric) {
        quint32 v4 = 0;
        if (!parseIPv4(ace, v4))
            return {};
        kind = HostKind::IPv4;
        return ace; // a strict dotted quad is already canonical
    }
    if (ace.size() > kMaxHostLength || !areValidLabels(ace))
        return {};
    kind = HostKind::Domain;
    return ace;
}

qsizetype indexOfAny(QStringView s, QStringView chars)
{
    const qsizetype size = s.size();
    for (qsizetype i = 0; i < size; ++i) {
        const char16_t c = s[i].unicode();
        for (QChar wanted : chars)
            if (c == wanted.unicode())
                return i;
    }
    return -1;
}

struct NormalisedOrigin
{
    QString text;
    qsizetype schemeLength = 0; // "https"
    qsizetype hostLength = 0;
    HostKind kind = HostKind::Domain;
};

/// Origin::normalise, with the text shown in messages given separately (a wildcard pattern
/// is normalised without its "*." but its errors quote what the person wrote).
Result<NormalisedOrigin> normaliseOrigin(QStringView text, QStringView shownText,
                                         const QString &param)
{
    const auto fail = [&](const QString &message) {
        return ApiError::invalidRequest(param, message);
    };
    const QString example = QStringLiteral("https://shop.example.com");
    const QStringView t = text.trimmed();
    if (t.isEmpty())
        return fail(
            Origin::tr("The origin is empty; write scheme://host[:port], e.g. %1.").arg(example));
    if (t.size() > kMaxOriginLength)
        return fail(Origin::tr("The origin is too long (%1 characters); an origin is only "
                               "scheme://host[:port].")
                        .arg(t.size()));
    const auto quoted = [&] { return shown(shownText.trimmed()); };

    const qsizetype sep = t.indexOf(u"://");
    const QStringView scheme = sep < 0 ? QStringView() : t.first(sep);
    const bool schemeOk =
        !scheme.isEmpty() && isAlpha(scheme.front().unicode()) &&
        std::all_of(scheme.begin(), scheme.end(), [](QChar c) {
            const char16_t u = c.unicode();
            return isAlpha(u) || isDigit(u) || u == u'+' || u == u'-' || u == u'.';
        });
    if (!schemeOk)
        return fail(Origin::tr("'%1' is not an origin; write scheme://host[:port], e.g. %2.")
                        .arg(quoted(), example));
    QString normal;
    int defaultPort = 0;
    if (scheme.compare(u"https", Qt::CaseInsensitive) == 0) {
        normal = QStringLiteral("https://");
        defaultPort = 443;
    } else if (scheme.compare(u"http", Qt::CaseInsensitive) == 0) {
        normal = QStringLiteral("http://");
        defaultPort = 80;
    } else {
        return fail(Origin::tr("The origin '%1' uses the scheme '%2'; only http and https "
                               "origins are allowed.")
                        .arg(quoted(), shown(scheme)));
    }

    const QStringView rest = t.sliced(sep + 3);
    const qsizetype authorityEnd = indexOfAny(rest, u"/?#\\");
    const QStringView authority = authorityEnd < 0 ? rest : rest.first(authorityEnd);
    QStringView tail = authorityEnd < 0 ? QStringView() : rest.sliced(authorityEnd);
    if (authority.contains(u'@')) // may hold a password: not quoted
        return fail(Origin::tr("An origin cannot contain user info (user@ or "
                               "user:password@); write only scheme://host[:port]."));
    if (authority.isEmpty())
        return fail(Origin::tr("The origin '%1' has no host.").arg(quoted()));

    // What the person meant, from the text they wrote (a wildcard keeps its "*.").
    const auto suggestion = [&] {
        const QStringView written = shownText.trimmed();
        const qsizetype at = written.indexOf(u"://");
        const qsizetype end = at < 0 ? -1 : indexOfAny(written.sliced(at + 3), u"/?#\\");
        return shown(end < 0 ? written : written.first(at + 3 + end));
    };
    if (!tail.isEmpty() && tail.front() == u'/') {
        const qsizetype pathEnd = indexOfAny(tail, u"?#");
        if ((pathEnd < 0 ? tail.size() : pathEnd) > 1)
            return fail(Origin::tr("The origin '%1' has a path; an origin is only "
                                   "scheme://host[:port], such as '%2'.")
                            .arg(quoted(), suggestion()));
        tail = pathEnd < 0 ? QStringView() : tail.sliced(pathEnd);
    }
    if (!tail.isEmpty()) {
        if (tail.front() == u'?')
            return fail(Origin::tr("The origin '%1' has a query string; an origin is only "
                                   "scheme://host[:port], such as '%2'.")
                            .arg(quoted(), suggestion()));
        if (tail.front() == u'#')
            return fail(Origin::tr("The origin '%1' has a fragment; an origin is only "
                                   "scheme://host[:port], such as '%2'.")
                            .arg(quoted(), suggestion()));
        return fail(Origin::tr("The origin '%1' contains a backslash; an origin is only "
                               "scheme://host[:port].")
                        .arg(quoted()));
    }

    QStringView hostText = authority;
    QStringView portText;
    bool hasPort = false;
    if (authority.front() == u'[') {
        const qsizetype close = authority.indexOf(u']');
        if (close < 0)
            return fail(Origin::tr("The origin '%1' has an IPv6 address without its closing "
                                   "']'.")
                            .arg(quoted()));
        hostText = authority.first(close + 1);
        const QStringView after = authority.sliced(close + 1);
        if (!after.isEmpty()) {
            if (after.front() != u':')
                return fail(Origin::tr("The origin '%1' has text after its IPv6 address; only "
                                       "a port may follow, as in [::1]:8080.")
                                .arg(quoted()));
            hasPort = true;
            portText = after.sliced(1);
        }
    } else if (const qsizetype colon = authority.indexOf(u':'); colon >= 0) {
        hostText = authority.first(colon);
        portText = authority.sliced(colon + 1);
        hasPort = true;
        if (portText.contains(u':'))
            return fail(Origin::tr("The origin '%1' has more than one ':'; write an IPv6 "
                                   "address in brackets, as in http://[::1]:8080.")
                            .arg(quoted()));
    }

    int port = -1;
    if (hasPort) {
        if (!parseDecimal(portText, 5, port) || port < 1 || port > 65535)
            return fail(Origin::tr("The port '%2' in the origin '%1' must be a number from 1 "
                                   "to 65535.")
                            .arg(quoted(), shown(portText)));
    }

    HostKind kind = HostKind::Domain;
    const QString host = normaliseHost(hostText, kind);
    if (host.isEmpty()) {
        if (hostText.isEmpty())
            return fail(Origin::tr("The origin '%1' has no host.").arg(quoted()));
        return fail(Origin::tr("The host '%2' in the origin '%1' is not a valid domain name or "
                               "IP address.")
                        .arg(quoted(), shown(hostText)));
    }

    NormalisedOrigin result;
    result.schemeLength = normal.size() - 3;
    result.hostLength = host.size();
    result.kind = kind;
    normal += host;
    if (port >= 0 && port != defaultPort) {
        normal += u':';
        normal += QString::number(port);
    }
    result.text = std::move(normal);
    return result;
}

} // namespace

// ---------------------------------------------------------------------------------------------
// Origins

Result<QString> Origin::normalise(QStringView text, const QString &param)
{
    auto result = normaliseOrigin(text, text, param);
    if (!result.ok())
        return result.error();
    return std::move(result->text);
}

Result<OriginPattern> OriginPattern::parse(QStringView text)
{
    const QString param = originsParam();
    const QStringView t = text.trimmed();
    const auto quoted = [&] { return shown(t); };
    if (t == u"*")
        return ApiError::invalidRequest(
            param, Origin::tr("'*' would let every web page use the key; list the origins, such "
                              "as https://shop.example.com or https://*.example.com."));

    const qsizetype sep = t.indexOf(u"://");
    const bool wildcard = sep > 0 && t.sliced(sep + 3).startsWith(u"*.");
    QString base;
    if (wildcard) {
        base = t.first(sep + 3).toString();
        base += t.sliced(sep + 5);
    }
    const QStringView exact = wildcard ? QStringView(base) : t;
    if (exact.contains(u'*'))
        return ApiError::invalidRequest(
            param, Origin::tr("In '%1', '*' is allowed only as the whole left-most label of the "
                              "host, as in https://*.example.com.")
                       .arg(quoted()));

    auto normal = normaliseOrigin(exact, t, param);
    if (!normal.ok())
        return normal.error();

    OriginPattern pattern;
    if (!wildcard) {
        pattern.m_text = std::move(normal->text);
        return pattern;
    }
    if (normal->kind != HostKind::Domain)
        return ApiError::invalidRequest(
            param, Origin::tr("In '%1', a wildcard cannot stand for part of an IP address.")
                       .arg(quoted()));
    const qsizetype hostStart = normal->schemeLength + 3;
    const QStringView host = QStringView(normal->text).sliced(hostStart, normal->hostLength);
    if (!host.contains(u'.') && host != u"localhost")
        return ApiError::invalidRequest(
            param, Origin::tr("'%1' would match every site under a top-level domain; name a "
                              "domain after '*.', as in https://*.example.com.")
                       .arg(quoted()));
    // Sites under a public suffix belong to unrelated owners (shop.co.uk, someone.github.io).
    // Subdomains of localhost all stay on the browser's own machine, so *.localhost is fine.
    if (host != u"localhost" && PublicSuffixList::isPublicSuffix(host))
        return ApiError::invalidRequest(
            param, Origin::tr("'%1' would match sites of unrelated owners: %2 is a public "
                              "suffix (on the Public Suffix List). Name a domain registered "
                              "under it, as in https://*.example.%2.")
                       .arg(quoted(), host.toString()));
    if (normal->hostLength + 2 > kMaxHostLength)
        return ApiError::invalidRequest(
            param, Origin::tr("The host in '%1' is too long to have subdomains.").arg(quoted()));

    pattern.m_wildcard = true;
    pattern.m_prefix = normal->text.first(hostStart);
    pattern.m_suffix = u'.' + normal->text.sliced(hostStart);
    pattern.m_suffixHostLength = normal->hostLength + 1;
    pattern.m_text = pattern.m_prefix + u'*' + pattern.m_suffix;
    return pattern;
}

bool OriginPattern::matches(QStringView normalisedOrigin) const
{
    if (!m_wildcard)
        return !m_text.isEmpty() && normalisedOrigin == m_text;
    const qsizetype fixed = m_prefix.size() + m_suffix.size();
    if (normalisedOrigin.size() <= fixed || !normalisedOrigin.startsWith(m_prefix) ||
        !normalisedOrigin.endsWith(m_suffix))
        return false;
    const QStringView middle =
        normalisedOrigin.sliced(m_prefix.size(), normalisedOrigin.size() - fixed);
    // Labels only: no port, brackets or user info can hide in the part '*' stands for.
    return middle.size() + m_suffixHostLength <= kMaxHostLength && areValidLabels(middle);
}

Result<OriginAllowlist> OriginAllowlist::parse(const QStringList &entries)
{
    if (entries.size() > kMaxOrigins)
        return ApiError::invalidRequest(
            originsParam(),
            Origin::tr("An origin allowlist holds at most %1 entries; use wildcards such as "
                       "https://*.example.com to cover many subdomains.")
                .arg(kMaxOrigins));
    OriginAllowlist list;
    QSet<QString> seen;
    for (const QString &entry : entries) {
        auto pattern = OriginPattern::parse(entry);
        if (!pattern.ok())
            return pattern.error();
        if (!seen.contains(pattern->m_text)) {
            seen.insert(pattern->m_text);
            list.m_patterns.append(std::move(*pattern));
        }
    }
    return list;
}

bool OriginAllowlist::allows(QStringView rawOrigin) const
{
    if (rawOrigin.isEmpty() || m_patterns.isEmpty())
        return false;
    // Browsers send origins already normalised; matching the text as it came is exact for
    // such origins (a pattern matches only normal text) and costs no allocation.
    for (const OriginPattern &p : m_patterns)
        if (p.matches(rawOrigin))
            return true;
    const auto normal = Origin::normalise(rawOrigin);
    if (!normal.ok() || *normal == rawOrigin)
        return false;
    for (const OriginPattern &p : m_patterns)
        if (p.matches(*normal))
            return true;
    return false;
}

QStringList OriginAllowlist::toStringList() const
{
    QStringList out;
    out.reserve(m_patterns.size());
    for (const OriginPattern &p : m_patterns)
        out.append(p.toString());
    return out;
}

// ---------------------------------------------------------------------------------------------
// IP networks

namespace {

bool isMappedIPv4(const std::array<quint8, 16> &b)
{
    static constexpr quint8 kPrefix[12] = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff};
    return std::memcmp(b.data(), kPrefix, sizeof kPrefix) == 0;
}

quint32 v4FromMapped(const std::array<quint8, 16> &b)
{
    return (quint32(b[12]) << 24) | (quint32(b[13]) << 16) | (quint32(b[14]) << 8) | b[15];
}

std::array<quint8, 16> mappedFromV4(quint32 v4)
{
    std::array<quint8, 16> b{};
    b[10] = 0xff;
    b[11] = 0xff;
    b[12] = quint8(v4 >> 24);
    b[13] = quint8(v4 >> 16);
    b[14] = quint8(v4 >> 8);
    b[15] = quint8(v4);
    return b;
}

quint32 v4Mask(int prefix)
{
    return prefix == 0 ? 0u : ~quint32(0) << (32 - prefix);
}

quint8 v6MaskByte(int prefix, int index)
{
    const int bits = std::clamp(prefix - 8 * index, 0, 8);
    return quint8(0xff00u >> bits);
}

} // namespace

bool Cidr::bitsOf(const QHostAddress &address, Bits &out)
{
    switch (address.protocol()) {
    case QAbstractSocket::IPv4Protocol:
        out.isV4 = true;
        out.v4 = address.toIPv4Address();
        out.v6 = mappedFromV4(out.v4);
        return true;
    case QAbstractSocket::IPv6Protocol: {
        const Q_IPV6ADDR a = address.toIPv6Address();
        std::memcpy(out.v6.data(), a.c, 16);
        out.isV4 = isMappedIPv4(out.v6);
        out.v4 = out.isV4 ? v4FromMapped(out.v6) : 0;
        return true;
    }
    default:
        return false;
    }
}

bool Cidr::bitsOf(QStringView text, Bits &out)
{
    if (text.contains(u':')) {
        if (text.size() > 64) // the longest IPv6 text with a zone id is well below this
            return false;
        QHostAddress address;
        return address.setAddress(text.toString()) && bitsOf(address, out);
    }
    quint32 v4 = 0;
    if (!parseIPv4(text, v4))
        return false;
    out.isV4 = true;
    out.v4 = v4;
    out.v6 = mappedFromV4(v4);
    return true;
}

bool Cidr::containsBits(const Bits &bits) const
{
    if (m_family == 4)
        return bits.isV4 && (bits.v4 & m_v4Mask) == m_v4Network;
    if (m_family != 6)
        return false;
    const int whole = m_prefix / 8;
    if (std::memcmp(bits.v6.data(), m_v6Network.data(), std::size_t(whole)) != 0)
        return false;
    if (whole == 16)
        return true;
    const quint8 mask = v6MaskByte(m_prefix, whole);
    return (bits.v6[std::size_t(whole)] & mask) == m_v6Network[std::size_t(whole)];
}

Result<Cidr> Cidr::parse(QStringView text)
{
    const auto fail = [](const QString &message) {
        return ApiError::invalidRequest(ipParam(), message);
    };
    const QStringView t = text.trimmed();
    const auto quoted = [&] { return shown(t); };
    if (t.isEmpty())
        return fail(tr("An IP allowlist entry is empty; write an address such as 203.0.113.7 "
                       "or a network such as 10.0.0.0/8."));
    if (t.size() > kMaxCidrLength)
        return fail(tr("'%1' is too long for an IP address or network.").arg(quoted()));

    const qsizetype slash = t.indexOf(u'/');
    const QStringView addressText = slash < 0 ? t : t.first(slash);
    Cidr c;
    int maxPrefix = 32;
    if (!addressText.contains(u':')) {
        if (!parseIPv4(addressText, c.m_v4Network))
            return fail(tr("'%1' is not a valid IPv4 or IPv6 address; write IPv4 as four numbers "
                           "from 0 to 255 without leading zeros, e.g. 192.0.2.10.")
                            .arg(quoted()));
        c.m_family = 4;
    } else {
        if (addressText.contains(u'%'))
            return fail(tr("'%1' has an IPv6 zone id ('%'); allowlists take addresses without "
                           "one.")
                            .arg(quoted()));
        const bool charsOk = std::all_of(addressText.begin(), addressText.end(), [](QChar ch) {
            return isHexDigit(ch.unicode()) || ch == u':' || ch == u'.';
        });
        QHostAddress address;
        if (!charsOk || !address.setAddress(addressText.toString()) ||
            address.protocol() != QAbstractSocket::IPv6Protocol)
            return fail(tr("'%1' is not a valid IPv6 address.").arg(quoted()));
        const Q_IPV6ADDR a = address.toIPv6Address();
        std::memcpy(c.m_v6Network.data(), a.c, 16);
        c.m_family = 6;
        maxPrefix = 128;
    }

    int prefix = maxPrefix;
    if (slash >= 0 && (!parseDecimal(t.sliced(slash + 1), 3, prefix) || prefix > maxPrefix))
        return fail(tr("The prefix length in '%1' must be a number from 0 to %2.")
                        .arg(quoted(), QString::number(maxPrefix)));

    // An IPv4-mapped IPv6 network is the IPv4 network it maps.
    if (c.m_family == 6 && prefix >= 96 && isMappedIPv4(c.m_v6Network)) {
        c.m_family = 4;
        c.m_v4Network = v4FromMapped(c.m_v6Network);
        prefix -= 96;
    }
    c.m_prefix = prefix;

    bool hostBits = false;
    if (c.m_family == 4) {
        c.m_v4Mask = v4Mask(prefix);
        hostBits = (c.m_v4Network & c.m_v4Mask) != c.m_v4Network;
        c.m_v4Network &= c.m_v4Mask;
        c.m_network = QHostAddress(c.m_v4Network);
        c.m_v6Network = {};
    } else {
        for (int i = 0; i < 16; ++i) {
            const quint8 masked = c.m_v6Network[std::size_t(i)] & v6MaskByte(prefix, i);
            hostBits = hostBits || masked != c.m_v6Network[std::size_t(i)];
            c.m_v6Network[std::size_t(i)] = masked;
        }
        c.m_network = QHostAddress(c.m_v6Network.data());
    }
    if (hostBits)
        return fail(tr("'%1' has bits set after the /%2 prefix; did you mean '%3'?")
                        .arg(quoted(), QString::number(prefix), c.toString()));
    return c;
}

bool Cidr::contains(const QHostAddress &address) const
{
    Bits bits;
    return bitsOf(address, bits) && containsBits(bits);
}

bool Cidr::covers(const Cidr &other) const
{
    if (m_family == 0 || other.m_family == 0)
        return false;
    // In IPv6 terms an IPv4 network a.b.c.d/n is ::ffff:a.b.c.d/(96 + n).
    const int otherPrefix6 = other.m_family == 4 ? other.m_prefix + 96 : other.m_prefix;
    if (m_family == 4) {
        return other.m_family == 4 && other.m_prefix >= m_prefix &&
               (other.m_v4Network & m_v4Mask) == m_v4Network;
    }
    if (otherPrefix6 < m_prefix)
        return false;
    Bits bits;
    bits.isV4 = other.m_family == 4;
    bits.v4 = other.m_v4Network;
    bits.v6 = bits.isV4 ? mappedFromV4(other.m_v4Network) : other.m_v6Network;
    return containsBits(bits);
}

QString Cidr::toString() const
{
    if (m_family == 4)
        return ipv4ToString(m_v4Network) + u'/' + QString::number(m_prefix);
    if (m_family == 6)
        return m_network.toString() + u'/' + QString::number(m_prefix);
    return {};
}

Result<IpAllowlist> IpAllowlist::parse(const QStringList &entries)
{
    if (entries.size() > kMaxNetworks)
        return ApiError::invalidRequest(
            ipParam(),
            Cidr::tr("An IP allowlist holds at most %1 entries; merge addresses into networks "
                     "such as 10.0.0.0/8.")
                .arg(kMaxNetworks));
    IpAllowlist list;
    QSet<QString> seen;
    for (const QString &entry : entries) {
        auto cidr = Cidr::parse(entry);
        if (!cidr.ok())
            return cidr.error();
        const QString text = cidr->toString();
        if (!seen.contains(text)) {
            seen.insert(text);
            list.m_networks.append(std::move(*cidr));
        }
    }
    return list;
}

bool IpAllowlist::allows(QStringView ip) const
{
    if (m_networks.isEmpty())
        return true;
    Cidr::Bits bits;
    if (!Cidr::bitsOf(ip, bits))
        return false;
    for (const Cidr &c : m_networks)
        if (c.containsBits(bits))
            return true;
    return false;
}

bool IpAllowlist::covers(const IpAllowlist &other) const
{
    if (m_networks.isEmpty())
        return true;
    if (other.m_networks.isEmpty())
        return false;
    // Each of its networks inside one of ours: conservative (two halves of ours do not
    // together cover their whole), never wrong.
    return std::all_of(other.m_networks.begin(), other.m_networks.end(), [&](const Cidr &theirs) {
        return std::any_of(m_networks.begin(), m_networks.end(),
                           [&](const Cidr &mine) { return mine.covers(theirs); });
    });
}

QStringList IpAllowlist::toStringList() const
{
    QStringList out;
    out.reserve(m_networks.size());
    for (const Cidr &c : m_networks)
        out.append(c.toString());
    return out;
}

// ---------------------------------------------------------------------------------------------
// Endpoints

namespace {

constexpr QStringView kMethods[] = {u"GET",   u"HEAD",   u"POST",   u"PUT",
                                    u"PATCH", u"DELETE", u"OPTIONS"};

/// RFC 3986 pchar without '%': unreserved, sub-delims, ':' and '@'.
bool isPatternPathChar(char16_t c)
{
    return isAlpha(c) || isDigit(c) || QStringView(u"-._~!$&'()+,;=:@").contains(QChar(c));
}

/// "." or ".." — also with a ";parameter", which some servers strip before resolving.
bool isDotSegment(QStringView segment)
{
    if (segment.isEmpty() || segment[0] != u'.')
        return false;
    const qsizetype dots = segment.size() > 1 && segment[1] == u'.' ? 2 : 1;
    return segment.size() == dots || segment[dots] == u';';
}

/// A request path segment that means what it says: not empty, not a dot segment, and no
/// encoded '.', '/', '\' or NUL that a server might decode into something else.
bool isPlainSegment(QStringView segment)
{
    if (segment.isEmpty() || isDotSegment(segment))
        return false;
    const qsizetype size = segment.size();
    for (qsizetype i = 0; i < size; ++i) {
        const char16_t c = segment[i].unicode();
        if (isControl(c) || c == u'\\')
            return false;
        if (c == u'%' && i + 2 < size) {
            const char16_t hi = segment[i + 1].unicode();
            const char16_t lo = toLowerAscii(segment[i + 2].unicode());
            if ((hi == u'2' && (lo == u'e' || lo == u'f')) || (hi == u'5' && lo == u'c') ||
                (hi == u'0' && lo == u'0'))
                return false;
        }
    }
    return true;
}

} // namespace

Result<EndpointPattern> EndpointPattern::parse(QStringView text)
{
    const auto fail = [](const QString &message) {
        return ApiError::invalidRequest(endpointsParam(), message);
    };
    const QString example = QStringLiteral("POST /v1/forms/*");
    const QStringView t = text.trimmed();
    const auto quoted = [&] { return shown(t); };
    if (t.isEmpty())
        return fail(tr("An endpoint pattern is empty; write an optional method and a path, "
                       "e.g. '%1'.")
                        .arg(example));
    if (t.size() > kMaxEndpointLength)
        return fail(tr("The endpoint pattern '%1' is too long.").arg(quoted()));

    QStringView methodText;
    QStringView path = t;
    if (t.front() != u'/') {
        qsizetype space = 0;
        while (space < t.size() && !t[space].isSpace())
            ++space;
        if (space == t.size())
            return fail(tr("'%1' is not an endpoint pattern; write an optional method and a "
                           "path starting with '/', e.g. '%2'.")
                            .arg(quoted(), example));
        methodText = t.first(space);
        path = t.sliced(space).trimmed();
    }

    EndpointPattern pattern;
    pattern.m_method = QStringLiteral("*");
    if (!methodText.isEmpty() && methodText != u"*") {
        QString upper(methodText.size(), Qt::Uninitialized);
        for (qsizetype i = 0; i < methodText.size(); ++i)
            upper[i] = QChar(toUpperAscii(methodText[i].unicode()));
        if (std::find(std::begin(kMethods), std::end(kMethods), QStringView(upper)) ==
            std::end(kMethods))
            return fail(tr("'%1' is not an HTTP method; use GET, HEAD, POST, PUT, PATCH, "
                           "DELETE, OPTIONS, or * for any method.")
                            .arg(shown(methodText)));
        pattern.m_method = std::move(upper);
        pattern.m_anyMethod = false;
    }

    if (path.isEmpty() || path.front() != u'/')
        return fail(tr("The path in '%1' must start with '/', e.g. /v1/forms/*.").arg(quoted()));
    for (QChar ch : path) {
        const char16_t c = ch.unicode();
        if (c == u'/' || c == u'*' || isPatternPathChar(c))
            continue;
        if (c == u'?')
            return fail(tr("'%1' has a query string; endpoint patterns match the path only.")
                            .arg(quoted()));
        if (c == u'#')
            return fail(
                tr("'%1' has a fragment; endpoint patterns match the path only.").arg(quoted()));
        if (c == u'%')
            return fail(tr("'%1' is percent-encoded; write the path with plain characters, "
                           "and '*' for a segment that varies.")
                            .arg(quoted()));
        if (ch.isSpace())
            return fail(tr("The path in '%1' contains a space.").arg(quoted()));
        return fail(tr("The path in '%1' contains the character U+%2, which is not allowed in "
                       "a path.")
                        .arg(quoted(), QString::number(c, 16).toUpper().rightJustified(4, u'0')));
    }

    QStringView rest = path.sliced(1);
    if (rest.size() > 1 && rest.endsWith(u'/')) // one trailing slash is not a segment
        rest.chop(1);
    if (!rest.isEmpty()) {
        const auto parts = rest.split(u'/');
        if (parts.size() > kMaxEndpointSegments)
            return fail(tr("The path in '%1' has more than %2 segments.")
                            .arg(quoted(), QString::number(kMaxEndpointSegments)));
        for (QStringView part : parts) {
            if (part.isEmpty())
                return fail(tr("The path in '%1' has an empty segment ('//').").arg(quoted()));
            if (isDotSegment(part))
                return fail(tr("The path in '%1' has a '.' or '..' segment; write the path "
                               "without them.")
                                .arg(quoted()));
            if (part.contains(u'*') && part != u"*")
                return fail(
                    tr("In '%1', '*' must be a whole segment, as in /v1/forms/*.").arg(quoted()));
            pattern.m_segments.append(part.toString());
        }
        pattern.m_tailWildcard = pattern.m_segments.constLast() == u"*";
    }
    return pattern;
}

bool EndpointPattern::matchesPath(QStringView path) const
{
    if (path.isEmpty() || path.front() != u'/')
        return false;
    QStringView rest = path.sliced(1);
    if (rest.size() > 1 && rest.endsWith(u'/')) // one trailing slash is not a segment
        rest.chop(1);
    const qsizetype count = m_segments.size();
    if (rest.isEmpty())
        return count == 0;
    // Every segment of the request is checked, also those a trailing '*' swallows, so a
    // match is never bought with a ".." further along.
    qsizetype index = 0;
    qsizetype start = 0;
    while (true) {
        const qsizetype slash = rest.indexOf(u'/', start);
        const qsizetype end = slash < 0 ? rest.size() : slash;
        const QStringView segment = rest.sliced(start, end - start);
        if (!isPlainSegment(segment))
            return false;
        if (index < count) {
            const QString &expected = m_segments.at(index);
            const bool wildcard = expected.size() == 1 && expected[0] == u'*';
            if (!wildcard && segment != expected)
                return false;
        } else if (!m_tailWildcard) {
            return false;
        }
        ++index;
        if (slash < 0)
            break;
        start = slash + 1;
    }
    return index >= count;
}

bool EndpointPattern::matches(QStringView method, QStringView path) const
{
    if (!m_anyMethod && method != m_method)
        return false;
    const qsizetype query = indexOfAny(path, u"?#");
    return matchesPath(query < 0 ? path : path.first(query));
}

QString EndpointPattern::toString() const
{
    QString out;
    if (!m_anyMethod)
        out = m_method + u' ';
    out += u'/';
    out += m_segments.join(u'/');
    return out;
}

bool EndpointPattern::covers(const EndpointPattern &other) const
{
    if (!m_anyMethod && (other.m_anyMethod || other.m_method != m_method))
        return false;
    const qsizetype mine = m_segments.size();
    const qsizetype theirs = other.m_segments.size();
    const auto segmentCovers = [](const QString &a, const QString &b) {
        return a == u"*" || a == b; // a literal covers only itself, not another's '*'
    };
    if (m_tailWildcard) {
        // Our last '*' stands for one or more segments: theirs need at least as many.
        if (theirs < mine)
            return false;
        for (qsizetype i = 0; i + 1 < mine; ++i)
            if (!segmentCovers(m_segments.at(i), other.m_segments.at(i)))
                return false;
        return true;
    }
    // Without a trailing '*' we match exactly `mine` segments; a trailing '*' of theirs would
    // reach further.
    if (theirs != mine || other.m_tailWildcard)
        return false;
    for (qsizetype i = 0; i < mine; ++i)
        if (!segmentCovers(m_segments.at(i), other.m_segments.at(i)))
            return false;
    return true;
}

Result<EndpointAllowlist> EndpointAllowlist::parse(const QStringList &entries)
{
    if (entries.size() > kMaxEndpoints)
        return ApiError::invalidRequest(
            endpointsParam(), EndpointPattern::tr("An endpoint allowlist holds at most %1 "
                                                  "entries; use '*' segments to cover several.")
                                  .arg(kMaxEndpoints));
    EndpointAllowlist list;
    QSet<QString> seen;
    for (const QString &entry : entries) {
        auto pattern = EndpointPattern::parse(entry);
        if (!pattern.ok())
            return pattern.error();
        const QString text = pattern->toString();
        if (!seen.contains(text)) {
            seen.insert(text);
            list.m_patterns.append(std::move(*pattern));
        }
    }
    return list;
}

bool EndpointAllowlist::allows(QStringView method, QStringView path) const
{
    if (m_patterns.isEmpty())
        return true;
    const qsizetype query = indexOfAny(path, u"?#");
    const QStringView bare = query < 0 ? path : path.first(query);
    for (const EndpointPattern &p : m_patterns)
        if ((p.m_anyMethod || method == p.m_method) && p.matchesPath(bare))
            return true;
    return false;
}

bool EndpointAllowlist::covers(const EndpointAllowlist &other) const
{
    if (m_patterns.isEmpty())
        return true;
    if (other.m_patterns.isEmpty())
        return false;
    return std::all_of(
        other.m_patterns.begin(), other.m_patterns.end(), [&](const EndpointPattern &theirs) {
            return std::any_of(m_patterns.begin(), m_patterns.end(),
                               [&](const EndpointPattern &mine) { return mine.covers(theirs); });
        });
}

QStringList EndpointAllowlist::toStringList() const
{
    QStringList out;
    out.reserve(m_patterns.size());
    for (const EndpointPattern &p : m_patterns)
        out.append(p.toString());
    return out;
}

// ---------------------------------------------------------------------------------------------
// Rate limits

bool RateLimit::noLooserThan(const RateLimit &bound) const
{
    // limit / window <= bound.limit / bound.window, in integers (both factors < 2^31).
    return limit <= bound.limit && qint64(limit) * bound.window <= qint64(bound.limit) * window;
}

Result<RateLimit> RateLimit::make(qint64 limit, qint64 window)
{
    if (limit < 1 || limit > 1'000'000'000)
        return ApiError::invalidRequest(
            QStringLiteral("rate_limit.limit"),
            tr("The rate limit must allow from 1 to 1000000000 requests per window."));
    if (window < 1 || window > 86'400)
        return ApiError::invalidRequest(
            QStringLiteral("rate_limit.window"),
            tr("The rate-limit window must be from 1 to 86400 seconds (one day)."));
    return RateLimit{int(limit), int(window)};
}

namespace {
qint64 floorDiv(qint64 a, qint64 b)
{
    const qint64 q = a / b;
    return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q;
}
} // namespace

RateLimiter::Shard &RateLimiter::shardFor(const QString &keyId)
{
    return m_shards[qHash(keyId) % m_shards.size()];
}

RateLimitDecision RateLimiter::hit(const QString &keyId, const RateLimit &limit, qint64 nowMs)
{
    RateLimitDecision d;
    if (limit.limit <= 0 || limit.window <= 0)
        return d; // not a limit RateLimit::make() would give: nothing to count against

    const qint64 nowSec = floorDiv(nowMs, 1000);
    const qint64 start = floorDiv(nowSec, limit.window) * limit.window;
    const qint64 end = start + limit.window;
    d.limit = limit.limit;

    Shard &shard = shardFor(keyId);
    std::lock_guard lock(shard.mutex);
    if (shard.counters.size() >= shard.sweepAt) {
        std::erase_if(shard.counters,
                      [nowSec](const auto &entry) { return entry.second.windowEnd <= nowSec; });
        shard.sweepAt = std::max<std::size_t>(1024, shard.counters.size() * 2);
    }
    Counter &c = shard.counters[keyId];
    // A caller whose clock reading is a little older than another's counts in the newer
    // window, so a window boundary never lets more than the limit through.
    if (start > c.windowStart || c.windowEnd - c.windowStart != limit.window) {
        c.windowStart = start;
        c.windowEnd = end;
        c.count = 0;
    }
    d.resetUnix = c.windowEnd;
    if (c.count < limit.limit) {
        ++c.count;
        d.allowed = true;
        d.remaining = limit.limit - c.count;
        return d;
    }
    d.allowed = false;
    d.remaining = 0;
    const qint64 untilEndMs = c.windowEnd * 1000 - nowMs;
    d.retryAfter = int(std::max<qint64>(1, (untilEndMs + 999) / 1000));
    return d;
}

void RateLimiter::forget(const QString &keyId)
{
    Shard &shard = shardFor(keyId);
    std::lock_guard lock(shard.mutex);
    shard.counters.erase(keyId);
}

void RateLimiter::clear()
{
    for (Shard &shard : m_shards) {
        std::lock_guard lock(shard.mutex);
        shard.counters.clear();
        shard.sweepAt = 1024;
    }
}

} // namespace latchkey
