// SPDX-License-Identifier: MIT
#pragma once
// Deleting a webhook endpoint: asks (deliveries stop at once, no undo), deletes, reports.

#include "command.h"

namespace latchkey::ui {

class DeleteEndpointCommand : public Command
{
    Q_OBJECT

public:
    DeleteEndpointCommand(client::Backend &backend, const QString &workspaceId,
                          const WebhookEndpointRecord &endpoint, QWidget *parentWidget);

    static bool canRun(const client::EndpointView *endpoint) { return endpoint != nullptr; }

signals:
    void succeeded(const latchkey::WebhookEndpointRecord &endpoint);

protected:
    void ask() override;
    void run() override;

private:
    WebhookEndpointRecord m_endpoint;
};

} // namespace latchkey::ui
