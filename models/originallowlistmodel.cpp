// SPDX-License-Identifier: MIT
#include "originallowlistmodel.h"

#include "core/restrictions.h"

namespace latchkey::models {

Result<QString> OriginAllowlistModel::validate(const QString &text)
{
    auto pattern = OriginPattern::parse(text.trimmed());
    if (!pattern.ok())
        return pattern.error();
    return pattern->toString();
}

Status OriginAllowlistModel::add(const QString &text)
{
    auto normalised = validate(text);
    if (!normalised.ok())
        return normalised.error();
    if (m_origins.contains(*normalised))
        return ApiError::invalidRequest(QStringLiteral("allowed_origins"),
                                        tr("%1 is already on the list.").arg(*normalised));
    beginInsertRows({}, int(m_origins.size()), int(m_origins.size()));
    m_origins << *normalised;
    endInsertRows();
    return success();
}

void OriginAllowlistModel::removeAt(int row)
{
    if (row < 0 || row >= m_origins.size())
        return;
    beginRemoveRows({}, row, row);
    m_origins.removeAt(row);
    endRemoveRows();
}

void OriginAllowlistModel::setOrigins(const QStringList &origins)
{
    beginResetModel();
    m_origins.clear();
    for (const QString &o : origins)
        if (auto n = validate(o); n.ok() && !m_origins.contains(*n))
            m_origins << *n;
    endResetModel();
}

int OriginAllowlistModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_origins.size());
}

QVariant OriginAllowlistModel::data(const QModelIndex &index, int role) const
{
    if (index.parent().isValid() || index.row() < 0 || index.row() >= m_origins.size())
        return {};
    if (role == Qt::DisplayRole || role == Qt::EditRole)
        return m_origins[index.row()];
    return {};
}

} // namespace latchkey::models
