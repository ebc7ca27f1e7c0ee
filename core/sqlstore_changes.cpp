// SPDX-License-Identifier: MIT
// SqlStore: the PostgreSQL change feed, cache trust and propagation (docs/postgresql.md).
#include "sqlstore_p.h"

namespace latchkey {

// Change notification --------------------------------------------------------------------------
//
// SQLite: one process; a change reaches the onChange handler when its transaction commits.
//
// PostgreSQL, several instances (docs/postgresql.md, "Revocation across instances"):
// - Every change gets the next number from the one row of latchkey_change_head. That row's
//   lock is held to the commit, so numbers are gapless and in commit order. The change is
//   kept in latchkey_changes and announced by NOTIFY latchkey_changes "<seq> <origin> <what>".
// - An instance that holds a cache (onCacheTrust) registers in latchkey_instances. It
//   applies every change it hears of, then acknowledges it: acked_seq in its row and NOTIFY
//   latchkey_acks. Every kHeartbeatMs it reads the changes it may have missed, applies them,
//   and writes its heartbeat (database time) with acked_seq; only then it trusts its cache
//   until kTrustMs after that heartbeat began.
// - whenPropagated() waits until every other instance whose heartbeat is younger than
//   kLivenessMs has acknowledged the newest change, at most kWaitMs. An instance that missed
//   heartbeats stops trusting its cache kLivenessMs - kTrustMs before the others stop
//   waiting for it; its cache is not read again before it has caught up.
// - A lost connection withdraws trust at once and empties the cache; the heartbeat timer
//   reconnects, LISTENs again, empties the cache again and takes the current head as its
//   starting point.

namespace {

QtMessageHandler g_previousHandler = nullptr;

// Dropping statements prepared on a dead connection makes QPSQL warn once per statement that
// it cannot DEALLOCATE them; the session that held them is gone anyway.
void dropDeallocateWarnings(QtMsgType type, const QMessageLogContext &context, const QString &text)
{
    if (type == QtWarningMsg && text.startsWith(QLatin1String("Unable to free statement")))
        return;
    if (g_previousHandler)
        g_previousHandler(type, context, text);
}

ApiError propagationTimeout()
{
    ApiError e = ApiError::internal(
        QCoreApplication::translate("SqlStore",
                                    "The change is saved, but not every latchkeyd instance has "
                                    "confirmed it within %1 ms; until they do, one of them may "
                                    "still answer from its cache. Repeat the request to wait "
                                    "again.")
            .arg(kWaitMs));
    e.status = 503;
    e.code = QStringLiteral("propagation_pending");
    return e;
}

} // namespace

SqlStore::Cluster &SqlStore::cluster()
{
    if (!m_cluster) {
        m_cluster = std::make_unique<Cluster>();
        Cluster &c = *m_cluster;
        c.heartbeatTimer.setInterval(kHeartbeatMs);
        c.heartbeatTimer.setTimerType(Qt::PreciseTimer);
        QObject::connect(&c.heartbeatTimer, &QTimer::timeout, [this] { heartbeat(); });
        c.ackTimer.setSingleShot(true);
        QObject::connect(&c.ackTimer, &QTimer::timeout, [this] {
            if (m_txDepth > 0)
                return scheduleAck();
            Cluster &cl = *m_cluster;
            if (cl.joined && cl.connected && !cl.busy && cl.applied > cl.acked)
                if (Status s = sendAck(false); !s.ok())
                    qWarning("latchkey: cannot acknowledge a change: %s",
                             qPrintable(s.error().message));
        });
        c.waiterTimer.setSingleShot(true);
        QObject::connect(&c.waiterTimer, &QTimer::timeout, [this] { checkWaiters(); });
    }
    return *m_cluster;
}

bool SqlStore::lostConnection() const
{
    return m_cluster && !m_cluster->connected;
}

bool SqlStore::connected() const
{
    if (!m_postgres)
        return true;
    if (m_cluster && !m_cluster->connected)
        return false;
    return QSqlDatabase::database(m_connection, false).isOpen();
}

QString SqlStore::instanceId() const
{
    return m_cluster && m_cluster->joined ? m_cluster->id : QString();
}

void SqlStore::publishChange(const QString &what)
{
    if (!m_postgres) {
        if (m_txDepth > 0)
            m_pendingChanges << what;
        else
            deliver({what});
        return;
    }
    const bool outermost = m_txDepth == 0;
    // Inside an open transaction this joins it, and a failure here rolls the change back: a
    // change that other instances cannot learn of does not happen.
    const Status s = transaction([&]() -> Status {
        auto seq = one<qint64>(
            QStringLiteral("UPDATE latchkey_change_head SET seq = seq + 1 WHERE id = 1 "
                           "RETURNING seq"),
            {}, [](const QSqlQuery &q) { return q.value(0).toLongLong(); }, "number a change");
        if (!seq.ok())
            return seq.error();
        if (!seq->has_value())
            return storeError("number a change", tr("the change head is missing"));
        const QString origin = m_cluster && m_cluster->joined ? m_cluster->id : QStringLiteral("-");
        if (Status r = run(QStringLiteral("INSERT INTO latchkey_changes (seq, origin, what) VALUES "
                                          "(?, ?, ?)"),
                           {**seq, origin, what}, "record a change");
            !r.ok())
            return r;
        if (Status r = run(QStringLiteral("SELECT pg_notify(?, ?)"),
                           {QString::fromLatin1(kChannel),
                            QStringLiteral("%1 %2 %3").arg(**seq).arg(origin, what)},
                           "notify other instances");
            !r.ok())
            return r;
        m_pendingChanges << what; // delivered here when the transaction commits
        return success();
    });
    if (!s.ok()) {
        qWarning("latchkey: cannot publish a change: %s", qPrintable(s.error().message));
        if (outermost) // forgetting a cached thing is always safe
            deliver({what});
    }
}

void SqlStore::deliver(const QStringList &changes)
{
    if (m_changeHandler)
        for (const QString &what : changes)
            m_changeHandler(what);
}

void SqlStore::onChange(std::function<void(const QString &)> handler)
{
    m_changeHandler = std::move(handler);
    if (!m_postgres || m_notification)
        return;
    if (Status s = listen(); !s.ok())
        qWarning("latchkey: cannot LISTEN for changes on %s: %s", qPrintable(m_description),
                 qPrintable(s.error().message));
}

Status SqlStore::listen()
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlDriver *driver = db.driver();
    for (const char *channel : {kChannel, kAckChannel}) {
        const QString name = QString::fromLatin1(channel);
        if (!driver->subscribedToNotifications().contains(name) &&
            !driver->subscribeToNotification(name)) {
            noteFailure();
            return storeError("LISTEN for changes", driver->lastError().text());
        }
    }
    if (!m_notification)
        m_notification = QObject::connect(
            driver, &QSqlDriver::notification,
            [this](const QString &name, QSqlDriver::NotificationSource source,
                   const QVariant &payload) {
                onNotification(name, source == QSqlDriver::SelfSource, payload.toString());
            });
    // The driver reads the connection when its socket turns readable; a server that went
    // away shows there first, well before the next heartbeat.
    Cluster &c = cluster();
    QObject::disconnect(c.socketWatch);
    if (auto *notifier = driver->findChild<QSocketNotifier *>())
        c.socketWatch =
            QObject::connect(notifier, &QSocketNotifier::activated, &c.heartbeatTimer, [this] {
                if (m_cluster && m_cluster->connected &&
                    !QSqlDatabase::database(m_connection, false).isOpen())
                    connectionLost();
            });
    return success();
}

