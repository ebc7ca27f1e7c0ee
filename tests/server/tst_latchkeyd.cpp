// SPDX-License-Identifier: MIT
// latchkeyd end to end: a real process on loopback, called over HTTP. Every route, every
// outcome of verify and forward-auth, sessions and throttling, webhooks delivered to a real local
// receiver, and a table of bad requests each answered with the right JSON error while the
// server keeps serving.
#include "core/keytext.h"
#include "core/sqlstore.h"
#include "core/webhookservice.h"
#include "harness.h"
#include "rawhttp.h"

#include <QDir>
#include <QJsonArray>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTcpSocket>

using namespace latchkey;
using namespace latchkey::testing;

namespace {
const QByteArray kPassword = "correct horse battery staple";
const QString kEmail = QStringLiteral("owner@acme.test");

QJsonObject secretKeyBody(const QString &name, const QStringList &scopes,
                          const QString &env = QStringLiteral("test"))
{
    return {{QStringLiteral("name"), name},
            {QStringLiteral("environment"), env},
            {QStringLiteral("scopes"), QJsonArray::fromStringList(scopes)}};
}

} // namespace

class TestLatchkeyd : public QObject
{
    Q_OBJECT

private:
    Latchkeyd d;
    Http http;
    QString workspaceId;

    QJsonObject createKey(const QJsonObject &body, QByteArray *secret = nullptr)
    {
        const HttpResult r = http.post(QStringLiteral("/v1/api-keys"), body);
        if (r.status != 201)
            qWarning("create failed: %s", r.body.constData());
        if (secret)
            *secret = r.data().value(QLatin1String("secret")).toString().toLatin1();
        return r.data();
    }

private slots:
    void initTestCase();
    void versionHelpAndUsage_data();
    void versionHelpAndUsage();
    void commandHelp_data();
    void commandHelp();
    void serveFromTheEnvironment();
    void badEnvironmentNamesTheVariable_data();
    void badEnvironmentNamesTheVariable();
    void initIsIdempotent();
    void healthz();
    void signInAndOut();
    void failedSignInsAreThrottled();
    void keyOverItsLimitOnTheManagementApiIsToldWhenToRetry();
    void workspacesAndScopes();
    void keyLifecycle();
    void listPaging();
    void publicKeyAndSecretKeyOnTheManagementApi();
    void verifyEveryOutcome_data();
    void verifyEveryOutcome();
    void verifyAnswersRateLimitHeaders();
    void usageCountsVerifiesPerDay();
    void forwardAuth_data();
    void forwardAuth();
    void forwardedForOverSeveralLines();
    void webhooksDeliverSignedPings();
    void webhooksRefuseInternalTargets();
    void webhooksOverTlsCheckTheCertificate();
    void auditEvents();
    void keyListFiltersAndSortsInTheStore();
    void auditEventFilters();
    void auditChainIsPerWorkspace();
    void badRequests_data();
    void badRequests();
    void requestIds();
    void logsNeverCarrySecrets();
};

void TestLatchkeyd::initTestCase()
{
    QByteArray out;
    QCOMPARE(d.init(kEmail, kPassword, &out), 0);
    QVERIFY2(out.contains("Created workspace"), out.constData());
    QVERIFY2(d.start(), d.logs().constData());
    QVERIFY(d.url.startsWith(QLatin1String("http://127.0.0.1:")));
    QVERIFY(!d.url.endsWith(QLatin1String(":0")));
    http.base = d.url;
    const HttpResult r = http.post(QStringLiteral("/v1/sessions"),
                                   {{QStringLiteral("email"), kEmail},
                                    {QStringLiteral("password"), QString::fromUtf8(kPassword)}});
    QCOMPARE(r.status, 200);
    http.token = r.data().value(QLatin1String("token")).toString().toLatin1();
    QVERIFY(http.token.startsWith("lks_"));
}

void TestLatchkeyd::versionHelpAndUsage_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("outputPart");
    QTest::newRow("version") << QStringList{QStringLiteral("--version")} << 0 << "latchkeyd 0.";
    QTest::newRow("help") << QStringList{QStringLiteral("--help")} << 0 << "<command> --help";
    for (const char *command : {"init", "serve", "member", "passwd"})
        QTest::addRow("help-lists-%s", command)
            << QStringList{QStringLiteral("-h")} << 0
            << QStringLiteral("\n  %1 ").arg(QLatin1String(command));
    QTest::newRow("member-help") << QStringList{QStringLiteral("member"), QStringLiteral("--help")}
                                 << 0 << "set-role";
    QTest::newRow("nothing") << QStringList{} << 2 << "missing command";
    QTest::newRow("unknown-command")
        << QStringList{QStringLiteral("dance")} << 2 << "unknown command";
    QTest::newRow("serve-no-listen") << QStringList{QStringLiteral("serve")} << 2 << "--listen";
    QTest::newRow("serve-bad-listen")
        << QStringList{QStringLiteral("serve"), QStringLiteral("--listen"),
                       QStringLiteral("nowhere")}
        << 2 << "HOST:PORT";
    QTest::newRow("serve-bad-port")
        << QStringList{QStringLiteral("serve"), QStringLiteral("--listen"),
                       QStringLiteral("127.0.0.1:99999")}
        << 2 << "HOST:PORT";
    QTest::newRow("serve-unknown-option")
        << QStringList{QStringLiteral("serve"), QStringLiteral("--colour")} << 2 << "colour";
    QTest::newRow("serve-half-tls")
        << QStringList{QStringLiteral("serve"), QStringLiteral("--listen"),
                       QStringLiteral("127.0.0.1:0"), QStringLiteral("--tls-cert"),
                       QStringLiteral("x.pem")}
        << 2 << "--tls-key";
    QTest::newRow("serve-bad-log-format")
        << QStringList{QStringLiteral("serve"), QStringLiteral("--listen"),
                       QStringLiteral("127.0.0.1:0"), QStringLiteral("--log-format"),
                       QStringLiteral("xml")}
        << 2 << "text or json";
    QTest::newRow("serve-bad-store")
        << QStringList{QStringLiteral("serve"), QStringLiteral("--listen"),
                       QStringLiteral("127.0.0.1:0"), QStringLiteral("--store"),
                       QStringLiteral("mysql://x/y")}
        << 2 << "Unknown store URL";
    QTest::newRow("init-no-email")
        << QStringList{QStringLiteral("init"), QStringLiteral("--password-stdin")} << 2
        << "--email";
    QTest::newRow("init-bad-email")
        << QStringList{QStringLiteral("init"), QStringLiteral("--email"), QStringLiteral("nope"),
                       QStringLiteral("--password-stdin")}
        << 2 << "email address";
    QTest::newRow("init-no-stdin-flag")
        << QStringList{QStringLiteral("init"), QStringLiteral("--email"), QStringLiteral("a@b.c")}
        << 2 << "--password-stdin";
}

void TestLatchkeyd::versionHelpAndUsage()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QString, outputPart);
    QProcess p;
    p.start(latchkeydPath(), args);
    p.closeWriteChannel();
    QVERIFY(p.waitForFinished(30000));
    const QString out = QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError());
    QCOMPARE(p.exitCode(), exitCode);
    QVERIFY2(out.contains(outputPart), qPrintable(out));
}

void TestLatchkeyd::commandHelp_data()
{
    QTest::addColumn<QStringList>("command");
    QTest::addColumn<QStringList>("options");
    const QStringList serve{QStringLiteral("listen"),     QStringLiteral("store"),
                            QStringLiteral("tls-cert"),   QStringLiteral("tls-key"),
                            QStringLiteral("scopes"),     QStringLiteral("master-key-file"),
                            QStringLiteral("log-format"), QStringLiteral("allow-loopback-webhooks"),
                            QStringLiteral("gateway"),    QStringLiteral("metrics-listen")};
    const QStringList init{QStringLiteral("store"), QStringLiteral("email"),
                           QStringLiteral("workspace"), QStringLiteral("password-stdin")};
    const QStringList passwd{QStringLiteral("store"), QStringLiteral("email"),
                             QStringLiteral("password-stdin")};
    const QStringList memberList{QStringLiteral("store"), QStringLiteral("workspace")};
    const QStringList memberRemove = memberList + QStringList{QStringLiteral("email")};
    const QStringList memberAdd = memberRemove + QStringList{QStringLiteral("role")};
    QTest::newRow("serve") << QStringList{QStringLiteral("serve")} << serve;
    QTest::newRow("init") << QStringList{QStringLiteral("init")} << init;
    QTest::newRow("passwd") << QStringList{QStringLiteral("passwd")} << passwd;
    QTest::newRow("member-list") << QStringList{QStringLiteral("member"), QStringLiteral("list")}
                                 << memberList;
    QTest::newRow("member-add") << QStringList{QStringLiteral("member"), QStringLiteral("add")}
                                << memberAdd;
    QTest::newRow("member-set-role")
        << QStringList{QStringLiteral("member"), QStringLiteral("set-role")} << memberAdd;
    QTest::newRow("member-remove")
        << QStringList{QStringLiteral("member"), QStringLiteral("remove")} << memberRemove;
}

// `latchkeyd <command> --help` (and -h) says what the command does and describes each of its
// options on standard output, exit 0; an unknown option is still bad usage (2), named.
void TestLatchkeyd::commandHelp()
{
    QFETCH(QStringList, command);
    QFETCH(QStringList, options);
    auto run = [](const QStringList &args, QByteArray &out, QByteArray &err) {
        QProcess p;
        p.start(latchkeydPath(), args);
        p.closeWriteChannel();
        if (!p.waitForFinished(30000))
            return -1;
        out = p.readAllStandardOutput();
        err = p.readAllStandardError();
        return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    };
    for (const QString &flag : {QStringLiteral("--help"), QStringLiteral("-h")}) {
        QByteArray out, err;
        QCOMPARE(run(command + QStringList{flag}, out, err), 0);
        QVERIFY2(err.isEmpty(), err.constData());
        const QString text = QString::fromUtf8(out);
        QVERIFY2(text.startsWith(QStringLiteral("Usage: latchkeyd ") + command.join(u' ')),
                 qPrintable(text));
        const QStringList lines = text.split(u'\n');
        // A description of the command: the text between the usage line and "Options:".
        const qsizetype optionsAt = lines.indexOf(QStringLiteral("Options:"));
        QVERIFY2(optionsAt > 2, qPrintable(text));
        QVERIFY2(lines.mid(1, optionsAt - 1).join(u' ').trimmed().size() > 30, qPrintable(text));
        for (const QString &option : options + QStringList{QStringLiteral("help")}) {
            // "  --name [VALUE]", then its description, indented, on the next line(s).
            qsizetype at = -1;
            for (qsizetype i = optionsAt + 1; i < lines.size(); ++i)
                if (lines[i].startsWith(QStringLiteral("  --") + option + u' ') ||
                    lines[i] == QStringLiteral("  --") + option ||
                    lines[i].startsWith(QStringLiteral("  -h, --") + option))
                    at = i;
            QVERIFY2(at > 0, qPrintable(option + QStringLiteral(" missing in:\n") + text));
            QVERIFY2(at + 1 < lines.size() && lines[at + 1].startsWith(QStringLiteral("      ")) &&
                         lines[at + 1].trimmed().size() > 10,
                     qPrintable(option + QStringLiteral(" undescribed in:\n") + text));
            // serve's options each name their environment variable in their
            // description.
            if (command.first() == u"serve" && option != u"help") {
                QString block;
                for (qsizetype i = at + 1; i < lines.size() && lines[i].startsWith(u"      "); ++i)
                    block += lines[i];
                const QString variable =
                    QStringLiteral("LATCHKEYD_") + option.toUpper().replace(u'-', u'_');
                QVERIFY2(block.contains(QStringLiteral("Environment: ") + variable),
                         qPrintable(variable + QStringLiteral(" not shown in:\n") + text));
            }
        }
        // Nothing else is offered: every option line is one of these.
        static const QRegularExpression optionLine(QStringLiteral("^  (?:-h, )?--([a-z-]+)"));
        for (qsizetype i = optionsAt + 1; i < lines.size(); ++i)
            if (const auto m = optionLine.match(lines[i]); m.hasMatch())
                QVERIFY2(options.contains(m.captured(1)) || m.captured(1) == u"help",
                         qPrintable(QStringLiteral("unexpected option ") + m.captured(1)));
    }
    QByteArray out, err;
    QCOMPARE(run(command + QStringList{QStringLiteral("--colour")}, out, err), 2);
    QVERIFY2(err.contains("colour"), err.constData());
    QVERIFY2(err.contains("--help"), err.constData());
    QVERIFY(out.isEmpty());
}

