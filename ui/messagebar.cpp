// SPDX-License-Identifier: MIT
#include "messagebar.h"

#include "widgetnames.h"

#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QToolButton>

namespace latchkey::ui {

MessageBar::MessageBar(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
    , m_close(new QToolButton(this))
{
    setObjectName(QStringLiteral("messageBar"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::AlternateBase);
    m_text->setObjectName(QStringLiteral("messageText"));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    named(m_close, "messageCloseButton", tr("Dismiss message"));
    m_close->setText(tr("Dismiss"));
    m_close->setAutoRaise(true);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->addWidget(m_icon);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_close);
    connect(m_close, &QToolButton::clicked, this, &QWidget::hide);
    hide();
}

void MessageBar::showMessage(const QString &text, Kind kind)
{
    m_kind = kind;
    const QIcon icon(kind == Kind::Error ? QStringLiteral(":/latchkey/icons/warning.svg")
                                         : QStringLiteral(":/latchkey/icons/info.svg"));
    m_icon->setPixmap(icon.pixmap(20, 20));
    m_text->setText(text);
    setAccessibleName(kind == Kind::Error ? tr("Error: %1").arg(text) : text);
    show();
}

QString MessageBar::text() const
{
    return isVisible() || !m_text->text().isEmpty() ? m_text->text() : QString();
}

} // namespace latchkey::ui
