// SPDX-License-Identifier: MIT
// Origins and origin allowlists: normalised, with wildcard patterns only under a registrable
// domain.
#include "restrictions_p.h"

#include "publicsuffix.h"

namespace latchkey {

using namespace restrictions_detail;

namespace {

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

} // namespace latchkey