// Every serve option can come from the environment (LATCHKEYD_ + its name): a
// latchkeyd configured by nothing else serves its store, logs in the format
// asked, and the command line wins over a variable.
void TestLatchkeyd::serveFromTheEnvironment()
{
    Latchkeyd other;
    QCOMPARE(other.init(QStringLiteral("env@acme.test"), kPassword), 0);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LATCHKEYD_LISTEN"), QStringLiteral("127.0.0.1:0"));
    env.insert(QStringLiteral("LATCHKEYD_STORE"), other.storeUrl);
    env.insert(QStringLiteral("LATCHKEYD_MASTER_KEY_FILE"),
               other.dir.filePath(QStringLiteral("master.key")));
    env.insert(QStringLiteral("LATCHKEYD_LOG_FORMAT"), QStringLiteral("json"));
    env.insert(QStringLiteral("LATCHKEYD_GATEWAY"), QStringLiteral("caddy"));
    env.insert(QStringLiteral("LATCHKEYD_ALLOW_LOOPBACK_WEBHOOKS"), QStringLiteral("Yes"));
    env.insert(QStringLiteral("LATCHKEYD_TLS_CERT"), QString()); // empty: unset
    for (const bool commandLineWins : {false, true}) {
        QProcess p;
        p.setProcessEnvironment(env);
        QStringList args{QStringLiteral("serve")};
        if (commandLineWins) // a listen address and a log format of its own
            args << QStringLiteral("--listen") << QStringLiteral("127.0.0.2:0")
                 << QStringLiteral("--log-format") << QStringLiteral("text");
        p.start(latchkeydPath(), args);
        QVERIFY(p.waitForStarted(10000));
        QByteArray out;
        static const QRegularExpression re(
            QStringLiteral("latchkeyd listening on (http://[0-9.]+:[0-9]+)"));
        QRegularExpressionMatch m;
        QElapsedTimer t;
        t.start();
        while (!m.hasMatch() && t.elapsed() < 30000 && p.state() == QProcess::Running) {
            p.waitForReadyRead(200);
            out += p.readAllStandardOutput();
            m = re.match(QString::fromUtf8(out));
        }
        QVERIFY2(m.hasMatch(), p.readAllStandardError().constData());
        QVERIFY2(m.captured(1).startsWith(commandLineWins ? QLatin1String("http://127.0.0.2:")
                                                          : QLatin1String("http://127.0.0.1:")),
                 qPrintable(m.captured(1)));
        Http h;
        h.base = m.captured(1);
        const HttpResult in = h.post(QStringLiteral("/v1/sessions"),
                                     {{QStringLiteral("email"), QStringLiteral("env@acme.test")},
                                      {QStringLiteral("password"), QString::fromUtf8(kPassword)}});
        QCOMPARE(in.status, 200); // the store named by LATCHKEYD_STORE
        h.token = in.data().value(QLatin1String("token")).toString().toLatin1();
        // LATCHKEYD_ALLOW_LOOPBACK_WEBHOOKS: a test endpoint on 127.0.0.1 is
        // accepted.
        const HttpResult hook =
            h.post(QStringLiteral("/v1/webhook-endpoints"),
                   {{QStringLiteral("url"), QStringLiteral("http://127.0.0.1:9/hook")}});
        QVERIFY2(hook.status == 201, hook.body.constData());
        p.terminate();
        QVERIFY(p.waitForFinished(15000));
        QCOMPARE(p.exitCode(), 0);
        const QByteArray log = p.readAllStandardError();
        QVERIFY2(log.contains("/v1/sessions"), log.constData());
        // LATCHKEYD_LOG_FORMAT=json, unless --log-format text said otherwise.
        QCOMPARE(log.contains("{\"") && log.contains("\"path\":\"/v1/sessions\""),
                 !commandLineWins);
    }
}

void TestLatchkeyd::badEnvironmentNamesTheVariable_data()
{
    QTest::addColumn<QString>("variable");
    QTest::addColumn<QString>("value");
    QTest::newRow("flag") << "LATCHKEYD_ALLOW_LOOPBACK_WEBHOOKS"
                          << "maybe";
    QTest::newRow("flag-number") << "LATCHKEYD_ALLOW_LOOPBACK_WEBHOOKS"
                                 << "2";
    QTest::newRow("log-format") << "LATCHKEYD_LOG_FORMAT"
                                << "xml";
    QTest::newRow("gateway") << "LATCHKEYD_GATEWAY"
                             << "apache";
    QTest::newRow("listen") << "LATCHKEYD_LISTEN"
                            << "nowhere";
    QTest::newRow("half-tls") << "LATCHKEYD_TLS_CERT"
                              << "cert.pem";
}

void TestLatchkeyd::badEnvironmentNamesTheVariable()
{
    QFETCH(QString, variable);
    QFETCH(QString, value);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (variable != u"LATCHKEYD_LISTEN")
        env.insert(QStringLiteral("LATCHKEYD_LISTEN"), QStringLiteral("127.0.0.1:0"));
    env.insert(variable, value);
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(latchkeydPath(),
            {QStringLiteral("serve"), QStringLiteral("--store"),
             QStringLiteral("sqlite:") + QDir::tempPath() + QStringLiteral("/never-opened.db")});
    p.closeWriteChannel();
    QVERIFY(p.waitForFinished(30000));
    const QByteArray err = p.readAllStandardError();
    QCOMPARE(p.exitCode(), 2);
    QVERIFY2(err.contains(variable.toLatin1()), err.constData());
}

void TestLatchkeyd::initIsIdempotent()
{
    Latchkeyd other;
    QByteArray out;
    QCOMPARE(other.init(QStringLiteral("a@b.test"), "short", &out), 2);
    QVERIFY2(out.contains("12 characters"), out.constData());
    // The owner's password is held to the rule of every other new password (docs/teams.md).
    QCOMPARE(other.init(QStringLiteral("a@b.test"), "elevenchars", &out), 2);
    QCOMPARE(other.init(QStringLiteral("a@b.test"), kPassword, &out,
                        {QStringLiteral("--workspace"), QStringLiteral("Shop")}),
             0);
    QVERIFY2(out.contains("Created workspace \"Shop\""), out.constData());
    QCOMPARE(other.init(QStringLiteral("A@B.test"), "another password", &out), 0);
    QVERIFY2(out.contains("already owns workspace \"Shop\""), out.constData());
    QVERIFY(out.contains("nothing changed"));
    // The second run changed nothing: the first password still signs in.
    QVERIFY(other.start());
    Http h;
    h.base = other.url;
    QCOMPARE(h.post(QStringLiteral("/v1/sessions"),
                    {{QStringLiteral("email"), QStringLiteral("a@b.test")},
                     {QStringLiteral("password"), QString::fromUtf8(kPassword)}})
                 .status,
             200);
    QCOMPARE(h.post(QStringLiteral("/v1/sessions"),
                    {{QStringLiteral("email"), QStringLiteral("a@b.test")},
                     {QStringLiteral("password"), QStringLiteral("another password")}})
                 .status,
             401);
    QCOMPARE(other.terminate(), 0);
}

void TestLatchkeyd::healthz()
{
    const HttpResult r = http.send("GET", QStringLiteral("/healthz"), {}, {}, false);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json.value(QLatin1String("success")).toBool(), true);
    QCOMPARE(r.data().value(QLatin1String("store")).toString(), QStringLiteral("reachable"));
}

void TestLatchkeyd::signInAndOut()
{
    Http h;
    h.base = d.url;
    const HttpResult in = h.post(QStringLiteral("/v1/sessions"),
                                 {{QStringLiteral("email"), QStringLiteral("OWNER@acme.test")},
                                  {QStringLiteral("password"), QString::fromUtf8(kPassword)}});
    QCOMPARE(in.status, 200);
    h.token = in.data().value(QLatin1String("token")).toString().toLatin1();
    QVERIFY(!in.data().value(QLatin1String("expires_at")).toString().isEmpty());
    QCOMPARE(h.get(QStringLiteral("/v1/workspaces")).status, 200);
    const HttpResult out = h.del(QStringLiteral("/v1/sessions/current"));
    QCOMPARE(out.status, 200);
    const HttpResult after = h.get(QStringLiteral("/v1/workspaces"));
    QCOMPARE(after.status, 401);
    QCOMPARE(after.code(), QStringLiteral("invalid_session"));
    h.token = "lks_" + QByteArray(40, 'x');
    QCOMPARE(h.get(QStringLiteral("/v1/api-keys")).status, 401);
}

void TestLatchkeyd::keyOverItsLimitOnTheManagementApiIsToldWhenToRetry()
{
    // A key's management calls count against its own rate limit, as its verifies do; its 429
    // says when to try again, as a verify's does.
    QJsonObject body =
        secretKeyBody(QStringLiteral("limited automation"), {QStringLiteral("keys.read")});
    body.insert(QStringLiteral("rate_limit"),
                QJsonObject{{QStringLiteral("limit"), 1}, {QStringLiteral("window"), 3600}});
    QByteArray secret;
    QVERIFY(!createKey(body, &secret).isEmpty());
    Http k;
    k.base = d.url;
    k.token = secret;
    QCOMPARE(k.get(QStringLiteral("/v1/api-keys")).status, 200);
    const HttpResult over = k.get(QStringLiteral("/v1/api-keys"));
    QCOMPARE(over.status, 429);
    QCOMPARE(over.code(), QStringLiteral("rate_limit_exceeded"));
    const int retry = over.header("Retry-After").toInt();
    QVERIFY2(retry > 0 && retry <= 3600, over.header("Retry-After").constData());
    QCOMPARE(over.header("X-RateLimit-Limit"), QByteArray("1"));
    QCOMPARE(over.header("X-RateLimit-Remaining"), QByteArray("0"));
    QVERIFY(over.header("X-RateLimit-Reset").toLongLong() > QDateTime::currentSecsSinceEpoch());
}

void TestLatchkeyd::failedSignInsAreThrottled()
{
    Http h;
    h.base = d.url;
    const QJsonObject wrong{{QStringLiteral("email"), QStringLiteral("victim@acme.test")},
                            {QStringLiteral("password"), QStringLiteral("guess")}};
    for (int i = 0; i < 5; ++i) {
        const HttpResult r = h.post(QStringLiteral("/v1/sessions"), wrong);
        QCOMPARE(r.status, 401);
        QCOMPARE(r.code(), QStringLiteral("invalid_credentials"));
    }
    const HttpResult r = h.post(QStringLiteral("/v1/sessions"), wrong);
    QCOMPARE(r.status, 429);
    QCOMPARE(r.code(), QStringLiteral("rate_limit_exceeded"));
    QVERIFY(r.header("Retry-After").toInt() > 0);
    // Another email is not affected.
    QCOMPARE(h.post(QStringLiteral("/v1/sessions"),
                    {{QStringLiteral("email"), kEmail},
                     {QStringLiteral("password"), QString::fromUtf8(kPassword)}})
                 .status,
             200);
}

void TestLatchkeyd::workspacesAndScopes()
{
    const HttpResult ws = http.get(QStringLiteral("/v1/workspaces"));
    QCOMPARE(ws.status, 200);
    const QJsonArray list = ws.json.value(QLatin1String("data")).toArray();
    QCOMPARE(list.size(), 1);
    const QJsonObject w = list.first().toObject();
    workspaceId = w.value(QLatin1String("id")).toString();
    QVERIFY(workspaceId.startsWith(QLatin1String("ws_")));
    QCOMPARE(w.value(QLatin1String("name")).toString(), QStringLiteral("Default"));
    QCOMPARE(w.value(QLatin1String("role")).toString(), QStringLiteral("owner"));
    QCOMPARE(w.value(QLatin1String("services")).toArray().size(), 2);

    const HttpResult scopes = http.send("GET", QStringLiteral("/v1/scopes"), {},
                                        {{"Latchkey-Workspace", workspaceId.toLatin1()}});
    QCOMPARE(scopes.status, 200);
    bool sawManage = false;
    for (const QJsonValue &v : scopes.json.value(QLatin1String("data")).toArray()) {
        const QJsonObject s = v.toObject();
        QVERIFY(s.contains(QLatin1String("public_safe")));
        QVERIFY(s.value(QLatin1String("grantable")).toBool()); // the owner grants all
        if (s.value(QLatin1String("scope")).toString() == QLatin1String("service.forms.manage")) {
            sawManage = true;
            QCOMPARE(s.value(QLatin1String("privileged")).toBool(), true);
        }
    }
    QVERIFY(sawManage);
    const HttpResult wrongWs =
        http.send("GET", QStringLiteral("/v1/api-keys"), {}, {{"Latchkey-Workspace", "ws_other"}});
    QCOMPARE(wrongWs.status, 401); // docs/teams.md: a session holds only its user's workspaces
}

