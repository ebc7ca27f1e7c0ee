// SPDX-License-Identifier: MIT
#pragma once
// Every interactive widget gets an object name (tests and scripts find it) and an accessible
// name (screen readers say it); this one call gives both so neither is forgotten.

#include <QLatin1String>
#include <QString>
#include <QWidget>

namespace latchkey::ui {

template<class W> W *named(W *widget, const char *objectName, const QString &accessibleName)
{
    widget->setObjectName(QLatin1String(objectName));
    widget->setAccessibleName(accessibleName);
    return widget;
}

} // namespace latchkey::ui
