// SPDX-License-Identifier: MIT
#pragma once
// Revoking a key, as one command (Kleopatra's habit): it says when it can run, asks for the
// confirmation (typing the key's name for live keys), runs, and reports.

#include "command.h"
#include "typedconfirmdialog.h"

namespace latchkey::ui {

/// Asks to type a live key's name; "Revoke key" is enabled only when it matches.
class RevokeKeyDialog : public TypedConfirmDialog
{
    Q_OBJECT

public:
    RevokeKeyDialog(const ApiKeyRecord &key, QWidget *parent = nullptr);
};

class RevokeKeyCommand : public Command
{
    Q_OBJECT

public:
    RevokeKeyCommand(client::Backend &backend, const QString &workspaceId, const ApiKeyRecord &key,
                     QWidget *parentWidget);

    static bool canRun(const ApiKeyRecord *key) { return key && !key->revokedAt; }

signals:
    void succeeded(const latchkey::ApiKeyRecord &key);

protected:
    Status check() const override;
    void ask() override;
    void run() override;

private:
    ApiKeyRecord m_key;
};

} // namespace latchkey::ui
