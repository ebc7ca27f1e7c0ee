// SPDX-License-Identifier: MIT
#include "auditfilter.h"

#include "apierror.h"
#include "json.h"
#include "qtcompat.h"

#include <QRegularExpression>

namespace latchkey {

namespace {
const QString kActor = QStringLiteral("actor");
const QString kAction = QStringLiteral("action");
const QString kTarget = QStringLiteral("target");
const QString kCreatedGte = QStringLiteral("created_gte");
const QString kCreatedLte = QStringLiteral("created_lte");

bool hasControl(const QString &s)
{
    return std::any_of(s.cbegin(), s.cend(), [](QChar c) {
        return c.category() == QChar::Other_Control || c.category() == QChar::Other_Format;
    });
}
} // namespace

Status AuditFilter::check(const AuditQuery &q)
{
    if (q.actor.size() > kMaxActorLength || hasControl(q.actor))
        return ApiError::invalidRequest(
            kActor, tr("actor must be an email address, a key's display form or 'system', of "
                       "at most %1 characters.")
                        .arg(kMaxActorLength));
    static const QRegularExpression action(
        QStringLiteral("^[a-z][a-z_]*(\\.[a-z][a-z_]*|\\.\\*)$"));
    if (!q.action.isEmpty() &&
        (q.action.size() > kMaxActionLength || !action.match(q.action).hasMatch()))
        return ApiError::invalidRequest(
            kAction, tr("action must be one action, such as api_key.revoked, or a family of "
                        "actions, such as api_key.*."));
    static const QRegularExpression id(QStringLiteral("^[A-Za-z0-9_-]+$"));
    if (!q.target.isEmpty() &&
        (q.target.size() > kMaxTargetLength || !id.match(q.target).hasMatch()))
        return ApiError::invalidRequest(kTarget,
                                        tr("target must be an object's id, such as key_…."));
    if (q.createdFrom && q.createdTo && *q.createdTo < *q.createdFrom)
        return ApiError::invalidRequest(kCreatedLte,
                                        tr("created_lte is earlier than created_gte."));
    return success();
}

QStringList AuditFilter::params()
{
    return {kActor, kAction, kTarget, kCreatedGte, kCreatedLte};
}

Status AuditFilter::read(const QUrlQuery &query, AuditQuery &q)
{
    const auto text = [&](const QString &param) {
        return query.queryItemValue(param, QUrl::FullyDecoded);
    };
    q.actor = text(kActor).trimmed();
    q.action = text(kAction);
    q.target = text(kTarget);
    for (const QString &param : {kCreatedGte, kCreatedLte}) {
        if (!query.hasQueryItem(param))
            continue;
        const auto at = json::parseRfc3339(text(param));
        if (!at)
            return ApiError::invalidRequest(
                param,
                tr("%1 must be a time in RFC 3339 form, such as 2026-01-31T09:00:00Z.").arg(param));
        (param == kCreatedGte ? q.createdFrom : q.createdTo) = *at;
    }
    return check(q);
}

QList<QPair<QString, QString>> AuditFilter::queryItems(const AuditQuery &q)
{
    QList<QPair<QString, QString>> items;
    if (!q.actor.isEmpty())
        items.append({kActor, q.actor});
    if (!q.action.isEmpty())
        items.append({kAction, q.action});
    if (!q.target.isEmpty())
        items.append({kTarget, q.target});
    // With milliseconds: the end of a day is 23:59:59.999, which whole seconds would cut.
    const auto time = [](qint64 ms) {
        return qtcompat::utcFromMSecs(ms).toString(Qt::ISODateWithMs);
    };
    if (q.createdFrom)
        items.append({kCreatedGte, time(*q.createdFrom)});
    if (q.createdTo)
        items.append({kCreatedLte, time(*q.createdTo)});
    return items;
}

} // namespace latchkey
