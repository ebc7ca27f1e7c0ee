// SPDX-License-Identifier: MIT
// No secret leaks: a realistic session against a real latchkeyd (text and JSON log formats)
// records every secret it creates or sends — the owner's password, the session token, every
// secret key's text and its random part, every webhook signing secret — then scans for them:
// what latchkeyd printed (standard output and error, including what it printed when it was
// killed with SIGSEGV or SIGABRT), every file in its data folder (the SQLite database, -wal,
// -shm, the master key file), every audit record and every error body. A hit names the
// secret and the place.
#include "harness.h"
#include "rawhttp.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QProcessEnvironment>

#include <csignal>

using namespace latchkey;
using namespace latchkey::testing;

namespace {
const QByteArray kPassword = "leak-test password 9f8e7d";
const QString kEmail = QStringLiteral("owner@leaks.test");

struct Secret
{
    QByteArray label;
    QByteArray text;
};
} // namespace

class TestSecretLeaks : public QObject
{
    Q_OBJECT

private:
    QList<Secret> secrets;
    QList<std::pair<QByteArray, QByteArray>> haystacks; // (where, what)
    Http http;
    QUrl base;

    void remember(const QByteArray &label, const QByteArray &text, int prefix)
    {
        QVERIFY2(text.size() > prefix + 8, label.constData());
        secrets.append({label, text});
        // The random part on its own, and its first 16 characters (a truncated echo).
        secrets.append({label + " (random part)", text.mid(prefix)});
        secrets.append({label + " (random part, first 16)", text.mid(prefix, 16)});
    }
    void errorBody(const QByteArray &where, int status, const QByteArray &body)
    {
        if (status >= 400 || status == 0)
            haystacks.append({"error body of " + where, body});
    }
    HttpResult call(const QByteArray &method, const QString &path, const QByteArray &body = {},
                    const QList<std::pair<QByteArray, QByteArray>> &headers = {},
                    bool withToken = true)
    {
        HttpResult r = http.send(method, path, body, headers, withToken);
        errorBody(method + ' ' + path.left(40).toUtf8(), r.status, r.body);
        return r;
    }
    void raw(const QByteArray &where, const QByteArray &request)
    {
        const RawResponse r = rawExchange(base, request);
        errorBody(where, r.status, r.head + "\r\n\r\n" + r.body);
    }

private slots:
    void session_data();
    void session();
};

void TestSecretLeaks::session_data()
{
    QTest::addColumn<QString>("logFormat");
    QTest::addColumn<int>("crashSignal");
    QTest::newRow("text-log-sigsegv") << QStringLiteral("text") << int(SIGSEGV);
    QTest::newRow("json-log-sigabrt") << QStringLiteral("json") << int(SIGABRT);
}