void TestLatchkeyd::keyLifecycle()
{
    QByteArray secret;
    QJsonObject created = createKey(
        secretKeyBody(QStringLiteral("Backend"), {QStringLiteral("service.forms.submit")}),
        &secret);
    const QString id = created.value(QLatin1String("id")).toString();
    QVERIFY(id.startsWith(QLatin1String("key_")));
    QVERIFY(secret.startsWith("sk_test_"));
    QCOMPARE(created.value(QLatin1String("object")).toString(), QStringLiteral("api_key"));
    QCOMPARE(created.value(QLatin1String("status")).toString(), QStringLiteral("active"));
    QCOMPARE(created.value(QLatin1String("last4")).toString(),
             QString::fromLatin1(secret.right(4)));
    for (const char *field :
         {"id", "object", "type", "name", "environment", "prefix", "last4", "scopes",
          "allowed_origins", "restrictions", "rate_limit", "created_at", "created_by", "last_used",
          "expires_at", "revoked_at", "status"})
        QVERIFY2(created.contains(QLatin1String(field)), field);

    const HttpResult got = http.get(QStringLiteral("/v1/api-keys/") + id);
    QCOMPARE(got.status, 200);
    QVERIFY(!got.data().contains(QLatin1String("secret")));
    QVERIFY(!got.body.contains(secret.mid(8)));

    const HttpResult patched = http.patch(
        QStringLiteral("/v1/api-keys/") + id,
        {{QStringLiteral("name"), QStringLiteral("Backend (EU)")},
         {QStringLiteral("restrictions"),
          QJsonObject{{QStringLiteral("ip_allowlist"), QJsonArray{QStringLiteral("10.0.0.0/8")}}}},
         {QStringLiteral("rate_limit"),
          QJsonObject{{QStringLiteral("limit"), 100}, {QStringLiteral("window"), 60}}}});
    QCOMPARE(patched.status, 200);
    QCOMPARE(patched.data().value(QLatin1String("name")).toString(),
             QStringLiteral("Backend (EU)"));
    QCOMPARE(patched.data()
                 .value(QLatin1String("restrictions"))
                 .toObject()
                 .value(QLatin1String("ip_allowlist"))
                 .toArray()
                 .first()
                 .toString(),
             QStringLiteral("10.0.0.0/8"));
    QCOMPARE(patched.data()
                 .value(QLatin1String("rate_limit"))
                 .toObject()
                 .value(QLatin1String("limit"))
                 .toInt(),
             100);

    // verify's answer follows an edit at once: it is made per cache entry, and an edit makes a
    // new entry.
    auto verifiedScopes = [&] {
        const HttpResult v = http.send(
            "POST", QStringLiteral("/v1/verify"),
            QJsonDocument(QJsonObject{{QStringLiteral("key"), QString::fromLatin1(secret)},
                                      {QStringLiteral("ip"), QStringLiteral("10.1.2.3")}})
                .toJson(),
            {}, false);
        return v.data().value(QLatin1String("scopes")).toArray();
    };
    QCOMPARE(verifiedScopes(), QJsonArray{QStringLiteral("service.forms.submit")});
    QCOMPARE(
        http.patch(QStringLiteral("/v1/api-keys/") + id,
                   {{QStringLiteral("scopes"), QJsonArray{QStringLiteral("service.forms.read")}}})
            .status,
        200);
    QCOMPARE(verifiedScopes(), QJsonArray{QStringLiteral("service.forms.read")});

    const HttpResult rolled = http.post(QStringLiteral("/v1/api-keys/%1/roll").arg(id),
                                        {{QStringLiteral("old_expires_in"), 3600}});
    QCOMPARE(rolled.status, 201);
    const QByteArray newSecret = rolled.data().value(QLatin1String("secret")).toString().toLatin1();
    QVERIFY(newSecret.startsWith("sk_test_") && newSecret != secret);
    QCOMPARE(http.get(QStringLiteral("/v1/api-keys/") + id)
                 .data()
                 .value(QLatin1String("status"))
                 .toString(),
             QStringLiteral("expiring"));
    // Both verify during the grace period.
    QCOMPARE(http.post(QStringLiteral("/v1/verify"),
                       {{QStringLiteral("key"), QString::fromLatin1(secret)},
                        {QStringLiteral("ip"), QStringLiteral("10.1.1.1")}})
                 .status,
             200);
    QCOMPARE(http.post(QStringLiteral("/v1/verify"),
                       {{QStringLiteral("key"), QString::fromLatin1(newSecret)},
                        {QStringLiteral("ip"), QStringLiteral("10.1.1.1")}})
                 .status,
             200);

    const HttpResult revoked = http.del(QStringLiteral("/v1/api-keys/") + id);
    QCOMPARE(revoked.status, 200);
    QCOMPARE(revoked.json.value(QLatin1String("message")).toString(),
             QStringLiteral("API key revoked successfully"));
    const HttpResult after = http.post(QStringLiteral("/v1/verify"),
                                       {{QStringLiteral("key"), QString::fromLatin1(secret)}});
    QCOMPARE(after.status, 401);
    QCOMPARE(after.code(), QStringLiteral("invalid_api_key"));
    QCOMPARE(http.get(QStringLiteral("/v1/api-keys/key_doesnotexist")).status, 404);
}

void TestLatchkeyd::listPaging()
{
    for (int i = 0; i < 7; ++i)
        createKey(secretKeyBody(QStringLiteral("Paged %1").arg(i),
                                {QStringLiteral("service.forms.read")}, QStringLiteral("live")));
    QStringList seen;
    QString after;
    int pages = 0;
    for (;;) {
        QString path = QStringLiteral("/v1/api-keys?environment=live&limit=3");
        if (!after.isEmpty())
            path += QStringLiteral("&starting_after=") + after;
        const HttpResult r = http.get(path);
        QCOMPARE(r.status, 200);
        ++pages;
        const QJsonArray items = r.json.value(QLatin1String("data")).toArray();
        for (const QJsonValue &v : items)
            seen << v.toObject().value(QLatin1String("name")).toString();
        if (!r.json.value(QLatin1String("has_more")).toBool())
            break;
        after = items.last().toObject().value(QLatin1String("id")).toString();
    }
    QCOMPARE(seen.size(), 7);
    QCOMPARE(pages, 3);
    QCOMPARE(seen.first(), QStringLiteral("Paged 6"));
    const HttpResult test = http.get(QStringLiteral("/v1/api-keys?type=secret"));
    for (const QJsonValue &v : test.json.value(QLatin1String("data")).toArray())
        QCOMPARE(v.toObject().value(QLatin1String("environment")).toString(),
                 QStringLiteral("test"));
}

void TestLatchkeyd::publicKeyAndSecretKeyOnTheManagementApi()
{
    QByteArray pk;
    const QJsonObject pub =
        createKey({{QStringLiteral("name"), QStringLiteral("Widget")},
                   {QStringLiteral("type"), QStringLiteral("public")},
                   {QStringLiteral("service_id"), QStringLiteral("forms")},
                   {QStringLiteral("scopes"), QJsonArray{QStringLiteral("service.forms.submit")}},
                   {QStringLiteral("allowed_origins"),
                    QJsonArray{QStringLiteral("https://shop.example.com")}}},
                  &pk);
    QVERIFY(pk.startsWith("pk_test_"));
    QCOMPARE(pub.value(QLatin1String("token")).toString(), QString::fromLatin1(pk));
    QCOMPARE(http.get(QStringLiteral("/v1/api-keys/") + pub.value(QLatin1String("id")).toString())
                 .data()
                 .value(QLatin1String("token"))
                 .toString(),
             QString::fromLatin1(pk));

    QByteArray manager;
    createKey(secretKeyBody(QStringLiteral("CI"),
                            {QStringLiteral("keys.read"), QStringLiteral("keys.write"),
                             QStringLiteral("service.forms.*")}),
              &manager);
    Http ci;
    ci.base = d.url;
    ci.token = manager;
    const HttpResult listed = ci.get(QStringLiteral("/v1/api-keys"));
    QCOMPARE(listed.status, 200);
    const HttpResult made =
        ci.post(QStringLiteral("/v1/api-keys"),
                secretKeyBody(QStringLiteral("from CI"), {QStringLiteral("service.forms.submit")}));
    QCOMPARE(made.status, 201);
    QCOMPARE(made.data().value(QLatin1String("created_by")).toString().left(8),
             QStringLiteral("sk_test_"));
    const HttpResult escalate =
        ci.post(QStringLiteral("/v1/api-keys"),
                secretKeyBody(QStringLiteral("more"), {QStringLiteral("service.bookings.read")}));
    QCOMPARE(escalate.status, 403);
    QCOMPARE(escalate.code(), QStringLiteral("scope_not_grantable"));
    const HttpResult live =
        ci.post(QStringLiteral("/v1/api-keys"),
                secretKeyBody(QStringLiteral("live"), {QStringLiteral("service.forms.submit")},
                              QStringLiteral("live")));
    QCOMPARE(live.status, 403);
    QCOMPARE(ci.get(QStringLiteral("/v1/webhook-endpoints")).code(),
             QStringLiteral("insufficient_scope"));
    Http widget;
    widget.base = d.url;
    widget.token = pk;
    QCOMPARE(widget.get(QStringLiteral("/v1/api-keys")).status, 403);
}

void TestLatchkeyd::verifyEveryOutcome_data()
{
    QTest::addColumn<QJsonObject>("request");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::newRow("no-key") << QJsonObject{{QStringLiteral("key"), QString()}} << 401
                            << "missing_authorization";
    QTest::newRow("malformed") << QJsonObject{{QStringLiteral("key"),
                                               QStringLiteral("sk_test_abc")}}
                               << 401 << "invalid_api_key";
    QTest::newRow("unknown") << QJsonObject{{QStringLiteral("key"),
                                             QString::fromLatin1(KeyText::generate(
                                                 KeyType::Secret, Environment::Test))}}
                             << 401 << "invalid_api_key";
    QTest::newRow("ok") << QJsonObject{{QStringLiteral("key"), QStringLiteral("$server")},
                                       {QStringLiteral("scope"),
                                        QStringLiteral("service.forms.submit")},
                                       {QStringLiteral("ip"), QStringLiteral("10.0.0.5")},
                                       {QStringLiteral("method"), QStringLiteral("POST")},
                                       {QStringLiteral("path"), QStringLiteral("/v1/forms/a")}}
                        << 200 << "";
    QTest::newRow("ip") << QJsonObject{{QStringLiteral("key"), QStringLiteral("$server")},
                                       {QStringLiteral("scope"),
                                        QStringLiteral("service.forms.submit")},
                                       {QStringLiteral("ip"), QStringLiteral("192.0.2.1")}}
                        << 403 << "ip_not_allowed";
    QTest::newRow("endpoint")
        << QJsonObject{{QStringLiteral("key"), QStringLiteral("$server")},
                       {QStringLiteral("scope"), QStringLiteral("service.forms.submit")},
                       {QStringLiteral("ip"), QStringLiteral("10.0.0.5")},
                       {QStringLiteral("method"), QStringLiteral("GET")},
                       {QStringLiteral("path"), QStringLiteral("/v1/forms/a")}}
        << 403 << "endpoint_not_allowed";
    QTest::newRow("scope") << QJsonObject{{QStringLiteral("key"), QStringLiteral("$server")},
                                          {QStringLiteral("scope"),
                                           QStringLiteral("service.forms.manage")},
                                          {QStringLiteral("ip"), QStringLiteral("10.0.0.5")},
                                          {QStringLiteral("method"), QStringLiteral("POST")},
                                          {QStringLiteral("path"), QStringLiteral("/v1/forms/a")}}
                           << 403 << "insufficient_scope";
    QTest::newRow("origin-missing")
        << QJsonObject{{QStringLiteral("key"), QStringLiteral("$widget")},
                       {QStringLiteral("scope"), QStringLiteral("service.forms.submit")}}
        << 403 << "origin_not_allowed";
    QTest::newRow("origin-ok")
        << QJsonObject{{QStringLiteral("key"), QStringLiteral("$widget")},
                       {QStringLiteral("scope"), QStringLiteral("service.forms.submit")},
                       {QStringLiteral("origin"), QStringLiteral("https://shop.example.com")}}
        << 200 << "";
    QTest::newRow("lapsed-live")
        << QJsonObject{{QStringLiteral("key"), QStringLiteral("$payments")},
                       {QStringLiteral("scope"), QStringLiteral("service.payments.read")}}
        << 402 << "service_inactive";
    QTest::newRow("revoked") << QJsonObject{{QStringLiteral("key"), QStringLiteral("$revoked")}}
                             << 401 << "invalid_api_key";
    QTest::newRow("rate") << QJsonObject{{QStringLiteral("key"), QStringLiteral("$limited")}} << 429
                          << "rate_limit_exceeded";
}

