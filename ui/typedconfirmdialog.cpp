// SPDX-License-Identifier: MIT
#include "typedconfirmdialog.h"

#include "widgetnames.h"

#include <QDialogButtonBox>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace latchkey::ui {

TypedConfirmDialog::TypedConfirmDialog(const Texts &texts, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QLatin1String(texts.objectName));
    setWindowTitle(texts.title);
    setAccessibleName(texts.title);
    auto *text = new QLabel(texts.html, this);
    text->setWordWrap(true);
    m_edit = named(new QLineEdit(this), texts.editObjectName, texts.editName);
    m_edit->setPlaceholderText(texts.expected);
    auto *buttons = new QDialogButtonBox(this);
    m_action = named(buttons->addButton(texts.actionText, QDialogButtonBox::AcceptRole),
                     texts.actionObjectName, texts.actionText);
    m_action->setIcon(QIcon(QLatin1String(texts.icon)));
    m_action->setEnabled(false);
    m_action->setAutoDefault(false);
    auto *cancel =
        named(buttons->addButton(QDialogButtonBox::Cancel), "cancelButton", tr("Cancel"));
    cancel->setDefault(true);
    connect(m_edit, &QLineEdit::textChanged, this,
            [this, expected = texts.expected](const QString &typed) {
                m_action->setEnabled(typed == expected);
            });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addWidget(m_edit);
    layout->addWidget(buttons);
    setMinimumWidth(460);
}

} // namespace latchkey::ui
