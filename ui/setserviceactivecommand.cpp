// SPDX-License-Identifier: MIT
#include "setserviceactivecommand.h"

#include "models/scopecatalogtext.h"

namespace latchkey::ui {

SetServiceActiveCommand::SetServiceActiveCommand(client::Backend &backend,
                                                 const QString &workspaceId,
                                                 const ScopeCatalog &catalog, const Actor &actor,
                                                 const QString &service, bool active,
                                                 QWidget *parentWidget)
    : Command(backend, workspaceId, parentWidget)
    , m_catalog(catalog)
    , m_actor(actor)
    , m_service(service)
    , m_active(active)
{}

Status SetServiceActiveCommand::whyNot(const ScopeCatalog &catalog, const Actor &actor)
{
    return Authorization::authorize(catalog, actor, Operation::SetServiceStatus);
}

std::array<QString, 3> SetServiceActiveCommand::lapseWarning(const QString &serviceName)
{
    return {tr("Lapse %1").arg(serviceName),
            tr("Lapse the subscription to %1? Every live key calling %1 gets 402 "
               "service_inactive at once, on every server, until it is reactivated. Sandbox keys "
               "keep working.")
                .arg(serviceName),
            tr("Lapse subscription")};
}

void SetServiceActiveCommand::ask()
{
    if (m_active)
        return run();
    const auto [title, text, action] = lapseWarning(models::serviceName(m_catalog, m_service));
    confirmThenRun(title, text, action, true);
}

void SetServiceActiveCommand::run()
{
    m_backend.setServiceActive(
        m_workspaceId, m_service, m_active, this,
        outcome<Done>([this](const Done &) { emit succeeded(m_service, m_active); }));
}

} // namespace latchkey::ui
