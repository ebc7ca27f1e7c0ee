// SPDX-License-Identifier: MIT
#pragma once
// An error shown beside the field it is about, as forms on the web do: hidden until a submit
// finds something wrong, read by a screen reader as the field's description, and gone as soon
// as the user changes that field (a stale error is worse than none).

#include <QLabel>
#include <QPointer>

namespace latchkey::ui {

class FieldError : public QLabel
{
    Q_OBJECT

public:
    /// Shows under \p field; \p objectName names it for tests ("nameError").
    FieldError(QWidget *field, const char *objectName, QWidget *parent);

    QWidget *field() const { return m_field.data(); }
    void showError(const QString &message);
    void clearError();

protected:
    void changeEvent(QEvent *event) override;

private:
    void recolor();

    QPointer<QWidget> m_field;
    QString m_fieldDescription; ///< the field's own description, given back when cleared
};

} // namespace latchkey::ui
