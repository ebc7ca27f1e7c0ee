// SPDX-License-Identifier: MIT
// The hash-chained audit log: an intact chain verifies, and every kind of tampering by someone
// with the database file — a changed field, a deleted record, a swapped pair, a forged record
// appended with a recomputed hash but a wrong link — is found, at the first bad record. Each
// workspace's records are their own chain: numbered within the workspace, checked alone.
#include "core/auditlog.h"
#include "fixture.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

using namespace latchkey;
using namespace latchkey::testing;

namespace {
// Tampering as an attacker with the file would: drop the append-only triggers, then edit.
void tamper(const QString &path, const QStringList &statements)
{
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("evil"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("DROP TRIGGER IF EXISTS audit_events_no_update")));
        QVERIFY(q.exec(QStringLiteral("DROP TRIGGER IF EXISTS audit_events_no_delete")));
        for (const QString &s : statements)
            QVERIFY2(q.exec(s), qPrintable(s));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("evil"));
}

/// A second workspace in the fixture's store, with its own owner.
Actor secondWorkspace(Fixture &f)
{
    WorkspaceService spaces(*f.store, f.clock);
    auto init = spaces.init(QStringLiteral("Globex"), QStringLiteral("owner@globex.test"),
                            QString(), {QStringLiteral("forms")});
    if (!init.ok())
        qFatal("second workspace: %s", qPrintable(init.error().message));
    return Actor::member(init->owner.id, init->owner.email, init->workspace.id, Role::Owner);
}

/// \p a's workspace gets one key for every third of \p b's, interleaved.
void interleave(Fixture &f, const Actor &a, const Actor &b, int bKeys)
{
    KeyService keys(*f.store, ScopeCatalog::builtin(), f.clock);
    for (int i = 0; i < bKeys; ++i) {
        f.now += 1000;
        QVERIFY(keys.create(b, secretKey(QStringLiteral("b%1").arg(i))).ok());
        if (i % 3 == 2)
            QVERIFY(keys.create(a, secretKey(QStringLiteral("a%1").arg(i))).ok());
    }
}

QList<qint64> seqsOf(Store &store, const QString &ws)
{
    ListQuery q;
    q.workspaceId = ws;
    q.limit = 1000;
    QList<qint64> out;
    const auto page = store.listAudit(q);
    if (page.ok())
        for (const AuditRecord &r : page->items)
            out.prepend(r.seq);
    return out;
}

QList<qint64> oneTo(qint64 n)
{
    QList<qint64> out;
    for (qint64 i = 1; i <= n; ++i)
        out << i;
    return out;
}

void fill(Fixture &f, int n)
{
    KeyService keys(*f.store, ScopeCatalog::builtin(), f.clock);
    for (int i = 0; i < n; ++i) {
        f.now += 1000;
        QVERIFY(keys.create(f.member(Role::Owner), secretKey(QStringLiteral("k%1").arg(i))).ok());
    }
}
} // namespace

class TestAudit : public QObject
{
    Q_OBJECT

private slots:
    void intactChainVerifies();
    void emptyLogIsIntact();
    void tamperingIsFound_data();
    void tamperingIsFound();
    void chainHashCoversEveryField();
    void rewrittenRecordWithItsHashBreaksTheNextLink();
    void eachWorkspaceHasItsOwnChain();
    void tamperingIsFoundInItsOwnWorkspaceOnly();
};

void TestAudit::intactChainVerifies()
{
    Fixture f;
    fill(f, 30);
    auto check = AuditLog::verify(*f.store, f.ws.id);
    QVERIFY(check.ok());
    QVERIFY(check->intact);
    QCOMPARE(check->checked, 31);
    QCOMPARE(check->firstBadSeq, 0);
}

void TestAudit::emptyLogIsIntact()
{
    QTemporaryDir dir;
    auto store = SqlStore::open(QStringLiteral("sqlite:") + dir.filePath(QStringLiteral("e.db")));
    QVERIFY(store.ok());
    auto check = AuditLog::verify(**store, QStringLiteral("ws_none"));
    QVERIFY(check->intact);
    QCOMPARE(check->checked, 0);
}

