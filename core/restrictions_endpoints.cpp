// SPDX-License-Identifier: MIT
// Endpoint allowlists: METHOD /path patterns.
#include "restrictions_p.h"

namespace latchkey {

using namespace restrictions_detail;

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

} // namespace latchkey
