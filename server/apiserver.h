// SPDX-License-Identifier: MIT
#pragma once
// latchkeyd's HTTP face: the management API the dashboard calls and the verify /
// forward-auth path that gateways call on every request. It owns no rule: every decision is a
// call into core's services, and every failure leaves as the JSON error envelope of
// core/apierror.h.

#include "core/authorization.h"
#include "core/keyservice.h"
#include "core/memberservice.h"
#include "core/scopes.h"
#include "core/sessionservice.h"
#include "core/store.h"
#include "core/verifier.h"
#include "core/webhookservice.h"
#include "core/workspaceservice.h"
#include "httpserver.h"
#include "metrics.h"
#include "requestlog.h"
#include "router.h"
#include "webhooksender.h"

#include <QElapsedTimer>
#include <QHash>
#include <QPointer>
#include <QTimer>

#include <functional>
#include <memory>
#include <mutex>
#include <optional>

namespace latchkey::server {

struct ServerOptions
{
    enum class LogFormat
    {
        Text,
        Json,
        None
    };
    LogFormat logFormat = LogFormat::Text;
    qint64 maxBodyBytes = qint64(64) * 1024;
    /// Threads that read, parse and write HTTP; the handlers run on the server's own thread.
    int ioThreads = 2;
    VerifierOptions verifier;
    /// Where log lines go (one per request): a batch of lines, each ending in '\n', every
    /// 50 ms or so, from the log's own thread (see RequestLog); default: standard error.
    std::function<void(const QByteArray &lines)> logSink;
    /// `serve --allow-loopback-webhooks` and the dashboard's sandbox: test endpoints may also be
    /// http(s)://localhost and http(s)://127.0.0.1. Never another internal address, never live.
    LoopbackWebhooks loopbackWebhooks = LoopbackWebhooks::Refused;
    /// `serve --gateway`: the one header family that describes the original request to
    /// GET /v1/auth. nginx sets X-Original-Method / X-Original-URI; Traefik and Caddy set
    /// X-Forwarded-Method / X-Forwarded-Uri. The other family is ignored: a client may have sent
    /// it, and its gateway may pass it on untouched.
    enum class Gateway
    {
        Nginx,
        Traefik,
        Caddy
    };
    Gateway gateway = Gateway::Nginx;
    /// The dashboard's offline sandbox served on loopback (LocalBackend::serveLocally). Test
    /// keys only: verify, auth and the management API refuse a live key, and creating or
    /// rolling one, with 403 environment_not_allowed (VerifierOptions::environments,
    /// KeyService::setEnvironments). And only requests whose Host is the listener's own
    /// loopback address and port (127.0.0.1:<port>, localhost:<port>, [::1]:<port>): any other
    /// Host gets 421 misdirected_request, a missing or repeated one 400 (RFC 9112 §3.2), so a
    /// web page cannot reach it through a name of its own that it rebinds to 127.0.0.1.
    bool sandbox = false;
};

class ApiServer : public QObject
{
    Q_OBJECT

public:
    /// \p store, \p catalog must outlive the server. \p masterKey seals webhook secrets.
    ApiServer(Store &store, const ScopeCatalog &catalog, QByteArray masterKey,
              ServerOptions options = {}, QObject *parent = nullptr);
    ~ApiServer() override;

    /// Stops accepting connections; drained() is emitted once no request is in flight.
    void drain();
    int inFlight() const { return m_inFlight; }
    /// Answers given but not yet written to their connections (by the I/O threads).
    int answersPending() const { return m_http->answersPending(); }
    Verifier &verifier() { return m_verifier; }

    /// Listens on \p address:\p port (0: a free one); the port, or 0 with \p error set.
    quint16 listen(const QHostAddress &address, quint16 port, QString *error = nullptr);
    /// Writes the last uses and usage counts gathered on the verify path now (they are
    /// written every few seconds anyway).
    void flushUsage() { (void)m_verifier.flushUsage(); }
    /// TLS for the listeners opened from now on (PEM certificate chain and private key).
    bool setTls(const QByteArray &certChainPem, const QByteArray &keyPem, QString *error);
    /// Serves GET /metrics (Prometheus text format, docs/operations.md "Metrics") on a plain
    /// HTTP listener of its own at \p address:\p port (0: a free one); the port, or 0 with
    /// \p error set. Without it no listener answers /metrics. The API's requests are counted
    /// either way.
    quint16 listenMetrics(const QHostAddress &address, quint16 port, QString *error = nullptr);

signals:
    void drained();

private:
    void handleRequest(HttpRequest &&request, HttpServer::Respond respond);
    struct Call;
    struct Reply;
    void dispatch(Call &call);
    void finish(Call &call, Reply reply);
    Reply routeManagement(Call &call);
    /// authenticate(), then the one authorization point for the route's operation.
    Result<Actor> authorized(Call &call);
    Result<Actor> authenticate(Call &call, const QString &scopeNeeded);

