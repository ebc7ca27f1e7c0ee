// SPDX-License-Identifier: MIT
#include "keyfilter.h"

#include "apierror.h"
#include "json.h"
#include "qtcompat.h"

namespace latchkey {

namespace {
const QString kType = QStringLiteral("type");
const QString kIncludeRevoked = QStringLiteral("include_revoked");
const QString kStatus = QStringLiteral("status");
const QString kCreatedLt = QStringLiteral("created_lt");
const QString kSearch = QStringLiteral("search");
const QString kSort = QStringLiteral("sort");
} // namespace

QStringList KeyFilter::params()
{
    return {kType, kIncludeRevoked, kStatus, kCreatedLt, kSearch, kSort};
}

Status KeyFilter::read(const QUrlQuery &query, KeyQuery &q)
{
    const auto text = [&](const QString &param) {
        return query.queryItemValue(param, QUrl::FullyDecoded);
    };
    if (query.hasQueryItem(kType)) {
        q.type = keyTypeFromString(text(kType));
        if (!q.type)
            return ApiError::invalidRequest(kType, tr("type must be 'secret' or 'public'."));
    }
    if (query.hasQueryItem(kIncludeRevoked)) {
        const QString v = text(kIncludeRevoked);
        if (v != QLatin1String("true") && v != QLatin1String("false"))
            return ApiError::invalidRequest(kIncludeRevoked,
                                            tr("include_revoked must be true or false."));
        q.includeRevoked = v == QLatin1String("true");
    }
    if (query.hasQueryItem(kStatus)) {
        q.statuses.clear();
        const QStringList names = text(kStatus).split(QLatin1Char(','));
        for (const QString &n : names) {
            const auto status = keyStatusFromString(n.trimmed());
            if (!status)
                return ApiError::invalidRequest(
                    kStatus, tr("status must list one or more of active, expiring, expired and "
                                "revoked, separated by commas."));
            if (!q.statuses.contains(*status))
                q.statuses << *status;
        }
    }
    if (query.hasQueryItem(kCreatedLt)) {
        const auto at = json::parseRfc3339(text(kCreatedLt));
        if (!at)
            return ApiError::invalidRequest(
                kCreatedLt, tr("%1 must be a time in RFC 3339 form, such as 2026-01-31T09:00:00Z.")
                                .arg(kCreatedLt));
        q.createdBefore = *at;
    }
    q.nameContains = text(kSearch).left(kMaxSearchLength);
    if (query.hasQueryItem(kSort)) {
        const QString sort = text(kSort);
        q.descending = sort.startsWith(QLatin1Char('-'));
        const auto order = keyOrderFromString(QStringView(sort).mid(q.descending ? 1 : 0));
        if (!order)
            return ApiError::invalidRequest(
                kSort, tr("sort must be created, name, last_used or expires, with a leading '-' "
                          "for descending order."));
        q.orderBy = *order;
    }
    return success();
}

QList<QPair<QString, QString>> KeyFilter::queryItems(const KeyQuery &q)
{
    QList<QPair<QString, QString>> items;
    if (q.type)
        items.append({kType, name(*q.type)});
    if (q.includeRevoked)
        items.append({kIncludeRevoked, QStringLiteral("true")});
    if (!q.statuses.isEmpty()) {
        QStringList names;
        for (KeyStatus s : q.statuses)
            names << name(s);
        items.append({kStatus, names.join(QLatin1Char(','))});
    }
    if (q.createdBefore)
        items.append(
            {kCreatedLt, qtcompat::utcFromMSecs(*q.createdBefore).toString(Qt::ISODateWithMs)});
    if (!q.nameContains.isEmpty())
        items.append({kSearch, q.nameContains});
    if (q.orderBy != KeyOrder::Created || !q.descending)
        items.append({kSort, (q.descending ? QStringLiteral("-") : QString()) + name(q.orderBy)});
    return items;
}

} // namespace latchkey
