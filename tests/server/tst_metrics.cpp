// SPDX-License-Identifier: MIT
// GET /metrics (docs/operations.md, "Metrics"): a real latchkeyd with --metrics-listen takes a
// burst of verifies and forward-auth checks (allowed and refused) and some management calls
// over HTTP, and its scrape names exactly those counts, per route and status and per verify
// outcome, with a histogram that counted every request. Without the option nothing answers
// /metrics, and the API port never does.
#include "harness.h"
#include "rawhttp.h"

#include <QJsonArray>
#include <QTcpServer>

#include <memory>
#include <vector>

using namespace latchkey;
using namespace latchkey::testing;

namespace {
const QByteArray kPassword = "correct horse battery staple";
const QString kEmail = QStringLiteral("metrics@acme.test");

/// A port nobody listens on right now.
quint16 freePort()
{
    QTcpServer s;
    s.listen(QHostAddress::LocalHost, 0);
    return s.serverPort();
}

/// The scrape's samples: "name{labels}" -> value. Fails the test on a malformed line.
QHash<QString, double> samples(const QByteArray &text)
{
    QHash<QString, double> out;
    for (const QByteArray &line : text.split('\n')) {
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        const qsizetype space = line.lastIndexOf(' ');
        bool ok = false;
        const double value = line.mid(space + 1).toDouble(&ok);
        if (space <= 0 || !ok) {
            qWarning("malformed sample: %s", line.constData());
            return {};
        }
        out.insert(QString::fromUtf8(line.left(space)), value);
    }
    return out;
}

/// \p count copies of \p request over \p connections keep-alive connections at once; the
/// statuses of the answers.
QList<int> burst(const QUrl &base, const QByteArray &request, int count, int connections)
{
    QList<int> statuses;
    std::vector<std::unique_ptr<AsyncConnection>> conns;
    for (int c = 0; c < connections; ++c) {
        conns.push_back(std::make_unique<AsyncConnection>(base));
        conns.back()->onResponse = [&statuses](const RawResponse &r) { statuses.append(r.status); };
        if (!conns.back()->waitConnected())
            return statuses;
    }
    for (int i = 0; i < count; ++i)
        conns[size_t(i % connections)]->send(request);
    QElapsedTimer t;
    t.start();
    while (statuses.size() < count && t.elapsed() < 60000)
        QTest::qWait(10);
    return statuses;
}
} // namespace

class TestMetrics : public QObject
{
    Q_OBJECT

private:
    Latchkeyd d;
    QString metricsUrl;

    QByteArray scrape(int expectStatus = 200, const QString &path = QStringLiteral("/metrics"))
    {
        Http h;
        h.base = metricsUrl;
        const HttpResult r = h.send("GET", path, {}, {}, false);
        if (r.status != expectStatus)
            qWarning("GET %s: %d %s", qPrintable(path), r.status, r.body.constData());
        return r.status == expectStatus ? r.body : QByteArray();
    }

private slots:
    void initTestCase() { QCOMPARE(d.init(kEmail, kPassword), 0); }

    void offByDefault()
    {
        Latchkeyd plain(d.storeUrl);
        QVERIFY2(plain.start(), plain.logs().constData());
        Http h;
        h.base = plain.url;
        QCOMPARE(h.send("GET", QStringLiteral("/metrics"), {}, {}, false).status, 404);
        QCOMPARE(plain.terminate(), 0);
    }

