// SPDX-License-Identifier: MIT
// The bad-input sweep: well over 150 malformed HTTP requests, sent as raw bytes to a real
// latchkeyd: broken request lines, huge headers, bad JSON, wrong types, overlong strings, NUL
// bytes, bad UTF-8, path tricks and SQL metacharacters. Each must be answered with a 4xx and
// the JSON error envelope (core/apierror.h); afterwards the server still serves and the store
// (every row of every table, read from the SQLite file) is exactly what it was.
#include "harness.h"
#include "rawhttp.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

using namespace latchkey;
using namespace latchkey::testing;

namespace {
const QByteArray kPassword = "sweep password 12345";
const QString kEmail = QStringLiteral("owner@sweep.test");

QByteArray rep(char c, qsizetype n)
{
    return QByteArray(n, c);
}
} // namespace

class TestBadInput : public QObject
{
    Q_OBJECT

private:
    Latchkeyd d;
    Http http;
    QUrl base;
    QByteArray token;
    QByteArray keyId;
    QByteArray endpointId;
    QByteArray storeDigestBefore;

    QByteArray storeDigest()
    {
        // Everything but what reads legitimately touch (a session's last_seen).
        static const QStringList queries = {
            QStringLiteral("SELECT * FROM workspaces ORDER BY id"),
            QStringLiteral("SELECT * FROM users ORDER BY id"),
            QStringLiteral("SELECT * FROM memberships ORDER BY workspace_id, user_id"),
            QStringLiteral("SELECT * FROM subscriptions ORDER BY workspace_id, service"),
            QStringLiteral("SELECT * FROM api_keys ORDER BY seq"),
            QStringLiteral("SELECT * FROM webhook_endpoints ORDER BY seq"),
            QStringLiteral("SELECT * FROM webhook_secrets ORDER BY id"),
            QStringLiteral("SELECT * FROM audit_events ORDER BY seq"),
            QStringLiteral("SELECT id, user_id, revoked_at FROM sessions ORDER BY id"),
        };
        QCryptographicHash h(QCryptographicHash::Sha256);
        const QString name = QStringLiteral("digest");
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(d.dir.filePath(QStringLiteral("latchkey.db")));
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
            if (!db.open())
                return "cannot open: " + db.lastError().text().toUtf8();
            for (const QString &sql : queries) {
                QSqlQuery q(db);
                if (!q.exec(sql))
                    return "query failed: " + q.lastError().text().toUtf8();
                int rows = 0;
                while (q.next()) {
                    ++rows;
                    for (int i = 0; i < q.record().count(); ++i)
                        h.addData(q.value(i).toString().toUtf8() + '\x1f');
                    h.addData("\x1e");
                }
                h.addData(sql.toUtf8() + QByteArray::number(rows));
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
        return h.result().toHex();
    }

private slots:
    void initTestCase();
    void sweep_data();
    void sweep();
    void pipelinedRequestsStillWork();
    void hugeRequestsDoNotGrowMemory_data();
    void hugeRequestsDoNotGrowMemory();
    void cleanupTestCase();
};

void TestBadInput::initTestCase()
{
    QByteArray out;
    QCOMPARE(d.init(kEmail, kPassword, &out), 0);
    QVERIFY2(d.start(), d.logs().constData());
    base = QUrl(d.url);
    http.base = d.url;
    const HttpResult s = http.post(QStringLiteral("/v1/sessions"),
                                   {{QStringLiteral("email"), kEmail},
                                    {QStringLiteral("password"), QString::fromUtf8(kPassword)}});
    QCOMPARE(s.status, 200);
    token = s.data().value(QLatin1String("token")).toString().toLatin1();
    http.token = token;
    const HttpResult k =
        http.post(QStringLiteral("/v1/api-keys"),
                  {{QStringLiteral("name"), QStringLiteral("target")},
                   {QStringLiteral("scopes"), QJsonArray{QStringLiteral("service.forms.submit")}}});
    QCOMPARE(k.status, 201);
    keyId = k.data().value(QLatin1String("id")).toString().toLatin1();
    const HttpResult e =
        http.post(QStringLiteral("/v1/webhook-endpoints"),
                  {{QStringLiteral("url"), QStringLiteral("https://hooks.example.com/in")}});
    QCOMPARE(e.status, 201);
    endpointId = e.data().value(QLatin1String("id")).toString().toLatin1();
    storeDigestBefore = storeDigest();
    QVERIFY2(!storeDigestBefore.contains(' '), storeDigestBefore.constData());
}

void TestBadInput::sweep_data()
{
    QTest::addColumn<QByteArray>("request"); // {TOKEN}, {KEY} and {EP} are filled in later
    QTest::addColumn<int>("status");         // 0: any 4xx
    int n = 0;
    auto row = [&n](const QByteArray &name, const QByteArray &request, int status = 0) {
        ++n;
        QTest::newRow(name.constData()) << request << status;
    };
    const QByteArray auth = "Authorization: Bearer {TOKEN}\r\n";
    auto post = [&](const QByteArray &path, const QByteArray &body, bool withAuth = true,
                    const QByteArray &method = "POST") {
        return method + ' ' + path + " HTTP/1.1\r\nHost: x\r\n" + (withAuth ? auth : "") +
               "Content-Type: application/json\r\nContent-Length: " +
               QByteArray::number(body.size()) + "\r\n\r\n" + body;
    };
    auto get = [&](const QByteArray &path, const QByteArray &method = "GET",
                   const QByteArray &headers = {}) {
        return method + ' ' + path + " HTTP/1.1\r\nHost: x\r\n" + auth + headers + "\r\n";
    };

    // --- Broken request lines (answered by the connection guard) ---------------------------
    row("line-garbage", "GARBAGE\r\n\r\n", 400);
    row("line-method-only", "GET\r\n\r\n", 400);
    row("line-http09", "GET /healthz\r\n\r\n", 400);
    row("line-extra-word", "GET /healthz HTTP/1.1 extra\r\nHost: x\r\n\r\n", 400);
    row("line-double-space", "GET  /healthz HTTP/1.1\r\nHost: x\r\n\r\n", 400);
    row("line-http2", "GET /healthz HTTP/2.0\r\nHost: x\r\n\r\n", 400);
    row("line-http-bad-version", "GET /healthz HTTP/1.x\r\nHost: x\r\n\r\n", 400);
    row("line-ftp", "GET /healthz FTP/1.1\r\nHost: x\r\n\r\n", 400);
    row("line-lower-proto", "GET /healthz http/1.1\r\nHost: x\r\n\r\n", 400);
    row("line-nul-method", QByteArray("G\0T /healthz HTTP/1.1\r\nHost: x\r\n\r\n", 34), 400);
    row("line-nul-path", QByteArray("GET /heal\0thz HTTP/1.1\r\nHost: x\r\n\r\n", 36), 400);
    row("line-ctrl-path", "GET /\x01 HTTP/1.1\r\nHost: x\r\n\r\n", 400);
    row("line-del-path", "GET /\x7f HTTP/1.1\r\nHost: x\r\n\r\n", 400);
    row("line-8bit-path", "GET /v1/\xff\xfe HTTP/1.1\r\nHost: x\r\n\r\n", 400);
    row("line-utf8-path", "GET /v1/\xc3\xa9 HTTP/1.1\r\nHost: x\r\n\r\n", 400);
    row("line-tab-sep", "GET\t/healthz\tHTTP/1.1\r\nHost: x\r\n\r\n", 400);
    row("line-relative-target", "GET healthz HTTP/1.1\r\nHost: x\r\n\r\n", 400);
    row("line-connect-authority", "CONNECT example.com:443 HTTP/1.1\r\nHost: x\r\n\r\n", 400);
    row("line-method-paren", "G(T /healthz HTTP/1.1\r\nHost: x\r\n\r\n", 400);
    row("line-method-slash", "GET/ /healthz HTTP/1.1\r\nHost: x\r\n\r\n", 400);
    row("line-too-long-9k", "GET /" + rep('a', 9000) + " HTTP/1.1\r\nHost: x\r\n\r\n", 414);
    row("line-too-long-200k", "GET /" + rep('a', 200000) + " HTTP/1.1\r\nHost: x\r\n\r\n", 414);
    row("line-no-newline-huge", "GET /" + rep('b', 100000), 414);
    row("line-tls-hello",
        QByteArray("\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03", 11) + rep('\x11', 64) +
            "\r\n\r\n",
        400);
    row("line-http2-preface", "PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n", 400);
    row("line-cr-only", "GET /healthz HTTP/1.1\rHost: x\r\r\n\r\n", 400);
    row("line-binary", QByteArray("\x00\x01\x02\x03\x04\x05\r\n\r\n", 10), 400);
    row("line-json-as-request", "{\"key\":\"sk_test_x\"}\r\n\r\n", 400);

    // --- Header trouble ----------------------------------------------------------------------
    row("hdr-no-colon", "GET /healthz HTTP/1.1\r\nHost: x\r\nNoColonHere\r\n\r\n", 400);
    row("hdr-folded", "GET /healthz HTTP/1.1\r\nHost: x\r\nX-A: a\r\n  continued\r\n\r\n", 400);
    row("hdr-nul-value", QByteArray("GET /healthz HTTP/1.1\r\nHost: x\r\nX-A: a\0b\r\n\r\n", 44),
        400);
    row("hdr-ctrl-value", "GET /healthz HTTP/1.1\r\nHost: x\r\nX-A: a\x01z\r\n\r\n", 400);
    row("hdr-cr-in-value", "GET /healthz HTTP/1.1\r\nHost: x\r\nX-A: a\rb\r\n\r\n", 400);
    row("hdr-space-in-name", "GET /healthz HTTP/1.1\r\nHost: x\r\nBad Name: x\r\n\r\n", 400);
    row("hdr-space-before-colon", "GET /healthz HTTP/1.1\r\nHost : x\r\n\r\n", 400);
    row("hdr-empty-name", "GET /healthz HTTP/1.1\r\nHost: x\r\n: x\r\n\r\n", 400);
    row("hdr-64k", "GET /healthz HTTP/1.1\r\nHost: x\r\nX-Big: " + rep('h', 64 * 1024) + "\r\n\r\n",
        431);
    row("hdr-1m",
        "GET /healthz HTTP/1.1\r\nHost: x\r\nX-Big: " + rep('h', 1024 * 1024) + "\r\n\r\n", 431);
    {
        QByteArray many = "GET /healthz HTTP/1.1\r\nHost: x\r\n";
        for (int i = 0; i < 150; ++i)
            many += "X-H" + QByteArray::number(i) + ": v\r\n";
        row("hdr-150-fields", many + "\r\n", 431);
        QByteArray manySmall = "GET /healthz HTTP/1.1\r\n";
        for (int i = 0; i < 3000; ++i)
            manySmall += "A: b\r\n";
        row("hdr-3000-fields", manySmall + "\r\n", 431);
    }
    row("hdr-9k-field", "GET /healthz HTTP/1.1\r\nHost: x\r\nX-Big: " + rep('h', 9000) + "\r\n\r\n",
        431);
    row("hdr-huge-authorization",
        "GET /v1/api-keys HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer sk_test_" + rep('k', 20000) +
            "\r\n\r\n",
        431);
    row("hdr-never-ending", "GET /healthz HTTP/1.1\r\nX-A: " + rep('z', 40000), 431);
    row("cl-text", "POST /v1/verify HTTP/1.1\r\nHost: x\r\nContent-Length: abc\r\n\r\n{}", 400);
    row("cl-negative", "POST /v1/verify HTTP/1.1\r\nHost: x\r\nContent-Length: -1\r\n\r\n{}", 400);
    row("cl-plus", "POST /v1/verify HTTP/1.1\r\nHost: x\r\nContent-Length: +2\r\n\r\n{}", 400);
    row("cl-hex", "POST /v1/verify HTTP/1.1\r\nHost: x\r\nContent-Length: 0x2\r\n\r\n{}", 400);
    row("cl-exp", "POST /v1/verify HTTP/1.1\r\nHost: x\r\nContent-Length: 2e0\r\n\r\n{}", 400);
    row("cl-empty", "POST /v1/verify HTTP/1.1\r\nHost: x\r\nContent-Length:\r\n\r\n{}", 400);
    row("cl-list", "POST /v1/verify HTTP/1.1\r\nHost: x\r\nContent-Length: 2, 2\r\n\r\n{}", 400);
    row("cl-conflict",
        "POST /v1/verify HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\nContent-Length: 3\r\n\r\n{}",
        400);
    row("cl-overflow",
        "POST /v1/verify HTTP/1.1\r\nHost: x\r\nContent-Length: 99999999999999999999\r\n\r\n{}",
        400);
    row("cl-too-large-early",
        "POST /v1/verify HTTP/1.1\r\nHost: x\r\nContent-Length: 9000000000\r\n\r\n{", 413);
    row("cl-too-large-with-body",
        "POST /v1/api-keys HTTP/1.1\r\nHost: x\r\n" + auth + "Content-Length: 70000\r\n\r\n" +
            rep(' ', 70000),
        413);
    row("te-chunked",
        "POST /v1/verify HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: "
        "chunked\r\n\r\n2\r\n{}\r\n0\r\n\r\n",
        411);
    row("te-gzip", "POST /v1/verify HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: gzip\r\n\r\n", 411);
    row("te-and-cl",
        "POST /v1/verify HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\nTransfer-Encoding: "
        "chunked\r\n\r\n{}",
        400);

    // --- Routes, methods and path tricks -------------------------------------------------------
    const QList<QByteArray> paths = {
        "/",
        "/v2/api-keys",
        "/v1/../healthz",
        "/v1/api-keys/../../etc/passwd",
        "/../../../../etc/passwd",
        "/v1/api-keys/%2e%2e%2f%2e%2e%2fetc%2fpasswd",
        "/v1/api-keys/..%2f..%2fhealthz",
        "/v1/api-keys/%00",
        "/v1/api-keys/key_x%00.json",
        "/v1/api-keys/%ff%fe%fd",
        "/v1/api-keys/%c0%af",
        "/v1/api-keys/%ed%a0%80",
        "/v1/api-keys/key_x%0d%0aSet-Cookie:%20a=b",
        "/v1/api-keys/key_'%20OR%20'1'='1",
        "/v1/api-keys/key_x;DROP%20TABLE%20api_keys;--",
        "/v1/api-keys/key_x%22%3B%20DELETE%20FROM%20audit_events%3B--",
        "/v1/api-keys/%25",
        "/v1/api-keys/%zz",
        "/v1/api-keys/" + rep('a', 3000),
        "//v1//api-keys",
        "/V1/API-KEYS",
        "/v1/api-keys/key_x/roll/extra",
        "/v1/webhook-endpoints/we_'--/rotate-secret",
        "/v1/audit-events/verify/..",
        "/v1/api-keys/*",
        "/v1/api-keys/key_x?%00=%00",
        "/healthz/..%2f..%2fv1%2fapi-keys",
        "/v1/api-keys/\\..\\..\\windows",
        "/v1/sessions/current/../../api-keys",
        "/v1/api-keys/{KEY}/..",
    };
    for (qsizetype i = 0; i < paths.size(); ++i)
        row("path-" + QByteArray::number(i), get(paths[i]));
    const QList<QByteArray> queries = {
        "limit=0",
        "limit=101",
        "limit=-1",
        "limit=1e3",
        "limit=%00",
        "limit=1;DROP%20TABLE%20x",
        "limit=%F0%9F%92%A9",
        "limit=" + rep('9', 500),
        "starting_after=key_'%20OR%201=1--",
        "starting_after=" + rep('s', 200),
        "environment=live%00",
        "environment=LIVE",
        "environment=test'--",
        "type=secret'--",
        "type=",
        "include_revoked=1",
        "include_revoked=TRUE",
        "include_revoked=%00",
    };
    for (qsizetype i = 0; i < queries.size(); ++i)
        row("query-" + QByteArray::number(i), get("/v1/api-keys?" + queries[i]));
    row("query-audit-limit", get("/v1/audit-events?limit=1000"));
    row("query-webhooks-env", get("/v1/webhook-endpoints?environment=prod"));
    const QList<QByteArray> methods = {"PUT", "TRACE", "FOO", "get", "OPTIONS", "CONNECT"};
    for (const QByteArray &m : methods) {
        row("method-" + m.toLower() + "-keys", get("/v1/api-keys", m));
        row("method-" + m.toLower() + "-key", get("/v1/api-keys/{KEY}", m));
    }
    row("method-delete-healthz", get("/healthz", "DELETE"));
    row("method-patch-audit", post("/v1/audit-events", "{}", true, "PATCH"));
    row("method-post-verify-chain", post("/v1/audit-events/verify", "{}"));

    // --- Authorization trouble -----------------------------------------------------------------
    const QList<QByteArray> creds = {
        "Bearer",
        "Bearer ",
        "Basic dXNlcjpwYXNz",
        "Bearer sk_test_'%20OR%201=1--",
        "Bearer sk_test_' OR '1'='1",
        "Bearer lks_' OR 1=1; --",
        "Bearer lks_" + rep('x', 500),
        "Bearer sk_live_" + rep('A', 40),
        "Bearer pk_test_" + rep('A', 40),
        "Bearer {TOKEN}x",
        "Bearer \xff\xfe\xfd",
        "Bearer \xc3\xa9t\xc3\xa9",
        "Bearer " + rep('\\', 100),
        "Token {TOKEN}",
    };
    for (qsizetype i = 0; i < creds.size(); ++i)
        row("auth-" + QByteArray::number(i),
            "GET /v1/api-keys HTTP/1.1\r\nHost: x\r\nAuthorization: " + creds[i] + "\r\n\r\n");
    row("auth-workspace-sql", get("/v1/api-keys", "GET", "Latchkey-Workspace: ws_' OR 1=1--\r\n"));
    row("auth-workspace-other", get("/v1/api-keys", "GET", "Latchkey-Workspace: ws_nope\r\n"));
    row("auth-none-delete", "DELETE /v1/api-keys/{KEY} HTTP/1.1\r\nHost: x\r\n\r\n");
    row("auth-none-roll", post("/v1/api-keys/{KEY}/roll", "{}", false));
    row("auth-none-rotate", post("/v1/webhook-endpoints/{EP}/rotate-secret", "{}", false));
    row("auth-none-delete-ep", "DELETE /v1/webhook-endpoints/{EP} HTTP/1.1\r\nHost: x\r\n\r\n");
    row("fwd-bad-scope",
        "GET /v1/auth HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer sk_test_x\r\nX-Required-Scope: "
        "Not A Scope\r\n\r\n");
    row("fwd-no-key", "GET /v1/auth HTTP/1.1\r\nHost: x\r\nX-Forwarded-For: ' OR 1=1\r\n\r\n");
    row("fwd-garbage-xff", "GET /v1/auth HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer "
                           "sk_test_zz\r\nX-Forwarded-For: ::::,999.9.9.9\r\n\r\n");

    // --- Bodies: bad JSON, wrong types, overlong strings, NUL, bad UTF-8 ----------------------
    const QList<QByteArray> brokenJson = {
        "{",
        "}",
        "{\"name\":",
        "{\"name\":\"x\",}",
        "{'name':'x'}",
        "{\"name\":\"x\"} trailing",
        "{\"name\":\"x\"}{\"name\":\"y\"}",
        "{/*c*/\"name\":\"x\"}",
        "{\"name\":NaN}",
        "{\"name\":Infinity}",
        "null",
        "true",
        "42",
        "[]",
        "\"string\"",
        "\xef\xbb\xbf{\"name\":",
        QByteArray("{\0\"\0n\0", 7),
        rep('[', 5000) + rep(']', 5000),
        rep('{', 2000),
        "{\"name\":\"\xff\xfe\"}",
        "{\"name\":\"\xc0\xaf\"}",
        "{\"name\":\"\xed\xa0\x80\"}",
        "{\"name\":\"\x80\x80\"}",
        "{\"name\":\"\xf8\x88\x80\x80\x80\"}",
        "{\"name\":\"a\x01"
        "b\"}",
        QByteArray("{\"name\":\"a\0b\"}", 14),
        "{\"name\":\"\\u0000\"}",
        "{\"name\":\"\\ud800\"}",
        "{\"name\":\"\\x41\"}",
        "{\"name\":\"x\"",
    };
    for (qsizetype i = 0; i < brokenJson.size(); ++i) {
        row("json-create-" + QByteArray::number(i), post("/v1/api-keys", brokenJson[i]));
        row("json-verify-" + QByteArray::number(i), post("/v1/verify", brokenJson[i], false));
        row("json-patch-" + QByteArray::number(i),
            post("/v1/api-keys/{KEY}", brokenJson[i], true, "PATCH"));
    }
    const QByteArray sc = R"("scopes":["service.forms.submit"])";
    const QList<QByteArray> badFields = {
        R"({"name":null,)" + sc + "}",
        R"({"name":true,)" + sc + "}",
        R"({"name":["x"],)" + sc + "}",
        R"({"name":{"a":1},)" + sc + "}",
        R"({"name":1e308,)" + sc + "}",
        "{\"name\":\"" + rep('n', 201) + "\"," + sc + "}",
        "{\"name\":\"" + rep('n', 60000) + "\"," + sc + "}",
        "{\"name\":\"" + QByteArray("\xf0\x9f\x92\xa9").repeated(201) + "\"," + sc + "}",
        R"({"name":"x","scopes":null})",
        R"({"name":"x","scopes":{"a":"b"}})",
        R"({"name":"x","scopes":[["service.forms.submit"]]})",
        R"({"name":"x","scopes":[null]})",
        R"({"name":"x","scopes":[true]})",
        R"({"name":"x","scopes":["service.forms.submit'; DROP TABLE api_keys;--"]})",
        R"({"name":"x","scopes":["service.forms.submit\u0000"]})",
        "{\"name\":\"x\",\"scopes\":[\"" + rep('s', 201) + "\"]}",
        "{\"name\":\"x\",\"scopes\":[" + QByteArray("\"service.forms.submit\",").repeated(101) +
            "\"service.forms.submit\"]}",
        R"({"name":"x",)" + sc + R"(,"environment":"LIVE"})",
        R"({"name":"x",)" + sc + R"(,"environment":"live "})",
        R"({"name":"x",)" + sc + R"(,"environment":"live\u0000"})",
        R"({"name":"x",)" + sc + R"(,"environment":1})",
        R"({"name":"x",)" + sc + R"(,"environment":"' OR 1=1 --"})",
        R"({"name":"x",)" + sc + R"(,"type":"Secret"})",
        R"({"name":"x",)" + sc + R"(,"type":["secret"]})",
        R"({"name":"x",)" + sc + R"(,"service_id":5})",
        "{\"name\":\"x\"," + sc + ",\"service_id\":\"" + rep('f', 65) + "\"}",
        R"({"name":"x",)" + sc + R"(,"expires_at":"2030-13-45T00:00:00Z"})",
        R"({"name":"x",)" + sc + R"(,"expires_at":1893456000})",
        R"({"name":"x",)" + sc + R"(,"expires_at":"2030-01-01 00:00:00"})",
        R"({"name":"x",)" + sc + R"(,"expires_at":"9999999-01-01T00:00:00Z"})",
        R"({"name":"x",)" + sc + R"(,"rate_limit":{"limit":-5,"window":60}})",
        R"({"name":"x",)" + sc + R"(,"rate_limit":{"limit":1e30,"window":60}})",
        R"({"name":"x",)" + sc + R"(,"rate_limit":{"limit":"5","window":60}})",
        R"({"name":"x",)" + sc + R"(,"rate_limit":{"limit":5}})",
        R"({"name":"x",)" + sc + R"(,"rate_limit":{"limit":5,"window":0}})",
        R"({"name":"x",)" + sc + R"(,"rate_limit":[5,60]})",
        R"({"name":"x",)" + sc + R"(,"restrictions":{"ip_allowlist":["999.1.1.1"]}})",
        R"({"name":"x",)" + sc + R"(,"restrictions":{"ip_allowlist":["::g"]}})",
        R"({"name":"x",)" + sc + R"(,"restrictions":{"ip_allowlist":["10.0.0.0/33"]}})",
        R"({"name":"x",)" + sc + R"(,"restrictions":{"ip_allowlist":"10.0.0.1"}})",
        R"({"name":"x",)" + sc + R"(,"restrictions":{"endpoints":["GET"]}})",
        R"({"name":"x",)" + sc + R"(,"restrictions":{"endpoints":[1]}})",
        R"({"name":"x",)" + sc + R"J(,"allowed_origins":["javascript:alert(1)"]})J",
        R"({"name":"x",)" + sc + R"(,"__proto__":{"admin":true}})",
        R"({"name":"x",)" + sc + R"(,"id":"key_mine"})",
        R"({"name":"x",)" + sc + R"(,"secret":"sk_test_chosen"})",
        R"({"name":"x",)" + sc + R"(,"workspace_id":"ws_other"})",
    };
    for (qsizetype i = 0; i < badFields.size(); ++i)
        row("field-create-" + QByteArray::number(i), post("/v1/api-keys", badFields[i]));
    const QList<QByteArray> badPatches = {
        R"({"name":""})",          R"({"name":5})",
        R"({"scopes":[]})",        R"({"scopes":["*"]})",
        R"({"revoked_at":null})",  R"({"id":"key_other"})",
        R"({"expires_at":"yes"})", R"({"rate_limit":{"limit":0,"window":1}})",
        R"({"name":"x\u0000y"})",
    };
    for (qsizetype i = 0; i < badPatches.size(); ++i)
        row("field-patch-" + QByteArray::number(i),
            post("/v1/api-keys/{KEY}", badPatches[i], true, "PATCH"));
    row("roll-grace-negative", post("/v1/api-keys/{KEY}/roll", R"({"old_expires_in":-1})"));
    row("roll-grace-huge",
        post("/v1/api-keys/{KEY}/roll", R"({"old_expires_in":99999999999999999999})"));
    row("roll-unknown-field", post("/v1/api-keys/{KEY}/roll", R"({"new_secret":"sk_test_x"})"));
    row("rotate-body", post("/v1/webhook-endpoints/{EP}/rotate-secret", R"({"secret":"whsec_x"})"));
    const QList<QByteArray> badVerify = {
        R"({"key":null})",
        R"({"key":["sk_test_x"]})",
        "{\"key\":\"sk_test_" + rep('a', 300) + "\"}",
        R"({"key":"sk_test_x\u0000"})",
        R"({"key":"sk_test_' OR '1'='1"})",
        R"({"key":"sk_test_x","scope":"' OR 1=1"})",
        R"({"key":"sk_test_x","ip":"999.999.999.999"})",
        R"({"key":"sk_test_x","method":["GET"]})",
        "{\"key\":\"sk_test_x\",\"path\":\"" + rep('p', 3000) + "\"}",
        R"({"key":"\u00e9\u00e9"})",
    };
    for (qsizetype i = 0; i < badVerify.size(); ++i)
        row("verify-" + QByteArray::number(i), post("/v1/verify", badVerify[i], false));
    const QList<QByteArray> badWebhooks = {
        R"J({"url":"javascript:alert(1)"})J",
        R"({"url":"https://"})",
        R"({"url":"https://exa mple.com/"})",
        R"({"url":5})",
        "{\"url\":\"https://example.com/" + rep('u', 3000) + "\"}",
        R"({"url":"https://example.com/x","events":"api_key.created"})",
        R"({"url":"https://example.com/x","events":["Not An Event!"]})",
        R"({"url":"https://example.com/x","environment":"prod"})",
        R"({"url":"https://example.com/x","secret":"whsec_mine"})",
        R"({"url":"file:///etc/passwd"})",
        R"({"url":"https://example.com/x\u0000"})",
    };
    for (qsizetype i = 0; i < badWebhooks.size(); ++i)
        row("webhook-" + QByteArray::number(i), post("/v1/webhook-endpoints", badWebhooks[i]));
    const QList<QByteArray> badSessions = {
        R"({"email":"' OR 1=1 --","password":"x"})",
        R"({"email":"owner@sweep.test","password":"' OR '1'='1"})",
        R"({"email":"owner@sweep.test\u0000","password":"x"})",
        R"({"email":5,"password":"x"})",
        R"({"email":"owner@sweep.test","password":null})",
        "{\"email\":\"" + rep('e', 5000) + "@x.test\",\"password\":\"x\"}",
        R"({"email":"owner@sweep.test"})",
    };
    for (qsizetype i = 0; i < badSessions.size(); ++i)
        row("session-" + QByteArray::number(i), post("/v1/sessions", badSessions[i], false));

    QVERIFY2(n >= 150, QByteArray::number(n).constData());
}

void TestBadInput::sweep()
{
    QFETCH(QByteArray, request);
    QFETCH(int, status);
    request.replace("{TOKEN}", token).replace("{KEY}", keyId).replace("{EP}", endpointId);
    const RawResponse r = rawExchange(base, request);
    QVERIFY2(r.complete, qPrintable(QStringLiteral("no complete answer (closed=%1): %2")
                                        .arg(r.closed)
                                        .arg(QString::fromLatin1(r.head + r.body))));
    if (status)
        QCOMPARE(r.status, status);
    QVERIFY2(r.status >= 400 && r.status < 500, (r.head + "\n" + r.body).constData());
    QVERIFY2(r.header("Content-Type").startsWith("application/json"), r.head.constData());
    QVERIFY2(r.jsonOk, r.body.constData());
    QCOMPARE(r.json.value(QLatin1String("success")).toBool(true), false);
    QVERIFY2(!r.code().isEmpty(), r.body.constData());
    QVERIFY(!r.json.value(QLatin1String("error"))
                 .toObject()
                 .value(QLatin1String("message"))
                 .toString()
                 .isEmpty());
    // No echo of what the caller sent in a header, and no secret of ours in the answer.
    QVERIFY(!r.head.contains("Set-Cookie"));
    QVERIFY(!r.body.contains(token));
    // …the server keeps serving…
    const RawResponse health = rawExchange(base, httpRequest("GET", "/healthz"));
    QCOMPARE(health.status, 200);
    // …and nothing in the store moved.
    QCOMPARE(storeDigest(), storeDigestBefore);
}

void TestBadInput::pipelinedRequestsStillWork()
{
    // The guard frames requests the way Qt's parser does: three pipelined requests, the middle
    // one with a body, all answered in order on one connection.
    const QByteArray verify = R"({"key":"sk_test_nope"})";
    const QByteArray three = httpRequest("GET", "/healthz") +
                             httpRequest("POST", "/v1/verify", verify) +
                             httpRequest("GET", "/v1/api-keys/" + keyId, {}, token);
    AsyncConnection c(base);
    QVERIFY(c.waitConnected());
    QList<int> statuses;
    c.onResponse = [&](const RawResponse &r) { statuses.append(r.status); };
    // Byte by byte, so that every split point is exercised.
    for (char ch : three) {
        c.send(QByteArray(1, ch));
        c.socket.flush();
    }
    QTRY_COMPARE_WITH_TIMEOUT(statuses.size(), 3, 20000);
    QCOMPARE(statuses, (QList<int>{200, 401, 200}));
    // …then garbage on the same connection is answered and closes it.
    c.send("BROKEN\r\n\r\n");
    QTRY_COMPARE_WITH_TIMEOUT(statuses.size(), 4, 20000);
    QCOMPARE(statuses.last(), 400);
    QTRY_COMPARE_WITH_TIMEOUT(c.socket.state(), QAbstractSocket::UnconnectedState, 10000);
}

namespace {
/// The peak resident set of a process, in KiB (Linux).
qint64 peakRssKiB(qint64 pid)
{
    QFile f(QStringLiteral("/proc/%1/status").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    return -1;
}
} // namespace

void TestBadInput::hugeRequestsDoNotGrowMemory_data()
{
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<int>("status");
    QTest::newRow("header") << QByteArray("GET /healthz HTTP/1.1\r\nX-Big: ") << 431;
    QTest::newRow("request-line") << QByteArray("GET /") << 414;
    QTest::newRow("body") << QByteArray(
                                 "POST /v1/verify HTTP/1.1\r\nContent-Length: 50331648\r\n\r\n")
                          << 413;
}

void TestBadInput::hugeRequestsDoNotGrowMemory()
{
    // 48 MiB of one request, streamed: Qt's parser alone would hold all of it (twice); the
    // guard answers after a few KiB and drops the rest as it comes. What stays is bounded by
    // what the kernel hands over in one read (measured here: +12 MiB peak for 64 MiB sent).
    QFETCH(QByteArray, head);
    QFETCH(int, status);
    const qint64 pid = d.process.processId();
    // Reset the peak to the current resident set (Linux ≥ 4.0), so that earlier rows do not
    // hide this one.
    QFile clear(QStringLiteral("/proc/%1/clear_refs").arg(pid));
    QVERIFY2(clear.open(QIODevice::WriteOnly) && clear.write("5") == 1, "cannot reset VmHWM");
    clear.close();
    const qint64 before = peakRssKiB(pid);
    QVERIFY(before > 0);
    QTcpSocket s;
    s.connectToHost(base.host(), quint16(base.port()));
    QVERIFY(s.waitForConnected(10000));
    s.write(head);
    const QByteArray chunk(1024 * 1024, 'm');
    QByteArray answer;
    for (int i = 0; i < 48 && s.state() == QAbstractSocket::ConnectedState; ++i) {
        s.write(chunk);
        while (s.bytesToWrite() > 0 && s.state() == QAbstractSocket::ConnectedState)
            s.waitForBytesWritten(1000);
        answer += s.readAll();
    }
    for (int i = 0;
         i < 100 && !answer.contains("}") && s.state() == QAbstractSocket::ConnectedState; ++i) {
        s.waitForReadyRead(100);
        answer += s.readAll();
    }
    answer += s.readAll();
    QVERIFY2(answer.startsWith("HTTP/1.1 " + QByteArray::number(status)),
             answer.left(200).constData());
    const qint64 after = peakRssKiB(pid);
    qInfo("peak RSS of latchkeyd: %lld KiB before, %lld KiB after", before, after);
    QVERIFY2(
        after - before < 24 * 1024,
        qPrintable(QStringLiteral("peak RSS grew from %1 KiB to %2 KiB").arg(before).arg(after)));
    QCOMPARE(rawExchange(base, httpRequest("GET", "/healthz")).status, 200);
}

void TestBadInput::cleanupTestCase()
{
    QCOMPARE(d.process.state(), QProcess::Running);
    QCOMPARE(storeDigest(), storeDigestBefore);
    QCOMPARE(d.terminate(), 0);
}

QTEST_GUILESS_MAIN(TestBadInput)
#include "tst_badinput.moc"