void TestAudit::tamperingIsFound_data()
{
    QTest::addColumn<QStringList>("statements");
    QTest::addColumn<qint64>("firstBad");
    QTest::addColumn<QString>("reasonPart");
    QTest::newRow("changed-actor")
        << QStringList{QStringLiteral("UPDATE audit_events SET actor = 'mallory' WHERE seq = 7")}
        << qint64(7) << "contents";
    QTest::newRow("changed-details")
        << QStringList{QStringLiteral(
               "UPDATE audit_events SET details = '{\"name\":\"innocent\"}' WHERE seq = 12")}
        << qint64(12) << "contents";
    QTest::newRow("changed-time") << QStringList{QStringLiteral(
                                         "UPDATE audit_events SET created_at = 1 WHERE seq = 20")}
                                  << qint64(20) << "contents";
    QTest::newRow("deleted-middle")
        << QStringList{QStringLiteral("DELETE FROM audit_events WHERE seq = 9")} << qint64(10)
        << "missing";
    QTest::newRow("deleted-first")
        << QStringList{QStringLiteral("DELETE FROM audit_events WHERE seq = 1")} << qint64(2)
        << "missing";
    QTest::newRow("swapped-actions")
        << QStringList{QStringLiteral("UPDATE audit_events SET action = 'x' WHERE seq = 4"),
                       QStringLiteral("UPDATE audit_events SET target = (SELECT target FROM "
                                      "audit_events WHERE seq = 5) WHERE seq = 4")}
        << qint64(4) << "contents";
    QTest::newRow("random-hash") << QStringList{QStringLiteral(
                                        "UPDATE audit_events SET actor = 'mallory', hash = "
                                        "randomblob(32) WHERE seq = 15")}
                                 << qint64(15) << "contents";
    QTest::newRow("broken-link") << QStringList{QStringLiteral(
                                        "UPDATE audit_events SET prev_hash = randomblob(32) WHERE "
                                        "seq = 3")}
                                 << qint64(3) << "link";
}

void TestAudit::tamperingIsFound()
{
    QFETCH(QStringList, statements);
    QFETCH(qint64, firstBad);
    QFETCH(QString, reasonPart);
    Fixture f;
    fill(f, 25);
    QVERIFY(AuditLog::verify(*f.store, f.ws.id)->intact);
    tamper(f.path, statements);
    auto check = AuditLog::verify(*f.store, f.ws.id);
    QVERIFY(check.ok());
    QVERIFY(!check->intact);
    QCOMPARE(check->firstBadSeq, firstBad);
    QVERIFY(!check->firstBadId.isEmpty());
    QVERIFY2(check->reason.contains(reasonPart), qPrintable(check->reason));
}

void TestAudit::chainHashCoversEveryField()
{
    AuditRecord r;
    r.seq = 3;
    r.id = QStringLiteral("evt_1");
    r.workspaceId = QStringLiteral("ws_1");
    r.environment = QStringLiteral("live");
    r.actor = QStringLiteral("a@b.c");
    r.action = QStringLiteral("api_key.created");
    r.target = QStringLiteral("key_1");
    r.details = {{QStringLiteral("name"), QStringLiteral("n")}};
    r.createdAt = 42;
    const QByteArray prev(32, '\x01');
    const QByteArray h = AuditLog::chainHash(prev, r);
    QCOMPARE(h.size(), 32);
    QVERIFY(h != AuditLog::chainHash(QByteArray(32, '\x02'), r));
    const QList<std::function<void(AuditRecord &)>> changes = {
        [](AuditRecord &x) { x.seq = 4; },
        [](AuditRecord &x) { x.id = QStringLiteral("evt_2"); },
        [](AuditRecord &x) { x.workspaceId = QStringLiteral("ws_2"); },
        [](AuditRecord &x) { x.environment = QStringLiteral("test"); },
        [](AuditRecord &x) { x.actor = QStringLiteral("b@b.c"); },
        [](AuditRecord &x) { x.action = QStringLiteral("api_key.revoked"); },
        [](AuditRecord &x) { x.target = QStringLiteral("key_2"); },
        [](AuditRecord &x) { x.details = {}; },
        [](AuditRecord &x) { x.createdAt = 43; },
        // Length-prefixed fields: moving a character from one field to the next changes it.
        [](AuditRecord &x) {
            x.actor = QStringLiteral("a@b.ca");
            x.action = QStringLiteral("pi_key.created");
        },
    };
    for (const auto &change : changes) {
        AuditRecord copy = r;
        change(copy);
        QVERIFY(AuditLog::chainHash(prev, copy) != h);
    }
}