    void badMetricsListen()
    {
        QProcess p;
        p.start(latchkeydPath(),
                {QStringLiteral("serve"), QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                 QStringLiteral("--store"), d.storeUrl, QStringLiteral("--metrics-listen"),
                 QStringLiteral("nowhere")});
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitCode(), 2);
        QVERIFY2(p.readAllStandardError().contains("--metrics-listen"), "not named");
    }

    void countsUnderLoad()
    {
        const quint16 port = freePort();
        QVERIFY2(
            d.start({QStringLiteral("--metrics-listen"), QStringLiteral("127.0.0.1:%1").arg(port)}),
            d.logs().constData());
        metricsUrl = QStringLiteral("http://127.0.0.1:%1").arg(port);
        ContractLog::addListener(metricsUrl, QStringLiteral("metrics"));

        // Nothing counted yet; the cache is empty; SQLite has no change feed.
        QHash<QString, double> s = samples(scrape());
        QCOMPARE(s.value(QStringLiteral("latchkeyd_http_request_duration_seconds_count"), -1), 0.0);
        QCOMPARE(s.value(QStringLiteral("latchkeyd_verifier_cached_keys"), -1), 0.0);
        QVERIFY(!s.contains(QStringLiteral("latchkeyd_change_feed_lag_seconds")));

        // Management calls: sign in, create a key, list twice, health, two unmatched.
        Http h;
        h.base = d.url;
        const HttpResult in = h.post(QStringLiteral("/v1/sessions"),
                                     {{QStringLiteral("email"), kEmail},
                                      {QStringLiteral("password"), QString::fromUtf8(kPassword)}});
        QCOMPARE(in.status, 200);
        h.token = in.data().value(QLatin1String("token")).toString().toLatin1();
        const HttpResult created =
            h.post(QStringLiteral("/v1/api-keys"),
                   {{QStringLiteral("name"), QStringLiteral("metered")},
                    {QStringLiteral("environment"), QStringLiteral("test")},
                    {QStringLiteral("scopes"), QJsonArray{QStringLiteral("service.forms.read")}}});
        QCOMPARE(created.status, 201);
        const QByteArray secret =
            created.data().value(QLatin1String("secret")).toString().toLatin1();
        QCOMPARE(h.get(QStringLiteral("/v1/api-keys")).status, 200);
        QCOMPARE(h.get(QStringLiteral("/v1/api-keys")).status, 200);
        QCOMPARE(h.send("GET", QStringLiteral("/healthz"), {}, {}, false).status, 200);
        QCOMPARE(h.get(QStringLiteral("/v1/nowhere")).status, 404);
        QCOMPARE(h.send("POST", QStringLiteral("/healthz"), "{}").status, 405);
        // The API port does not answer /metrics even when the listener is on.
        QCOMPARE(h.send("GET", QStringLiteral("/metrics"), {}, {}, false).status, 404);

        // The burst: 300 allowed verifies on 3 connections, 5 refused for their scope, 3 for
        // an unknown key, 10 allowed forward-auth checks.
        const QUrl base(d.url);
        const QByteArray allowed = httpRequest(
            "POST", "/v1/verify", R"({"key":")" + secret + R"(","scope":"service.forms.read"})");
        const QByteArray scope = httpRequest(
            "POST", "/v1/verify", R"({"key":")" + secret + R"(","scope":"service.forms.write"})");
        const QByteArray unknown = httpRequest("POST", "/v1/verify", R"({"key":"sk_test_nope"})");
        const QByteArray auth = httpRequest("GET", "/v1/auth", {}, secret);
        QCOMPARE(burst(base, allowed, 300, 3), QList<int>(300, 200));
        QCOMPARE(burst(base, scope, 5, 2), QList<int>(5, 403));
        QCOMPARE(burst(base, unknown, 3, 1), QList<int>(3, 401));
        QCOMPARE(burst(base, auth, 10, 2), QList<int>(10, 204));

        const QByteArray text = scrape();
        s = samples(text);
        QVERIFY2(!s.isEmpty(), text.constData());
        const QHash<QString, double> requests{
            {QStringLiteral(R"(method="POST",route="/v1/sessions",status="200")"), 1},
            {QStringLiteral(R"(method="POST",route="/v1/api-keys",status="201")"), 1},
            {QStringLiteral(R"(method="GET",route="/v1/api-keys",status="200")"), 2},
            {QStringLiteral(R"(method="GET",route="/healthz",status="200")"), 1},
            {QStringLiteral(R"(route="unmatched",status="404")"), 2}, // /v1/nowhere, /metrics
            {QStringLiteral(R"(route="unmatched",status="405")"), 1},
            {QStringLiteral(R"(method="POST",route="/v1/verify",status="200")"), 300},
            {QStringLiteral(R"(method="POST",route="/v1/verify",status="403")"), 5},
            {QStringLiteral(R"(method="POST",route="/v1/verify",status="401")"), 3},
            {QStringLiteral(R"(method="GET",route="/v1/auth",status="204")"), 10},
        };
        double total = 0;
        for (auto it = requests.begin(); it != requests.end(); ++it) {
            const QString name = QStringLiteral("latchkeyd_http_requests_total{%1}").arg(it.key());
            QVERIFY2(s.value(name, -1) == it.value(),
                     qPrintable(name + QStringLiteral(" in:\n") + QString::fromUtf8(text)));
            total += it.value();
        }
        // …and no other route or status.
        for (auto it = s.begin(); it != s.end(); ++it)
            if (it.key().startsWith(u"latchkeyd_http_requests_total{"))
                QVERIFY2(requests.contains(it.key().mid(30).chopped(1)), qPrintable(it.key()));

        // Verify outcomes: every one named, those that happened counted exactly.
        const QHash<QString, double> outcomes{{QStringLiteral("allowed"), 310},
                                              {QStringLiteral("insufficient_scope"), 5},
                                              {QStringLiteral("invalid_api_key"), 3}};
        for (const char *outcome :
             {"allowed", "missing_authorization", "invalid_api_key", "environment_not_allowed",
              "service_inactive", "origin_not_allowed", "ip_not_allowed", "endpoint_not_allowed",
              "insufficient_scope", "rate_limit_exceeded", "store_unavailable", "store_error",
              "internal_error", "other"}) {
            const QString name = QStringLiteral("latchkeyd_verify_total{outcome=\"%1\"}")
                                     .arg(QLatin1String(outcome));
            QVERIFY2(s.value(name, -1) == outcomes.value(QLatin1String(outcome), 0),
                     qPrintable(name + QStringLiteral(" in:\n") + QString::fromUtf8(text)));
        }

        // The histogram counted each request once, in cumulative buckets.
        const QString histogram = QStringLiteral("latchkeyd_http_request_duration_seconds");
        QCOMPARE(s.value(histogram + QStringLiteral("_count")), total);
        QCOMPARE(s.value(histogram + QStringLiteral("_bucket{le=\"+Inf\"}")), total);
        QVERIFY(s.value(histogram + QStringLiteral("_sum")) > 0);
        double previous = 0;
        int buckets = 0;
        for (const QByteArray &line : text.split('\n'))
            if (line.startsWith(histogram.toLatin1() + "_bucket{")) {
                const double v = line.mid(line.lastIndexOf(' ') + 1).toDouble();
                QVERIFY2(v >= previous, line.constData());
                previous = v;
                ++buckets;
            }
        QCOMPARE(buckets, 15);
        QCOMPARE(s.value(QStringLiteral("latchkeyd_verifier_cached_keys")), 1.0);
        QVERIFY(text.contains("# TYPE latchkeyd_http_requests_total counter\n"));
        QVERIFY(text.contains("# TYPE latchkeyd_http_request_duration_seconds histogram\n"));

        // A scrape is not a request of the API: the next one reads the same.
        QCOMPARE(samples(scrape()), s);
    }

    void metricsListenerServesOnlyMetrics()
    {
        QVERIFY(!metricsUrl.isEmpty());
        Http h;
        h.base = metricsUrl;
        const HttpResult ok = h.send("GET", QStringLiteral("/metrics"), {}, {}, false);
        QCOMPARE(ok.status, 200);
        QCOMPARE(ok.header("Content-Type"), QByteArray("text/plain; version=0.0.4; charset=utf-8"));
        QVERIFY(ok.header("Request-Id").startsWith("req_"));
        QCOMPARE(h.send("GET", QStringLiteral("/v1/api-keys"), {}, {}, false).status, 404);
        const HttpResult post = h.send("POST", QStringLiteral("/metrics"), "{}", {}, false);
        QCOMPARE(post.status, 405);
        QCOMPARE(post.header("Allow"), QByteArray("GET"));
        QCOMPARE(d.terminate(), 0); // SIGTERM drains both listeners and exits 0
    }
};

QTEST_GUILESS_MAIN(TestMetrics)
#include "tst_metrics.moc"