void TestLatchkeyd::verifyEveryOutcome()
{
    static QHash<QString, QByteArray> keys;
    if (keys.isEmpty()) {
        QByteArray k;
        QJsonObject server =
            secretKeyBody(QStringLiteral("server"), {QStringLiteral("service.forms.submit")},
                          QStringLiteral("live"));
        server.insert(
            QStringLiteral("restrictions"),
            QJsonObject{
                {QStringLiteral("ip_allowlist"), QJsonArray{QStringLiteral("10.0.0.0/8")}},
                {QStringLiteral("endpoints"), QJsonArray{QStringLiteral("POST /v1/forms/*")}}});
        createKey(server, &k);
        keys.insert(QStringLiteral("$server"), k);
        createKey({{QStringLiteral("name"), QStringLiteral("w")},
                   {QStringLiteral("type"), QStringLiteral("public")},
                   {QStringLiteral("environment"), QStringLiteral("live")},
                   {QStringLiteral("service_id"), QStringLiteral("forms")},
                   {QStringLiteral("scopes"), QJsonArray{QStringLiteral("service.forms.submit")}},
                   {QStringLiteral("allowed_origins"),
                    QJsonArray{QStringLiteral("https://shop.example.com")}}},
                  &k);
        keys.insert(QStringLiteral("$widget"), k);
        createKey(secretKeyBody(QStringLiteral("pay"), {QStringLiteral("service.payments.read")},
                                QStringLiteral("live")),
                  &k);
        keys.insert(QStringLiteral("$payments"), k);
        const QJsonObject r = createKey(
            secretKeyBody(QStringLiteral("gone"), {QStringLiteral("service.forms.read")}), &k);
        http.del(QStringLiteral("/v1/api-keys/") + r.value(QLatin1String("id")).toString());
        keys.insert(QStringLiteral("$revoked"), k);
        QJsonObject limited =
            secretKeyBody(QStringLiteral("limited"), {QStringLiteral("service.forms.read")});
        limited.insert(QStringLiteral("rate_limit"),
                       QJsonObject{{QStringLiteral("limit"), 1}, {QStringLiteral("window"), 3600}});
        createKey(limited, &k);
        keys.insert(QStringLiteral("$limited"), k);
        QCOMPARE(http.post(QStringLiteral("/v1/verify"),
                           {{QStringLiteral("key"), QString::fromLatin1(k)}})
                     .status,
                 200);
    }
    QFETCH(QJsonObject, request);
    QFETCH(int, status);
    QFETCH(QString, code);
    const QString key = request.value(QLatin1String("key")).toString();
    if (keys.contains(key))
        request.insert(QStringLiteral("key"), QString::fromLatin1(keys.value(key)));
    const HttpResult r =
        http.send("POST", QStringLiteral("/v1/verify"), QJsonDocument(request).toJson(), {}, false);
    QCOMPARE(r.status, status);
    if (status == 200) {
        const QJsonObject data = r.data();
        QCOMPARE(data.value(QLatin1String("valid")).toBool(), true);
        for (const char *f : {"key_id", "workspace_id", "environment", "type", "service_id",
                              "scopes", "expires_at"})
            QVERIFY2(data.contains(QLatin1String(f)), f);
        return;
    }
    QCOMPARE(r.json.value(QLatin1String("success")).toBool(true), false);
    QCOMPARE(r.code(), code);
    QVERIFY(!r.json.value(QLatin1String("error"))
                 .toObject()
                 .value(QLatin1String("message"))
                 .toString()
                 .isEmpty());
    if (code == QLatin1String("insufficient_scope"))
        QCOMPARE(r.json.value(QLatin1String("error"))
                     .toObject()
                     .value(QLatin1String("required_scope"))
                     .toString(),
                 QStringLiteral("service.forms.manage"));
    if (status == 429)
        QVERIFY(r.header("Retry-After").toInt() > 0);
}

void TestLatchkeyd::verifyAnswersRateLimitHeaders()
{
    QByteArray k;
    QJsonObject body =
        secretKeyBody(QStringLiteral("headers"), {QStringLiteral("service.forms.read")});
    body.insert(QStringLiteral("rate_limit"),
                QJsonObject{{QStringLiteral("limit"), 5}, {QStringLiteral("window"), 3600}});
    createKey(body, &k);
    for (int i = 0; i < 5; ++i) {
        const HttpResult r = http.post(QStringLiteral("/v1/verify"),
                                       {{QStringLiteral("key"), QString::fromLatin1(k)}});
        QCOMPARE(r.status, 200);
        QCOMPARE(r.header("X-RateLimit-Limit"), QByteArray("5"));
        QCOMPARE(r.header("X-RateLimit-Remaining").toInt(), 4 - i);
        QVERIFY(r.header("X-RateLimit-Reset").toLongLong() > QDateTime::currentSecsSinceEpoch());
    }
    const HttpResult over =
        http.post(QStringLiteral("/v1/verify"), {{QStringLiteral("key"), QString::fromLatin1(k)}});
    QCOMPARE(over.status, 429);
    QCOMPARE(over.header("X-RateLimit-Remaining"), QByteArray("0"));
    QVERIFY(over.header("Retry-After").toInt() >= 1);
}

void TestLatchkeyd::usageCountsVerifiesPerDay()
{
    // Allowed and refused verifies are counted per day and code, and the key's details name
    // the address of its last use; GET …/usage answers at once (the instance writes what it
    // counted before reading).
    QByteArray k;
    QJsonObject body =
        secretKeyBody(QStringLiteral("counted"), {QStringLiteral("service.forms.read")});
    body.insert(QStringLiteral("rate_limit"),
                QJsonObject{{QStringLiteral("limit"), 3}, {QStringLiteral("window"), 3600}});
    const QString id = createKey(body, &k).value(QLatin1String("id")).toString();
    auto verify = [&](const QString &scope) {
        return http
            .post(QStringLiteral("/v1/verify"),
                  {{QStringLiteral("key"), QString::fromLatin1(k)},
                   {QStringLiteral("scope"), scope},
                   {QStringLiteral("ip"), QStringLiteral("192.0.2.44")}})
            .status;
    };
    QCOMPARE(verify(QStringLiteral("service.forms.export")), 403);
    for (int i = 0; i < 3; ++i)
        QCOMPARE(verify(QStringLiteral("service.forms.read")), 200);
    QCOMPARE(verify(QStringLiteral("service.forms.read")), 429);

    const HttpResult usage = http.get(QStringLiteral("/v1/api-keys/%1/usage?days=7").arg(id));
    QCOMPARE(usage.status, 200);
    const QJsonObject d = usage.data();
    QCOMPARE(d.value(QLatin1String("object")).toString(), QStringLiteral("key_usage"));
    QCOMPARE(d.value(QLatin1String("key_id")).toString(), id);
    const QJsonArray days = d.value(QLatin1String("days")).toArray();
    QCOMPARE(days.size(), 7);
    const QJsonObject today = days.last().toObject();
    QCOMPARE(today.value(QLatin1String("date")).toString(),
             QDateTime::currentDateTimeUtc().date().toString(Qt::ISODate));
    QCOMPARE(today.value(QLatin1String("allowed")).toInt(), 3);
    const QJsonObject refused = today.value(QLatin1String("refused")).toObject();
    QCOMPARE(refused.value(QLatin1String("insufficient_scope")).toInt(), 1);
    QCOMPARE(refused.value(QLatin1String("rate_limit_exceeded")).toInt(), 1);
    QCOMPARE(refused.size(), 2);
    QCOMPARE(days.first().toObject().value(QLatin1String("allowed")).toInt(), 0);
    QCOMPARE(http.get(QStringLiteral("/v1/api-keys/") + id)
                 .data()
                 .value(QLatin1String("last_used_ip"))
                 .toString(),
             QStringLiteral("192.0.2.44"));
    // 30 days unless asked; a bad count is named.
    QCOMPARE(http.get(QStringLiteral("/v1/api-keys/%1/usage").arg(id))
                 .data()
                 .value(QLatin1String("days"))
                 .toArray()
                 .size(),
             30);
    for (const char *bad : {"0", "91", "seven"}) {
        const HttpResult r =
            http.get(QStringLiteral("/v1/api-keys/%1/usage?days=%2").arg(id, QLatin1String(bad)));
        QCOMPARE(r.status, 400);
        QCOMPARE(r.json.value(QLatin1String("error")).toObject().value(QLatin1String("param")),
                 QJsonValue(QStringLiteral("days")));
    }
    QCOMPARE(http.get(QStringLiteral("/v1/api-keys/key_doesnotexist/usage")).status, 404);
}

void TestLatchkeyd::forwardAuth_data()
{
    QTest::addColumn<QByteArray>("authorization");
    QTest::addColumn<QByteArray>("scope");
    QTest::addColumn<QByteArray>("forwardedFor");
    QTest::addColumn<int>("status");
    QTest::newRow("ok-bearer") << QByteArray("Bearer $k") << QByteArray("service.bookings.read")
                               << QByteArray() << 204;
    QTest::newRow("ok-bare") << QByteArray("$k") << QByteArray("service.bookings.read")
                             << QByteArray() << 204;
    QTest::newRow("missing") << QByteArray() << QByteArray("service.bookings.read") << QByteArray()
                             << 401;
    QTest::newRow("scope") << QByteArray("Bearer $k") << QByteArray("service.bookings.manage")
                           << QByteArray() << 403;
    QTest::newRow("xff-last-wins")
        << QByteArray("Bearer $ipk") << QByteArray() << QByteArray("10.0.0.1, 192.0.2.7") << 403;
    QTest::newRow("xff-ok") << QByteArray("Bearer $ipk") << QByteArray()
                            << QByteArray("192.0.2.7, 10.0.0.1") << 204;
    // The gateway's configuration names no scope at all: 400, the code also in a header.
    QTest::newRow("bad-scope") << QByteArray("Bearer $k") << QByteArray("not a scope!")
                               << QByteArray() << 400;
}

