// SPDX-License-Identifier: MIT
#pragma once
// Duplicating a key: the key form opens with the key's settings (a new name and secret to
// come); the form is the command's run, and the outcome is the new key (its secret shown once
// by the caller).

#include "command.h"
#include "createkeydialog.h"

namespace latchkey::ui {

class DuplicateKeyCommand : public Command
{
    Q_OBJECT

public:
    DuplicateKeyCommand(client::Backend &backend, const CreateKeyDialog::Context &context,
                        const ApiKeyRecord &key, QWidget *parentWidget);

    /// Whether \p key can be duplicated where its keys are kept (\p environments: a live key
    /// is not duplicated by the sandbox, which keeps test keys only), or why not.
    static Status whyNot(const ApiKeyRecord *key, KeyEnvironments environments);
    /// The form, while it is open.
    CreateKeyDialog *dialog() const { return m_dialog.data(); }

signals:
    void succeeded(const latchkey::IssuedKey &issued);

protected:
    Status check() const override { return whyNot(&m_key, m_backend.keyEnvironments()); }
    void run() override;

private:
    CreateKeyDialog::Context m_context;
    ApiKeyRecord m_key;
    QPointer<CreateKeyDialog> m_dialog;
};

} // namespace latchkey::ui
