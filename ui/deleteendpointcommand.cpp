// SPDX-License-Identifier: MIT
#include "deleteendpointcommand.h"

namespace latchkey::ui {

DeleteEndpointCommand::DeleteEndpointCommand(client::Backend &backend, const QString &workspaceId,
                                             const WebhookEndpointRecord &endpoint,
                                             QWidget *parentWidget)
    : Command(backend, workspaceId, parentWidget)
    , m_endpoint(endpoint)
{}

void DeleteEndpointCommand::ask()
{
    confirmThenRun(
        tr("Delete endpoint"),
        tr("Delete %1? Deliveries to it stop at once. This cannot be undone.").arg(m_endpoint.url),
        tr("Delete endpoint"), true);
}

void DeleteEndpointCommand::run()
{
    m_backend.deleteEndpoint(m_workspaceId, m_endpoint.id, this,
                             outcome<Done>([this](const Done &) { emit succeeded(m_endpoint); }));
}

} // namespace latchkey::ui
