// SPDX-License-Identifier: MIT
#include "endpointmodel.h"

#include <QDateTime>

namespace latchkey::models {

EndpointModel::EndpointModel(client::Backend &backend, QObject *parent)
    : QAbstractTableModel(parent)
    , m_backend(backend)
{}

void EndpointModel::setWorkspace(const QString &workspaceId, Environment environment)
{
    m_workspaceId = workspaceId;
    m_environment = environment;
    reload();
}

void EndpointModel::reload()
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

void EndpointModel::load(const QString &startingAfter)
{
    ListQuery q;
    q.workspaceId = m_workspaceId;
    q.environment = m_environment;
    q.limit = 50;
    q.startingAfter = startingAfter;
    m_loading = true;
    const int generation = m_generation;
    m_backend.listEndpoints(
        m_workspaceId, q, this, [this, generation](Result<Page<client::EndpointView>> r) {
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

bool EndpointModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_hasMore && !m_loading;
}

void EndpointModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent) && !m_items.isEmpty())
        load(m_items.constLast().endpoint.id);
}

const client::EndpointView *EndpointModel::endpoint(int row) const
{
    return row >= 0 && row < m_items.size() ? &m_items[row] : nullptr;
}

int EndpointModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int EndpointModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EndpointModel::data(const QModelIndex &index, int role) const
{
    const client::EndpointView *e = endpoint(index.row());
    if (!e || index.parent().isValid())
        return {};
    if (role == IdRole)
        return e->endpoint.id;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case UrlColumn:
        return e->endpoint.url;
    case DescriptionColumn:
        return e->endpoint.description;
    case SecretsColumn: {
        QStringList parts;
        for (const SigningSecretInfo &s : e->secrets)
            parts << (s.expiresAt ? tr("whsec_…%1 (until %2)")
                                        .arg(s.last4, QDateTime::fromMSecsSinceEpoch(*s.expiresAt)
                                                          .toString(QStringLiteral("yyyy-MM-dd")))
                                  : tr("whsec_…%1").arg(s.last4));
        return parts.join(QStringLiteral(", "));
    }
    case CreatedColumn:
        return QDateTime::fromMSecsSinceEpoch(e->endpoint.createdAt)
            .toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    }
    return {};
}

QVariant EndpointModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case UrlColumn:
        return tr("URL");
    case DescriptionColumn:
        return tr("Description");
    case SecretsColumn:
        return tr("Signing secrets");
    case CreatedColumn:
        return tr("Created");
    }
    return {};
}

} // namespace latchkey::models
