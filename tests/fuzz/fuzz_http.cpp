// SPDX-License-Identifier: MIT
// Fuzzes latchkeyd's HTTP request path: an in-process ApiServer (the class latchkeyd runs) over
// a real SQLite store, listening on 127.0.0.1; every input goes over a fresh loopback
// connection, so the HTTP layer (RequestHead's checks and Beast's parser), the router,
// authentication, the JSON body of each write route and the handlers all see it exactly as
// they would from a client. A loopback connection costs well under a millisecond; the bytes
// cross the I/O threads and the event loop as they do in latchkeyd.
//
// First byte, bit 0 clear: the rest of the input is sent as raw bytes (request line, headers,
// body, pipelined requests, garbage). Bit 0 set: bits 1-3 pick a write route and the rest is
// its JSON body, sent in a well-formed request with a valid secret key, so the fuzzer reaches
// the route's body parser and service instead of stopping at 401. POST /v1/sessions is left to
// fuzz_json_body and raw mode: each well-formed sign-in costs a 600 000-round PBKDF2.
//
// An input is done when both ends are idle and no request is in flight; then the client
// disconnects, so an incomplete request is also a client that went away.

#include "core/keyservice.h"
#include "core/scopes.h"
#include "core/sqlstore.h"
#include "core/workspaceservice.h"
#include "fuzzcheck.h"
#include "server/apiserver.h"

#include <QAbstractEventDispatcher>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>
#include <QTemporaryDir>

using namespace latchkey;

namespace {

struct Env
{
    QTemporaryDir dir;
    std::unique_ptr<SqlStore> store;
    std::unique_ptr<server::ApiServer> api;
    quint16 port = 0;
    QByteArray authorization; // "Bearer sk_test_…" with every management scope
    QByteArray victimKeyId;   // a key the fuzzer may patch and roll
    QByteArray endpointId;    // a webhook endpoint the fuzzer may rotate
};
Env *env = nullptr;

// Runs both ends until nothing is left to do: no request in flight (sign-in hashes on a thread
// pool) and two rounds in a row with no event. Loopback delivery happens inside write(), so an
// idle round means the other side has nothing more to read.
void settle()
{
    QAbstractEventDispatcher *dispatcher = QAbstractEventDispatcher::instance();
    QElapsedTimer timer;
    timer.start();
    int idle = 0;
    while (idle < 2) {
        FUZZ_CHECK(timer.elapsed() < 30000); // the server never needs that long
        if (env->api->inFlight() > 0) {
            dispatcher->processEvents(QEventLoop::WaitForMoreEvents);
            idle = 0;
            continue;
        }
        idle = dispatcher->processEvents(QEventLoop::AllEvents) ? 0 : idle + 1;
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    }
}

/// Whether \p r holds one whole HTTP response (head and Content-Length body).
bool completeResponse(const QByteArray &r)
{
    const qsizetype end = r.indexOf("\r\n\r\n");
    if (end < 0)
        return false;
    const QByteArray head = r.first(end).toLower();
    const qsizetype at = head.indexOf("\r\ncontent-length:");
    const qsizetype length =
        at < 0 ? 0 : head.mid(at + 17, head.indexOf('\r', at + 2) - at - 17).trimmed().toLongLong();
    return r.size() - end - 4 >= length;
}

/// Sends \p request on a new connection and collects what comes back. The server reads and
/// writes on its own I/O threads, so "nothing left to do" on this thread is not enough: wait
/// until the answer is whole, the server closed, or nothing happened for a while (an
/// incomplete request gets no answer). \p mustAnswer waits for a whole answer.
QByteArray exchange(const QByteArray &request, bool mustAnswer = false)
{
    QByteArray response;
    {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, env->port);
        FUZZ_CHECK(socket.waitForConnected(5000));
        socket.write(request);
        socket.flush();
        QElapsedTimer total, quiet;
        total.start();
        quiet.start();
        while (true) {
            FUZZ_CHECK(total.elapsed() < 30000); // the server never needs that long
            settle();
            socket.waitForReadyRead(1);
            const QByteArray more = socket.readAll();
            response += more;
            if (!more.isEmpty() || env->api->inFlight() > 0 || env->api->answersPending() > 0)
                quiet.restart();
            if (socket.state() != QAbstractSocket::ConnectedState || completeResponse(response))
                break;
            if (!mustAnswer && quiet.elapsed() > 50)
                break;
        }
        response += socket.readAll();
        // Like a client that goes away (mid-request, if the request was incomplete).
        socket.abort();
    }
    settle(); // the server notices and drops the connection
    return response;
}

