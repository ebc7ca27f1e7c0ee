// SPDX-License-Identifier: MIT
#pragma once
// What differs between the Qt versions Latchkey builds with — Qt 6.4 (Debian 12) and Qt 6.8
// (Debian 13, the Windows and macOS releases) — kept in this one place for core. The
// dashboard's counterpart (colour scheme) is ui/colorscheme.cpp.

#include <QDateTime>
#include <QtGlobal>
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
#include <QTimeZone>
#endif

namespace latchkey::qtcompat {

/// The UTC date and time \p ms milliseconds after the epoch (Qt 6.5 deprecates Qt::UTC here).
inline QDateTime utcFromMSecs(qint64 ms)
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::UTC);
#else
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
#endif
}

} // namespace latchkey::qtcompat
