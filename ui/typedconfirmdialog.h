// SPDX-License-Identifier: MIT
#pragma once
// A confirmation that asks to type a name (GitHub's habit for what cannot be undone): the
// action's button is enabled only when the typed text is exactly that name, and Cancel is the
// default. Revoking a live key and removing a member use it.

#include <QDialog>

class QLineEdit;
class QPushButton;

namespace latchkey::ui {

class TypedConfirmDialog : public QDialog
{
    Q_OBJECT

public:
    struct Texts
    {
        QString title;
        QString html;       ///< what happens, ending with what to type
        QString expected;   ///< what must be typed
        QString editName;   ///< accessible name of the field
        QString actionText; ///< the confirming button
        const char *objectName;
        const char *editObjectName;
        const char *actionObjectName;
        const char *icon; ///< resource path of the button's icon
    };

    explicit TypedConfirmDialog(const Texts &texts, QWidget *parent = nullptr);

private:
    QLineEdit *m_edit;
    QPushButton *m_action;
};

} // namespace latchkey::ui