void TestLatchkeyd::forwardAuth()
{
    static QByteArray k, ipk;
    if (k.isEmpty()) {
        createKey(secretKeyBody(QStringLiteral("fa"), {QStringLiteral("service.bookings.read")}),
                  &k);
        QJsonObject b =
            secretKeyBody(QStringLiteral("fa-ip"), {QStringLiteral("service.bookings.read")});
        b.insert(QStringLiteral("restrictions"),
                 QJsonObject{
                     {QStringLiteral("ip_allowlist"), QJsonArray{QStringLiteral("10.0.0.0/8")}}});
        createKey(b, &ipk);
    }
    QFETCH(QByteArray, authorization);
    QFETCH(QByteArray, scope);
    QFETCH(QByteArray, forwardedFor);
    QFETCH(int, status);
    authorization.replace("$ipk", ipk).replace("$k", k);
    QList<std::pair<QByteArray, QByteArray>> headers;
    if (!authorization.isEmpty())
        headers.append({QByteArray("Authorization"), authorization});
    if (!scope.isEmpty())
        headers.append({QByteArray("X-Required-Scope"), scope});
    if (!forwardedFor.isEmpty())
        headers.append({QByteArray("X-Forwarded-For"), forwardedFor});
    headers.append({QByteArray("X-Original-Method"), QByteArray("GET")});
    headers.append({QByteArray("X-Original-URI"), QByteArray("/bookings?x=1")});
    const HttpResult r = http.send("GET", QStringLiteral("/v1/auth"), {}, headers, false);
    QCOMPARE(r.status, status);
    if (status == 204) {
        // These keys have no rate limit: never throttled, and no X-RateLimit-* to answer.
        QVERIFY(r.header("X-RateLimit-Limit").isEmpty());
        QVERIFY(r.header("X-RateLimit-Remaining").isEmpty());
        QVERIFY(r.header("Latchkey-Key-Id").startsWith("key_"));
        QVERIFY(r.header("Latchkey-Workspace").startsWith("ws_"));
        QCOMPARE(r.header("Latchkey-Environment"), QByteArray("test"));
        QVERIFY(r.body.isEmpty());
    } else {
        QCOMPARE(r.json.value(QLatin1String("success")).toBool(true), false);
        // nginx's auth_request drops the body: the code travels in a header too.
        QCOMPARE(r.header("Latchkey-Error-Code"), r.code().toLatin1());
    }
}

void TestLatchkeyd::forwardedForOverSeveralLines()
{
    // Repeated header lines are one list (RFC 9110 §5.3): the right-most entry over all lines
    // decides, never the first line, which a client may have sent itself.
    QByteArray key;
    QJsonObject b = secretKeyBody(QStringLiteral("xff"), {QStringLiteral("service.bookings.read")});
    b.insert(
        QStringLiteral("restrictions"),
        QJsonObject{{QStringLiteral("ip_allowlist"), QJsonArray{QStringLiteral("203.0.113.7")}}});
    createKey(b, &key);
    QVERIFY(!key.isEmpty());
    auto ask = [&](const QByteArray &lines) {
        return rawExchange(QUrl(http.base),
                           "GET /v1/auth HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + key +
                               "\r\n" + lines + "\r\n")
            .status;
    };
    QCOMPARE(ask("X-Forwarded-For: 203.0.113.7\r\nX-Forwarded-For: 198.51.100.1\r\n"), 403);
    QCOMPARE(ask("X-Forwarded-For: 198.51.100.1\r\nX-Forwarded-For: 10.9.9.9, 203.0.113.7\r\n"),
             204);
    QCOMPARE(ask("X-Forwarded-For: 203.0.113.7\r\n"), 204);
}

void TestLatchkeyd::webhooksDeliverSignedPings()
{
    // Deliveries to this machine need the operator's --allow-loopback-webhooks: a second
    // latchkeyd on the same store, where the session is valid too.
    Latchkeyd dev(d.storeUrl);
    QVERIFY2(dev.start({QStringLiteral("--allow-loopback-webhooks")}), dev.logs().constData());
    Http http;
    http.base = dev.url;
    http.token = this->http.token;
    Receiver receiver;
    const HttpResult created =
        http.post(QStringLiteral("/v1/webhook-endpoints"),
                  {{QStringLiteral("url"), receiver.url()},
                   {QStringLiteral("description"), QStringLiteral("local")}});
    QCOMPARE(created.status, 201);
    const QString id = created.data().value(QLatin1String("id")).toString();
    const QByteArray secret1 = created.data().value(QLatin1String("secret")).toString().toLatin1();
    QVERIFY(secret1.startsWith("whsec_"));
    QVERIFY(!http.get(QStringLiteral("/v1/webhook-endpoints/") + id).body.contains(secret1));

    HttpResult test = http.post(QStringLiteral("/v1/webhook-endpoints/%1/test").arg(id), {});
    QCOMPARE(test.status, 200);
    QCOMPARE(test.data().value(QLatin1String("delivered")).toBool(), true);
    QCOMPARE(test.data().value(QLatin1String("status")).toInt(), 200);
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    QVERIFY2(WebhookService::verifySignature(receiver.header("Latchkey-Signature"), receiver.body(),
                                             secret1, now),
             receiver.request.constData());
    QVERIFY(receiver.body().contains("\"type\":\"ping\""));
    QVERIFY2(receiver.request.startsWith("POST /hook HTTP/1.1\r\n"), receiver.request.constData());
    QCOMPARE(receiver.header("Host"),
             QByteArray("127.0.0.1:") + QByteArray::number(receiver.server.serverPort()));

    const HttpResult rotated =
        http.post(QStringLiteral("/v1/webhook-endpoints/%1/rotate-secret").arg(id), {});
    QCOMPARE(rotated.status, 200);
    const QByteArray secret2 = rotated.data().value(QLatin1String("secret")).toString().toLatin1();
    QVERIFY(secret2.startsWith("whsec_") && secret2 != secret1);
    receiver.request.clear();
    receiver.answerStatus = 500;
    test = http.post(QStringLiteral("/v1/webhook-endpoints/%1/test").arg(id), {});
    QCOMPARE(test.data().value(QLatin1String("delivered")).toBool(), false);
    QCOMPARE(test.data().value(QLatin1String("status")).toInt(), 500);
    const QByteArray sig = receiver.header("Latchkey-Signature");
    QCOMPARE(sig.count("v1="), 2);
    QVERIFY(WebhookService::verifySignature(sig, receiver.body(), secret1, now));
    QVERIFY(WebhookService::verifySignature(sig, receiver.body(), secret2, now));

    const HttpResult listed = http.get(QStringLiteral("/v1/webhook-endpoints"));
    QCOMPARE(listed.json.value(QLatin1String("data")).toArray().size(), 1);
    QCOMPARE(http.del(QStringLiteral("/v1/webhook-endpoints/") + id).status, 200);
    QCOMPARE(http.get(QStringLiteral("/v1/webhook-endpoints/") + id).status, 404);
    const HttpResult liveLoopback =
        http.post(QStringLiteral("/v1/webhook-endpoints"),
                  {{QStringLiteral("url"), QStringLiteral("https://127.0.0.1/x")},
                   {QStringLiteral("environment"), QStringLiteral("live")}});
    QCOMPARE(liveLoopback.status, 400);
    QCOMPARE(liveLoopback.param(), QStringLiteral("url"));

    // By name: resolved once, each address checked, the connection pinned to a checked one,
    // and the name kept for the Host header.
    {
        Receiver byName;
        const HttpResult ep = http.post(
            QStringLiteral("/v1/webhook-endpoints"),
            {{QStringLiteral("url"),
              QStringLiteral("http://localhost:%1/by-name").arg(byName.server.serverPort())}});
        QCOMPARE(ep.status, 201);
        const HttpResult r = http.post(QStringLiteral("/v1/webhook-endpoints/%1/test")
                                           .arg(ep.data().value(QLatin1String("id")).toString()),
                                       {});
        QCOMPARE(r.data().value(QLatin1String("delivered")), QJsonValue(true));
        QCOMPARE(byName.header("Host"),
                 QByteArray("localhost:") + QByteArray::number(byName.server.serverPort()));
        QVERIFY(byName.request.startsWith("POST /by-name HTTP/1.1\r\n"));
    }

    // A closed port, and a port that speaks something else than HTTP: the same answer, which
    // says only "not delivered" (no error text to tell them apart).
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
    const quint16 closedPort = closed.serverPort();
    closed.close();
    QTcpServer chatty;
    QVERIFY(chatty.listen(QHostAddress::LocalHost, 0));
    connect(&chatty, &QTcpServer::newConnection, &chatty, [&chatty] {
        QTcpSocket *s = chatty.nextPendingConnection();
        s->write("SSH-2.0-OpenSSH_9.6\r\n");
        s->disconnectFromHost();
    });
    for (const quint16 port : {closedPort, chatty.serverPort()}) {
        const HttpResult ep = http.post(
            QStringLiteral("/v1/webhook-endpoints"),
            {{QStringLiteral("url"), QStringLiteral("http://127.0.0.1:%1/hook").arg(port)}});
        QCOMPARE(ep.status, 201);
        const HttpResult r = http.post(QStringLiteral("/v1/webhook-endpoints/%1/test")
                                           .arg(ep.data().value(QLatin1String("id")).toString()),
                                       {});
        QCOMPARE(r.status, 200);
        QStringList keys = r.data().keys();
        keys.sort();
        QCOMPARE(keys, (QStringList{QStringLiteral("delivered"), QStringLiteral("duration_ms"),
                                    QStringLiteral("status")}));
        QCOMPARE(r.data().value(QLatin1String("delivered")), QJsonValue(false));
        QCOMPARE(r.data().value(QLatin1String("status")), QJsonValue(QJsonValue::Null));
    }
}

// The security finding: without --allow-loopback-webhooks, no tenant makes the server call
// this machine or an internal network, in either environment, at creation or at delivery.
void TestLatchkeyd::webhooksRefuseInternalTargets()
{
    Receiver receiver; // what nothing may reach
    const QString port = QString::number(receiver.server.serverPort());
    const QList<std::pair<QString, QString>> cases = {
        {receiver.url(), QStringLiteral("test")},
        {QStringLiteral("http://localhost:%1/hook").arg(port), QStringLiteral("test")},
        {QStringLiteral("https://127.0.0.1:%1/hook").arg(port), QStringLiteral("test")},
        {QStringLiteral("https://10.0.0.1/"), QStringLiteral("test")},
        {QStringLiteral("https://169.254.169.254/"), QStringLiteral("test")},
        {QStringLiteral("https://[fd00::1]/"), QStringLiteral("test")},
        {QStringLiteral("https://2130706433:%1/").arg(port), QStringLiteral("test")},
        {QStringLiteral("https://0x7f.1:%1/").arg(port), QStringLiteral("test")},
        {QStringLiteral("https://[::127.0.0.1]/"), QStringLiteral("live")},
        {QStringLiteral("https://[2002:7f00:1::]/"), QStringLiteral("live")},
        {QStringLiteral("https://[::ffff:127.0.0.1]:%1/").arg(port), QStringLiteral("live")},
    };
    for (const auto &[url, env] : cases) {
        const HttpResult r =
            http.post(QStringLiteral("/v1/webhook-endpoints"),
                      {{QStringLiteral("url"), url}, {QStringLiteral("environment"), env}});
        QVERIFY2(r.status == 400, qPrintable(QStringLiteral("%1 (%2) answered %3: %4")
                                                 .arg(url, env)
                                                 .arg(r.status)
                                                 .arg(QString::fromUtf8(r.body))));
        QCOMPARE(r.code(), QStringLiteral("invalid_request"));
        QCOMPARE(r.param(), QStringLiteral("url"));
    }

    // An endpoint stored before the rule (written straight into the store): refused at
    // delivery, and the answer does not say why.
    auto store = SqlStore::open(d.storeUrl);
    QVERIFY2(store.ok(), qPrintable(store.ok() ? QString() : store.error().message));
    const HttpResult workspaces = http.get(QStringLiteral("/v1/workspaces"));
    WebhookEndpointRecord legacy;
    legacy.id = QStringLiteral("we_legacyloopback");
    legacy.workspaceId = workspaces.json.value(QLatin1String("data"))
                             .toArray()
                             .first()
                             .toObject()
                             .value(QLatin1String("id"))
                             .toString();
    legacy.environment = Environment::Test;
    legacy.url = receiver.url();
    legacy.createdAt = QDateTime::currentMSecsSinceEpoch();
    legacy.createdBy = kEmail;
    QVERIFY((*store)->insertEndpoint(legacy).ok());
    const HttpResult r =
        http.post(QStringLiteral("/v1/webhook-endpoints/%1/test").arg(legacy.id), {});
    QCOMPARE(r.status, 200);
    QVERIFY2(!r.data().contains(QLatin1String("error")), r.body.constData());
    QCOMPARE(r.data().value(QLatin1String("delivered")), QJsonValue(false));
    QCOMPARE(r.data().value(QLatin1String("status")), QJsonValue(QJsonValue::Null));
    QTest::qWait(200);
    QVERIFY2(receiver.request.isEmpty(), receiver.request.constData());
    QCOMPARE(http.del(QStringLiteral("/v1/webhook-endpoints/") + legacy.id).status, 200);
}