void SqlStore::onNotification(const QString &channel, bool self, const QString &payload)
{
    if (channel == QLatin1String(kAckChannel)) {
        if (m_cluster && !m_cluster->waiters.empty())
            scheduleWaiterCheck(0);
        return;
    }
    if (channel != QLatin1String(kChannel))
        return;
    // "<seq> <origin> <what>"
    const qsizetype first = payload.indexOf(u' ');
    const qsizetype second = first < 0 ? -1 : payload.indexOf(u' ', first + 1);
    bool numbered = false;
    const qint64 seq = second < 0 ? 0 : payload.left(first).toLongLong(&numbered);
    const QString what = numbered ? payload.mid(second + 1) : payload;
    // Our own changes were delivered locally on commit already.
    if (!self && m_changeHandler)
        m_changeHandler(what);
    // Notifications come in commit order, and numbers follow commit order: every change up to
    // this one has been heard of (and applied) on this connection.
    if (numbered && m_cluster && m_cluster->joined && m_cluster->connected &&
        seq > m_cluster->applied) {
        m_cluster->applied = seq;
        scheduleAck();
    }
}

void SqlStore::scheduleAck()
{
    Cluster &c = cluster();
    if (!c.ackTimer.isActive())
        c.ackTimer.start(m_txDepth > 0 ? 5 : 0);
}

