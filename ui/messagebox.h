// SPDX-License-Identifier: MIT
#pragma once
// Confirmations, with a test seam (as KeePassXC's MessageBox::setNextAnswer): a test sets the
// next answer and no dialog is shown. Errors are not shown here but in the inline MessageBar.

#include <QString>

class QMessageBox;
class QWidget;

namespace latchkey::ui {

class MessageBox
{
public:
    enum class Answer
    {
        None, ///< no answer set: ask the user
        Confirm,
        Cancel
    };

    /// Asks to confirm an action; \p actionText names the confirming button (e.g. "Revoke key").
    /// Returns true when confirmed.
    static bool confirm(QWidget *parent, const QString &title, const QString &text,
                        const QString &actionText, bool destructive = false);
    /// The box confirm() shows, not yet shown (for screenshots); the caller owns it.
    static QMessageBox *build(QWidget *parent, const QString &title, const QString &text,
                              const QString &actionText, bool destructive);
    /// The answer the next confirm() returns without showing anything (once).
    static void setNextAnswer(Answer answer);
    /// How many times confirm() has been called (tests check a confirmation was asked).
    static int askedCount();

private:
    static Answer s_nextAnswer;
    static int s_asked;
};

} // namespace latchkey::ui
