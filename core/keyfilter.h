// SPDX-License-Identifier: MIT
#pragma once
// A key list's filters and order as GET /v1/api-keys takes them (type, include_revoked,
// status, created_lt, search, sort) and as KeyQuery holds them: one reading, so the server and
// the dashboard's REST backend agree, and the offline sandbox gets the same KeyQuery.

#include "result.h"
#include "store.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QUrlQuery>

namespace latchkey {

class KeyFilter
{
    Q_DECLARE_TR_FUNCTIONS(KeyFilter)

public:
    static constexpr int kMaxSearchLength = 100;

    /// The names of the query parameters read() takes (the list routes refuse others).
    static QStringList params();
    /// Reads the filter and order parameters of \p query into \p q: invalid_request naming the
    /// first malformed one. `status` is a comma-separated list of active, expiring, expired and
    /// revoked; `sort` one of created, name, last_used, expires, descending with a leading '-'.
    static Status read(const QUrlQuery &query, KeyQuery &q);
    /// The filter and order parameters of \p q, for a request's query (defaults left out).
    static QList<QPair<QString, QString>> queryItems(const KeyQuery &q);
};

} // namespace latchkey
