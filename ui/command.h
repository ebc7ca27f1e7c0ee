// SPDX-License-Identifier: MIT
#pragma once
// What every user operation shares as a command object (issue 15, Kleopatra's habit): a
// static canRun()/whyNot() the window uses to enable its button, start() that checks again,
// asks for the confirmation the operation needs, runs one Backend call and reports the outcome
// (the command's own succeeded signal, or failed with a sentence), then deletes itself. A
// command never reloads a model: the backend's change notice (Backend::changed) does that.

#include "client/backend.h"

#include <QPointer>
#include <QWidget>

namespace latchkey::ui {

class Command : public QObject
{
    Q_OBJECT

public:
    /// Checks, asks, then runs; deletes itself when finished, refused or cancelled.
    void start();

signals:
    void failed(const QString &message);
    void finished();

protected:
    Command(client::Backend &backend, QString workspaceId, QWidget *parentWidget);

    /// Why the command cannot run now (start() says so through failed()), or success.
    virtual Status check() const { return success(); }
    /// Asks for the confirmation, then run() or finish(); by default it runs at once.
    virtual void ask() { run(); }
    virtual void run() = 0;
    /// A yes/no confirmation (MessageBox::confirm): run() when confirmed, else finish().
    void confirmThenRun(const QString &title, const QString &text, const QString &actionText,
                        bool destructive);
    /// The Backend call's callback: \p ok with the result (its own to move from, a secret
    /// say), or failed() with what \p failure makes of the reason (the reason alone without
    /// it); then finish().
    template<class T>
    client::Callback<T> outcome(std::function<void(T &)> ok,
                                std::function<QString(const QString &)> failure = {})
    {
        return [this, ok = std::move(ok), failure = std::move(failure)](Result<T> r) {
            if (r.ok())
                ok(*r);
            else
                emit failed(failure ? failure(r.error().message) : r.error().message);
            finish();
        };
    }
    void finish();

    client::Backend &m_backend;
    QString m_workspaceId;
    QPointer<QWidget> m_parentWidget;
};

} // namespace latchkey::ui
