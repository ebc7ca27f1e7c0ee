// SPDX-License-Identifier: MIT
// What docs/operations.md tells an operator to do, done to a real latchkeyd:
// - an online backup of the SQLite store with the sqlite3 tool (".backup" and "VACUUM INTO")
//   while latchkeyd serves and writes, restored with the master key into a new folder where a
//   new latchkeyd finds the keys as they were at the backup, and signs with the same secrets;
// - `latchkeyd rekey`: webhook signing secrets sealed again under a new master key; a delivery
//   under the new key is signed with the very secrets issued before, the old key opens none of
//   them, and a wrong old key changes nothing.
// The sqlite3 command line tool is required (Debian package sqlite3): without it the suite
// fails, it does not skip.
#include "harness.h"

#include "core/webhookservice.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>

using namespace latchkey;
using namespace latchkey::testing;

namespace {
const QByteArray kPassword = "correct horse battery staple";
const QString kEmail = QStringLiteral("ops@acme.test");

/// The sqlite3 tool, or a failure that says which package to install.
QString sqlite3Tool()
{
    return QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
}

/// Runs `sqlite3 DB SQL`; its standard output, trimmed. \p exitCode gets its exit code.
QByteArray sqlite(const QString &db, const QString &sql, int *exitCode = nullptr)
{
    QProcess p;
    p.start(sqlite3Tool(), {db, sql});
    p.waitForFinished(60000);
    if (exitCode)
        *exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    const QByteArray err = p.readAllStandardError();
    if (!err.isEmpty())
        qWarning("sqlite3: %s", err.constData());
    return p.readAllStandardOutput().trimmed();
}

QString dbPath(const Latchkeyd &d)
{
    return d.storeUrl.mid(int(qstrlen("sqlite:")));
}

QByteArray signIn(Http &h)
{
    const HttpResult in = h.post(QStringLiteral("/v1/sessions"),
                                 {{QStringLiteral("email"), kEmail},
                                  {QStringLiteral("password"), QString::fromUtf8(kPassword)}});
    h.token = in.data().value(QLatin1String("token")).toString().toLatin1();
    return h.token;
}

/// Creates a test key; returns {id, secret}.
std::pair<QString, QByteArray> createKey(Http &h, const QString &name)
{
    const HttpResult r =
        h.post(QStringLiteral("/v1/api-keys"),
               {{QStringLiteral("name"), name},
                {QStringLiteral("environment"), QStringLiteral("test")},
                {QStringLiteral("scopes"), QJsonArray{QStringLiteral("service.forms.read")}}});
    return {r.data().value(QLatin1String("id")).toString(),
            r.data().value(QLatin1String("secret")).toString().toLatin1()};
}

int verifyStatus(Http &h, const QByteArray &secret)
{
    return h
        .send("POST", QStringLiteral("/v1/verify"),
              QJsonDocument(QJsonObject{{QStringLiteral("key"), QString::fromLatin1(secret)}})
                  .toJson(QJsonDocument::Compact),
              {}, false)
        .status;
}

/// A test delivery to endpoint \p id; the request \p receiver got (empty if none).
QByteArray testDelivery(Http &h, Receiver &receiver, const QString &id, HttpResult *answer)
{
    const qsizetype before = receiver.requests.size();
    *answer = h.post(QStringLiteral("/v1/webhook-endpoints/%1/test").arg(id), {});
    QElapsedTimer t;
    t.start();
    while (receiver.requests.size() == before && answer->status == 200 && t.elapsed() < 5000)
        QTest::qWait(20);
    return receiver.requests.size() > before ? receiver.requests.constLast() : QByteArray();
}

bool signedWith(const QByteArray &request, const QByteArray &secret)
{
    return WebhookService::verifySignature(Receiver::header(request, "Latchkey-Signature"),
                                           Receiver::body(request), secret,
                                           QDateTime::currentSecsSinceEpoch());
}

bool writeKeyFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::NewOnly,
                  QFile::ReadOwner | QFile::WriteOwner) &&
           f.write(bytes) == bytes.size();
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
} // namespace

