// SPDX-License-Identifier: MIT
#pragma once
// A page per service the workspace subscribes to: its subscription state, its scopes, and a
// shortcut to create a public key for it.

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
    ServicePage(const ScopeCatalog &catalog, const QString &serviceId, bool active,
                QWidget *parent = nullptr);
    QString serviceId() const { return m_serviceId; }

signals:
    void createPublicKeyRequested(const QString &serviceId);

private:
    QString m_serviceId;
};

} // namespace latchkey::ui
