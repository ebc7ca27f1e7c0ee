// SPDX-License-Identifier: MIT
#include "messagebar.h"

#include "widgetnames.h"

#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QToolButton>

#include <utility>

namespace latchkey::ui {

MessageBar::MessageBar(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
    , m_action(new QToolButton(this))
    , m_close(new QToolButton(this))
{
    setObjectName(QStringLiteral("messageBar"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::AlternateBase);
    m_text->setObjectName(QStringLiteral("messageText"));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    named(m_action, "messageActionButton", tr("Act on the message"));
    m_action->hide();
    connect(m_action, &QToolButton::clicked, this, [this] {
        const auto run = std::exchange(m_run, {});
        m_action->hide();
        if (run)
            run();
    });
    named(m_close, "messageCloseButton", tr("Dismiss message"));
    m_close->setText(tr("Dismiss"));
    m_close->setAutoRaise(true);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->addWidget(m_icon);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_action);
    layout->addWidget(m_close);
    connect(m_close, &QToolButton::clicked, this, &QWidget::hide);
    hide();
}

void MessageBar::showMessage(const QString &text, const QString &actionText,
                             std::function<void()> action)
{
    showMessage(text);
    m_run = std::move(action);
    m_action->setText(actionText);
    m_action->setAccessibleName(actionText);
    m_action->show();
}

void MessageBar::showMessage(const QString &text, Kind kind)
{
    m_run = {};
    m_action->hide();
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
