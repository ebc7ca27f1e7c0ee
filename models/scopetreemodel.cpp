// SPDX-License-Identifier: MIT
#include "scopetreemodel.h"

#include "scopecatalogtext.h"

namespace latchkey::models {

ScopeTreeModel::ScopeTreeModel(const ScopeCatalog &catalog, const Grantor &grantor,
                               const GrantTarget &target, QObject *parent)
    : QStandardItemModel(parent)
    , m_catalog(catalog)
    , m_grantor(grantor)
    , m_target(target)
{
    setHorizontalHeaderLabels({tr("Scope"), tr("Description")});
    connect(this, &QStandardItemModel::itemChanged, this, [this](QStandardItem *item) {
        if (!m_rebuilding && item->isCheckable())
            emit checkedScopesChanged();
    });
    rebuild({});
}

void ScopeTreeModel::setGrant(const Grantor &grantor, const GrantTarget &target)
{
    m_grantor = grantor;
    m_target = target;
    rebuild(checkedScopes());
}

void ScopeTreeModel::setCheckable(bool checkable)
{
    m_checkable = checkable;
    rebuild(checkedScopes());
}

void ScopeTreeModel::rebuild(const QStringList &checked)
{
    m_rebuilding = true;
    removeRows(0, rowCount());
    auto addScope = [&](QStandardItem *group, const QString &scope, const QString &description) {
        auto *item = new QStandardItem(scope);
        auto *desc = new QStandardItem(description);
        item->setData(scope, ScopeRole);
        const QList<ScopeDenial> denials =
            ungrantableScopes(m_catalog, m_grantor, {scope}, m_target);
        const bool grantable = denials.isEmpty();
        const bool usable = grantable || m_held.contains(scope);
        item->setData(grantable, GrantableRole);
        Qt::ItemFlags flags = Qt::ItemIsSelectable;
        if (usable)
            flags |= Qt::ItemIsEnabled;
        if (m_checkable)
            flags |= Qt::ItemIsUserCheckable;
        item->setFlags(flags);
        desc->setFlags(flags & ~Qt::ItemIsUserCheckable);
        if (m_checkable)
            item->setCheckState(usable && checked.contains(scope) ? Qt::Checked : Qt::Unchecked);
        const QString reason = grantable ? QString() : denials.constFirst().message;
        item->setData(reason, ReasonRole);
        const QString tip = grantable ? description
                            : usable ? tr("The key has this scope, which your role could not grant "
                                          "(%1). You may remove it.")
                                           .arg(reason)
                                     : tr("Cannot be granted: %1").arg(reason);
        item->setToolTip(tip);
        desc->setToolTip(tip);
        group->appendRow({item, desc});
    };
    auto addGroup = [&](const QString &title) {
        auto *group = new QStandardItem(title);
        group->setFlags(Qt::ItemIsEnabled);
        auto *blank = new QStandardItem;
        blank->setFlags(Qt::ItemIsEnabled);
        appendRow({group, blank});
        return group;
    };

    for (const QString &service : m_catalog.services()) {
        QStandardItem *group = addGroup(serviceName(m_catalog, service));
        for (const ScopeInfo &s : m_catalog.scopes())
            if (s.service == service)
                addScope(group, s.scope, scopeDescription(s));
    }
    QStandardItem *management = addGroup(tr("Management"));
    for (const ScopeInfo &s : m_catalog.scopes())
        if (s.service.isEmpty())
            addScope(management, s.scope, scopeDescription(s));
    QStandardItem *everything = addGroup(tr("Everything"));
    addScope(everything, QStringLiteral("*"), tr("Every scope, present and future"));
    m_rebuilding = false;
}

static void collect(const QStandardItem *parent, QStringList &out)
{
    for (int r = 0; r < parent->rowCount(); ++r) {
        const QStandardItem *c = parent->child(r);
        if (c->isCheckable() && c->isEnabled() && c->checkState() == Qt::Checked)
            out << c->data(ScopeTreeModel::ScopeRole).toString();
        collect(c, out);
    }
}

QStringList ScopeTreeModel::checkedScopes() const
{
    QStringList out;
    collect(invisibleRootItem(), out);
    return out;
}

void ScopeTreeModel::setHeldScopes(const QStringList &scopes)
{
    m_held = scopes;
    rebuild(checkedScopes() + scopes);
    emit checkedScopesChanged();
}

void ScopeTreeModel::setCheckedScopes(const QStringList &scopes)
{
    rebuild(scopes);
    emit checkedScopesChanged();
}

static QStandardItem *find(QStandardItem *parent, const QString &scope)
{
    for (int r = 0; r < parent->rowCount(); ++r) {
        QStandardItem *c = parent->child(r);
        if (c->data(ScopeTreeModel::ScopeRole).toString() == scope)
            return c;
        if (QStandardItem *hit = find(c, scope))
            return hit;
    }
    return nullptr;
}

QStandardItem *ScopeTreeModel::itemForScope(const QString &scope) const
{
    return find(invisibleRootItem(), scope);
}

} // namespace latchkey::models
