// SPDX-License-Identifier: MIT
#pragma once
// Light or dark, following the system while the dashboard runs. The one place that knows how
// each Qt version tells: Qt 6.5 and newer say it (QStyleHints::colorScheme) and signal when it
// changes; Qt 6.4 only changes the platform's palette. When the platform says dark but its
// palette is light (a style that ignores dark mode), Latchkey's own palette is applied, and
// taken back when no longer needed. Widgets that draw their own colours connect to changed().

#include <QObject>
#include <QPalette>

#include <optional>

namespace latchkey::ui {

class ColorScheme : public QObject
{
    Q_OBJECT

public:
    enum class Scheme
    {
        Light,
        Dark
    };
    Q_ENUM(Scheme)

    /// The application's one instance, made on first use; needs the QApplication.
    static ColorScheme *instance();

    Scheme scheme() const { return m_scheme; }
    bool isDark() const { return m_scheme == Scheme::Dark; }

    /// What the platform says by itself (Qt 6.5 and newer, when it knows); nullopt when only
    /// its palette tells.
    std::optional<Scheme> platformScheme() const;

    /// Stands in for the platform's answer (tests, --screenshot); nullopt listens to it again.
    void setPlatformSchemeOverride(std::optional<Scheme> scheme);

    /// Latchkey's palette for \p scheme: the style's own for light, a dark one for dark.
    static QPalette palette(Scheme scheme);
    /// Dark when the window is darker than its text.
    static Scheme schemeOf(const QPalette &palette);

signals:
    void changed(latchkey::ui::ColorScheme::Scheme scheme);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit ColorScheme(QObject *parent);
    void update();
    void updateSoon();

    Scheme m_scheme = Scheme::Light;
    std::optional<Scheme> m_override;
    std::optional<Scheme> m_ownPalette; ///< which of our palettes is applied, if one is
    bool m_updatePending = false;
};

} // namespace latchkey::ui
