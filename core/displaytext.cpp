// SPDX-License-Identifier: MIT
#include "displaytext.h"

#include <QChar>

namespace latchkey {

bool DisplayText::isBidiControl(char32_t c)
{
    return c == 0x061C                      // ARABIC LETTER MARK
           || c == 0x200E || c == 0x200F    // LRM, RLM
           || (c >= 0x202A && c <= 0x202E)  // LRE, RLE, PDF, LRO, RLO
           || (c >= 0x2066 && c <= 0x2069); // LRI, RLI, FSI, PDI
}

bool DisplayText::isInvisible(char32_t c)
{
    if (QChar::isSpace(c))
        return true;
    switch (QChar::category(c)) {
    case QChar::Other_Format:    // zero-width space/joiners, word joiner, BOM, tags …
    case QChar::Mark_NonSpacing: // combining marks and variation selectors, on nothing
    case QChar::Mark_Enclosing:
    case QChar::Separator_Space:
        return true;
    default:
        break;
    }
    return c == 0x115F || c == 0x1160 || c == 0x3164 || c == 0xFFA0 // Hangul fillers
           || c == 0x2800                                           // Braille blank
           || c == 0x034F                                           // combining grapheme joiner
           || (c >= 0x180B && c <= 0x180F);                         // Mongolian selectors
}

Status DisplayText::check(QStringView text, const QString &param)
{
    const auto codePoint = [](char32_t c) {
        return QString::number(uint(c), 16).toUpper().rightJustified(4, u'0');
    };
    bool visible = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        char32_t c = text[i].unicode();
        if (QChar::isHighSurrogate(c) && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
            c = QChar::surrogateToUcs4(text[i], text[i + 1]);
            ++i;
        } else if (QChar::isSurrogate(c))
            return ApiError::invalidRequest(
                param, tr("%1 is not valid text: it has a lone UTF-16 surrogate.").arg(param));
        const QChar::Category cat = QChar::category(c);
        if (cat == QChar::Other_Control || cat == QChar::Separator_Line ||
            cat == QChar::Separator_Paragraph)
            return ApiError::invalidRequest(
                param, tr("%1 contains the control character U+%2 (a line break, tab, escape or "
                          "similar); write it on one line without it.")
                           .arg(param, codePoint(c)));
        if (isBidiControl(c))
            return ApiError::invalidRequest(
                param, tr("%1 contains the bidirectional control U+%2, which can make text read "
                          "differently from what it is; remove it.")
                           .arg(param, codePoint(c)));
        visible = visible || !isInvisible(c);
    }
    if (!text.isEmpty() && !visible)
        return ApiError::invalidRequest(
            param, tr("%1 has no visible character: it is made only of spaces or invisible "
                      "characters.")
                       .arg(param));
    return success();
}

} // namespace latchkey
