// SPDX-License-Identifier: MIT
#include "activityexport.h"

#include "activitytext.h"
#include "core/auditfilter.h"
#include "core/json.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>

#include <memory>

namespace latchkey::models::ActivityExport {

namespace {
constexpr int kPageSize = 100;

struct Fetch
{
    client::Backend *backend = nullptr;
    AuditQuery query;
    QPointer<QObject> context;
    std::function<void(Result<QList<AuditRecord>>)> done;
    QList<AuditRecord> events;
};

void next(const std::shared_ptr<Fetch> &f)
{
    f->backend->auditEvents(f->query.workspaceId, f->query, f->context,
                            [f](Result<Page<AuditRecord>> page) {
                                if (!page.ok())
                                    return f->done(page.error());
                                f->events.append(page->items);
                                if (!page->hasMore || page->items.isEmpty())
                                    return f->done(std::move(f->events));
                                f->query.startingAfter = page->items.constLast().id;
                                next(f);
                            });
}
} // namespace

void fetchAll(client::Backend &backend, AuditQuery query, QObject *context,
              std::function<void(Result<QList<AuditRecord>>)> done)
{
    auto f = std::make_shared<Fetch>();
    f->backend = &backend;
    f->query = std::move(query);
    f->query.limit = kPageSize;
    f->query.startingAfter.clear();
    f->context = context;
    f->done = std::move(done);
    next(f);
}

QString csvCell(const QString &text)
{
    QString cell = text;
    static const QString risky = QStringLiteral("=+-@\t\r");
    if (!cell.isEmpty() && risky.contains(cell.front()))
        cell.prepend(u'\'');
    cell.replace(u'"', QStringLiteral("\"\""));
    return u'"' + cell + u'"';
}

QByteArray toCsv(const QList<AuditRecord> &events)
{
    QString out;
    const auto row = [&out](const QStringList &cells) {
        QStringList quoted;
        quoted.reserve(cells.size());
        for (const QString &c : cells)
            quoted << csvCell(c);
        out += quoted.join(u',') + QStringLiteral("\r\n");
    };
    row({QStringLiteral("time"), QStringLiteral("event"), QStringLiteral("actor"),
         QStringLiteral("action"), QStringLiteral("target"), QStringLiteral("environment"),
         QStringLiteral("id"), QStringLiteral("details")});
    for (const AuditRecord &r : events)
        row({json::rfc3339(r.createdAt), ActivityText::sentence(r), r.actor, r.action, r.target,
             r.environment, r.id,
             QString::fromUtf8(QJsonDocument(r.details).toJson(QJsonDocument::Compact))});
    return QByteArrayLiteral("\xEF\xBB\xBF") + out.toUtf8();
}

QByteArray toJson(const QList<AuditRecord> &events, const AuditQuery &filters, qint64 nowMs)
{
    QJsonObject applied;
    for (const auto &[param, value] : AuditFilter::queryItems(filters))
        applied.insert(param, value);
    if (filters.environment)
        applied.insert(QStringLiteral("environment"), name(*filters.environment));
    QJsonArray list;
    for (const AuditRecord &r : events) {
        QJsonObject o = json::auditEvent(r);
        o.insert(QStringLiteral("event"), ActivityText::sentence(r));
        list.append(o);
    }
    return QJsonDocument(QJsonObject{{QStringLiteral("exported_at"), json::rfc3339(nowMs)},
                                     {QStringLiteral("workspace"), filters.workspaceId},
                                     {QStringLiteral("filters"), applied},
                                     {QStringLiteral("events"), list}})
        .toJson(QJsonDocument::Indented);
}

} // namespace latchkey::models::ActivityExport
