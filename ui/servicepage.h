// SPDX-License-Identifier: MIT
#pragma once
// A page per service the workspace subscribes to: its subscription state, its scopes, and a
// shortcut to create a public key for it. Owners switch the subscription here (docs/teams.md);
// for everyone else the switch is disabled and says why.

#include "core/result.h"
#include "core/scopes.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace latchkey::ui {

class ServicePage : public QWidget
{
    Q_OBJECT

public:
    /// \p mayToggle: whether the user may switch the subscription (core's answer).
    ServicePage(const ScopeCatalog &catalog, const QString &serviceId, bool active,
                const Status &mayToggle, QWidget *parent = nullptr);
    QString serviceId() const { return m_serviceId; }

signals:
    void createPublicKeyRequested(const QString &serviceId);
    /// The owner asked to switch the subscription on (\p active) or off.
    void subscriptionToggleRequested(const QString &serviceId, bool active);

private:
    QString m_serviceId;
};

} // namespace latchkey::ui
