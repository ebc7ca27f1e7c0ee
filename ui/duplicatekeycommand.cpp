// SPDX-License-Identifier: MIT
#include "duplicatekeycommand.h"

#include "core/authorization.h"

namespace latchkey::ui {

DuplicateKeyCommand::DuplicateKeyCommand(client::Backend &backend,
                                         const CreateKeyDialog::Context &context,
                                         const ApiKeyRecord &key, QWidget *parentWidget)
    : Command(backend, context.workspaceId, parentWidget)
    , m_context(context)
    , m_key(key)
{}

Status DuplicateKeyCommand::whyNot(const ApiKeyRecord *key, KeyEnvironments environments)
{
    if (!key)
        return ApiError::invalidRequest({}, tr("Select the key to duplicate first."));
    return Authorization::environmentAllowed(environments, key->environment);
}

void DuplicateKeyCommand::run()
{
    m_dialog = new CreateKeyDialog(m_backend, m_key.type, m_context, m_parentWidget);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &CreateKeyDialog::keyCreated, this, &DuplicateKeyCommand::succeeded);
    connect(m_dialog, &QDialog::finished, this, &DuplicateKeyCommand::finish);
    if (!m_key.serviceId.isEmpty())
        m_dialog->setService(m_key.serviceId);
    m_dialog->duplicate(m_key);
    m_dialog->open();
}

} // namespace latchkey::ui
