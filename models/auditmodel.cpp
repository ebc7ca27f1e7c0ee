// SPDX-License-Identifier: MIT
#include "auditmodel.h"

#include <QDateTime>
#include <QJsonDocument>

namespace latchkey::models {

AuditModel::AuditModel(client::Backend &backend, QObject *parent)
    : QAbstractTableModel(parent)
    , m_backend(backend)
{}

void AuditModel::setWorkspace(const QString &workspaceId)
{
    m_workspaceId = workspaceId;
    reload();
}

void AuditModel::reload()
{
    ++m_generation;
    beginResetModel();
    m_items.clear();
    m_hasMore = false;
    m_loading = false;
    endResetModel();
    if (!m_workspaceId.isEmpty())
        load({});
}

void AuditModel::load(const QString &startingAfter)
{
    ListQuery q;
    q.workspaceId = m_workspaceId;
    q.limit = 50;
    q.startingAfter = startingAfter;
    m_loading = true;
    const int generation = m_generation;
    m_backend.auditEvents(m_workspaceId, q, this, [this, generation](Result<Page<AuditRecord>> r) {
        if (generation != m_generation)
            return;
        m_loading = false;
        if (!r.ok()) {
            emit failed(r.error().message);
            return;
        }
        m_hasMore = r->hasMore;
        if (r->items.isEmpty())
            return;
        beginInsertRows({}, int(m_items.size()), int(m_items.size() + r->items.size()) - 1);
        m_items.append(std::move(r->items));
        endInsertRows();
    });
}

bool AuditModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_hasMore && !m_loading;
}

void AuditModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent) && !m_items.isEmpty())
        load(m_items.constLast().id);
}

int AuditModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
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
