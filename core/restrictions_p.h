// SPDX-License-Identifier: MIT
#pragma once
// What the restriction parsers share (core/restrictions_*.cpp): limits, the names of the
// request fields, ASCII character classes, IPv4 text and how user text is quoted in errors.
// Not part of the core library's interface.

#include "restrictions.h"

#include <QSet>
#include <QUrl>

#include <algorithm>
#include <cstring>

namespace latchkey::restrictions_detail {

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

inline QString originsParam()
{
    return QStringLiteral("allowed_origins");
}
inline QString ipParam()
{
    return QStringLiteral("restrictions.ip_allowlist");
}
inline QString endpointsParam()
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
inline QString shown(QStringView s)
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
inline bool parseDecimal(QStringView s, qsizetype maxDigits, int &out)
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
inline bool parseIPv4(QStringView s, quint32 &out)
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

inline QString ipv4ToString(quint32 v)
{
    return QStringLiteral("%1.%2.%3.%4")
        .arg(v >> 24)
        .arg((v >> 16) & 0xff)
        .arg((v >> 8) & 0xff)
        .arg(v & 0xff);
}

inline qsizetype indexOfAny(QStringView s, QStringView chars)
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

} // namespace latchkey::restrictions_detail
