// SPDX-License-Identifier: MIT
#pragma once
// The workspaces the signed-in member belongs to, with their role and services.

#include "client/backend.h"

#include <QAbstractListModel>

namespace latchkey::models {

class WorkspaceModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Roles
    {
        IdRole = Qt::UserRole + 1,
        RoleRole, ///< int(latchkey::Role)
    };

    explicit WorkspaceModel(client::Backend &backend, QObject *parent = nullptr);

    void reload();
    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    const WorkspaceView *workspace(int row) const;
    /// A role as people read it, translated ("owner" is name(Role), the wire format).
    static QString roleText(Role role);

signals:
    void loaded();
    void failed(const QString &message);

private:
    client::Backend &m_backend;
    QList<WorkspaceView> m_items;
};

} // namespace latchkey::models
