// SPDX-License-Identifier: MIT
#pragma once
// Revoking a key, as one command (Kleopatra's habit): it says when it can run, asks for the
// confirmation (typing the key's name for live keys), runs, and reports.

#include "typedconfirmdialog.h"

#include "client/backend.h"

#include <QPointer>

namespace latchkey::ui {

/// Asks to type a live key's name; "Revoke key" is enabled only when it matches.
class RevokeKeyDialog : public TypedConfirmDialog
{
    Q_OBJECT

public:
    RevokeKeyDialog(const ApiKeyRecord &key, QWidget *parent = nullptr);
};

class RevokeKeyCommand : public QObject
{
    Q_OBJECT

public:
    RevokeKeyCommand(client::Backend &backend, const QString &workspaceId, const ApiKeyRecord &key,
                     QWidget *parentWidget);

    static bool canRun(const ApiKeyRecord *key) { return key && !key->revokedAt; }
    /// Asks, then runs; deletes itself when finished (or cancelled).
    void start();

signals:
    void succeeded(const latchkey::ApiKeyRecord &key);
    void failed(const QString &message);
    void finished();

private:
    void run();
    void finish();

    client::Backend &m_backend;
    QString m_workspaceId;
    ApiKeyRecord m_key;
    QPointer<QWidget> m_parentWidget;
};

} // namespace latchkey::ui
