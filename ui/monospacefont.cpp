// SPDX-License-Identifier: MIT
#include "monospacefont.h"

#include <QFontDatabase>
#include <QFontMetricsF>

namespace latchkey::ui {

namespace {

// Narrow, wide and punctuation glyphs of what is shown: base62 keys, whsec_ secrets, HTML.
constexpr QLatin1String kProbe("iIl1.|WMm0O_-<>=\"/");

// Where each platform keeps its monospace fonts; fonts-dejavu-core is in the install list.
constexpr const char *kFamilies[] = {
    "DejaVu Sans Mono", "Liberation Mono", "Noto Mono", "Noto Sans Mono", "Cascadia Mono",
    "Consolas",         "Menlo",           "SF Mono",   "Courier New",    "Courier",
};

bool glyphsAdvanceAlike(const QFont &font)
{
    const QFontMetricsF metrics(font);
    const qreal advance = metrics.horizontalAdvance(QLatin1Char('0'));
    if (advance <= 0)
        return false;
    for (const char c : kProbe)
        if (qAbs(metrics.horizontalAdvance(QLatin1Char(c)) - advance) > 0.01)
            return false;
    return true;
}

} // namespace

QFont monospaceFont()
{
    return monospaceFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
}

QFont monospaceFont(const QFont &preferred)
{
    if (glyphsAdvanceAlike(preferred))
        return preferred;
    for (const char *family : kFamilies) {
        const QString name = QLatin1String(family);
        // A missing family would be substituted by another one, perhaps not a monospace one.
        if (!QFontDatabase::hasFamily(name))
            continue;
        QFont font = preferred;
        font.setFamily(name);
        font.setStyleHint(QFont::TypeWriter);
        font.setFixedPitch(true);
        if (glyphsAdvanceAlike(font))
            return font;
    }
    QFont font = preferred;
    font.setFamily(QStringLiteral("monospace"));
    font.setStyleHint(QFont::TypeWriter);
    font.setFixedPitch(true);
    return font;
}

} // namespace latchkey::ui