// https deliveries verify the receiver's certificate against the CA store (here: a file named
// by SSL_CERT_FILE, which OpenSSL's default paths honour) and the URL's host name. The
// receiver is a real TLS server: another latchkeyd, whose 404 shows the POST got through.
void TestLatchkeyd::webhooksOverTlsCheckTheCertificate()
{
    QTemporaryDir certDir;
    const QString certPath = certDir.filePath(QStringLiteral("cert.pem"));
    const QString keyPath = certDir.filePath(QStringLiteral("key.pem"));
    const QString failure = makeSelfSignedCertificate(certDir.path(), QStringLiteral("localhost"));
    QVERIFY2(failure.isEmpty(), qPrintable(failure));

    Latchkeyd receiver;
    QVERIFY2(receiver.start({QStringLiteral("--tls-cert"), certPath, QStringLiteral("--tls-key"),
                             keyPath, QStringLiteral("--log-format"), QStringLiteral("json")}),
             receiver.logs().constData());
    const int port = QUrl(receiver.url).port();

    const auto deliver = [&](bool trustTheCertificate, const QString &url) -> QJsonValue {
        Latchkeyd sender(d.storeUrl);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        if (trustTheCertificate)
            env.insert(QStringLiteral("SSL_CERT_FILE"), certPath);
        else
            env.insert(QStringLiteral("SSL_CERT_FILE"), certDir.filePath(QStringLiteral("none")));
        env.insert(QStringLiteral("SSL_CERT_DIR"), certDir.filePath(QStringLiteral("none")));
        sender.process.setProcessEnvironment(env);
        if (!sender.start({QStringLiteral("--allow-loopback-webhooks")}))
            return QStringLiteral("cannot start: ") + QString::fromUtf8(sender.logs());
        Http h;
        h.base = sender.url;
        h.token = http.token;
        const HttpResult ep =
            h.post(QStringLiteral("/v1/webhook-endpoints"), {{QStringLiteral("url"), url}});
        if (ep.status != 201)
            return QString::fromUtf8(ep.body);
        const HttpResult r = h.post(QStringLiteral("/v1/webhook-endpoints/%1/test")
                                        .arg(ep.data().value(QLatin1String("id")).toString()),
                                    {});
        (void)h.del(QStringLiteral("/v1/webhook-endpoints/") +
                    ep.data().value(QLatin1String("id")).toString());
        return r.data().value(QLatin1String("status"));
    };
    const QString byName = QStringLiteral("https://localhost:%1/hook").arg(port);
    const QString byAddress = QStringLiteral("https://127.0.0.1:%1/hook").arg(port);
    QCOMPARE(deliver(true, byName), QJsonValue(404)); // trusted, and the name matches
    QCOMPARE(deliver(true, byAddress), QJsonValue(QJsonValue::Null)); // no IP in the certificate
    QCOMPARE(deliver(false, byName), QJsonValue(QJsonValue::Null));   // a CA nobody trusts
    QVERIFY2(receiver.logs().contains("\"path\":\"/hook\""), receiver.logs().constData());
}

void TestLatchkeyd::auditEvents()
{
    const HttpResult r = http.get(QStringLiteral("/v1/audit-events?limit=100"));
    QCOMPARE(r.status, 200);
    QStringList actions;
    for (const QJsonValue &v : r.json.value(QLatin1String("data")).toArray())
        actions << v.toObject().value(QLatin1String("action")).toString();
    QVERIFY(actions.contains(QStringLiteral("api_key.created")));
    QVERIFY(actions.contains(QStringLiteral("api_key.revoked")));
    QVERIFY(actions.contains(QStringLiteral("api_key.rolled")));
    QVERIFY(actions.contains(QStringLiteral("session.created")));
    QVERIFY(actions.contains(QStringLiteral("webhook_endpoint.secret_rotated")));
    QVERIFY(!r.body.contains("sk_test_") || !r.body.contains("whsec_"));
}

void TestLatchkeyd::keyListFiltersAndSortsInTheStore()
{
    // GET /v1/api-keys?status=&sort=&created_lt= (issue 15): the store filters and orders the
    // whole list and keyset paging follows that order.
    QStringList made;
    for (const QString &name :
         {QStringLiteral("Sort zulu"), QStringLiteral("sort Alpha"), QStringLiteral("Sort mike")}) {
        const QString id = createKey(secretKeyBody(name, {QStringLiteral("service.forms.submit")}))
                               .value(QLatin1String("id"))
                               .toString();
        QVERIFY(!id.isEmpty());
        made << id;
    }
    QCOMPARE(http.send("DELETE", QStringLiteral("/v1/api-keys/") + made.at(2)).status, 200);
    const auto names = [&](const QString &query, bool *hasMore = nullptr, QString *last = nullptr) {
        const HttpResult r = http.get(QStringLiteral("/v1/api-keys?search=sort&") + query);
        QStringList out;
        if (r.status != 200)
            return QStringList{QString::number(r.status) + QString::fromUtf8(r.body)};
        const QJsonArray data = r.json.value(QLatin1String("data")).toArray();
        for (qsizetype i = 0; i < data.size(); ++i)
            out << data.at(i).toObject().value(QLatin1String("name")).toString();
        if (hasMore)
            *hasMore = r.json.value(QLatin1String("has_more")).toBool();
        if (last && !data.isEmpty())
            *last = data.last().toObject().value(QLatin1String("id")).toString();
        return out;
    };
    QCOMPARE(names(QStringLiteral("sort=name")),
             (QStringList{QStringLiteral("sort Alpha"), QStringLiteral("Sort zulu")}));
    QCOMPARE(names(QStringLiteral("sort=-name&include_revoked=true")),
             (QStringList{QStringLiteral("Sort zulu"), QStringLiteral("Sort mike"),
                          QStringLiteral("sort Alpha")}));
    bool more = false;
    QString last;
    QCOMPARE(names(QStringLiteral("sort=name&status=active,revoked&limit=2"), &more, &last),
             (QStringList{QStringLiteral("sort Alpha"), QStringLiteral("Sort mike")}));
    QVERIFY(more);
    QCOMPARE(names(QStringLiteral("sort=name&status=active,revoked&limit=2&starting_after=") + last,
                   &more),
             QStringList{QStringLiteral("Sort zulu")});
    QVERIFY(!more);
    QCOMPARE(names(QStringLiteral("status=revoked")), QStringList{QStringLiteral("Sort mike")});
    QCOMPARE(names(QStringLiteral("status=expiring")), QStringList{});
    QCOMPARE(names(QStringLiteral("created_lt=2000-01-01T00:00:00Z")), QStringList{});
    QCOMPARE(names(QStringLiteral("created_lt=2999-01-01T00:00:00Z&sort=created")),
             (QStringList{QStringLiteral("Sort zulu"), QStringLiteral("sort Alpha")}));
}

void TestLatchkeyd::auditEventFilters()
{
    // GET /v1/audit-events?actor=&action=&target=&created_gte=&created_lte= (issue 15): the
    // store narrows the log; paging stays within the filters; bad values name their param.
    const QString id = createKey(secretKeyBody(QStringLiteral("Filtered"),
                                               {QStringLiteral("service.forms.submit")}))
                           .value(QLatin1String("id"))
                           .toString();
    QCOMPARE(http.patch(QStringLiteral("/v1/api-keys/") + id,
                        {{QStringLiteral("name"), QStringLiteral("Filtered again")}})
                 .status,
             200);
    QCOMPARE(http.send("DELETE", QStringLiteral("/v1/api-keys/") + id).status, 200);
    const auto events = [&](const QString &query) {
        const HttpResult r = http.get(QStringLiteral("/v1/audit-events?limit=100&") + query);
        QList<QJsonObject> out;
        if (r.status != 200)
            qWarning("audit filter %s: %s", qPrintable(query), r.body.constData());
        for (const QJsonValue &v : r.json.value(QLatin1String("data")).toArray())
            out << v.toObject();
        return out;
    };
    const auto field = [](const QList<QJsonObject> &list, const char *name) {
        QStringList out;
        for (const QJsonObject &o : list)
            out << o.value(QLatin1String(name)).toString();
        return out;
    };

    // target: exactly this key's three events, newest first, each naming the key and its type.
    const QList<QJsonObject> ofKey = events(QStringLiteral("target=") + id);
    QCOMPARE(field(ofKey, "action"),
             QStringList({QStringLiteral("api_key.revoked"), QStringLiteral("api_key.updated"),
                          QStringLiteral("api_key.created")}));
    for (const QJsonObject &e : ofKey) {
        const QJsonObject details = e.value(QLatin1String("details")).toObject();
        QVERIFY(!details.value(QLatin1String("name")).toString().isEmpty());
        QCOMPARE(details.value(QLatin1String("type")).toString(), QStringLiteral("secret"));
    }
    // action: one action, and a family.
    const QList<QJsonObject> revoked = events(QStringLiteral("action=api_key.revoked"));
    QVERIFY(!revoked.isEmpty());
    QVERIFY(field(revoked, "action").count(QStringLiteral("api_key.revoked")) == revoked.size());
    const QList<QJsonObject> keyEvents = events(QStringLiteral("action=api_key.*"));
    QVERIFY(keyEvents.size() > revoked.size());
    for (const QString &a : field(keyEvents, "action"))
        QVERIFY2(a.startsWith(QLatin1String("api_key.")), qPrintable(a));
    // action and target together.
    QCOMPARE(events(QStringLiteral("action=api_key.updated&target=") + id).size(), 1);
    // actor, without case; someone who never acted has no events.
    const QList<QJsonObject> mine = events(QStringLiteral("actor=OWNER%40ACME.TEST"));
    QVERIFY(!mine.isEmpty());
    QCOMPARE(field(mine, "actor").count(kEmail), mine.size());
    QVERIFY(events(QStringLiteral("actor=nobody%40acme.test")).isEmpty());
    // created_gte / created_lte, RFC 3339 with an offset.
    const QString created = ofKey.last().value(QLatin1String("created_at")).toString();
    QVERIFY(events(QStringLiteral("target=%1&created_gte=2999-01-01T00:00:00Z").arg(id)).isEmpty());
    QVERIFY(events(QStringLiteral("target=%1&created_lte=2000-01-01T00:00:00Z").arg(id)).isEmpty());
    QCOMPARE(events(QStringLiteral("target=%1&created_gte=%2").arg(id, created) +
                    QStringLiteral("&created_lte=2999-01-01T01:00:00%2B01:00"))
                 .size(),
             3);
    // Paging within a filter: limit=1, then starting_after, walks the same three events.
    QStringList walked;
    QString after;
    for (int i = 0; i < 5; ++i) {
        const HttpResult r = http.get(
            QStringLiteral("/v1/audit-events?limit=1&target=%1%2")
                .arg(id, after.isEmpty() ? QString() : QStringLiteral("&starting_after=") + after));
        QCOMPARE(r.status, 200);
        const QJsonArray data = r.json.value(QLatin1String("data")).toArray();
        QCOMPARE(data.size(), 1);
        walked << data.first().toObject().value(QLatin1String("action")).toString();
        after = data.first().toObject().value(QLatin1String("id")).toString();
        if (!r.json.value(QLatin1String("has_more")).toBool())
            break;
    }
    QCOMPARE(walked, field(ofKey, "action"));

    // Bad values: 400 invalid_request naming the param.
    const QList<std::pair<QString, QString>> bad{
        {QStringLiteral("action=api_key.%25"), QStringLiteral("action")},
        {QStringLiteral("action=API_KEY.created"), QStringLiteral("action")},
        {QStringLiteral("action=*"), QStringLiteral("action")},
        {QStringLiteral("target=key_x%27%20OR%201=1"), QStringLiteral("target")},
        {QStringLiteral("actor=a%0Ab"), QStringLiteral("actor")},
        {QStringLiteral("created_gte=yesterday"), QStringLiteral("created_gte")},
        {QStringLiteral("created_lte=2026-01-01T00:00:00"), QStringLiteral("created_lte")},
        {QStringLiteral("created_gte=2026-02-01T00:00:00Z&created_lte=2026-01-01T00:00:00Z"),
         QStringLiteral("created_lte")}};
    for (const auto &[query, param] : bad) {
        const HttpResult r = http.get(QStringLiteral("/v1/audit-events?") + query);
        QCOMPARE(r.status, 400);
        const QJsonObject error = r.json.value(QLatin1String("error")).toObject();
        QCOMPARE(error.value(QLatin1String("code")).toString(), QStringLiteral("invalid_request"));
        QCOMPARE(error.value(QLatin1String("param")).toString(), param);
        QVERIFY(!error.value(QLatin1String("message")).toString().isEmpty());
    }
}

