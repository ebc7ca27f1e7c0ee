// SPDX-License-Identifier: MIT
#include "messagebox.h"

#include <QMessageBox>
#include <QPushButton>

#include <memory>

namespace latchkey::ui {

MessageBox::Answer MessageBox::s_nextAnswer = MessageBox::Answer::None;
int MessageBox::s_asked = 0;

bool MessageBox::confirm(QWidget *parent, const QString &title, const QString &text,
                         const QString &actionText, bool destructive)
{
    ++s_asked;
    if (s_nextAnswer != Answer::None) {
        const bool yes = s_nextAnswer == Answer::Confirm;
        s_nextAnswer = Answer::None;
        return yes;
    }
    std::unique_ptr<QMessageBox> box(build(parent, title, text, actionText, destructive));
    box->exec();
    return box->clickedButton() == box->findChild<QPushButton *>(QStringLiteral("confirmButton"));
}

QMessageBox *MessageBox::build(QWidget *parent, const QString &title, const QString &text,
                               const QString &actionText, bool destructive)
{
    auto *box = new QMessageBox(destructive ? QMessageBox::Warning : QMessageBox::Question, title,
                                text, QMessageBox::NoButton, parent);
    box->setObjectName(QStringLiteral("confirmBox"));
    QPushButton *action = box->addButton(actionText, QMessageBox::AcceptRole);
    action->setObjectName(QStringLiteral("confirmButton"));
    action->setAccessibleName(actionText);
    QPushButton *cancel = box->addButton(QMessageBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    box->setDefaultButton(cancel);
    return box;
}

void MessageBox::setNextAnswer(Answer answer)
{
    s_nextAnswer = answer;
}

int MessageBox::askedCount()
{
    return s_asked;
}

} // namespace latchkey::ui