Status SqlStore::sendAck(bool withHeartbeat)
{
    Cluster &c = cluster();
    const qint64 applied = c.applied;
    if (withHeartbeat) {
        if (Status s = run(QStringLiteral("INSERT INTO latchkey_instances (id, host, pid, "
                                          "heartbeat_at, acked_seq) VALUES (?, ?, ?, now(), ?) "
                                          "ON CONFLICT (id) DO UPDATE SET heartbeat_at = now(), "
                                          "acked_seq = EXCLUDED.acked_seq"),
                           {c.id, QSysInfo::machineHostName().left(200),
                            QCoreApplication::applicationPid(), applied},
                           "write the instance heartbeat");
            !s.ok())
            return s;
    } else {
        int rows = 0;
        if (Status s =
                run(QStringLiteral("UPDATE latchkey_instances SET acked_seq = ? WHERE id = ?"),
                    {applied, c.id}, "acknowledge a change", &rows);
            !s.ok())
            return s;
        if (rows == 0) // our row was pruned (a long stop): the heartbeat writes it anew
            return success();
    }
    if (applied > c.acked) {
        if (Status s = run(QStringLiteral("SELECT pg_notify(?, ?)"),
                           {QString::fromLatin1(kAckChannel), c.id}, "acknowledge a change");
            !s.ok())
            return s;
    }
    c.acked = applied;
    return success();
}

Status SqlStore::catchUp()
{
    Cluster &c = cluster();
    using Row = std::pair<qint64, QString>;
    auto rows = many<Row>(
        QStringLiteral("SELECT seq, what FROM latchkey_changes WHERE seq > ? ORDER BY seq "
                       "LIMIT 1001"),
        {c.applied},
        [](const QSqlQuery &q) {
            return Row{q.value(0).toLongLong(), q.value(1).toString()};
        },
        "read the changes of other instances");
    if (!rows.ok())
        return rows.error();
    if (rows->isEmpty())
        return success();
    if (rows->first().first != c.applied + 1 || rows->size() > 1000) {
        // Too far behind (the log was pruned, or a very long stop): forget everything.
        auto head = one<qint64>(
            QStringLiteral("SELECT seq FROM latchkey_change_head WHERE id = 1"), {},
            [](const QSqlQuery &q) { return q.value(0).toLongLong(); }, "read the change head");
        if (!head.ok())
            return head.error();
        deliver({QString(kEverything)});
        c.applied = qMax(c.applied, head->value_or(0));
        return success();
    }
    QStringList changes;
    for (const Row &r : *rows)
        changes << r.second;
    deliver(changes);
    c.applied = rows->last().first;
    return success();
}

void SqlStore::setTrust(qint64 untilMs)
{
    Cluster &c = cluster();
    c.trustUntil = untilMs;
    if (c.trustHandler)
        c.trustHandler(untilMs);
}

