// SPDX-License-Identifier: MIT
#include "sendtesteventcommand.h"

namespace latchkey::ui {

SendTestEventCommand::SendTestEventCommand(client::Backend &backend, const QString &workspaceId,
                                           const WebhookEndpointRecord &endpoint,
                                           QWidget *parentWidget)
    : Command(backend, workspaceId, parentWidget)
    , m_endpoint(endpoint)
{}

void SendTestEventCommand::run()
{
    m_backend.testEndpoint(
        m_workspaceId, m_endpoint.id, this,
        outcome<client::WebhookTestResult>([this](const client::WebhookTestResult &result) {
            emit succeeded(m_endpoint, result);
        }));
}

} // namespace latchkey::ui