void TestSecretLeaks::session()
{
    QFETCH(QString, logFormat);
    QFETCH(int, crashSignal);
    secrets.clear();
    haystacks.clear();
    secrets.append({"owner password", kPassword});

    Latchkeyd d;
    {
        // Under AddressSanitizer the SIGSEGV sent below must crash the process as it would in
        // production, not become an ASan report and exit code 1.
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        if (env.contains(QStringLiteral("ASAN_OPTIONS")))
            env.insert(QStringLiteral("ASAN_OPTIONS"), env.value(QStringLiteral("ASAN_OPTIONS")) +
                                                           QStringLiteral(":handle_segv=0"));
        d.process.setProcessEnvironment(env);
    }
    QByteArray initOutput;
    QCOMPARE(d.init(kEmail, kPassword, &initOutput), 0);
    haystacks.append({"output of latchkeyd init", initOutput});
    QVERIFY2(d.start({QStringLiteral("--log-format"), logFormat}), d.logs().constData());
    base = QUrl(d.url);
    http.base = d.url;
    http.token.clear();

    // Sign in; a wrong password first, and one with the right password for the wrong user.
    const QJsonObject wrong{{QStringLiteral("email"), kEmail},
                            {QStringLiteral("password"), QStringLiteral("not the password")}};
    QCOMPARE(call("POST", QStringLiteral("/v1/sessions"),
                  QJsonDocument(wrong).toJson(QJsonDocument::Compact))
                 .status,
             401);
    QCOMPARE(call("POST", QStringLiteral("/v1/sessions"),
                  R"({"email":"nobody@leaks.test","password":")" + kPassword + R"("})")
                 .status,
             401);
    call("POST", QStringLiteral("/v1/sessions"),
         R"({"email":"owner@leaks.test","password":")" + kPassword + R"(")"); // broken JSON
    const HttpResult s = call("POST", QStringLiteral("/v1/sessions"),
                              R"({"email":"owner@leaks.test","password":")" + kPassword + R"("})");
    QCOMPARE(s.status, 200);
    const QByteArray token = s.data().value(QLatin1String("token")).toString().toLatin1();
    remember("session token", token, 4);
    http.token = token;

    // Keys: secret (test and live), public, a roll.
    auto create = [&](const QByteArray &body) {
        const HttpResult r = call("POST", QStringLiteral("/v1/api-keys"), body);
        if (r.status != 201)
            qWarning("create failed: %s", r.body.constData());
        return std::pair{r.data().value(QLatin1String("id")).toString(),
                         r.data().value(QLatin1String("secret")).toString().toLatin1()};
    };
    const auto [testId, testKey] =
        create(R"({"name":"backend","scopes":["service.forms.submit","service.forms.read"]})");
    remember("secret test key", testKey, 8);
    const auto [liveId, liveKey] =
        create(R"({"name":"live backend","environment":"live","scopes":["service.forms.submit"]})");
    remember("secret live key", liveKey, 8);
    const auto [pubId, pubKey] = create(
        R"({"name":"web","type":"public","service_id":"forms","scopes":["service.forms.submit"],"allowed_origins":["https://shop.example"]})");
    QVERIFY(pubKey.startsWith("pk_test_")); // public by design: shown again, not scanned for
    const HttpResult rolled = call("POST", QStringLiteral("/v1/api-keys/%1/roll").arg(testId),
                                   R"({"old_expires_in":3600})");
    QCOMPARE(rolled.status, 201);
    const QByteArray rolledKey = rolled.data().value(QLatin1String("secret")).toString().toLatin1();
    remember("rolled secret key", rolledKey, 8);

    // Webhook endpoints: create, rotate the signing secret.
    const HttpResult ep = call("POST", QStringLiteral("/v1/webhook-endpoints"),
                               R"({"url":"https://hooks.example.com/in","events":["api_key.*"]})");
    QCOMPARE(ep.status, 201);
    const QString epId = ep.data().value(QLatin1String("id")).toString();
    const QByteArray whsec = ep.data().value(QLatin1String("secret")).toString().toLatin1();
    QVERIFY(whsec.startsWith("whsec_"));
    remember("webhook signing secret", whsec, 6);
    const HttpResult rot =
        call("POST", QStringLiteral("/v1/webhook-endpoints/%1/rotate-secret").arg(epId));
    QCOMPARE(rot.status, 200);
    const QByteArray whsec2 = rot.data().value(QLatin1String("secret")).toString().toLatin1();
    remember("rotated webhook signing secret", whsec2, 6);

    // Verify and forward-auth with every key, good and bad.
    for (const QByteArray &k : {testKey, liveKey, rolledKey, pubKey}) {
        call("POST", QStringLiteral("/v1/verify"), R"({"key":")" + k + R"("})", {}, false);
        call("POST", QStringLiteral("/v1/verify"),
             R"({"key":")" + k + R"(","scope":"service.bookings.read"})", {}, false);
        call("POST", QStringLiteral("/v1/verify"), R"({"key":")" + k + R"(","scope":"Bad Scope"})",
             {}, false);
        call("GET", QStringLiteral("/v1/auth"), {},
             {{"Authorization", "Bearer " + k}, {"X-Required-Scope", "service.forms.submit"}},
             false);
        call("GET", QStringLiteral("/v1/auth"), {},
             {{"Authorization", "Bearer " + k}, {"X-Required-Scope", "service.nope.write"}}, false);
        // A mistyped key: the random part is intact, the checksum is not.
        QByteArray typo = k;
        typo[typo.size() - 1] = typo.endsWith('A') ? 'B' : 'A';
        call("POST", QStringLiteral("/v1/verify"), R"({"key":")" + typo + R"("})", {}, false);
        // A secret where it does not belong.
        call("GET", QStringLiteral("/v1/") + QString::fromLatin1(k), {}, {}, false);
        call("POST", QStringLiteral("/v1/api-keys"),
             R"({"name":"x","scopes":["service.forms.submit"],"colour":")" + k + R"("})");
        call("POST", QStringLiteral("/v1/verify"), R"({"key":")" + k + R"(","password":"x"})", {},
             false);
        call("POST", QStringLiteral("/v1/verify"), R"({"key":")" + k + R"(",)", {}, false);
        call("GET", QStringLiteral("/v1/api-keys?starting_after=") + QString::fromLatin1(k));
        call("GET", QStringLiteral("/v1/api-keys"), {}, {{"Authorization", "Bearer " + k}}, false);
        call("GET", QStringLiteral("/v1/api-keys"), {}, {{"Latchkey-Workspace", k}});
        raw("broken request line with a key", "GET /" + k + " HTTP/1.1 x\r\n\r\n");
        raw("bad header with a key", "GET /healthz HTTP/1.1\r\nX-Key " + k + "\r\n\r\n");
        raw("chunked verify with a key",
            "POST /v1/verify HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n" +
                QByteArray::number(k.size() + 9, 16) + "\r\n{\"key\":\"" + k + "\"}\r\n0\r\n\r\n");
    }
    for (const QByteArray &w : {whsec, whsec2})
        call("POST", QStringLiteral("/v1/webhook-endpoints"),
             R"({"url":"https://hooks.example.com/in","secret":")" + w + R"("})");
    call("GET", QStringLiteral("/v1/api-keys"), {}, {{"Authorization", "Bearer " + token + "x"}},
         false);
    call("GET", QStringLiteral("/v1/") + QString::fromLatin1(token), {}, {}, false);
    call("GET", QStringLiteral("/v1/") + QString::fromLatin1(kPassword).replace(u' ', u'-'), {}, {},
         false);

    // Revoke, verify again, sign out, use the old token.
    QCOMPARE(call("DELETE", QStringLiteral("/v1/api-keys/") + liveId).status, 200);
    QCOMPARE(
        call("POST", QStringLiteral("/v1/verify"), R"({"key":")" + liveKey + R"("})", {}, false)
            .status,
        401);
    (void)pubId;

    // The audit log, every page.
    QString after;
    for (int page = 0; page < 50; ++page) {
        const HttpResult a = call(
            "GET", QStringLiteral("/v1/audit-events?limit=100") +
                       (after.isEmpty() ? QString() : QStringLiteral("&starting_after=") + after));
        QCOMPARE(a.status, 200);
        haystacks.append({"audit records page " + QByteArray::number(page), a.body});
        const QJsonArray items = a.json.value(QLatin1String("data")).toArray();
        if (!items.isEmpty())
            after = items.last().toObject().value(QLatin1String("id")).toString();
        if (!a.json.value(QLatin1String("has_more")).toBool())
            break;
    }
    QCOMPARE(call("DELETE", QStringLiteral("/v1/sessions/current")).status, 200);
    QCOMPARE(call("GET", QStringLiteral("/v1/api-keys")).status, 401);
    QTest::qWait(300); // log lines are written as answers leave

    // Crash it, and collect what it printed.
    ::kill(pid_t(d.process.processId()), crashSignal);
    QVERIFY(d.process.state() == QProcess::NotRunning || d.process.waitForFinished(30000));
    QCOMPARE(d.process.exitStatus(), QProcess::CrashExit);
    const QByteArray err = d.logs();
    const QByteArray out = d.process.readAllStandardOutput();
    QVERIFY2(err.contains(logFormat == QLatin1String("json") ? "\"path\":\"/v1/verify\""
                                                             : "POST /v1/verify"),
             err.left(2000).constData()); // it did log
    if (logFormat == QLatin1String("json"))
        QVERIFY2(err.trimmed().startsWith('{'), err.left(200).constData());
    haystacks.append({"latchkeyd standard error (" + logFormat.toLatin1() + " log, crashed)", err});
    haystacks.append({"latchkeyd standard output", out});

    // Every file it left, byte for byte.
    int files = 0;
    QDirIterator it(d.dir.path(), QDir::Files | QDir::Hidden | QDir::System,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile f(path);
        QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(path));
        haystacks.append({"file " + QFileInfo(path).fileName().toUtf8(), f.readAll()});
        ++files;
    }
    QVERIFY(files >= 2); // at least the database and the master key

    // The scan.
    QVERIFY(secrets.size() >= 15);
    QStringList found;
    for (const auto &[where, what] : std::as_const(haystacks))
        for (const Secret &secret : std::as_const(secrets))
            if (const qsizetype at = what.indexOf(secret.text); at >= 0)
                found << QStringLiteral("%1 found in %2: …%3…")
                             .arg(QString::fromLatin1(secret.label), QString::fromUtf8(where),
                                  QString::fromUtf8(what.mid(qMax(0, at - 80), 120)));
    QVERIFY2(found.isEmpty(), qPrintable(found.join(u'\n')));
    // The scan can fail: the same haystacks do hold what is not secret.
    bool sawKeyId = false;
    for (const auto &[where, what] : std::as_const(haystacks))
        sawKeyId = sawKeyId || what.contains(testId.toLatin1());
    QVERIFY(sawKeyId);
}

QTEST_GUILESS_MAIN(TestSecretLeaks)
#include "tst_secretleaks.moc"