void SqlStore::heartbeat()
{
    Cluster &c = cluster();
    if (!c.joined || c.busy || m_txDepth > 0)
        return;
    if (!c.connected) {
        if (Store::steadyNowMs() >= c.nextReconnect)
            reconnect();
        return;
    }
    c.busy = true;
    const qint64 began = Store::steadyNowMs();
    Status s = catchUp();
    if (s.ok())
        s = sendAck(true);
    if (s.ok() && began - c.lastPrune >= kPruneEveryMs) {
        c.lastPrune = began;
        (void)run(QStringLiteral("DELETE FROM latchkey_changes WHERE created_at < now() - interval "
                                 "'10 minutes' AND seq < (SELECT seq FROM latchkey_change_head "
                                 "WHERE id = 1)"),
                  {}, "prune the change log");
        (void)run(QStringLiteral("DELETE FROM latchkey_instances WHERE heartbeat_at < now() - "
                                 "interval '1 day'"),
                  {}, "prune the instance list");
    }
    c.busy = false;
    if (s.ok() && c.connected)
        setTrust(began + kTrustMs);
    // else: a lost connection was handled by noteFailure(); a failed statement on a live
    // connection lets the trust lapse at its deadline.
}

void SqlStore::noteFailure()
{
    if (!m_postgres || !m_cluster || !m_cluster->connected)
        return;
    if (!QSqlDatabase::database(m_connection, false).isOpen())
        connectionLost();
}

void SqlStore::connectionLost()
{
    Cluster &c = cluster();
    if (!c.connected)
        return;
    c.connected = false;
    c.reconnectDelay = kHeartbeatMs;
    c.nextReconnect = 0;
    qWarning("latchkey: lost the connection to %s; verifying against the database (503 while it "
             "is unreachable) until latchkeyd has reconnected",
             qPrintable(m_description));
    setTrust(0);
    deliver({QString(kEverything)});
    if (!c.waiters.empty())
        scheduleWaiterCheck(0);
}

bool SqlStore::reconnect()
{
    Cluster &c = cluster();
    c.busy = true;
    c.nextReconnect = Store::steadyNowMs() + c.reconnectDelay;
    c.reconnectDelay = qMin(c.reconnectDelay * 2, kMaxReconnectDelayMs);
    QObject::disconnect(c.socketWatch);
    g_previousHandler = qInstallMessageHandler(dropDeallocateWarnings);
    m_prepared.clear();
    qInstallMessageHandler(g_previousHandler);
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    db.close();
    bool ok = db.open();
    // Connected, not yet trusted: LISTEN first, then forget everything, then take the head.
    // A change committed after the head was read is heard of; one before is in the database.
    if (ok) {
        c.connected = true; // storeError() and noteFailure() judge by the connection again
        ok = configure().ok() && listen().ok();
    }
    std::optional<qint64> head;
    if (ok) {
        deliver({QString(kEverything)});
        auto h = one<qint64>(
            QStringLiteral("SELECT seq FROM latchkey_change_head WHERE id = 1"), {},
            [](const QSqlQuery &q) { return q.value(0).toLongLong(); }, "read the change head");
        ok = h.ok() && h->has_value();
        if (ok)
            head = **h;
    }
    c.busy = false;
    if (!ok) {
        c.connected = false;
        db.close();
        return false;
    }
    c.applied = *head;
    c.acked = -1;
    c.reconnectDelay = kHeartbeatMs;
    qInfo("latchkey: reconnected to %s", qPrintable(m_description));
    heartbeat();
    if (!c.waiters.empty())
        scheduleWaiterCheck(0);
    return true;
}

