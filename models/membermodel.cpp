// SPDX-License-Identifier: MIT
#include "membermodel.h"

#include "keytablemodel.h"
#include "workspacemodel.h"

#include <QDateTime>
#include <QFont>

namespace latchkey::models {

MemberModel::MemberModel(client::Backend &backend, QObject *parent)
    : QAbstractTableModel(parent)
    , m_backend(backend)
{
    connect(&backend, &client::Backend::changed, this,
            [this](const QString &workspaceId, client::Changes what) {
                if (client::touches(workspaceId, what, m_workspaceId,
                                    client::Change::Members | client::Change::Invitations))
                    reload();
            });
}

void MemberModel::setWorkspace(const QString &workspaceId, bool withInvitations)
{
    m_workspaceId = workspaceId;
    m_withInvitations = withInvitations;
    reload();
}

void MemberModel::reload()
{
    if (m_workspaceId.isEmpty())
        return;
    const int generation = ++m_generation;
    m_backend.members(m_workspaceId, this, [this, generation](Result<QList<MemberRecord>> r) {
        if (generation != m_generation)
            return;
        if (!r.ok()) {
            emit failed(r.error().message);
            return;
        }
        auto members = std::make_shared<QList<MemberRecord>>(std::move(r).value());
        auto show = [this, members](QList<InvitationRecord> invitations) {
            beginResetModel();
            m_members = std::move(*members);
            m_invitations = std::move(invitations);
            endResetModel();
            emit loaded();
        };
        if (!m_withInvitations)
            return show({});
        m_backend.invitations(
            m_workspaceId, this, [this, generation, show](Result<QList<InvitationRecord>> inv) {
                if (generation != m_generation)
                    return;
                if (!inv.ok())
                    emit failed(inv.error().message);
                show(inv.ok() ? std::move(inv).value() : QList<InvitationRecord>());
            });
    });
}

int MemberModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_members.size() + m_invitations.size());
}

int MemberModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const MemberRecord *MemberModel::member(int row) const
{
    return row >= 0 && row < m_members.size() ? &m_members[row] : nullptr;
}

const InvitationRecord *MemberModel::invitation(int row) const
{
    const int i = row - int(m_members.size());
    return i >= 0 && i < m_invitations.size() ? &m_invitations[i] : nullptr;
}

int MemberModel::rowOf(const QString &email) const
{
    const auto same = [&](const QString &e) { return e.compare(email, Qt::CaseInsensitive) == 0; };
    for (int row = 0; row < m_members.size(); ++row)
        if (same(m_members[row].user.email))
            return row;
    for (int i = 0; i < m_invitations.size(); ++i)
        if (same(m_invitations[i].email))
            return int(m_members.size()) + i;
    return -1;
}

QVariant MemberModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.parent().isValid())
        return {};
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const auto day = [](qint64 ms) {
        return QDateTime::fromMSecsSinceEpoch(ms).toString(QStringLiteral("yyyy-MM-dd"));
    };
    if (const MemberRecord *m = member(index.row())) {
        const bool you = m->user.email.compare(m_backend.userEmail(), Qt::CaseInsensitive) == 0;
        if (role == Qt::DisplayRole) {
            switch (index.column()) {
            case EmailColumn:
                return you ? tr("%1 (you)").arg(m->user.email) : m->user.email;
            case RoleColumn:
                return WorkspaceModel::roleText(m->role);
            case JoinedColumn:
                return m->joinedAt ? day(m->joinedAt) : tr("before teams", "joined date unknown");
            case LastSignInColumn:
                return relativeTime(m->lastSignInAt, now);
            }
        }
        if (role == Qt::ToolTipRole && index.column() == LastSignInColumn && m->lastSignInAt)
            return QDateTime::fromMSecsSinceEpoch(*m->lastSignInAt)
                .toString(QStringLiteral("yyyy-MM-dd HH:mm"));
        return {};
    }
    const InvitationRecord *i = invitation(index.row());
    if (!i)
        return {};
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case EmailColumn:
            return i->email;
        case RoleColumn:
            return tr("%1 (invited)").arg(WorkspaceModel::roleText(i->role));
        case JoinedColumn:
            return tr("invited %1 by %2").arg(day(i->createdAt), i->invitedBy);
        case LastSignInColumn:
            return tr("invitation expires %1").arg(relativeTime(i->expiresAt, now));
        }
    }
    if (role == Qt::FontRole) {
        QFont italic;
        italic.setItalic(true);
        return italic;
    }
    return {};
}

QVariant MemberModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case EmailColumn:
        return tr("Email");
    case RoleColumn:
        return tr("Role");
    case JoinedColumn:
        return tr("Joined");
    case LastSignInColumn:
        return tr("Last sign-in");
    }
    return {};
}

} // namespace latchkey::models
