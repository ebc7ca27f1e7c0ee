// SPDX-License-Identifier: MIT
#include "endpointmodel.h"

#include <QDateTime>

namespace latchkey::models {

EndpointModel::EndpointModel(client::Backend &backend, QObject *parent)
    : PagedTableModel(parent)
    , m_backend(backend)
{
    follow(backend, client::Change::Endpoints);
}

void EndpointModel::setWorkspace(const QString &workspaceId, Environment environment)
{
    m_workspaceId = workspaceId;
    m_environment = environment;
    reload();
}

void EndpointModel::requestPage(const QString &startingAfter, int generation)
{
    ListQuery q;
    q.workspaceId = m_workspaceId;
    q.environment = m_environment;
    q.limit = m_pageSize;
    q.startingAfter = startingAfter;
    m_backend.listEndpoints(m_workspaceId, q, this,
                            [this, generation](Result<Page<client::EndpointView>> r) {
                                accept(generation, std::move(r));
                            });
}

const client::EndpointView *EndpointModel::endpoint(int row) const
{
    return item(row);
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
