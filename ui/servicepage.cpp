// SPDX-License-Identifier: MIT
#include "servicepage.h"

#include "headerfit.h"
#include "widgetnames.h"

#include "models/scopecatalogtext.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace latchkey::ui {

ServicePage::ServicePage(const ScopeCatalog &catalog, const QString &serviceId, bool active,
                         const Status &mayToggle, QWidget *parent)
    : QWidget(parent)
    , m_serviceId(serviceId)
{
    setObjectName(QStringLiteral("servicePage_") + serviceId);
    const QString name = models::serviceName(catalog, serviceId);
    auto *title = new QLabel(name, this);
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    title->setFont(big);
    auto *status = new QLabel(
        active ? tr("Subscription active. Live and sandbox keys can call %1.").arg(name)
               : tr("Subscription lapsed: live calls get 402 service_inactive. The sandbox keeps "
                    "working."),
        this);
    status->setObjectName(QStringLiteral("serviceStatus"));
    status->setWordWrap(true);
    auto *scopes = named(new QTreeWidget(this), "serviceScopes", tr("Scopes of this service"));
    scopes->setRootIsDecorated(false);
    scopes->setHeaderLabels({tr("Scope"), tr("Public keys"), tr("Description")});
    for (const ScopeInfo &s : catalog.scopes()) {
        if (s.service != serviceId)
            continue;
        const QString description = models::scopeDescription(s);
        auto *item = new QTreeWidgetItem(
            scopes, {s.scope, s.publicSafe ? tr("allowed") : tr("no"), description});
        item->setToolTip(2, description);
        if (s.privileged)
            item->setToolTip(0, tr("Privileged: owners and admins only"));
    }
    scopes->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    scopes->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    keepTitlesWhole(scopes->header());
    auto *create = named(new QPushButton(QIcon(QStringLiteral(":/latchkey/icons/add.svg")),
                                         tr("Create public key for %1…").arg(name), this),
                         "servicePublicKeyButton", tr("Create a public key for this service"));
    connect(create, &QPushButton::clicked, this,
            [this] { emit createPublicKeyRequested(m_serviceId); });
    auto *toggle = named(
        new QPushButton(active ? tr("Lapse subscription…") : tr("Reactivate subscription"), this),
        "subscriptionToggleButton",
        active ? tr("Lapse the subscription to %1").arg(name)
               : tr("Reactivate the subscription to %1").arg(name));
    toggle->setEnabled(mayToggle.ok());
    toggle->setToolTip(mayToggle.ok()
                           ? (active ? tr("Live keys will get 402 service_inactive at once")
                                     : tr("Live keys work again at once"))
                           : mayToggle.error().message);
    connect(toggle, &QPushButton::clicked, this,
            [this, active] { emit subscriptionToggleRequested(m_serviceId, !active); });
    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(status, 1);
    statusRow->addWidget(toggle, 0, Qt::AlignTop);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addLayout(statusRow);
    layout->addWidget(scopes, 1);
    layout->addWidget(create, 0, Qt::AlignLeft);
}

} // namespace latchkey::ui
