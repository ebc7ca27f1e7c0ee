// SPDX-License-Identifier: MIT
#include "auditmodel.h"

#include <QDateTime>
#include <QJsonDocument>

namespace latchkey::models {

AuditModel::AuditModel(client::Backend &backend, QObject *parent)
    : PagedTableModel(parent)
    , m_backend(backend)
{}

void AuditModel::setWorkspace(const QString &workspaceId)
{
    m_workspaceId = workspaceId;
    reload();
}

void AuditModel::requestPage(const QString &startingAfter, int generation)
{
    ListQuery q;
    q.workspaceId = m_workspaceId;
    q.limit = m_pageSize;
    q.startingAfter = startingAfter;
    m_backend.auditEvents(m_workspaceId, q, this, [this, generation](Result<Page<AuditRecord>> r) {
        accept(generation, std::move(r));
    });
}

int AuditModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditModel::data(const QModelIndex &index, int role) const
{
    if (index.parent().isValid() || index.row() < 0 || index.row() >= m_items.size())
        return {};
    const AuditRecord &r = m_items[index.row()];
    if (role == Qt::ToolTipRole)
        return QString::fromUtf8(QJsonDocument(r.details).toJson(QJsonDocument::Indented));
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case TimeColumn:
        return QDateTime::fromMSecsSinceEpoch(r.createdAt)
            .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    case ActorColumn:
        return r.actor;
    case ActionColumn:
        return r.action;
    case TargetColumn:
        return r.target;
    case EnvironmentColumn:
        return r.environment;
    }
    return {};
}

QVariant AuditModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case ActorColumn:
        return tr("Actor");
    case ActionColumn:
        return tr("Action");
    case TargetColumn:
        return tr("Target");
    case EnvironmentColumn:
        return tr("Environment");
    }
    return {};
}

} // namespace latchkey::models