void SqlStore::onCacheTrust(std::function<void(qint64 trustedUntilMs)> handler)
{
    if (!m_postgres)
        return Store::onCacheTrust(std::move(handler));
    Cluster &c = cluster();
    c.trustHandler = std::move(handler);
    if (!c.trustHandler)
        return leave();
    if (c.joined)
        return c.trustHandler(c.trustUntil);
    c.joined = true;
    c.trustUntil = 0;
    c.trustHandler(0);
    c.heartbeatTimer.start();
    if (Status s = listen(); !s.ok()) {
        qWarning("latchkey: cannot LISTEN for changes on %s: %s", qPrintable(m_description),
                 qPrintable(s.error().message));
        return;
    }
    auto head = one<qint64>(
        QStringLiteral("SELECT seq FROM latchkey_change_head WHERE id = 1"), {},
        [](const QSqlQuery &q) { return q.value(0).toLongLong(); }, "read the change head");
    if (!head.ok() || !head->has_value())
        return; // the heartbeat retries; the cache stays untrusted until then
    c.applied = **head;
    heartbeat();
}

void SqlStore::leave()
{
    if (!m_cluster || !m_cluster->joined)
        return;
    Cluster &c = *m_cluster;
    c.joined = false;
    c.heartbeatTimer.stop();
    c.ackTimer.stop();
    if (c.connected && m_txDepth == 0)
        (void)run(QStringLiteral("DELETE FROM latchkey_instances WHERE id = ?"), {c.id},
                  "leave the instance list");
}

void SqlStore::whenPropagated(std::function<void(Status)> done)
{
    if (!m_postgres)
        return done(success());
    Cluster &c = cluster();
    if (Status s = listen(); !s.ok())
        return done(s.error());
    auto head = one<qint64>(
        QStringLiteral("SELECT seq FROM latchkey_change_head WHERE id = 1"), {},
        [](const QSqlQuery &q) { return q.value(0).toLongLong(); }, "read the change head");
    if (!head.ok())
        return done(head.error());
    c.waiters.push_back({head->value_or(0), Store::steadyNowMs() + kWaitMs, std::move(done)});
    checkWaiters();
}

void SqlStore::scheduleWaiterCheck(int delayMs)
{
    Cluster &c = cluster();
    if (!c.waiterTimer.isActive() || c.waiterTimer.remainingTime() > delayMs)
        c.waiterTimer.start(delayMs);
}

void SqlStore::checkWaiters()
{
    Cluster &c = cluster();
    if (c.waiters.empty())
        return;
    if (m_txDepth > 0 || c.busy)
        return scheduleWaiterCheck(5);
    // The lowest acknowledgement among the other live instances (database clock on both
    // sides of the comparison).
    std::optional<qint64> lowest;
    if (c.connected) {
        auto r = one<qint64>(
            QStringLiteral("SELECT COALESCE(MIN(acked_seq), ?) FROM latchkey_instances WHERE id "
                           "<> ? AND heartbeat_at > clock_timestamp() - make_interval(secs => "
                           "CAST(? AS DOUBLE PRECISION))"),
            {std::numeric_limits<qint64>::max(), c.id, kLivenessMs / 1000.0},
            [](const QSqlQuery &q) { return q.value(0).toLongLong(); },
            "read the other instances' acknowledgements");
        if (r.ok() && r->has_value())
            lowest = **r;
    }
    const qint64 now = Store::steadyNowMs();
    std::vector<std::pair<std::function<void(Status)>, Status>> finished;
    std::vector<Cluster::Waiter> waiting;
    for (Cluster::Waiter &w : c.waiters) {
        if (lowest && w.seq <= *lowest)
            finished.emplace_back(std::move(w.done), success());
        else if (!c.connected)
            finished.emplace_back(std::move(w.done),
                                  storeError("confirm a change", tr("the connection is lost")));
        else if (now >= w.deadline)
            finished.emplace_back(std::move(w.done), propagationTimeout());
        else
            waiting.push_back(std::move(w));
    }
    c.waiters = std::move(waiting);
    if (!c.waiters.empty())
        scheduleWaiterCheck(kRecheckMs);
    for (auto &[done, status] : finished)
        done(status);
}

} // namespace latchkey
