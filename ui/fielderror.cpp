// SPDX-License-Identifier: MIT
#include "fielderror.h"

#include "colorscheme.h"

#include <QEvent>

namespace latchkey::ui {

FieldError::FieldError(QWidget *field, const char *objectName, QWidget *parent)
    : QLabel(parent)
    , m_field(field)
    , m_fieldDescription(field ? field->accessibleDescription() : QString())
{
    setObjectName(QLatin1String(objectName));
    setWordWrap(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    recolor();
    hide();
}

void FieldError::showError(const QString &message)
{
    setText(message);
    setAccessibleName(message);
    if (m_field)
        m_field->setAccessibleDescription(message);
    show();
}

void FieldError::clearError()
{
    if (isHidden())
        return;
    clear();
    if (m_field)
        m_field->setAccessibleDescription(m_fieldDescription);
    hide();
}

void FieldError::changeEvent(QEvent *event)
{
    QLabel::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && !property("recoloring").toBool())
        recolor();
}

void FieldError::recolor()
{
    // A red that reads on either scheme's window colour (contrast above 4.5:1 on both).
    setProperty("recoloring", true);
    QPalette p = palette();
    p.setColor(QPalette::WindowText, ColorScheme::schemeOf(p) == ColorScheme::Scheme::Dark
                                         ? QColor(0xff, 0x8a, 0x80)
                                         : QColor(0xb3, 0x26, 0x1e));
    setPalette(p);
    setProperty("recoloring", false);
}

} // namespace latchkey::ui