void TestAudit::rewrittenRecordWithItsHashBreaksTheNextLink()
{
    // The attacker recomputes the changed record's hash correctly; the next record still
    // points at the old one.
    Fixture f;
    fill(f, 10);
    ListQuery q;
    q.workspaceId = f.ws.id;
    q.limit = 100;
    AuditRecord victim;
    const auto page = f.store->listAudit(q);
    QVERIFY(page.ok());
    for (const AuditRecord &r : page->items)
        if (r.seq == 5)
            victim = r;
    QCOMPARE(victim.seq, 5);
    victim.actor = QStringLiteral("mallory@evil.test");
    const QByteArray forged = AuditLog::chainHash(victim.prevHash, victim);
    tamper(f.path, {QStringLiteral("UPDATE audit_events SET actor = 'mallory@evil.test', hash = "
                                   "X'%1' WHERE seq = 5")
                        .arg(QString::fromLatin1(forged.toHex()))});
    auto check = AuditLog::verify(*f.store, f.ws.id);
    QVERIFY(!check->intact);
    QCOMPARE(check->firstBadSeq, 6);
    QVERIFY(check->reason.contains(QStringLiteral("link")));
}

void TestAudit::eachWorkspaceHasItsOwnChain()
{
    Fixture f;
    const Actor a = f.member(Role::Owner);
    const Actor b = secondWorkspace(f);
    interleave(f, a, b, 12);
    // A: its creation and 4 keys; B: its creation and 12 keys. Neither sees the other's.
    auto checkA = AuditLog::verify(*f.store, a.workspaceId);
    QVERIFY(checkA.ok());
    QVERIFY2(checkA->intact, qPrintable(checkA->reason));
    QCOMPARE(checkA->checked, 5);
    auto checkB = AuditLog::verify(*f.store, b.workspaceId);
    QVERIFY2(checkB->intact, qPrintable(checkB->reason));
    QCOMPARE(checkB->checked, 13);
    QCOMPARE(seqsOf(*f.store, a.workspaceId), oneTo(5));
    QCOMPARE(seqsOf(*f.store, b.workspaceId), oneTo(13));
    // Each chain starts from the genesis hash.
    ListQuery q;
    q.workspaceId = b.workspaceId;
    q.limit = 100;
    QCOMPARE(f.store->listAudit(q)->items.last().prevHash, AuditLog::genesisHash());
    // The operators' check sees both chains.
    auto all = AuditLog::verifyAll(*f.store);
    QVERIFY(all.ok());
    QCOMPARE(all->size(), 2);
    QCOMPARE(all->value(a.workspaceId).checked, 5);
    QCOMPARE(all->value(b.workspaceId).checked, 13);
    QVERIFY(all->value(a.workspaceId).intact && all->value(b.workspaceId).intact);
}

void TestAudit::tamperingIsFoundInItsOwnWorkspaceOnly()
{
    Fixture f;
    const Actor a = f.member(Role::Owner);
    const Actor b = secondWorkspace(f);
    interleave(f, a, b, 12);
    tamper(f.path, {QStringLiteral("UPDATE audit_events SET actor = 'mallory' WHERE "
                                   "workspace_id = '%1' AND ws_seq = 6")
                        .arg(b.workspaceId)});
    auto checkB = AuditLog::verify(*f.store, b.workspaceId);
    QVERIFY(!checkB->intact);
    QCOMPARE(checkB->firstBadSeq, 6);
    QVERIFY2(checkB->reason.contains(QStringLiteral("contents")), qPrintable(checkB->reason));
    auto checkA = AuditLog::verify(*f.store, a.workspaceId);
    QVERIFY(checkA->intact);
    QCOMPARE(checkA->checked, 5);

    // A record deleted from A's chain: found in A, at the record after it.
    tamper(f.path, {QStringLiteral("DELETE FROM audit_events WHERE workspace_id = '%1' AND "
                                   "ws_seq = 2")
                        .arg(a.workspaceId)});
    checkA = AuditLog::verify(*f.store, a.workspaceId);
    QVERIFY(!checkA->intact);
    QCOMPARE(checkA->firstBadSeq, 3);
    QVERIFY2(checkA->reason.contains(QStringLiteral("missing")), qPrintable(checkA->reason));
    auto all = AuditLog::verifyAll(*f.store);
    QVERIFY(!all->value(a.workspaceId).intact && !all->value(b.workspaceId).intact);
}

QTEST_GUILESS_MAIN(TestAudit)
#include "tst_audit.moc"
