// SPDX-License-Identifier: MIT
#include "colorscheme.h"

#include <QApplication>
#include <QEvent>
#include <QPainter>
#include <QPointer>
#include <QProxyStyle>
#include <QStyle>
#include <QStyleFactory>
#include <QStyleHints>
#include <QStyleOption>

namespace latchkey::ui {

using Scheme = ColorScheme::Scheme;

namespace {

// The only Qt-version difference in how the dashboard follows the system's colours.
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
std::optional<Scheme> askPlatform()
{
    switch (QGuiApplication::styleHints()->colorScheme()) {
    case Qt::ColorScheme::Dark:
        return Scheme::Dark;
    case Qt::ColorScheme::Light:
        return Scheme::Light;
    default:
        return std::nullopt;
    }
}

template<class Slot> void watchPlatform(ColorScheme *receiver, Slot slot)
{
    QObject::connect(QGuiApplication::styleHints(), &QStyleHints::colorSchemeChanged, receiver,
                     slot);
}
#else
// Qt 6.4 has no colour-scheme API: the platform's palette, watched by the event filter, tells.
std::optional<Scheme> askPlatform()
{
    return std::nullopt;
}

template<class Slot> void watchPlatform(ColorScheme *, Slot) {}
#endif

/// The style in use, drawing a check box's frame so that it shows on a dark palette too. Fusion
/// (Qt 6.4) draws the frame of an unchecked box darker than the window, which on Latchkey's dark
/// palette is within a few shades of the box itself: the scope tree's unchecked boxes, and
/// Expires and Limit to, could not be seen. On a light palette nothing changes.
class VisibleChecks : public QProxyStyle
{
public:
    using QProxyStyle::QProxyStyle;

    void drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                       const QWidget *widget) const override
    {
        QProxyStyle::drawPrimitive(element, option, painter, widget);
        if (element != PE_IndicatorCheckBox ||
            ColorScheme::schemeOf(option->palette) != Scheme::Dark)
            return;
        // Halfway between the box and its text: plain beside both, dimmer when disabled.
        const QColor base = option->palette.color(QPalette::Base);
        const QColor text = option->palette.color(
            option->state & State_Enabled ? QPalette::Active : QPalette::Disabled, QPalette::Text);
        const QColor frame((base.red() + text.red()) / 2, (base.green() + text.green()) / 2,
                           (base.blue() + text.blue()) / 2);
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing, false);
        painter->setBrush(Qt::NoBrush);
        painter->setPen(frame);
        painter->drawRect(option->rect.adjusted(0, 0, -1, -1)); // where Fusion draws its frame
        painter->restore();
    }
};

/// Puts VisibleChecks over the style in use, once.
void useVisibleChecks()
{
    if (dynamic_cast<VisibleChecks *>(QApplication::style()))
        return;
    // A fresh instance of the same style as the base: the application owns the current one.
    QStyle *base = QStyleFactory::create(QApplication::style()->name());
    if (base)
        QApplication::setStyle(new VisibleChecks(base));
}

} // namespace

ColorScheme *ColorScheme::instance()
{
    static QPointer<ColorScheme> self;
    if (!self)
        self = new ColorScheme(qApp);
    return self;
}

ColorScheme::ColorScheme(QObject *parent)
    : QObject(parent)
{
    qApp->installEventFilter(this);
    watchPlatform(this, [this] { updateSoon(); });
    update();
}

std::optional<Scheme> ColorScheme::platformScheme() const
{
    return askPlatform();
}

void ColorScheme::setPlatformSchemeOverride(std::optional<Scheme> scheme)
{
    m_override = scheme;
    update();
}

bool ColorScheme::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == qApp && event->type() == QEvent::ApplicationPaletteChange)
        updateSoon();
    return QObject::eventFilter(watched, event);
}

void ColorScheme::updateSoon()
{
    // Once the platform has told everything: a theme change may bring the new palette before the
    // new scheme, and the palettes set below come back here too.
    if (m_updatePending)
        return;
    m_updatePending = true;
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_updatePending = false;
            update();
        },
        Qt::QueuedConnection);
}

void ColorScheme::update()
{
    const std::optional<Scheme> asked = m_override ? m_override : platformScheme();
    if (m_ownPalette && m_ownPalette != asked) {
        // A palette with no role set: every role comes from the platform again.
        QApplication::setPalette(QPalette());
        m_ownPalette.reset();
    }
    const Scheme shown = schemeOf(QGuiApplication::palette());
    if (asked && *asked != shown) {
        if (*asked == Scheme::Dark)
            useVisibleChecks();
        QApplication::setPalette(palette(*asked));
        m_ownPalette = asked;
    }
    const Scheme now = asked.value_or(shown);
    if (now != m_scheme) {
        m_scheme = now;
        emit changed(now);
    }
}

Scheme ColorScheme::schemeOf(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() <
                   palette.color(QPalette::WindowText).lightness()
               ? Scheme::Dark
               : Scheme::Light;
}

QPalette ColorScheme::palette(Scheme scheme)
{
    if (scheme == Scheme::Light)
        return QApplication::style()->standardPalette();
    QPalette p;
    const QColor window(45, 45, 48), base(30, 30, 32), text(230, 230, 230);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(52, 52, 56));
    p.setColor(QPalette::ToolTipBase, window);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(140, 140, 140));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::red);
    p.setColor(QPalette::Link, QColor(90, 160, 240));
    p.setColor(QPalette::Highlight, QColor(42, 110, 200));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Light, QColor(70, 70, 74));
    p.setColor(QPalette::Midlight, QColor(60, 60, 64));
    p.setColor(QPalette::Mid, QColor(40, 40, 42));
    p.setColor(QPalette::Dark, QColor(25, 25, 27));
    p.setColor(QPalette::Shadow, Qt::black);
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, QColor(120, 120, 120));
    return p;
}

} // namespace latchkey::ui
