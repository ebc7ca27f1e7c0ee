// SPDX-License-Identifier: MIT
#include "originallowlisteditor.h"

#include "widgetnames.h"

#include <QGridLayout>
#include <QIcon>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>

namespace latchkey::ui {

OriginAllowlistEditor::OriginAllowlistEditor(QWidget *parent)
    : QWidget(parent)
    , m_model(new models::OriginAllowlistModel(this))
{
    setObjectName(QStringLiteral("originEditor"));
    m_edit = named(new QLineEdit(this), "originEdit", tr("Origin to allow"));
    m_edit->setPlaceholderText(tr("https://shop.example.com or https://*.example.com"));
    m_add =
        named(new QPushButton(QIcon(QStringLiteral(":/latchkey/icons/add.svg")), tr("Add"), this),
              "addOriginButton", tr("Add origin"));
    m_add->setEnabled(false);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("originStatus"));
    m_status->setWordWrap(true);
    m_list = named(new QListView(this), "originList", tr("Allowed origins"));
    m_list->setModel(m_model);
    m_list->setMaximumHeight(90);
    m_remove = named(new QPushButton(tr("Remove"), this), "removeOriginButton",
                     tr("Remove the selected origin"));

    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit, 0, 0);
    layout->addWidget(m_add, 0, 1);
    layout->addWidget(m_status, 1, 0, 1, 2);
    layout->addWidget(m_list, 2, 0);
    layout->addWidget(m_remove, 2, 1, Qt::AlignTop);

    connect(m_edit, &QLineEdit::textChanged, this, &OriginAllowlistEditor::validateTyped);
    m_edit->installEventFilter(this);
    connect(m_add, &QPushButton::clicked, this, &OriginAllowlistEditor::addTyped);
    connect(m_remove, &QPushButton::clicked, this,
            [this] { m_model->removeAt(m_list->currentIndex().row()); });
}

void OriginAllowlistEditor::setOrigins(const QStringList &origins)
{
    m_model->setOrigins(origins);
}

void OriginAllowlistEditor::validateTyped()
{
    const QString text = m_edit->text().trimmed();
    if (text.isEmpty()) {
        m_inputValid = true;
        m_add->setEnabled(false);
        m_status->clear();
        return;
    }
    auto result = models::OriginAllowlistModel::validate(text);
    m_inputValid = result.ok();
    m_add->setEnabled(m_inputValid);
    m_status->setText(m_inputValid ? tr("Will be allowed as %1").arg(*result)
                                   : tr("Not an origin: %1").arg(result.error().message));
    m_edit->setAccessibleDescription(m_status->text());
}

bool OriginAllowlistEditor::eventFilter(QObject *watched, QEvent *event)
{
    // QLineEdit lets Return travel on to the dialog, whose default button would then submit
    // the form the user is still filling in.
    if (watched == m_edit && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            addTyped();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

bool OriginAllowlistEditor::addTyped()
{
    if (m_edit->text().trimmed().isEmpty())
        return false;
    auto added = m_model->add(m_edit->text());
    if (!added.ok()) {
        m_status->setText(added.error().message);
        return false;
    }
    m_edit->clear();
    return true;
}

} // namespace latchkey::ui
