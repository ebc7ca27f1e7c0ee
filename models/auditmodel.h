// SPDX-License-Identifier: MIT
#pragma once
// The workspace's audit log, newest first, paged lazily.

#include "client/backend.h"
#include "pagedtablemodel.h"

namespace latchkey::models {

class AuditModel : public PagedTableModel<AuditRecord>
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

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    void requestPage(const QString &startingAfter, int generation) override;
    QString idOf(const AuditRecord &r) const override { return r.id; }

    client::Backend &m_backend;
};

} // namespace latchkey::models
