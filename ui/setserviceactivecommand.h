// SPDX-License-Identifier: MIT
#pragma once
// Lapsing or reactivating a service subscription: lapsing asks first (every live key calling
// the service gets 402 at once, on every server); reactivating does not (it only gives back).

#include "command.h"

#include "core/authorization.h"

#include <array>

namespace latchkey::ui {

class SetServiceActiveCommand : public Command
{
    Q_OBJECT

public:
    SetServiceActiveCommand(client::Backend &backend, const QString &workspaceId,
                            const ScopeCatalog &catalog, const Actor &actor, const QString &service,
                            bool active, QWidget *parentWidget);

    static Status whyNot(const ScopeCatalog &catalog, const Actor &actor);
    /// The confirmation before lapsing \p serviceName: title, text, button.
    static std::array<QString, 3> lapseWarning(const QString &serviceName);

signals:
    void succeeded(const QString &service, bool active);

protected:
    Status check() const override { return whyNot(m_catalog, m_actor); }
    void ask() override;
    void run() override;

private:
    ScopeCatalog m_catalog;
    Actor m_actor;
    QString m_service;
    bool m_active;
};

} // namespace latchkey::ui
