// SPDX-License-Identifier: MIT
#pragma once
// Webhook endpoints of one workspace and environment, with their signing secrets' last four.

#include "client/backend.h"
#include "pagedtablemodel.h"

namespace latchkey::models {

class EndpointModel : public PagedTableModel<client::EndpointView>
{
    Q_OBJECT

public:
    enum Column
    {
        UrlColumn,
        DescriptionColumn,
        SecretsColumn,
        CreatedColumn,
        ColumnCount
    };
    enum Roles
    {
        IdRole = Qt::UserRole + 1
    };

    explicit EndpointModel(client::Backend &backend, QObject *parent = nullptr);

    void setWorkspace(const QString &workspaceId, Environment environment);
    const client::EndpointView *endpoint(int row) const;

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    void requestPage(const QString &startingAfter, int generation) override;
    QString idOf(const client::EndpointView &e) const override { return e.endpoint.id; }

    client::Backend &m_backend;
    Environment m_environment = Environment::Test;
};

} // namespace latchkey::models
