// SPDX-License-Identifier: MIT
#pragma once
// The inline message bar (like KDE's KMessageWidget): errors and notices appear above the
// content, in the system palette, until dismissed. No error goes to a modal box.

#include <QFrame>

#include <functional>

class QLabel;
class QToolButton;

namespace latchkey::ui {

class MessageBar : public QFrame
{
    Q_OBJECT

public:
    enum class Kind
    {
        Info,
        Error
    };

    explicit MessageBar(QWidget *parent = nullptr);

    void showMessage(const QString &text, Kind kind = Kind::Info);
    /// An information with one thing to do about it (\p actionText, say "Undo"): the button
    /// runs \p action once; the next message takes it away.
    void showMessage(const QString &text, const QString &actionText, std::function<void()> action);
    void showError(const QString &text) { showMessage(text, Kind::Error); }
    QString text() const;
    Kind kind() const { return m_kind; }

private:
    QLabel *m_icon;
    QLabel *m_text;
    QToolButton *m_action;
    QToolButton *m_close;
    std::function<void()> m_run;
    Kind m_kind = Kind::Info;
};

} // namespace latchkey::ui