class TestOperations : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void sqliteBackupWhileServing_data();
    void sqliteBackupWhileServing();
    void storeFailureDetailStaysInTheLog();
    void rekeyHelp();
    void rekeySealsSecretsUnderTheNewKey();
};

void TestOperations::initTestCase()
{
    QVERIFY2(!sqlite3Tool().isEmpty(),
             "the sqlite3 command line tool is missing: install the Debian package 'sqlite3' "
             "(scripts/install-deps.sh does)");
}

void TestOperations::sqliteBackupWhileServing_data()
{
    QTest::addColumn<QString>("command");
    // docs/operations.md, "Backing up SQLite": the commands as written there.
    QTest::newRow(".backup") << QStringLiteral(".backup '%1'");
    QTest::newRow("VACUUM INTO") << QStringLiteral("VACUUM INTO '%1'");
}

void TestOperations::sqliteBackupWhileServing()
{
    QFETCH(QString, command);
    Latchkeyd d;
    QCOMPARE(d.init(kEmail, kPassword), 0);
    QVERIFY2(d.start({QStringLiteral("--allow-loopback-webhooks")}), d.logs().constData());
    Http h;
    h.base = d.url;
    QVERIFY(!signIn(h).isEmpty());
    const auto [keptId, kept] = createKey(h, QStringLiteral("kept"));
    const auto [revokedId, revoked] = createKey(h, QStringLiteral("revoked"));
    QVERIFY(kept.startsWith("sk_test_") && revoked.startsWith("sk_test_"));
    QCOMPARE(h.del(QStringLiteral("/v1/api-keys/") + revokedId).status, 200);
    Receiver receiver;
    const HttpResult hook =
        h.post(QStringLiteral("/v1/webhook-endpoints"), {{QStringLiteral("url"), receiver.url()}});
    QCOMPARE(hook.status, 201);
    const QString hookId = hook.data().value(QLatin1String("id")).toString();
    const QByteArray hookSecret = hook.data().value(QLatin1String("secret")).toString().toLatin1();

    // The store is in WAL mode: the writes above may still be in latchkey.db-wal, which a
    // plain file copy could miss and the online backup must not.
    const QString live = dbPath(d);
    QCOMPARE(sqlite(live, QStringLiteral("PRAGMA journal_mode")), QByteArray("wal"));
    QVERIFY(QFile::exists(live + QStringLiteral("-wal")));

    // While it serves, and while a client keeps writing, back it up.
    Latchkeyd restored;
    const QString copy = dbPath(restored);
    QTimer writer;
    int written = 0;
    QObject::connect(&writer, &QTimer::timeout, &writer, [&] {
        Http w;
        w.base = d.url;
        w.token = h.token;
        if (!createKey(w, QStringLiteral("during")).first.isEmpty())
            ++written;
    });
    writer.start(5);
    QTest::qWait(50);
    int exitCode = -1;
    sqlite(live, command.arg(copy), &exitCode);
    writer.stop();
    QCOMPARE(exitCode, 0);
    QVERIFY(written > 0);
    const auto [laterId, later] = createKey(h, QStringLiteral("after the backup"));
    QVERIFY(later.startsWith("sk_test_"));
    QCOMPARE(sqlite(copy, QStringLiteral("PRAGMA integrity_check")), QByteArray("ok"));

    // Restore: the copy and the master key, together, into a new folder.
    QVERIFY(writeKeyFile(restored.dir.filePath(QStringLiteral("master.key")),
                         readFile(d.dir.filePath(QStringLiteral("master.key")))));
    QVERIFY2(restored.start({QStringLiteral("--allow-loopback-webhooks")}),
             restored.logs().constData());
    QCOMPARE(sqlite(copy, QStringLiteral("PRAGMA journal_mode")), QByteArray("wal"));
    Http r;
    r.base = restored.url;
    QCOMPARE(verifyStatus(r, kept), 200);
    QCOMPARE(verifyStatus(r, revoked), 401);
    QCOMPARE(verifyStatus(r, later), 401); // made after the backup: not in it
    QVERIFY(!signIn(r).isEmpty());
    QCOMPARE(r.get(QStringLiteral("/v1/api-keys/") + keptId).status, 200);
    QCOMPARE(r.get(QStringLiteral("/v1/api-keys/") + laterId).status, 404);
    QCOMPARE(r.get(QStringLiteral("/v1/audit-events/verify")).status, 200);
    HttpResult answer;
    const QByteArray delivered = testDelivery(r, receiver, hookId, &answer);
    QCOMPARE(answer.status, 200);
    QVERIFY2(signedWith(delivered, hookSecret), delivered.constData());
    // The original went on serving.
    QCOMPARE(verifyStatus(h, later), 200);
}

