// SPDX-License-Identifier: MIT
#pragma once
// Edits a public key's origin allowlist, validating each origin as it is typed.

#include "models/originallowlistmodel.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QListView;
class QPushButton;

namespace latchkey::ui {

class OriginAllowlistEditor : public QWidget
{
    Q_OBJECT

public:
    explicit OriginAllowlistEditor(QWidget *parent = nullptr);

    QStringList origins() const { return m_model->origins(); }
    void setOrigins(const QStringList &origins);
    /// Whether the text being typed is a valid origin (an empty field counts as valid).
    bool isInputValid() const { return m_inputValid; }
    /// Adds what is typed, if valid; returns whether it was added. An empty field adds nothing
    /// and says nothing.
    bool addTyped();
    /// The field origins are typed into (focused when the dialog reports an origin error).
    QLineEdit *edit() const { return m_edit; }

protected:
    /// Enter in the field adds the origin and goes no further: it never submits the dialog.
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void validateTyped();

    models::OriginAllowlistModel *m_model;
    QLineEdit *m_edit;
    QPushButton *m_add;
    QPushButton *m_remove;
    QLabel *m_status;
    QListView *m_list;
    bool m_inputValid = true;
};

} // namespace latchkey::ui
