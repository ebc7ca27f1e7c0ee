// SPDX-License-Identifier: MIT
#pragma once
// Sending a webhook endpoint a signed "ping" now: no confirmation (nothing changes), the
// outcome is how the receiver answered.

#include "command.h"

namespace latchkey::ui {

class SendTestEventCommand : public Command
{
    Q_OBJECT

public:
    SendTestEventCommand(client::Backend &backend, const QString &workspaceId,
                         const WebhookEndpointRecord &endpoint, QWidget *parentWidget);

    static bool canRun(const client::EndpointView *endpoint) { return endpoint != nullptr; }

signals:
    /// The receiver's answer (delivered or not); failed() when the test could not be sent.
    void succeeded(const latchkey::WebhookEndpointRecord &endpoint,
                   const latchkey::client::WebhookTestResult &result);

protected:
    void run() override;

private:
    WebhookEndpointRecord m_endpoint;
};

} // namespace latchkey::ui