QByteArray request(const QByteArray &method, const QByteArray &path, const QByteArray &body)
{
    return method + ' ' + path +
           " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: " + env->authorization +
           "\r\nContent-Type: application/json\r\nContent-Length: " +
           QByteArray::number(body.size()) + "\r\n\r\n" + body;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    static int qtArgc = 1;
    static char *qtArgv[] = {(*argv)[0], nullptr};
    (void)argc;
    new QCoreApplication(qtArgc, qtArgv);
    env = new Env;
    FUZZ_CHECK(env->dir.isValid());
    auto opened = SqlStore::open(QStringLiteral("sqlite:") +
                                 env->dir.filePath(QStringLiteral("latchkey.db")));
    FUZZ_CHECK(opened.ok());
    env->store = std::move(*opened);
    WorkspaceService workspaces(*env->store);
    auto init = workspaces.init(QStringLiteral("Fuzz"), QStringLiteral("owner@fuzz.test"),
                                QString(), {QStringLiteral("forms"), QStringLiteral("bookings")});
    FUZZ_CHECK(init.ok());
    const Actor owner = Actor::member(init->owner.id, QStringLiteral("owner@fuzz.test"),
                                      init->workspace.id, Role::Owner);
    KeyService keys(*env->store, ScopeCatalog::builtin());
    CreateKeyRequest admin;
    admin.name = QStringLiteral("fuzz admin");
    admin.scopes = {QStringLiteral("keys.read"),     QStringLiteral("keys.write"),
                    QStringLiteral("webhooks.read"), QStringLiteral("webhooks.write"),
                    QStringLiteral("audit.read"),    QStringLiteral("service.forms.*")};
    auto issued = keys.create(owner, admin);
    FUZZ_CHECK(issued.ok());
    env->authorization = "Bearer " + issued->secret;
    CreateKeyRequest victim;
    victim.name = QStringLiteral("fuzz victim");
    victim.scopes = {QStringLiteral("service.forms.submit")};
    auto second = keys.create(owner, victim);
    FUZZ_CHECK(second.ok());
    env->victimKeyId = second->key.id.toUtf8();

    server::ServerOptions options;
    options.logFormat = server::ServerOptions::LogFormat::None;
    env->api = std::make_unique<server::ApiServer>(*env->store, ScopeCatalog::builtin(),
                                                   QByteArray(32, 'k'), options);
    env->port = env->api->listen(QHostAddress::LocalHost, 0);
    FUZZ_CHECK(env->port != 0);

    const QByteArray created = exchange(
        request("POST", "/v1/webhook-endpoints",
                R"({"url":"https://hooks.example.com/latchkey","events":["key.created"]})"),
        true);
    const qsizetype split = created.indexOf("\r\n\r\n");
    env->endpointId = QJsonDocument::fromJson(created.mid(split + 4))
                          .object()
                          .value(u"data")
                          .toObject()
                          .value(u"id")
                          .toString()
                          .toUtf8();
    if (!created.startsWith("HTTP/1.1 20") || split < 0 || env->endpointId.isEmpty())
        std::fprintf(stderr, "fuzz_http: cannot create a webhook endpoint:\n%s\n",
                     created.constData());
    FUZZ_CHECK(created.startsWith("HTTP/1.1 20") && split > 0);
    FUZZ_CHECK(!env->endpointId.isEmpty());
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const QByteArray rest(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    QByteArray wire;
    if ((data[0] & 1) == 0) {
        wire = rest;
    } else {
        switch ((data[0] >> 1) % 6) {
        case 0:
            wire = request("POST", "/v1/api-keys", rest);
            break;
        case 1:
            wire = request("PATCH", "/v1/api-keys/" + env->victimKeyId, rest);
            break;
        case 2:
            wire = request("POST", "/v1/api-keys/" + env->victimKeyId + "/roll", rest);
            break;
        case 3:
            wire = request("POST", "/v1/webhook-endpoints", rest);
            break;
        case 4:
            wire = request("POST", "/v1/webhook-endpoints/" + env->endpointId + "/rotate-secret",
                           rest);
            break;
        default:
            wire = request("POST", "/v1/verify", rest);
            break;
        }
    }
    const QByteArray response = exchange(wire);
    // Whatever arrived, the server answers (if at all) with HTTP and never with a 5xx.
    if (!response.isEmpty()) {
        FUZZ_CHECK(response.startsWith("HTTP/1.1 "));
        FUZZ_CHECK(response.mid(9, 1) != "5");
    }
    return 0;
}
