// SPDX-License-Identifier: MIT
#include "keytablemodel.h"

#include "core/json.h"
#include "core/keytext.h"
#include "scopecatalogtext.h"

#include <QDateTime>

#include <limits>

namespace latchkey::models {

QString relativeTime(std::optional<qint64> ms, qint64 nowMs)
{
    if (!ms)
        return KeyTableModel::tr("never");
    const qint64 delta = (*ms - nowMs) / 1000;
    const qint64 a = std::abs(delta);
    QString amount;
    if (a < 60)
        return delta <= 0 ? KeyTableModel::tr("just now") : KeyTableModel::tr("in a moment");
    if (a < 3600)
        amount = KeyTableModel::tr("%n minute(s)", nullptr, int(a / 60));
    else if (a < 86400)
        amount = KeyTableModel::tr("%n hour(s)", nullptr, int(a / 3600));
    else
        amount = KeyTableModel::tr("%n day(s)", nullptr, int(a / 86400));
    return delta < 0 ? KeyTableModel::tr("%1 ago").arg(amount)
                     : KeyTableModel::tr("in %1").arg(amount);
}

KeyTableModel::KeyTableModel(client::Backend &backend, KeyType type, QObject *parent)
    : PagedTableModel(parent)
    , m_backend(backend)
    , m_type(type)
{
    follow(backend, client::Change::Keys);
}

qint64 KeyTableModel::now() const
{
    return m_clock ? m_clock() : QDateTime::currentMSecsSinceEpoch();
}

void KeyTableModel::setWorkspace(const QString &workspaceId, Environment environment)
{
    m_workspaceId = workspaceId;
    m_environment = environment;
    reload();
}

void KeyTableModel::setNameFilter(const QString &text)
{
    if (text == m_nameFilter)
        return;
    m_nameFilter = text;
    reload();
}

void KeyTableModel::setCatalog(const ScopeCatalog &catalog)
{
    m_catalog = catalog;
    if (!m_items.isEmpty())
        emit dataChanged(index(0, ServiceColumn), index(int(m_items.size()) - 1, ServiceColumn));
}

void KeyTableModel::setStatusFilter(const QList<KeyStatus> &statuses)
{
    if (statuses == m_statuses)
        return;
    m_statuses = statuses;
    reload();
}

std::optional<KeyOrder> KeyTableModel::orderOf(int column)
{
    switch (column) {
    case NameColumn:
        return KeyOrder::Name;
    case CreatedColumn:
        return KeyOrder::Created;
    case LastUsedColumn:
        return KeyOrder::LastUsed;
    case ExpiresColumn:
        return KeyOrder::Expires;
    default:
        return std::nullopt;
    }
}

void KeyTableModel::sort(int column, Qt::SortOrder order)
{
    const auto by = orderOf(column);
    const bool descending = order == Qt::DescendingOrder;
    if (!by || (*by == m_order && descending == m_descending))
        return;
    m_order = *by;
    m_descending = descending;
    if (!m_workspaceId.isEmpty())
        reload();
}

void KeyTableModel::requestPage(const QString &startingAfter, int generation)
{
    KeyQuery q;
    q.workspaceId = m_workspaceId;
    q.environment = m_environment;
    q.type = m_type;
    q.statuses = m_statuses;
    q.orderBy = m_order;
    q.descending = m_descending;
    q.nowMs = now();
    q.limit = m_pageSize;
    q.startingAfter = startingAfter;
    q.nameContains = m_nameFilter;
    m_backend.listKeys(m_workspaceId, q, this, [this, generation](Result<Page<ApiKeyRecord>> r) {
        accept(generation, std::move(r));
    });
}

void KeyTableModel::updateKey(const ApiKeyRecord &key)
{
    for (int row = 0; row < m_items.size(); ++row) {
        if (m_items[row].id == key.id) {
            m_items[row] = key;
            emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
            return;
        }
    }
}

QString KeyTableModel::shownKey(const QString &id) const
{
    // The other key as the table shows it, when it is loaded; its id otherwise.
    for (const ApiKeyRecord &k : m_items)
        if (k.id == id)
            return KeyText::displayForm(k.prefix, k.last4);
    return id;
}

QString KeyTableModel::lineage(const ApiKeyRecord &key, bool rotate) const
{
    if (!key.replacedBy.isEmpty())
        return tr("Replaced by %1").arg(shownKey(key.replacedBy));
    if (rotate)
        return tr("Rotation recommended");
    if (!key.rolledFrom.isEmpty())
        return tr("Replaces %1").arg(shownKey(key.rolledFrom));
    return {};
}

int KeyTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString statusText(KeyStatus s)
{
    switch (s) {
    case KeyStatus::Active:
        return KeyTableModel::tr("Active");
    case KeyStatus::Expiring:
        return KeyTableModel::tr("Expiring");
    case KeyStatus::Expired:
        return KeyTableModel::tr("Expired");
    case KeyStatus::Revoked:
        return KeyTableModel::tr("Revoked");
    }
    return {};
}

/// "100 per minute", "5 per 30 s"; "No limit" for a key that is never throttled.
QString rateLimitText(const std::optional<RateLimit> &limit)
{
    if (!limit)
        return KeyTableModel::tr("No limit");
    switch (limit->window) {
    case 1:
        return KeyTableModel::tr("%L1 per second").arg(limit->limit);
    case 60:
        return KeyTableModel::tr("%L1 per minute").arg(limit->limit);
    case 3600:
        return KeyTableModel::tr("%L1 per hour").arg(limit->limit);
    case 86400:
        return KeyTableModel::tr("%L1 per day").arg(limit->limit);
    default:
        return KeyTableModel::tr("%L1 per %L2 s").arg(limit->limit).arg(limit->window);
    }
}

QVariant KeyTableModel::data(const QModelIndex &index, int role) const
{
    const ApiKeyRecord *k = key(index.row());
    if (!k || index.parent().isValid())
        return {};
    const qint64 t = now();
    const KeyStatus status = keyStatus(*k, t);
    const bool rotate = status != KeyStatus::Revoked && rotationRecommended(*k, t);
    switch (role) {
    case IdRole:
        return k->id;
    case StatusRole:
        return int(status);
    case LiveRole:
        return k->environment == Environment::Live;
    case TokenRole:
        return k->token;
    case NameRole:
        return k->name;
    default:
        break;
    }
    const int column = index.column();
    if (role == Qt::DisplayRole) {
        switch (column) {
        case NameColumn:
            return k->name;
        case KeyColumn:
            return k->type == KeyType::Public && !k->token.isEmpty()
                       ? k->token
                       : KeyText::displayForm(k->prefix, k->last4);
        case StatusColumn:
            return statusText(status);
        case CreatedColumn:
            return QDateTime::fromMSecsSinceEpoch(k->createdAt)
                .toString(QStringLiteral("yyyy-MM-dd HH:mm"));
        case LastUsedColumn:
            return relativeTime(k->lastUsed, t);
        case ExpiresColumn: // a revoked key no longer expires: it has ended
            if (k->revokedAt)
                return QStringLiteral("—");
            return k->expiresAt ? relativeTime(k->expiresAt, t) : tr("never");
        case RotationColumn:
            return lineage(*k, rotate);
        case RateLimitColumn:
            return rateLimitText(k->rateLimit);
        case ScopesColumn:
            return k->scopes.join(QStringLiteral(", "));
        case ServiceColumn:
            return k->serviceId.isEmpty() ? QString() : serviceName(m_catalog, k->serviceId);
        case OriginsColumn:
            if (k->type != KeyType::Public)
                return {};
            return k->allowedOrigins.isEmpty() ? tr("Any origin")
                                               : k->allowedOrigins.join(QStringLiteral(", "));
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (column) {
        case CreatedColumn:
            return tr("Created %1 by %2").arg(json::rfc3339(k->createdAt), k->createdBy);
        case LastUsedColumn:
            return k->lastUsed ? json::rfc3339(*k->lastUsed) : tr("Never used");
        case ExpiresColumn:
            if (k->revokedAt)
                return tr("Revoked %1: it no longer works.").arg(json::rfc3339(*k->revokedAt));
            return k->expiresAt ? json::rfc3339(*k->expiresAt) : tr("Does not expire");
        case RotationColumn:
            if (!k->replacedBy.isEmpty())
                return tr("This key was rolled: %1 replaces it.").arg(shownKey(k->replacedBy)) +
                       (k->expiresAt && !k->revokedAt
                            ? QLatin1Char(' ') + tr("This key stops working %1.")
                                                     .arg(relativeTime(k->expiresAt, t))
                            : QString());
            if (!k->rolledFrom.isEmpty())
                return tr("This key was made by rolling %1.").arg(shownKey(k->rolledFrom));
            return rotate ? tr("This key is older than 90 days: roll it.") : QString();
        case RateLimitColumn:
            return k->rateLimit
                       ? tr("At most %n call(s) in any %1 seconds; the calls after that get 429 "
                            "Too Many Requests.",
                            nullptr, k->rateLimit->limit)
                             .arg(k->rateLimit->window)
                       : tr("Never throttled: calls with this key get no 429 and no "
                            "X-RateLimit headers.");
        case ScopesColumn:
            return k->scopes.join(QLatin1Char('\n'));
        case OriginsColumn:
            if (k->type != KeyType::Public)
                return {};
            return k->allowedOrigins.isEmpty() ? tr("This key works from any web page.")
                                               : k->allowedOrigins.join(QLatin1Char('\n'));
        default:
            break;
        }
    }
    return {};
}

QVariant KeyTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case KeyColumn:
        return m_type == KeyType::Public ? tr("Token") : tr("Key");
    case StatusColumn:
        return tr("Status");
    case CreatedColumn:
        return tr("Created");
    case LastUsedColumn:
        return tr("Last used");
    case ExpiresColumn:
        return tr("Expires");
    case RotationColumn:
        return tr("Rotation");
    case RateLimitColumn:
        return tr("Rate limit");
    case ScopesColumn:
        return tr("Scopes");
    case ServiceColumn:
        return tr("Service");
    case OriginsColumn:
        return tr("Allowed origins");
    }
    return {};
}

} // namespace latchkey::models