namespace {
/// Every audit event the caller's workspace has, newest first, over every page.
QList<QJsonObject> allAuditEvents(Http &h)
{
    QList<QJsonObject> out;
    QString after;
    for (int page = 0; page < 100; ++page) {
        const HttpResult r =
            h.get(QStringLiteral("/v1/audit-events?limit=100") +
                  (after.isEmpty() ? QString() : QStringLiteral("&starting_after=") + after));
        if (r.status != 200) {
            qWarning("audit page: %s", r.body.constData());
            return {};
        }
        for (const QJsonValue &v : r.json.value(QLatin1String("data")).toArray())
            out << v.toObject();
        if (!r.json.value(QLatin1String("has_more")).toBool() || out.isEmpty())
            break;
        after = out.last().value(QLatin1String("id")).toString();
    }
    return out;
}

/// The events' seq, oldest first.
QList<qint64> seqs(const QList<QJsonObject> &events)
{
    QList<qint64> out;
    for (const QJsonObject &e : events)
        out.prepend(e.value(QLatin1String("seq")).toInteger());
    return out;
}

QList<qint64> oneTo(qint64 n)
{
    QList<qint64> out;
    for (qint64 i = 1; i <= n; ++i)
        out << i;
    return out;
}
} // namespace

void TestLatchkeyd::auditChainIsPerWorkspace()
{
    // A second tenant on the same server, busier than this one.
    QByteArray out;
    const QString otherEmail = QStringLiteral("owner@globex.test");
    QCOMPARE(d.init(otherEmail, kPassword, &out,
                    {QStringLiteral("--workspace"), QStringLiteral("Globex")}),
             0);
    QVERIFY2(out.contains("Created workspace \"Globex\""), out.constData());
    Http other;
    other.base = d.url;
    const HttpResult signedIn =
        other.post(QStringLiteral("/v1/sessions"),
                   {{QStringLiteral("email"), otherEmail},
                    {QStringLiteral("password"), QString::fromUtf8(kPassword)}});
    QCOMPARE(signedIn.status, 200);
    other.token = signedIn.data().value(QLatin1String("token")).toString().toLatin1();
    constexpr int kOtherKeys = 25;
    for (int i = 0; i < kOtherKeys; ++i)
        QCOMPARE(other
                     .post(QStringLiteral("/v1/api-keys"),
                           secretKeyBody(QStringLiteral("globex %1").arg(i),
                                         {QStringLiteral("service.forms.submit")}))
                     .status,
                 201);
    // This workspace acts once more after them.
    QVERIFY(!createKey(secretKeyBody(QStringLiteral("after the other tenant"),
                                     {QStringLiteral("service.forms.submit")}))
                 .isEmpty());

    // This workspace's check counts its own events only, and its events are numbered 1…n.
    const QList<QJsonObject> mine = allAuditEvents(http);
    QVERIFY(!mine.isEmpty());
    for (const QJsonObject &e : mine)
        QVERIFY2(!QJsonDocument(e).toJson().contains("globex"),
                 QJsonDocument(e).toJson().constData());
    const HttpResult chain = http.get(QStringLiteral("/v1/audit-events/verify"));
    QCOMPARE(chain.status, 200);
    QVERIFY2(chain.data().value(QLatin1String("intact")).toBool(), chain.body.constData());
    QCOMPARE(chain.data().value(QLatin1String("checked")).toInteger(), qint64(mine.size()));
    QVERIFY2(!chain.data().contains(QLatin1String("first_broken")), chain.body.constData());
    QCOMPARE(seqs(mine), oneTo(mine.size()));

    // The other workspace's likewise: its creation, its sign-in and its keys.
    const QList<QJsonObject> theirs = allAuditEvents(other);
    QCOMPARE(theirs.size(), 2 + kOtherKeys);
    const HttpResult otherChain = other.get(QStringLiteral("/v1/audit-events/verify"));
    QCOMPARE(otherChain.status, 200);
    QVERIFY2(otherChain.data().value(QLatin1String("intact")).toBool(),
             otherChain.body.constData());
    QCOMPARE(otherChain.data().value(QLatin1String("checked")).toInteger(), qint64(theirs.size()));
    QCOMPARE(seqs(theirs), oneTo(theirs.size()));
    // Its first record links to the genesis hash, not to this workspace's last record.
    QCOMPARE(theirs.last().value(QLatin1String("prev_hash")).toString(), QString(64, u'0'));

    // A cursor from the other workspace is no cursor here.
    const HttpResult foreignCursor = http.get(QStringLiteral("/v1/audit-events?starting_after=") +
                                              theirs.first().value(QLatin1String("id")).toString());
    QCOMPARE(foreignCursor.status, 400);
    QCOMPARE(foreignCursor.param(), QStringLiteral("starting_after"));

    // Someone with the file rewrites the other workspace's record 3: its check names that
    // record, and this workspace's chain is still intact.
    const QString evil = QStringLiteral("evil");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), evil);
        db.setDatabaseName(d.dir.filePath(QStringLiteral("latchkey.db")));
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("DROP TRIGGER audit_events_no_update")));
        QVERIFY(q.exec(QStringLiteral("UPDATE audit_events SET actor = 'mallory' WHERE "
                                      "ws_seq = 3 AND workspace_id = (SELECT workspace_id FROM "
                                      "audit_events WHERE id = '%1')")
                           .arg(theirs.first().value(QLatin1String("id")).toString())));
        QCOMPARE(q.numRowsAffected(), 1);
    }
    QSqlDatabase::removeDatabase(evil);
    const HttpResult broken = other.get(QStringLiteral("/v1/audit-events/verify"));
    QCOMPARE(broken.status, 200);
    QCOMPARE(broken.data().value(QLatin1String("intact")).toBool(), false);
    const QJsonObject firstBroken = broken.data().value(QLatin1String("first_broken")).toObject();
    QCOMPARE(firstBroken.value(QLatin1String("seq")).toInteger(), 3);
    QCOMPARE(firstBroken.value(QLatin1String("id")).toString(),
             theirs[theirs.size() - 3].value(QLatin1String("id")).toString());
    QVERIFY2(
        firstBroken.value(QLatin1String("reason")).toString().contains(QStringLiteral("contents")),
        broken.body.constData());
    const HttpResult stillIntact = http.get(QStringLiteral("/v1/audit-events/verify"));
    QVERIFY2(stillIntact.data().value(QLatin1String("intact")).toBool(),
             stillIntact.body.constData());
}