void TestOperations::storeFailureDetailStaysInTheLog()
{
    // Another process holds the SQLite store's write lock past latchkeyd's busy timeout: the
    // write fails in the store. The client is told so, with the Request-Id; what failed where
    // (the store's file, the driver's words) is the operator's, in the log under that id.
    Latchkeyd d;
    QCOMPARE(d.init(kEmail, kPassword), 0);
    QVERIFY2(d.start(), d.logs().constData());
    Http h;
    h.base = d.url;
    QVERIFY(!signIn(h).isEmpty());
    QProcess holder;
    holder.setProcessChannelMode(QProcess::MergedChannels);
    holder.start(sqlite3Tool(), {QStringLiteral("-interactive"), dbPath(d)}); // answers at once
    QVERIFY(holder.waitForStarted());
    holder.write("BEGIN EXCLUSIVE;\nSELECT 'held';\n");
    QByteArray said;
    QTRY_VERIFY2_WITH_TIMEOUT((said += holder.readAll()).contains("held") ||
                                  holder.state() != QProcess::Running,
                              said.constData(), 10000);
    QCOMPARE(holder.state(), QProcess::Running);
    const HttpResult failed =
        h.post(QStringLiteral("/v1/api-keys"),
               {{QStringLiteral("name"), QStringLiteral("locked out")},
                {QStringLiteral("scopes"), QJsonArray{QStringLiteral("service.forms.read")}}});
    holder.write("ROLLBACK;\n.quit\n");
    holder.closeWriteChannel();
    QVERIFY(holder.waitForFinished(10000));
    QVERIFY2(failed.status == 500, failed.body.constData());
    QCOMPARE(failed.code(), QStringLiteral("store_error"));
    const QByteArray requestId = failed.header("Request-Id");
    QVERIFY(requestId.startsWith("req_"));
    for (const QByteArray &detail : {dbPath(d).toUtf8(), QByteArray("latchkey.db"),
                                     QByteArray("sqlite"), QByteArray("locked")})
        QVERIFY2(!failed.body.toLower().contains(detail.toLower()), failed.body.constData());
    QVERIFY2(failed.body.contains("Request-Id"), failed.body.constData());
    QTRY_VERIFY_WITH_TIMEOUT(d.logs().contains("store_error"), 5000);
    const QByteArray logs = d.logs();
    const QByteArray line = [&] {
        for (const QByteArray &l : logs.split('\n'))
            if (l.contains("store_error"))
                return l;
        return QByteArray();
    }();
    QVERIFY2(line.contains(requestId), logs.constData());
    QVERIFY2(line.contains("locked"), logs.constData());
    // Nothing was lost: with the lock gone, the same request succeeds.
    QCOMPARE(createKey(h, QStringLiteral("after the lock")).second.left(8), QByteArray("sk_test_"));
}