    Reply health(Call &call);
    /// 200 with \p listed as a list of toJson(item), or the error.
    template<class T, class ToJson>
    static Reply listReply(const Result<QList<T>> &listed, ToJson toJson);
    /// 200 saying the object \p id (\p object) is \p how ("removed", "withdrawn").
    static Reply gone(const QString &id, const QString &object, const QString &how);
    Reply listMembers(Call &call, const Actor &actor);
    Reply patchMember(Call &call, const Actor &actor);
    Reply removeMember(Call &call, const Actor &actor);
    Reply createInvitation(Call &call, const Actor &actor);
    Reply listInvitations(Call &call, const Actor &actor);
    Reply withdrawInvitation(Call &call, const Actor &actor);
    Reply acceptInvitation(Call &call);
    Reply createWorkspace(Call &call);
    QJsonObject workspaceJson(const WorkspaceView &v) const;
    Reply renameWorkspace(Call &call, const Actor &actor);
    Reply setServiceStatus(Call &call, const Actor &actor);
    Reply changePassword(Call &call);
    /// The signed-in user behind the call's session, for the operations that need no
    /// workspace; a key gets what core says about \p op for it (403 permission_denied).
    Result<Authenticated> signedInUser(Call &call, Operation op);
    void createSession(std::shared_ptr<Call> call);
    /// The sign-in worker's answer for \p ticket, queued back onto this thread.
    Q_INVOKABLE void finishSignIn(quint64 ticket, bool passwordOk);
    Reply deleteSession(Call &call);
    Reply listWorkspaces(Call &call);
    Reply listScopes(Call &call, const Actor &actor);
    Reply listKeys(Call &call, const Actor &actor);
    Reply createKey(Call &call, const Actor &actor);
    Reply getKey(Call &call, const Actor &actor);
    Reply patchKey(Call &call, const Actor &actor);
    Reply revokeKey(Call &call, const Actor &actor);
    Reply rollKey(Call &call, const Actor &actor);
    Reply keyUsage(Call &call, const Actor &actor);
    Reply listEndpoints(Call &call, const Actor &actor);
    Reply createEndpoint(Call &call, const Actor &actor);
    Reply getEndpoint(Call &call, const Actor &actor);
    Reply deleteEndpoint(Call &call, const Actor &actor);
    Reply rotateEndpointSecret(Call &call, const Actor &actor);
    void testEndpoint(std::shared_ptr<Call> call, const Actor &actor);
    Reply listAudit(Call &call, const Actor &actor);
    Reply verifyAuditChain(Call &call, const Actor &actor);
    /// POST /v1/verify and GET /v1/auth. With \p cacheOnly (on an I/O thread): nothing when
    /// the answer needs the store, and the request goes on to this object's thread.
    std::optional<Reply> verify(const HttpRequest &request, QString &logKey, bool cacheOnly);
    /// The verifier's answer (from memory alone with \p cacheOnly), and the log's key.
    std::optional<VerifyResult> ask(const VerifyRequest &question, bool cacheOnly, QString &logKey);
    std::optional<Reply> forwardAuth(const HttpRequest &request, QString &logKey, bool cacheOnly);
    /// HttpServerOptions::answerHere: verify and auth answered on the I/O thread that read
    /// them, when the verifier's cache holds what they need.
    std::optional<HttpResponse> answerHere(const HttpRequest &request);
    /// ServerOptions::sandbox: the refusal of a request whose Host is not the listener's own
    /// loopback address and port; nothing when it is, or when not a sandbox.
    std::optional<ApiError> misdirected(const HttpRequest &request) const;
    static HttpResponse toResponse(Reply reply);
    /// A failure of the store or of latchkeyd itself is the operator's to read: its message
    /// names the database (address, user, the driver's words). The client gets a plain sentence
    /// and the Request-Id; a store_error or internal_error goes to the log whole, under that id
    /// (an unreachable store is logged once by the store, not once per request).
    Reply withoutOperatorDetail(Reply reply, const HttpRequest &request);

    /// The metrics listener's handler: GET /metrics, and 404 / 405 for anything else.
    void answerMetrics(const HttpRequest &request, const HttpServer::Respond &respond);

    void log(const Call &call, int status);
    void log(const HttpRequest &request, const QString &logKey, int status, qint64 nsecs);

    Store &m_store;
    const ScopeCatalog &m_catalog;
    ServerOptions m_options;
    Router m_router;
    Verifier m_verifier;
    KeyService m_keys;
    WebhookService m_webhooks;
    WorkspaceService m_workspaces;
    MemberService m_members;
    SessionService m_sessions;
    struct SignInInFlight
    {
        std::shared_ptr<Call> call;
        SessionService::Attempt attempt;
    };
    QHash<quint64, SignInInFlight> m_signInsInFlight;
    quint64 m_lastSignInTicket = 0;
    std::unique_ptr<WebhookSender> m_webhookSender;
    QTimer m_flushTimer;
    int m_inFlight = 0;
    std::unique_ptr<RequestLog> m_requestLog; // none with LogFormat::None
    bool m_draining = false;
    std::unique_ptr<Metrics> m_metrics = std::make_unique<Metrics>();
    // Last: destroyed first, so no request arrives while the rest is going away.
    std::unique_ptr<HttpServer> m_metricsHttp; // with listenMetrics() only
    std::unique_ptr<HttpServer> m_http;
};

} // namespace latchkey::server
