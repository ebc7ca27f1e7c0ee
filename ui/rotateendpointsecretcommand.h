// SPDX-License-Identifier: MIT
#pragma once
// Rotating a webhook endpoint's signing secret: asks, rotates, and reports the new secret with
// the time the previous one stops signing (core keeps it for an overlap, never longer than a
// previous rotation left it).

#include "command.h"

namespace latchkey::ui {

class RotateEndpointSecretCommand : public Command
{
    Q_OBJECT

public:
    RotateEndpointSecretCommand(client::Backend &backend, const QString &workspaceId,
                                const client::EndpointView &endpoint, QWidget *parentWidget);

    static bool canRun(const client::EndpointView *endpoint) { return endpoint != nullptr; }
    /// When the secrets signing now stop signing after a rotation at \p nowMs; 0 when none.
    static qint64 previousSecretsEnd(const QList<SigningSecretInfo> &secrets, qint64 nowMs);

signals:
    /// The new secret (shown once by the receiver); \p previousUntil as previousSecretsEnd().
    void succeeded(const latchkey::IssuedEndpoint &issued, qint64 previousUntil);

protected:
    void ask() override;
    void run() override;

private:
    client::EndpointView m_endpoint;
};

} // namespace latchkey::ui