void TestOperations::rekeyHelp()
{
    Latchkeyd d;
    QByteArray out;
    QCOMPARE(d.command({QStringLiteral("rekey"), QStringLiteral("--help")}, {}, &out), 0);
    for (const char *word : {"--master-key-file", "--new-master-key-file", "--store", "0600"})
        QVERIFY2(out.contains(word), out.constData());
    QByteArray err;
    QCOMPARE(d.command({QStringLiteral("rekey")}, {}, nullptr, &err), 2);
    QVERIFY2(err.contains("--new-master-key-file"), err.constData());
    QVERIFY(!QFile::exists(d.dir.filePath(QStringLiteral("master.key"))));
}

void TestOperations::rekeySealsSecretsUnderTheNewKey()
{
    Latchkeyd d;
    QCOMPARE(d.init(kEmail, kPassword), 0);
    QVERIFY2(d.start({QStringLiteral("--allow-loopback-webhooks")}), d.logs().constData());
    Http h;
    h.base = d.url;
    QVERIFY(!signIn(h).isEmpty());
    Receiver receiver;
    QStringList ids;
    QList<QByteArray> secrets;
    for (int i = 0; i < 2; ++i) {
        const HttpResult r = h.post(QStringLiteral("/v1/webhook-endpoints"),
                                    {{QStringLiteral("url"), receiver.url()}});
        QCOMPARE(r.status, 201);
        ids << r.data().value(QLatin1String("id")).toString();
        secrets << r.data().value(QLatin1String("secret")).toString().toLatin1();
    }
    // A rotation: the first endpoint signs with two secrets for 7 days.
    const HttpResult rotated =
        h.post(QStringLiteral("/v1/webhook-endpoints/%1/rotate-secret").arg(ids[0]), {});
    QCOMPARE(rotated.status, 200);
    const QByteArray rotatedSecret =
        rotated.data().value(QLatin1String("secret")).toString().toLatin1();
    QCOMPARE(d.terminate(), 0);

    const QString db = dbPath(d);
    const QString sealedSql =
        QStringLiteral("SELECT id || ' ' || hex(sealed) FROM webhook_secrets ORDER BY id");
    const QByteArray sealedBefore = sqlite(db, sealedSql);
    QCOMPARE(sealedBefore.count('\n'), 2); // three secrets
    const QString oldKeyFile = d.dir.filePath(QStringLiteral("master.key"));
    const QByteArray oldKey = readFile(oldKeyFile);
    QCOMPARE(oldKey.size(), 32);

    // A wrong old key: refused, nothing changed, no new key file left behind.
    const QString wrongKeyFile = d.dir.filePath(QStringLiteral("wrong.key"));
    QVERIFY(writeKeyFile(wrongKeyFile, QByteArray(32, 'w')));
    const QString newKeyFile = d.dir.filePath(QStringLiteral("new.key"));
    QByteArray out, err;
    QCOMPARE(d.command({QStringLiteral("rekey"), QStringLiteral("--master-key-file"), wrongKeyFile,
                        QStringLiteral("--new-master-key-file"), newKeyFile},
                       {}, &out, &err),
             1);
    QVERIFY2(err.contains("does not open") && err.contains("Nothing changed"), err.constData());
    QVERIFY(!QFile::exists(newKeyFile));
    QCOMPARE(sqlite(db, sealedSql), sealedBefore);
    // The new key the same as the old: refused too.
    QCOMPARE(d.command({QStringLiteral("rekey"), QStringLiteral("--new-master-key-file"),
                        d.dir.filePath(QStringLiteral("master.key"))},
                       {}, &out, &err),
             2);
    QCOMPARE(sqlite(db, sealedSql), sealedBefore);

    // The rekey: the old key is the default, master.key next to the store.
    QCOMPARE(
        d.command({QStringLiteral("rekey"), QStringLiteral("--new-master-key-file"), newKeyFile},
                  {}, &out, &err),
        0);
    QVERIFY2(out.contains("sealed again under the master key") && out.contains(": 3."),
             out.constData());
    const QByteArray newKey = readFile(newKeyFile);
    QCOMPARE(newKey.size(), 32);
    QVERIFY(newKey != oldKey);
    const QFile::Permissions perms = QFile::permissions(newKeyFile);
    QVERIFY(perms.testFlag(QFile::ReadOwner) && perms.testFlag(QFile::WriteOwner));
    QVERIFY(!(perms & (QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup | QFile::ReadOther |
                       QFile::WriteOther | QFile::ExeOther))); // mode 0600
    for (const QByteArray &material : {oldKey, newKey})
        for (const QByteArray &form : {material, material.toHex(), material.toBase64()})
            QVERIFY(!out.contains(form) && !err.contains(form));
    for (const QByteArray &s : secrets + QList<QByteArray>{rotatedSecret})
        QVERIFY(!out.contains(s) && !err.contains(s));
    const QByteArray sealedAfter = sqlite(db, sealedSql);
    QCOMPARE(sealedAfter.count('\n'), 2);
    const QList<QByteArray> before = sealedBefore.split('\n'), after = sealedAfter.split('\n');
    for (qsizetype i = 0; i < before.size(); ++i) {
        QCOMPARE(after[i].left(after[i].indexOf(' ')), before[i].left(before[i].indexOf(' ')));
        QVERIFY(after[i] != before[i]);
    }
    QCOMPARE(readFile(oldKeyFile), oldKey); // rekey never touches the old file

    // Served with the new key: the deliveries are signed with the secrets issued before.
    {
        Latchkeyd served(d.storeUrl);
        QVERIFY2(served.start({QStringLiteral("--allow-loopback-webhooks"),
                               QStringLiteral("--master-key-file"), newKeyFile}),
                 served.logs().constData());
        Http s;
        s.base = served.url;
        QVERIFY(!signIn(s).isEmpty());
        HttpResult answer;
        const QByteArray first = testDelivery(s, receiver, ids[0], &answer);
        QCOMPARE(answer.status, 200);
        QCOMPARE(Receiver::header(first, "Latchkey-Signature").count("v1="), 2);
        QVERIFY2(signedWith(first, secrets[0]), first.constData());
        QVERIFY2(signedWith(first, rotatedSecret), first.constData());
        const QByteArray second = testDelivery(s, receiver, ids[1], &answer);
        QCOMPARE(answer.status, 200);
        QVERIFY2(signedWith(second, secrets[1]), second.constData());
        QCOMPARE(served.terminate(), 0);
    }

    // Served with the old key: it signs nothing and says why; the log shows no secret.
    {
        Latchkeyd served(d.storeUrl);
        QVERIFY2(served.start({QStringLiteral("--allow-loopback-webhooks"),
                               QStringLiteral("--master-key-file"), oldKeyFile}),
                 served.logs().constData());
        Http s;
        s.base = served.url;
        QVERIFY(!signIn(s).isEmpty());
        const qsizetype received = receiver.requests.size();
        HttpResult answer;
        testDelivery(s, receiver, ids[1], &answer);
        QCOMPARE(answer.status, 500);
        QCOMPARE(answer.code(), QStringLiteral("internal_error"));
        QTest::qWait(200);
        QCOMPARE(receiver.requests.size(), received);
        QCOMPARE(served.terminate(), 0);
        const QByteArray logs = served.logs();
        for (const QByteArray &s : secrets)
            QVERIFY(!logs.contains(s) && !answer.body.contains(s));
    }

    // The old key no longer rekeys either: it opens nothing now.
    QCOMPARE(d.command({QStringLiteral("rekey"), QStringLiteral("--new-master-key-file"),
                        d.dir.filePath(QStringLiteral("third.key"))},
                       {}, &out, &err),
             1);
    QCOMPARE(sqlite(db, sealedSql), sealedAfter);
    QVERIFY(!QFile::exists(d.dir.filePath(QStringLiteral("third.key"))));
}

QTEST_GUILESS_MAIN(TestOperations)
#include "tst_operations.moc"
