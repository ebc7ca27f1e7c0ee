// SPDX-License-Identifier: MIT
#pragma once
// The scope catalog as a checkable tree by service. What the grantor cannot grant to the target
// is disabled and its tooltip says why; the rule itself is core's ungrantableScopes(), never
// re-implemented here.

#include "core/scopes.h"

#include <QStandardItemModel>

namespace latchkey::models {

class ScopeTreeModel : public QStandardItemModel
{
    Q_OBJECT

public:
    enum Roles
    {
        ScopeRole = Qt::UserRole + 1, ///< the scope text; empty for group rows
        GrantableRole,                ///< bool
        ReasonRole,                   ///< why not grantable, for people
    };

    ScopeTreeModel(const ScopeCatalog &catalog, const Grantor &grantor,
                   const GrantTarget &target = {}, QObject *parent = nullptr);

    /// Rebuilds for another grantor or target; checked scopes that stay grantable stay checked.
    void setGrant(const Grantor &grantor, const GrantTarget &target);
    void setCheckable(bool checkable);
    QStringList checkedScopes() const;
    void setCheckedScopes(const QStringList &scopes);
    /// Scopes an existing key already has: they stay checked and may be unchecked (removing a
    /// scope is always allowed) even where the role could not grant them anew.
    void setHeldScopes(const QStringList &scopes);
    /// The item of \p scope, or null.
    QStandardItem *itemForScope(const QString &scope) const;

signals:
    void checkedScopesChanged();

private:
    void rebuild(const QStringList &checked);

    ScopeCatalog m_catalog;
    Grantor m_grantor;
    GrantTarget m_target;
    QStringList m_held;
    bool m_checkable = true;
    bool m_rebuilding = false;
};

} // namespace latchkey::models
