// SPDX-License-Identifier: MIT
#include "rotateendpointsecretcommand.h"

#include <QDateTime>

namespace latchkey::ui {

RotateEndpointSecretCommand::RotateEndpointSecretCommand(client::Backend &backend,
                                                         const QString &workspaceId,
                                                         const client::EndpointView &endpoint,
                                                         QWidget *parentWidget)
    : Command(backend, workspaceId, parentWidget)
    , m_endpoint(endpoint)
{}

qint64 RotateEndpointSecretCommand::previousSecretsEnd(const QList<SigningSecretInfo> &secrets,
                                                       qint64 nowMs)
{
    // Core shortens each to the overlap, never lengthens one a previous rotation limited.
    const qint64 overlapEnd = nowMs + kSecretOverlapMs;
    qint64 end = 0;
    for (const SigningSecretInfo &old : secrets)
        end = std::max(end, std::min(old.expiresAt.value_or(overlapEnd), overlapEnd));
    return end;
}

void RotateEndpointSecretCommand::ask()
{
    confirmThenRun(tr("Rotate signing secret"),
                   tr("Create a new signing secret for %1? The current secret keeps "
                      "signing deliveries for 7 days, so receivers can switch over.")
                       .arg(m_endpoint.endpoint.url),
                   tr("Rotate secret"), false);
}

void RotateEndpointSecretCommand::run()
{
    m_backend.rotateEndpointSecret(
        m_workspaceId, m_endpoint.endpoint.id, this,
        outcome<IssuedEndpoint>([this](const IssuedEndpoint &issued) {
            emit succeeded(issued, previousSecretsEnd(m_endpoint.secrets,
                                                      QDateTime::currentMSecsSinceEpoch()));
        }));
}

} // namespace latchkey::ui
