// SPDX-License-Identifier: MIT
#pragma once
// The workspace's audit log, newest first, paged lazily, as sentences for people
// (ActivityText), narrowed by the store to the Activity page's filters.

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
        EventColumn,
        ColumnCount
    };
    enum Roles
    {
        ActionRole = Qt::UserRole + 1, ///< "api_key.revoked"
        ActorRole,
        TargetRole,
    };

    explicit AuditModel(client::Backend &backend, QObject *parent = nullptr);

    void setWorkspace(const QString &workspaceId);
    /// Narrows the log to \p filters' actor, action, target and time range (its workspace and
    /// paging are the model's own) and loads the first page again.
    void setFilters(const AuditQuery &filters);
    /// The filters with this model's workspace: what an export asks page by page.
    AuditQuery query() const;

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    void requestPage(const QString &startingAfter, int generation) override;
    QString idOf(const AuditRecord &r) const override { return r.id; }

    client::Backend &m_backend;
    AuditQuery m_filters;
};

} // namespace latchkey::models
