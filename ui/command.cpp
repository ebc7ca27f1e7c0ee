// SPDX-License-Identifier: MIT
#include "command.h"

#include "messagebox.h"

namespace latchkey::ui {

Command::Command(client::Backend &backend, QString workspaceId, QWidget *parentWidget)
    : QObject(parentWidget)
    , m_backend(backend)
    , m_workspaceId(std::move(workspaceId))
    , m_parentWidget(parentWidget)
{}

void Command::start()
{
    if (const Status s = check(); !s.ok()) {
        emit failed(s.error().message);
        finish();
        return;
    }
    ask();
}

void Command::confirmThenRun(const QString &title, const QString &text, const QString &actionText,
                             bool destructive)
{
    if (MessageBox::confirm(m_parentWidget, title, text, actionText, destructive))
        run();
    else
        finish();
}

void Command::finish()
{
    emit finished();
    deleteLater();
}

} // namespace latchkey::ui
