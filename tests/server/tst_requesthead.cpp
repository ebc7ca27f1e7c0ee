// SPDX-License-Identifier: MIT
// RequestHead, the strict reading of a request head that runs before Beast's parser: each
// rule and limit as a row, fed whole and byte by byte (a slow client must get the same answer,
// and no limit may wait for the end of the head to be enforced).

#include "server/requesthead.h"

#include <QTest>

using latchkey::server::HttpLimits;
using latchkey::server::RequestHead;

namespace {
QByteArray rep(char c, int n)
{
    return QByteArray(n, c);
}

/// Feeds \p bytes in steps of \p step; the state after the last step, and how many bytes it
/// took to get there.
std::pair<RequestHead::State, qsizetype> feed(RequestHead &head, const QByteArray &bytes,
                                              qsizetype step)
{
    RequestHead::State state = RequestHead::State::NeedMore;
    qsizetype n = 0;
    while (n < bytes.size() && state == RequestHead::State::NeedMore) {
        n = std::min(bytes.size(), n + step);
        state = head.scan(std::string_view(bytes.constData(), std::size_t(n)));
    }
    return {state, n};
}
} // namespace

class TestRequestHead : public QObject
{
    Q_OBJECT

private slots:
    void rules_data();
    void rules();
    void limitsAreEnforcedEarly_data();
    void limitsAreEnforcedEarly();
    void pipelinedHeadsOneAfterAnother();
};

void TestRequestHead::rules_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("status"); // 0: a complete, valid head
    QTest::addColumn<qulonglong>("contentLength");
    auto row = [](const char *name, const QByteArray &bytes, int status, qulonglong length = 0) {
        QTest::newRow(name) << bytes << status << length;
    };
    row("get", "GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n", 0);
    row("no-headers", "GET / HTTP/1.0\r\n\r\n", 0);
    row("blank-lines-first", "\r\n\r\nGET / HTTP/1.1\r\nHost: x\r\n\r\n", 0);
    row("post-length", "POST /v1/verify HTTP/1.1\r\nContent-Length: 12\r\n\r\n", 0, 12);
    row("same-length-twice", "POST / HTTP/1.1\r\nContent-Length: 2\r\ncontent-length: 2\r\n\r\n", 0,
        2);
    row("absolute-form", "GET http://x/healthz HTTP/1.1\r\nHost: x\r\n\r\n", 0);
    row("obs-text-value", "GET / HTTP/1.1\r\nX-A: caf\xc3\xa9\r\n\r\n", 0);
    row("tab-in-value", "GET / HTTP/1.1\r\nX-A: a\tb\r\n\r\n", 0);

    row("garbage", "GARBAGE\r\n\r\n", 400);
    row("http09", "GET /healthz\r\n\r\n", 400);
    row("double-space", "GET  / HTTP/1.1\r\n\r\n", 400);
    row("http2", "GET / HTTP/2.0\r\n\r\n", 400);
    row("lower-proto", "GET / http/1.1\r\n\r\n", 400);
    row("8bit-target", "GET /\xff HTTP/1.1\r\n\r\n", 400);
    row("relative-target", "GET healthz HTTP/1.1\r\n\r\n", 400);
    row("nul", QByteArray("GET /\0 HTTP/1.1\r\n\r\n", 19), 400);
    row("bare-lf", "GET / HTTP/1.1\nHost: x\n\n", 400);
    row("bare-cr", "GET / HTTP/1.1\rHost: x\r\n\r\n", 400);
    row("folded", "GET / HTTP/1.1\r\nX-A: a\r\n b\r\n\r\n", 400);
    row("no-colon", "GET / HTTP/1.1\r\nNoColon\r\n\r\n", 400);
    row("space-before-colon", "GET / HTTP/1.1\r\nHost : x\r\n\r\n", 400);
    row("ctrl-value", "GET / HTTP/1.1\r\nX-A: a\x01z\r\n\r\n", 400);
    row("del-value", "GET / HTTP/1.1\r\nX-A: a\x7fz\r\n\r\n", 400);
    row("length-text", "POST / HTTP/1.1\r\nContent-Length: abc\r\n\r\n", 400);
    row("length-plus", "POST / HTTP/1.1\r\nContent-Length: +2\r\n\r\n", 400);
    row("length-list", "POST / HTTP/1.1\r\nContent-Length: 2, 2\r\n\r\n", 400);
    row("length-conflict", "POST / HTTP/1.1\r\nContent-Length: 2\r\nContent-Length: 3\r\n\r\n",
        400);
    row("length-overflow", "POST / HTTP/1.1\r\nContent-Length: 99999999999999999999\r\n\r\n", 400);
    row("te-and-length",
        "POST / HTTP/1.1\r\nContent-Length: 2\r\nTransfer-Encoding: chunked\r\n\r\n", 400);
    row("te", "POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n", 411);
    row("body-too-large", "POST / HTTP/1.1\r\nContent-Length: 65537\r\n\r\n", 413);
    row("line-9k", "GET /" + rep('a', 9000) + " HTTP/1.1\r\n\r\n", 414);
    row("field-9k", "GET / HTTP/1.1\r\nX-A: " + rep('h', 9000) + "\r\n\r\n", 431);
    QByteArray many = "GET / HTTP/1.1\r\n";
    for (int i = 0; i < 101; ++i)
        many += "A: b\r\n";
    row("101-fields", many + "\r\n", 431);
    QByteArray big = "GET / HTTP/1.1\r\n";
    for (int i = 0; i < 5; ++i)
        big += "X-" + QByteArray::number(i) + ": " + rep('v', 7000) + "\r\n";
    row("head-35k", big + "\r\n", 431);
}