void TestLatchkeyd::badRequests_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("auth");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("param");
    const QByteArray good = R"({"name":"x","scopes":["service.forms.submit"]})";
    auto row = [](const char *name, const char *method, const char *path, const QByteArray &body,
                  bool auth, int status, const char *code, const char *param = "") {
        QTest::newRow(name) << QByteArray(method) << QString::fromUtf8(path) << body << auth
                            << status << QString::fromLatin1(code) << QString::fromLatin1(param);
    };
    row("unknown-route", "GET", "/v2/keys", {}, true, 404, "not_found");
    row("unknown-root", "GET", "/", {}, true, 404, "not_found");
    row("unknown-deep", "GET", "/v1/api-keys/key_x/unknown", {}, true, 404, "not_found");
    row("secret-in-path", "GET", "/v1/sk_live_abcdefghijklmnopqrstuvwxyz0123456789AB", {}, true,
        404, "not_found");
    row("method-put-keys", "PUT", "/v1/api-keys", good, true, 405, "method_not_allowed");
    row("method-delete-verify", "DELETE", "/v1/verify", {}, true, 405, "method_not_allowed");
    row("method-post-healthz", "POST", "/healthz", "{}", true, 405, "method_not_allowed");
    row("method-get-roll", "GET", "/v1/api-keys/key_x/roll", {}, true, 405, "method_not_allowed");
    row("too-large", "POST", "/v1/api-keys", QByteArray(70000, ' ') + good, true, 413,
        "payload_too_large");
    row("too-large-verify", "POST", "/v1/verify", "{\"key\":\"" + QByteArray(66000, 'a') + "\"}",
        false, 413, "payload_too_large");
    row("no-auth", "GET", "/v1/api-keys", {}, false, 401, "missing_authorization");
    // A query parameter the route does not read is refused, not ignored: a misspelt filter
    // must not answer for the default environment as if it were honoured.
    row("misspelt-filter", "GET", "/v1/api-keys?enviroment=live", {}, true, 400, "invalid_request",
        "enviroment");
    row("audit-filter-of-keys", "GET", "/v1/audit-events?search=x", {}, true, 400,
        "invalid_request", "search");
    row("query-on-a-route-without", "GET", "/v1/workspaces?limit=5", {}, true, 400,
        "invalid_request", "limit");
    row("usage-misspelt", "GET", "/v1/api-keys/key_x/usage?day=3", {}, true, 400, "invalid_request",
        "day");
    row("no-auth-create", "POST", "/v1/api-keys", good, false, 401, "missing_authorization");
    row("empty-body", "POST", "/v1/api-keys", {}, true, 400, "invalid_request", "body");
    row("malformed-json", "POST", "/v1/api-keys", "{\"name\":", true, 400, "invalid_request",
        "body");
    row("json-array", "POST", "/v1/api-keys", "[1,2]", true, 400, "invalid_request", "body");
    row("json-string", "POST", "/v1/api-keys", "\"hello\"", true, 400, "invalid_request", "body");
    row("invalid-utf8", "POST", "/v1/api-keys",
        "{\"name\":\"\xff\xfe\",\"scopes\":[\"service.forms.submit\"]}", true, 400,
        "invalid_request", "body");
    row("name-number", "POST", "/v1/api-keys", R"({"name":5,"scopes":["service.forms.submit"]})",
        true, 400, "invalid_request", "name");
    row("name-missing", "POST", "/v1/api-keys", R"({"scopes":["service.forms.submit"]})", true, 400,
        "invalid_request", "name");
    row("name-empty", "POST", "/v1/api-keys", R"({"name":"","scopes":["service.forms.submit"]})",
        true, 400, "invalid_request", "name");
    row("name-huge", "POST", "/v1/api-keys",
        "{\"name\":\"" + QByteArray(5000, 'n') + "\",\"scopes\":[\"service.forms.submit\"]}", true,
        400, "invalid_request", "name");
    row("name-nul", "POST", "/v1/api-keys",
        R"({"name":"a\u0000b","scopes":["service.forms.submit"]})", true, 400, "invalid_request",
        "name");
    row("scopes-string", "POST", "/v1/api-keys", R"({"name":"x","scopes":"service.forms.submit"})",
        true, 400, "invalid_request", "scopes");
    row("scopes-numbers", "POST", "/v1/api-keys", R"({"name":"x","scopes":[1,2]})", true, 400,
        "invalid_request", "scopes");
    row("scopes-empty", "POST", "/v1/api-keys", R"({"name":"x","scopes":[]})", true, 400,
        "invalid_request", "scopes");
    row("scope-unknown", "POST", "/v1/api-keys", R"({"name":"x","scopes":["service.nope.read"]})",
        true, 400, "invalid_request", "scopes");
    row("scope-star", "POST", "/v1/api-keys", R"({"name":"x","scopes":["*"]})", true, 403,
        "scope_not_grantable", "scopes");
    row("unknown-field", "POST", "/v1/api-keys",
        R"({"name":"x","scopes":["service.forms.submit"],"colour":"red"})", true, 400,
        "invalid_request", "colour");
    row("bad-environment", "POST", "/v1/api-keys",
        R"({"name":"x","scopes":["service.forms.submit"],"environment":"prod"})", true, 400,
        "invalid_request", "environment");
    row("bad-type", "POST", "/v1/api-keys",
        R"({"name":"x","scopes":["service.forms.submit"],"type":"magic"})", true, 400,
        "invalid_request", "type");
    row("bad-expiry", "POST", "/v1/api-keys",
        R"({"name":"x","scopes":["service.forms.submit"],"expires_at":"tomorrow"})", true, 400,
        "invalid_request", "expires_at");
    row("past-expiry", "POST", "/v1/api-keys",
        R"({"name":"x","scopes":["service.forms.submit"],"expires_at":"2001-01-01T00:00:00Z"})",
        true, 400, "invalid_request", "expires_at");
    row("rate-limit-string", "POST", "/v1/api-keys",
        R"({"name":"x","scopes":["service.forms.submit"],"rate_limit":"100/min"})", true, 400,
        "invalid_request", "rate_limit");
    row("rate-limit-zero", "POST", "/v1/api-keys",
        R"({"name":"x","scopes":["service.forms.submit"],"rate_limit":{"limit":0,"window":60}})",
        true, 400, "invalid_request", "rate_limit.limit");
    row("rate-limit-fraction", "POST", "/v1/api-keys",
        R"({"name":"x","scopes":["service.forms.submit"],"rate_limit":{"limit":1.5,"window":60}})",
        true, 400, "invalid_request", "rate_limit.limit");
    row("rate-limit-extra", "POST", "/v1/api-keys",
        R"({"name":"x","scopes":["service.forms.submit"],"rate_limit":{"limit":1,"window":60,"burst":3}})",
        true, 400, "invalid_request", "rate_limit.burst");
    row("restrictions-array", "POST", "/v1/api-keys",
        R"({"name":"x","scopes":["service.forms.submit"],"restrictions":[]})", true, 400,
        "invalid_request", "restrictions");
    row("restrictions-bad-cidr", "POST", "/v1/api-keys",
        R"({"name":"x","scopes":["service.forms.submit"],"restrictions":{"ip_allowlist":["10.0.0.0/99"]}})",
        true, 400, "invalid_request", "restrictions.ip_allowlist");
    row("restrictions-unknown", "POST", "/v1/api-keys",
        R"({"name":"x","scopes":["service.forms.submit"],"restrictions":{"countries":["DE"]}})",
        true, 400, "invalid_request", "restrictions.countries");
    row("restrictions-bad-endpoint", "POST", "/v1/api-keys",
        R"({"name":"x","scopes":["service.forms.submit"],"restrictions":{"endpoints":["forms"]}})",
        true, 400, "invalid_request", "restrictions.endpoints");
    row("origins-on-secret", "POST", "/v1/api-keys",
        R"({"name":"x","scopes":["service.forms.submit"],"allowed_origins":["https://a.example"]})",
        true, 400, "invalid_request", "allowed_origins");
    row("public-bad-origin", "POST", "/v1/api-keys",
        R"({"name":"x","type":"public","service_id":"forms","scopes":["service.forms.submit"],"allowed_origins":["htp://x"]})",
        true, 400, "invalid_request", "allowed_origins");
    row("public-unsafe-scope", "POST", "/v1/api-keys",
        R"({"name":"x","type":"public","service_id":"forms","scopes":["service.forms.manage"],"allowed_origins":["https://a.example"]})",
        true, 403, "scope_not_grantable", "scopes");
    row("limit-zero", "GET", "/v1/api-keys?limit=0", {}, true, 400, "invalid_request", "limit");
    row("limit-huge", "GET", "/v1/api-keys?limit=100000000000000000000", {}, true, 400,
        "invalid_request", "limit");
    row("limit-negative", "GET", "/v1/api-keys?limit=-5", {}, true, 400, "invalid_request",
        "limit");
    row("limit-text", "GET", "/v1/api-keys?limit=ten", {}, true, 400, "invalid_request", "limit");
    row("starting-after-unknown", "GET", "/v1/api-keys?starting_after=key_nope", {}, true, 400,
        "invalid_request", "starting_after");
    row("list-bad-environment", "GET", "/v1/api-keys?environment=staging", {}, true, 400,
        "invalid_request", "environment");
    row("list-bad-type", "GET", "/v1/api-keys?type=both", {}, true, 400, "invalid_request", "type");
    row("list-bad-bool", "GET", "/v1/api-keys?include_revoked=yes", {}, true, 400,
        "invalid_request", "include_revoked");
    row("list-bad-status", "GET", "/v1/api-keys?status=paused", {}, true, 400, "invalid_request",
        "status");
    row("list-bad-sort", "GET", "/v1/api-keys?sort=size", {}, true, 400, "invalid_request", "sort");
    row("list-bad-created-lt", "GET", "/v1/api-keys?created_lt=yesterday", {}, true, 400,
        "invalid_request", "created_lt");
    row("get-unknown-key", "GET", "/v1/api-keys/key_unknown", {}, true, 404, "not_found");
    row("get-weird-id", "GET", "/v1/api-keys/%27%20OR%201=1--", {}, true, 404, "not_found");
    row("get-dotdot", "GET", "/v1/api-keys/..%2f..%2fetc", {}, true, 404, "not_found");
    row("patch-unknown-field", "PATCH", "/v1/api-keys/key_unknown", R"({"owner":"me"})", true, 400,
        "invalid_request", "owner");
    row("patch-bad-json", "PATCH", "/v1/api-keys/key_unknown", "{", true, 400, "invalid_request",
        "body");
    row("roll-bad-grace", "POST", "/v1/api-keys/key_unknown/roll", R"({"old_expires_in":"1h"})",
        true, 400, "invalid_request", "old_expires_in");
    row("roll-unknown", "POST", "/v1/api-keys/key_unknown/roll", R"({"old_expires_in":60})", true,
        404, "not_found");
    row("revoke-unknown", "DELETE", "/v1/api-keys/key_unknown", {}, true, 404, "not_found");
    row("webhook-no-url", "POST", "/v1/webhook-endpoints", "{}", true, 400, "invalid_request",
        "url");
    row("webhook-http", "POST", "/v1/webhook-endpoints", R"({"url":"http://example.com/hook"})",
        true, 400, "invalid_request", "url");
    row("webhook-ftp", "POST", "/v1/webhook-endpoints", R"({"url":"ftp://example.com/hook"})", true,
        400, "invalid_request", "url");
    row("verify-no-body", "POST", "/v1/verify", {}, false, 400, "invalid_request", "body");
    row("verify-key-number", "POST", "/v1/verify", R"({"key":42})", false, 400, "invalid_request",
        "key");
    row("verify-bad-scope", "POST", "/v1/verify", R"({"key":"sk_test_x","scope":"Not A Scope"})",
        false, 400, "invalid_request", "scope");
    row("verify-unknown-field", "POST", "/v1/verify", R"({"key":"sk_test_x","password":"x"})",
        false, 400, "invalid_request", "password");
    row("session-no-password", "POST", "/v1/sessions", R"({"email":"a@b.c"})", false, 400,
        "invalid_request", "password");
    row("session-email-array", "POST", "/v1/sessions", R"({"email":["a@b.c"],"password":"x"})",
        false, 400, "invalid_request", "email");
    row("session-sql", "POST", "/v1/sessions", R"({"email":"' OR 1=1 --","password":"x"})", false,
        401, "invalid_credentials");
}

void TestLatchkeyd::badRequests()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    QFETCH(bool, auth);
    QFETCH(int, status);
    QFETCH(QString, code);
    QFETCH(QString, param);
    const HttpResult r = http.send(method, path, body, {}, auth);
    QCOMPARE(r.status, status);
    QVERIFY2(r.header("Content-Type").startsWith("application/json"), r.body.constData());
    QCOMPARE(r.json.value(QLatin1String("success")).toBool(true), false);
    QCOMPARE(r.code(), code);
    QVERIFY(!r.json.value(QLatin1String("error"))
                 .toObject()
                 .value(QLatin1String("message"))
                 .toString()
                 .isEmpty());
    if (!param.isEmpty())
        QCOMPARE(r.param(), param);
    if (status == 405)
        QVERIFY(!r.header("Allow").isEmpty());
    // …and the server keeps serving.
    QCOMPARE(http.send("GET", QStringLiteral("/healthz"), {}, {}, false).status, 200);
}

// Every answer carries a Request-Id of the server's own ("req_" and base62), new for each
// request; the log line of the request names it (text and JSON); a Request-Id the client sent
// is neither echoed nor logged as ours.
void TestLatchkeyd::requestIds()
{
    static const QRegularExpression shape(QStringLiteral("^req_[0-9A-Za-z]{16,}$"));
    const QByteArray theirs = "req_ClientChoseThis0000";
    QSet<QByteArray> ids;
    auto check = [&](const QByteArray &id) {
        QVERIFY2(shape.match(QString::fromLatin1(id)).hasMatch(), id.constData());
        QVERIFY2(!ids.contains(id), id.constData());
        ids.insert(id);
    };
    const HttpResult a = http.send("GET", QStringLiteral("/healthz"), {}, {}, false);
    const HttpResult b =
        http.send("GET", QStringLiteral("/healthz"), {}, {{"Request-Id", theirs}}, false);
    QCOMPARE(a.status, 200);
    QCOMPARE(b.status, 200);
    check(a.header("Request-Id"));
    check(b.header("Request-Id"));
    QVERIFY(b.body.indexOf(theirs) < 0);
    // An error, an answer from the verify path, and one the transport gives by itself.
    const HttpResult missing = http.get(QStringLiteral("/v1/nowhere"));
    QCOMPARE(missing.status, 404);
    check(missing.header("Request-Id"));
    const HttpResult refused =
        http.send("POST", QStringLiteral("/v1/verify"), R"({"key":"sk_test_nope"})",
                  {{"Request-Id", theirs}}, false);
    QCOMPARE(refused.status, 401);
    check(refused.header("Request-Id"));
    const RawResponse garbage = rawExchange(QUrl(d.url), "NOT HTTP AT ALL\r\n\r\n");
    QCOMPARE(garbage.status, 400);
    check(garbage.header("Request-Id"));

    // The text log: the line of each request names its id, never the client's.
    QByteArray logs;
    for (int i = 0; i < 100 && !logs.contains(refused.header("Request-Id")); ++i) {
        QTest::qWait(50);
        logs = d.logs();
    }
    for (const HttpResult *r : {&a, &b, &missing, &refused}) {
        const QByteArray id = r->header("Request-Id");
        const qsizetype at = logs.indexOf(" request_id=" + id + '\n');
        QVERIFY2(at >= 0, id.constData());
        const QByteArray line =
            logs.mid(logs.lastIndexOf('\n', at) + 1, at - logs.lastIndexOf('\n', at) - 1);
        QVERIFY2(line.contains(' ' + QByteArray::number(r->status) + ' '), line.constData());
    }
    QVERIFY2(!logs.contains(theirs), logs.constData());

    // The JSON log: "request_id".
    Latchkeyd json(d.storeUrl);
    QVERIFY2(json.start({QStringLiteral("--log-format"), QStringLiteral("json")}),
             json.logs().constData());
    Http h;
    h.base = json.url;
    const HttpResult c =
        h.send("GET", QStringLiteral("/healthz"), {}, {{"Request-Id", theirs}}, false);
    QCOMPARE(c.status, 200);
    check(c.header("Request-Id"));
    QByteArray jsonLogs;
    for (int i = 0; i < 100 && !jsonLogs.contains(c.header("Request-Id")); ++i) {
        QTest::qWait(50);
        jsonLogs = json.logs();
    }
    bool found = false;
    for (const QByteArray &line : jsonLogs.split('\n')) {
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        if (o.value(QLatin1String("request_id")).toString().toLatin1() == c.header("Request-Id"))
            found = o.value(QLatin1String("path")).toString() == u"/healthz";
    }
    QVERIFY2(found, jsonLogs.constData());
    QVERIFY(!jsonLogs.contains(theirs));
}

void TestLatchkeyd::logsNeverCarrySecrets()
{
    QByteArray secret;
    createKey(secretKeyBody(QStringLiteral("logged"), {QStringLiteral("service.forms.read")}),
              &secret);
    http.post(QStringLiteral("/v1/verify"), {{QStringLiteral("key"), QString::fromLatin1(secret)}});
    http.send("GET", QStringLiteral("/v1/") + QString::fromLatin1(secret), {}, {}, false);
    QTest::qWait(200);
    const QByteArray logs = d.logs();
    QVERIFY(logs.contains("POST /v1/verify 200"));
    QVERIFY(logs.contains("key=key_"));
    QVERIFY(!logs.contains(secret.mid(8)));
    QVERIFY(!logs.contains(http.token.mid(4)));
    QVERIFY(!logs.contains(kPassword));
    QCOMPARE(d.terminate(), 0); // SIGTERM: drains and exits 0
}

QTEST_GUILESS_MAIN(TestLatchkeyd)
#include "tst_latchkeyd.moc"
