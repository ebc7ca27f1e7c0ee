// SPDX-License-Identifier: MIT
#pragma once
// Webhook endpoints of one workspace and environment, with their signing secrets' last four.

#include "client/backend.h"

#include <QAbstractTableModel>

namespace latchkey::models {

class EndpointModel : public QAbstractTableModel
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
    void reload();
    const client::EndpointView *endpoint(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

signals:
    void failed(const QString &message);

private:
    void load(const QString &startingAfter);

    client::Backend &m_backend;
    QString m_workspaceId;
    Environment m_environment = Environment::Test;
    QList<client::EndpointView> m_items;
    bool m_hasMore = false;
    bool m_loading = false;
    int m_generation = 0;
};

} // namespace latchkey::models