void TestRequestHead::rules()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, status);
    QFETCH(qulonglong, contentLength);
    for (qsizetype step : {bytes.size(), qsizetype(1), qsizetype(7)}) {
        RequestHead head{HttpLimits{}};
        const auto [state, used] = feed(head, bytes, step);
        if (status == 0) {
            QCOMPARE(state, RequestHead::State::Complete);
            QCOMPARE(qsizetype(head.skipped() + head.headSize()), bytes.size());
            QCOMPARE(qulonglong(head.contentLength()), contentLength);
        } else {
            QCOMPARE(state, RequestHead::State::Rejected);
            QCOMPARE(head.rejection().status, status);
            QVERIFY(!head.rejection().message.isEmpty());
        }
    }
}

void TestRequestHead::limitsAreEnforcedEarly_data()
{
    QTest::addColumn<QByteArray>("start");
    QTest::addColumn<int>("status");
    QTest::newRow("request-line") << QByteArray("GET /") << 414;
    QTest::newRow("one-field") << QByteArray("GET / HTTP/1.1\r\nX-Big: ") << 431;
}

void TestRequestHead::limitsAreEnforcedEarly()
{
    // A head that never ends is refused once a limit is crossed, not when memory runs out.
    QFETCH(QByteArray, start);
    QFETCH(int, status);
    RequestHead head{HttpLimits{}};
    const auto [state, used] = feed(head, start + rep('x', 1024 * 1024), 512);
    QCOMPARE(state, RequestHead::State::Rejected);
    QCOMPARE(head.rejection().status, status);
    QVERIFY2(used <= 9 * 1024, QByteArray::number(used).constData());
}

void TestRequestHead::pipelinedHeadsOneAfterAnother()
{
    const QByteArray first = "GET /a HTTP/1.1\r\n\r\n";
    const QByteArray second = "POST /b HTTP/1.1\r\nContent-Length: 2\r\n\r\n";
    const QByteArray stream = first + second + "{}";
    RequestHead head{HttpLimits{}};
    QCOMPARE(head.scan(std::string_view(stream.constData(), std::size_t(stream.size()))),
             RequestHead::State::Complete);
    QCOMPARE(qsizetype(head.headSize()), first.size());
    head.reset();
    const QByteArray rest = stream.mid(first.size());
    QCOMPARE(head.scan(std::string_view(rest.constData(), std::size_t(rest.size()))),
             RequestHead::State::Complete);
    QCOMPARE(qsizetype(head.headSize()), second.size());
    QCOMPARE(head.contentLength(), 2u);
}

QTEST_GUILESS_MAIN(TestRequestHead)
#include "tst_requesthead.moc"
