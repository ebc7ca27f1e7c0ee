// SPDX-License-Identifier: MIT
#pragma once
// Exporting the audit log: every event that matches the Activity page's filters, fetched page
// by page from the Backend (not only the rows a table has loaded), written as CSV or JSON.

#include "client/backend.h"

#include <QByteArray>
#include <QList>

#include <functional>

namespace latchkey::models {

namespace ActivityExport {

/// Asks \p backend for every event matching \p query (its starting_after ignored), 100 a page,
/// newest first, and calls \p done once: with all of them, or with the first error.
void fetchAll(client::Backend &backend, AuditQuery query, QObject *context,
              std::function<void(Result<QList<AuditRecord>>)> done);

/// RFC 4180 CSV in UTF-8 with a byte-order mark (spreadsheets then read it as UTF-8), CRLF
/// line ends, every cell quoted: time (RFC 3339 UTC), event (the sentence), actor, action,
/// target, environment, id, details (compact JSON). A cell that a spreadsheet would read as
/// a formula (starting with = + - @, a tab or a carriage return) is prefixed with '.
QByteArray toCsv(const QList<AuditRecord> &events);
/// {"exported_at", "filters": {the query's parameters}, "events": [GET /v1/audit-events'
/// objects, each with its "event" sentence]}, indented.
QByteArray toJson(const QList<AuditRecord> &events, const AuditQuery &filters, qint64 nowMs);
/// One CSV cell, quoted and made safe from formula injection.
QString csvCell(const QString &text);

} // namespace ActivityExport

} // namespace latchkey::models
