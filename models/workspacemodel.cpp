// SPDX-License-Identifier: MIT
#include "workspacemodel.h"

namespace latchkey::models {

WorkspaceModel::WorkspaceModel(client::Backend &backend, QObject *parent)
    : QAbstractListModel(parent)
    , m_backend(backend)
{
    // Every workspace is listed here: a change to any of them is read again.
    connect(&backend, &client::Backend::changed, this,
            [this](const QString &, client::Changes what) {
                if (what.testFlag(client::Change::Workspaces))
                    reload();
            });
}

void WorkspaceModel::reload()
{
    m_backend.workspaces(this, [this](Result<QList<WorkspaceView>> r) {
        if (!r.ok()) {
            emit failed(r.error().message);
            return;
        }
        beginResetModel();
        m_items = std::move(r).value();
        endResetModel();
        emit loaded();
    });
}

int WorkspaceModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

QVariant WorkspaceModel::data(const QModelIndex &index, int role) const
{
    const WorkspaceView *w = workspace(index.row());
    if (!w || index.parent().isValid())
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return w->workspace.name;
    case Qt::ToolTipRole:
        return tr("%1 — your role: %2").arg(w->workspace.name, roleText(w->role));
    case IdRole:
        return w->workspace.id;
    case RoleRole:
        return int(w->role);
    default:
        return {};
    }
}

QString WorkspaceModel::roleText(Role role)
{
    switch (role) {
    case Role::Owner:
        return tr("owner", "workspace role");
    case Role::Admin:
        return tr("admin", "workspace role");
    case Role::Developer:
        return tr("developer", "workspace role");
    case Role::Viewer:
        return tr("viewer", "workspace role");
    }
    return name(role);
}

const WorkspaceView *WorkspaceModel::workspace(int row) const
{
    return row >= 0 && row < m_items.size() ? &m_items[row] : nullptr;
}

} // namespace latchkey::models
