// SPDX-License-Identifier: MIT
#pragma once
// A public key's origin allowlist being edited. Entries are validated with core's
// OriginPattern::parse (the same normaliser the verifier uses) and stored normalised.

#include "core/result.h"

#include <QAbstractListModel>

namespace latchkey::models {

class OriginAllowlistModel : public QAbstractListModel
{
    Q_OBJECT

public:
    using QAbstractListModel::QAbstractListModel;

    /// The normalised pattern for \p text, or the reason it is not an origin.
    static Result<QString> validate(const QString &text);

    /// Adds \p text when valid and new; returns the error otherwise (nothing changes).
    Status add(const QString &text);
    void removeAt(int row);
    QStringList origins() const { return m_origins; }
    void setOrigins(const QStringList &origins);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;

private:
    QStringList m_origins;
};

} // namespace latchkey::models
