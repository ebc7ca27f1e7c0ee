// SPDX-License-Identifier: MIT
#pragma once
// A workspace's people (docs/teams.md): its members, then the invitations still pending, one
// table as GitHub's people page shows them. Loaded together; a role the user may not see
// (invitations are for owners and admins) simply leaves those rows out.

#include "client/backend.h"

#include <QAbstractTableModel>

namespace latchkey::models {

class MemberModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        EmailColumn,
        RoleColumn,
        JoinedColumn,
        LastSignInColumn,
        ColumnCount
    };

    explicit MemberModel(client::Backend &backend, QObject *parent = nullptr);

    /// Loads \p workspaceId's members; its invitations too when \p withInvitations.
    void setWorkspace(const QString &workspaceId, bool withInvitations);
    void reload();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    /// The member on \p row, or null (an invitation's row, or none).
    const MemberRecord *member(int row) const;
    /// The pending invitation on \p row, or null.
    const InvitationRecord *invitation(int row) const;
    /// The row of the member or invitation with \p email, or -1.
    int rowOf(const QString &email) const;
    const QList<MemberRecord> &members() const { return m_members; }

signals:
    void loaded();
    void failed(const QString &message);

private:
    client::Backend &m_backend;
    QString m_workspaceId;
    bool m_withInvitations = false;
    int m_generation = 0; ///< drops answers for a workspace no longer shown
    QList<MemberRecord> m_members;
    QList<InvitationRecord> m_invitations;
};

} // namespace latchkey::models
