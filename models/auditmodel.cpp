// SPDX-License-Identifier: MIT
#include "auditmodel.h"

#include "activitytext.h"

#include <QDateTime>
#include <QJsonDocument>

namespace latchkey::models {

AuditModel::AuditModel(client::Backend &backend, QObject *parent)
    : PagedTableModel(parent)
    , m_backend(backend)
{
    follow(backend, client::Change::Audit); // new events come in above the ones shown
}

void AuditModel::setWorkspace(const QString &workspaceId)
{
    m_workspaceId = workspaceId;
    reload();
}

void AuditModel::setFilters(const AuditQuery &filters)
{
    m_filters = filters;
    reload();
}

AuditQuery AuditModel::query() const
{
    AuditQuery q = m_filters;
    q.workspaceId = m_workspaceId;
    q.limit = m_pageSize;
    q.startingAfter.clear();
    return q;
}

void AuditModel::requestPage(const QString &startingAfter, int generation)
{
    AuditQuery q = query();
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
    switch (role) {
    case ActionRole:
        return r.action;
    case ActorRole:
        return r.actor;
    case TargetRole:
        return r.target;
    case Qt::ToolTipRole:
        return tr("%1 on %2\n%3")
            .arg(r.action, r.target.isEmpty() ? QStringLiteral("—") : r.target,
                 QString::fromUtf8(QJsonDocument(r.details).toJson(QJsonDocument::Indented)));
    case Qt::DisplayRole:
        if (index.column() == TimeColumn)
            return QDateTime::fromMSecsSinceEpoch(r.createdAt)
                .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        if (index.column() == EventColumn)
            return ActivityText::sentence(r);
        return {};
    default:
        return {};
    }
}

QVariant AuditModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case EventColumn:
        return tr("Event");
    }
    return {};
}

} // namespace latchkey::models
