// SPDX-License-Identifier: MIT
#pragma once
// The audit log's filters as GET /v1/audit-events takes them (actor, action, target,
// created_gte, created_lte) and as AuditQuery holds them: one reading and one check, so the
// server and the offline sandbox refuse the same values with the same invalid_request.

#include "result.h"
#include "store.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QUrlQuery>

namespace latchkey {

class AuditFilter
{
    Q_DECLARE_TR_FUNCTIONS(AuditFilter)

public:
    static constexpr int kMaxActorLength = 320;
    static constexpr int kMaxActionLength = 64;
    static constexpr int kMaxTargetLength = 64;

    /// invalid_request naming the first malformed filter: an action that is neither one
    /// action ("api_key.revoked") nor a family ("api_key.*"), an over-long or control-character
    /// actor, a target that is not an id, or a range that ends before it starts.
    static Status check(const AuditQuery &q);
    /// The names of the query parameters read() takes (the list routes refuse others).
    static QStringList params();
    /// Reads the filter parameters of \p query into \p q (times as RFC 3339), then check()s.
    static Status read(const QUrlQuery &query, AuditQuery &q);
    /// The filter parameters of \p q, for a request's query (empty filters left out).
    static QList<QPair<QString, QString>> queryItems(const AuditQuery &q);
};

} // namespace latchkey
