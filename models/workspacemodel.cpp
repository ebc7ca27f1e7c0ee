// SPDX-License-Identifier: MIT
#include "workspacemodel.h"

namespace latchkey::models {

WorkspaceModel::WorkspaceModel(client::Backend &backend, QObject *parent)
    : QAbstractListModel(parent)
    , m_backend(backend)
{}

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
        return tr("%1 — your role: %2").arg(w->workspace.name, name(w->role));
    case IdRole:
        return w->workspace.id;
    case RoleRole:
        return int(w->role);
    default:
        return {};
    }
}

const WorkspaceView *WorkspaceModel::workspace(int row) const
{
    return row >= 0 && row < m_items.size() ? &m_items[row] : nullptr;
}

} // namespace latchkey::models
