// SPDX-License-Identifier: MIT
#pragma once
// Rolling a secret key as one command: asks for the old key's grace period (now … 7 days),
// rolls, and reveals the new secret once.

#include "command.h"

#include <QDialog>

class QComboBox;

namespace latchkey::ui {

class RollKeyDialog : public QDialog
{
    Q_OBJECT

public:
    RollKeyDialog(const ApiKeyRecord &key, QWidget *parent = nullptr);
    qint64 graceSeconds() const;

private:
    QComboBox *m_grace;
};

class RollKeyCommand : public Command
{
    Q_OBJECT

public:
    RollKeyCommand(client::Backend &backend, const QString &workspaceId, const ApiKeyRecord &key,
                   QWidget *parentWidget);

    /// Whether \p key can be rolled now, as core decides (KeyService::rollable): an active
    /// secret key that no roll has replaced yet; otherwise why not.
    static Status whyNot(const ApiKeyRecord *key);
    static bool canRun(const ApiKeyRecord *key) { return whyNot(key).ok(); }

signals:
    /// The new key (its secret already handed to the reveal dialog).
    void succeeded(const latchkey::ApiKeyRecord &newKey);

protected:
    Status check() const override { return whyNot(&m_key); }
    /// The grace period is the confirmation.
    void ask() override;
    void run() override;

private:
    ApiKeyRecord m_key;
    qint64 m_graceSeconds = 0;
};

} // namespace latchkey::ui
