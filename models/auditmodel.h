// SPDX-License-Identifier: MIT
#pragma once
// The workspace's audit log, newest first, paged lazily.

#include "client/backend.h"

#include <QAbstractTableModel>

namespace latchkey::models {

class AuditModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        TimeColumn,
        ActorColumn,
        ActionColumn,
        TargetColumn,
        EnvironmentColumn,
        ColumnCount
    };

    explicit AuditModel(client::Backend &backend, QObject *parent = nullptr);

    void setWorkspace(const QString &workspaceId);
    void reload();

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
    QList<AuditRecord> m_items;
    bool m_hasMore = false;
    bool m_loading = false;
    int m_generation = 0;
};

} // namespace latchkey::models
