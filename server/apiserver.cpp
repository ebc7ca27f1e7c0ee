// SPDX-License-Identifier: MIT
#include "apiserver_p.h"

#include "core/auditfilter.h"
#include "core/authorization.h"
#include "core/json.h"
#include "core/keyfilter.h"
#include "core/redact.h"
#include "requestlog.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUrlQuery>

namespace latchkey::server {

namespace {

/// The query parameters a route reads. Any other is refused (400 naming it), not ignored: a
/// misspelt filter (?enviroment=live) must not quietly answer for another environment. Verify,
/// forward-auth and the health check read none, and are left alone: what a gateway or a probe
/// adds to their query is its own business.
std::optional<QStringList> queryParametersOf(Route route)
{
    const QStringList page{QStringLiteral("limit"), QStringLiteral("starting_after"),
                           QStringLiteral("environment")};
    switch (route) {
    case Route::Verify:
    case Route::Auth:
    case Route::Health:
        return std::nullopt;
    case Route::ListKeys:
        return page + KeyFilter::params();
    case Route::ListEndpoints:
        return page;
    case Route::ListAudit:
        return page + AuditFilter::params();
    case Route::KeyUsage:
        return QStringList{QStringLiteral("days")};
    default:
        return QStringList();
    }
}

std::optional<ApiError> unknownQueryParameter(Route route, const QUrlQuery &query)
{
    const std::optional<QStringList> known = queryParametersOf(route);
    if (!known)
        return std::nullopt;
    for (const auto &[name, value] : query.queryItems(QUrl::FullyDecoded)) {
        Q_UNUSED(value)
        if (!known->contains(name)) {
            const QString shown = redactSecrets(name.left(64));
            return ApiError::invalidRequest(
                shown,
                known->isEmpty()
                    ? Tr::tr("Unknown query parameter '%1': this route takes none.").arg(shown)
                    : Tr::tr("Unknown query parameter '%1'; this route takes %2.")
                          .arg(shown, known->join(QStringLiteral(", "))));
        }
    }
    return std::nullopt;
}

} // namespace

namespace {
ServerOptions withSandbox(ServerOptions options)
{
    if (options.sandbox)
        options.verifier.environments = KeyEnvironments::TestOnly;
    return options;
}
} // namespace

ApiServer::ApiServer(Store &store, const ScopeCatalog &catalog, QByteArray masterKey,
                     ServerOptions options, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_catalog(catalog)
    , m_options(withSandbox(std::move(options)))
    , m_verifier(store, m_options.verifier)
    , m_keys(store, catalog)
    , m_webhooks(store, catalog, std::move(masterKey), {}, m_options.loopbackWebhooks)
    , m_workspaces(store)
    , m_members(store, catalog)
    , m_sessions(store)
    , m_webhookSender(std::make_unique<WebhookSender>())
{
    if (m_options.sandbox)
        m_keys.setEnvironments(KeyEnvironments::TestOnly);
    if (m_options.logFormat != ServerOptions::LogFormat::None)
        m_requestLog = std::make_unique<RequestLog>(
            m_options.logSink ? m_options.logSink : &RequestLog::writeToStandardError);
    // Last-used times and usage counts are kept in memory on the verify path and written every
    // few seconds.
    m_flushTimer.setInterval(5000);
    connect(&m_flushTimer, &QTimer::timeout, this, [this] { (void)m_verifier.flushUsage(); });
    m_flushTimer.start();
    HttpServerOptions http;
    http.limits.maxBody = std::uint64_t(std::max<qint64>(0, m_options.maxBodyBytes));
    http.ioThreads = m_options.ioThreads;
    http.answerHere = [this](const HttpRequest &request) { return answerHere(request); };
    m_http = std::make_unique<HttpServer>(
        http, [this](HttpRequest &&request, HttpServer::Respond respond) {
            handleRequest(std::move(request), std::move(respond));
        });
}

ApiServer::~ApiServer()
{
    (void)m_verifier.flushUsage();
}

quint16 ApiServer::listen(const QHostAddress &address, quint16 port, QString *error)
{
    return m_http->listen(address, port, error);
}

bool ApiServer::setTls(const QByteArray &certChainPem, const QByteArray &keyPem, QString *error)
{
    return m_http->setTls(certChainPem, keyPem, error);
}

quint16 ApiServer::listenMetrics(const QHostAddress &address, quint16 port, QString *error)
{
    if (!m_metricsHttp) {
        HttpServerOptions http;
        http.limits.maxBody = 1024; // a scrape has none; a stray POST gets its 405
        http.ioThreads = 1;
        m_metricsHttp = std::make_unique<HttpServer>(
            http, [this](HttpRequest &&request, const HttpServer::Respond &respond) {
                answerMetrics(request, respond);
            });
    }
    return m_metricsHttp->listen(address, port, error);
}

void ApiServer::answerMetrics(const HttpRequest &request, const HttpServer::Respond &respond)
{
    if (request.path != "/metrics")
        return respond(HttpServer::errorResponse(
            404, "not_found", Tr::tr("This listener serves the metrics only, at GET /metrics.")));
    if (request.method != "GET") {
        HttpResponse r = HttpServer::errorResponse(
            405, "method_not_allowed",
            Tr::tr("%1 is not allowed here; use GET.").arg(QString::fromLatin1(request.method)));
        r.headers.emplaceBack("Allow", "GET");
        return respond(std::move(r));
    }
    Metrics::Gauges gauges;
    gauges.cachedKeys = m_verifier.cachedKeys();
    gauges.changeFeedLagSeconds = m_verifier.changeFeedLagSeconds();
    HttpResponse r;
    r.body = m_metrics->exposition(m_router, gauges);
    r.headers = {{"Content-Type", "text/plain; version=0.0.4; charset=utf-8"},
                 {"Cache-Control", "no-store"}};
    respond(std::move(r));
}

void ApiServer::drain()
{
    m_draining = true;
    m_http->stopListening();
    if (m_metricsHttp)
        m_metricsHttp->stopListening();
    if (m_inFlight == 0)
        QTimer::singleShot(0, this, &ApiServer::drained);
}

void ApiServer::handleRequest(HttpRequest &&request, HttpServer::Respond respond)
{
    auto call = std::make_shared<Call>();
    call->timer.start();
    call->method = request.method;
    call->path = request.path;
    call->query = QUrlQuery(QString::fromLatin1(request.query));
    call->remote = request.remote;
    call->request = std::move(request);
    call->respond = std::move(respond);
    ++m_inFlight;

    if (std::optional<ApiError> refused = misdirected(call->request)) {
        finish(*call, Reply::error(*refused));
        return;
    }
    if (call->body().size() > m_options.maxBodyBytes) {
        finish(*call, Reply::error(ApiError::payloadTooLarge(m_options.maxBodyBytes)));
        return;
    }
    call->match = m_router.match(call->method, call->path);
    switch (call->match.kind) {
    case RouteMatch::Kind::Found:
        break;
    case RouteMatch::Kind::MethodNotAllowed: {
        ApiError e = ApiError::notFound(
            Tr::tr("%1 is not allowed here; use %2.")
                .arg(QString::fromLatin1(call->method), QString::fromLatin1(call->match.allow)));
        e.status = 405;
        e.code = QStringLiteral("method_not_allowed");
        finish(*call, Reply::error(e, {{"Allow", call->match.allow}}));
        return;
    }
    default:
        finish(*call, Reply::error(ApiError::notFound(
                          Tr::tr("There is no route %1 %2.")
                              .arg(QString::fromLatin1(call->method),
                                   redactSecrets(QString::fromUtf8(call->path.left(200)))))));
        return;
    }
    if (std::optional<ApiError> unknown = unknownQueryParameter(call->match.route, call->query)) {
        finish(*call, Reply::error(*unknown));
        return;
    }

    switch (call->match.route) {
    case Route::CreateSession:
        createSession(call);
        return;
    case Route::TestEndpoint: {
        auto actor = authorized(*call);
        if (!actor.ok())
            finish(*call, Reply::error(actor.error()));
        else
            testEndpoint(call, *actor);
        return;
    }
    case Route::PatchKey:
    case Route::RevokeKey:
    case Route::RollKey:
    case Route::SetServiceStatus: {
        // A change answers once every other latchkeyd on the store has applied it: after the
        // answer no instance accepts what it took away (docs/postgresql.md; at once on SQLite).
        Reply reply = routeManagement(*call);
        if (reply.status >= 300) {
            finish(*call, std::move(reply));
            return;
        }
        m_store.whenPropagated(
            [self = QPointer<ApiServer>(this), call, reply = std::move(reply)](Status s) mutable {
                if (self)
                    self->finish(*call, s.ok() ? std::move(reply) : Reply::error(s.error()));
            });
        return;
    }
    default:
        dispatch(*call);
        return;
    }
}

void ApiServer::dispatch(Call &call)
{
    switch (call.match.route) {
    case Route::Health:
        return finish(call, health(call));
    case Route::Verify:
        return finish(call, *verify(call.request, call.logKey, false));
    case Route::Auth:
        return finish(call, *forwardAuth(call.request, call.logKey, false));
    case Route::DeleteSession:
        return finish(call, deleteSession(call));
    case Route::ListWorkspaces:
        return finish(call, listWorkspaces(call));
    case Route::AcceptInvitation:
        return finish(call, acceptInvitation(call));
    case Route::CreateWorkspace:
        return finish(call, createWorkspace(call));
    case Route::ChangePassword:
        return finish(call, changePassword(call));
    default:
        return finish(call, routeManagement(call));
    }
}

namespace {
/// What each management route does, for the one authorization point (core/authorization.h).
Operation operationOf(Route route)
{
    switch (route) {
    case Route::ListScopes:
        return Operation::ListScopes;
    case Route::ListKeys:
        return Operation::ListKeys;
    case Route::CreateKey:
        return Operation::CreateKey;
    case Route::GetKey:
    case Route::KeyUsage:
        return Operation::ReadKey;
    case Route::PatchKey:
        return Operation::UpdateKey;
    case Route::RevokeKey:
        return Operation::RevokeKey;
    case Route::RollKey:
        return Operation::RollKey;
    case Route::ListEndpoints:
        return Operation::ListWebhookEndpoints;
    case Route::CreateEndpoint:
        return Operation::CreateWebhookEndpoint;
    case Route::GetEndpoint:
        return Operation::ReadWebhookEndpoint;
    case Route::DeleteEndpoint:
        return Operation::DeleteWebhookEndpoint;
    case Route::RotateEndpointSecret:
        return Operation::RotateWebhookSecret;
    case Route::TestEndpoint:
        return Operation::TestWebhookEndpoint;
    case Route::ListAudit:
        return Operation::ReadAudit;
    case Route::VerifyAuditChain:
        return Operation::VerifyAuditChain;
    case Route::ListMembers:
        return Operation::ListMembers;
    case Route::PatchMember:
        return Operation::ChangeMemberRole;
    case Route::RemoveMember:
        return Operation::RemoveMember;
    case Route::CreateInvitation:
        return Operation::InviteMember;
    case Route::ListInvitations:
        return Operation::ListInvitations;
    case Route::WithdrawInvitation:
        return Operation::WithdrawInvitation;
    case Route::RenameWorkspace:
        return Operation::RenameWorkspace;
    case Route::SetServiceStatus:
        return Operation::SetServiceStatus;
    default:
        break;
    }
    return Operation::ListKeys; // not a management route: never asked
}
} // namespace

Result<Actor> ApiServer::authorized(Call &call)
{
    const Operation op = operationOf(call.match.route);
    auto actor = authenticate(call, scopeNeeded(op));
    if (!actor.ok())
        return actor;
    // DELETE /v1/members/{id} on one's own id is leaving, which every member may do.
    const bool leaving = call.match.route == Route::RemoveMember &&
                         actor->kind == Actor::Kind::Member && actor->id == call.match.id;
    if (Status s =
            Authorization::authorize(m_catalog, *actor, leaving ? Operation::LeaveWorkspace : op);
        !s.ok())
        return s.error();
    return actor;
}

ApiServer::Reply ApiServer::routeManagement(Call &call)
{
    auto actor = authorized(call);
    if (!actor.ok())
        return Reply::error(actor.error());
    switch (call.match.route) {
    case Route::ListScopes:
        return listScopes(call, *actor);
    case Route::ListKeys:
        return listKeys(call, *actor);
    case Route::CreateKey:
        return createKey(call, *actor);
    case Route::GetKey:
        return getKey(call, *actor);
    case Route::PatchKey:
        return patchKey(call, *actor);
    case Route::RevokeKey:
        return revokeKey(call, *actor);
    case Route::RollKey:
        return rollKey(call, *actor);
    case Route::KeyUsage:
        return keyUsage(call, *actor);
    case Route::ListEndpoints:
        return listEndpoints(call, *actor);
    case Route::CreateEndpoint:
        return createEndpoint(call, *actor);
    case Route::GetEndpoint:
        return getEndpoint(call, *actor);
    case Route::DeleteEndpoint:
        return deleteEndpoint(call, *actor);
    case Route::RotateEndpointSecret:
        return rotateEndpointSecret(call, *actor);
    case Route::ListAudit:
        return listAudit(call, *actor);
    case Route::VerifyAuditChain:
        return verifyAuditChain(call, *actor);
    case Route::ListMembers:
        return listMembers(call, *actor);
    case Route::PatchMember:
        return patchMember(call, *actor);
    case Route::RemoveMember:
        return removeMember(call, *actor);
    case Route::CreateInvitation:
        return createInvitation(call, *actor);
    case Route::ListInvitations:
        return listInvitations(call, *actor);
    case Route::WithdrawInvitation:
        return withdrawInvitation(call, *actor);
    case Route::RenameWorkspace:
        return renameWorkspace(call, *actor);
    case Route::SetServiceStatus:
        return setServiceStatus(call, *actor);
    default:
        return Reply::error(ApiError::notFound(Tr::tr("No such route.")));
    }
}

Result<Actor> ApiServer::authenticate(Call &call, const QString &scopeNeeded)
{
    const QByteArray credential = bearer(call.header("authorization"));
    if (credential.isEmpty())
        return ApiError::missingAuthorization();

    if (credential.startsWith("lks_")) {
        auto session = m_sessions.authenticate(credential);
        if (!session.ok())
            return session.error();
        call.logKey = session->session.id;
        // The workspace routes name theirs in the path; the others in the header, or the
        // user's only one.
        const bool inPath = call.match.route == Route::RenameWorkspace ||
                            call.match.route == Route::SetServiceStatus;
        QString workspace =
            inPath ? call.match.id : QString::fromUtf8(call.header("latchkey-workspace")).trimmed();
        if (workspace.isEmpty()) {
            auto mine = m_workspaces.workspacesOf(session->user.id);
            if (!mine.ok())
                return mine.error();
            if (mine->isEmpty()) // removed from the last one (docs/teams.md: the next call is 401)
                return ApiError::unauthenticated(
                    Tr::tr("You are no longer a member of any workspace."));
            if (mine->size() != 1)
                return ApiError::invalidRequest(
                    QStringLiteral("Latchkey-Workspace"),
                    Tr::tr("You belong to several workspaces: choose one with the "
                           "Latchkey-Workspace header."));
            workspace = mine->first().workspace.id;
        }
        auto actor = m_workspaces.memberActor(session->user.id, workspace);
        if (!actor.ok() && actor.error().status == 404) // never was, or removed: no access
            return ApiError::unauthenticated(
                Tr::tr("You are not a member of workspace '%1' (or no longer are).")
                    .arg(redactSecrets(workspace.left(64))));
        return actor;
    }

    // A secret key on the management API: verified like any call, with its own restrictions,
    // and bound to its workspace and environment.
    const VerifyResult r = m_verifier.verify(
        VerifyRequest{credential, scopeNeeded, QString::fromUtf8(call.header("origin")),
                      call.remote.toString(), QString::fromLatin1(call.method),
                      QString::fromUtf8(call.path), QDateTime::currentMSecsSinceEpoch()});
    if (r.key)
        call.logKey = r.key->record.id;
    if (r.rate && !r.rate->allowed)
        call.rateLimited = rateHeaders(r.rate);
    if (!r.ok())
        return *r.error;
    if (r.key->record.type != KeyType::Secret)
        return ApiError::forbidden(
            Tr::tr("Public keys cannot call the management API; use a secret key or sign in."));
    const ApiKeyRecord &k = r.key->record;
    return Actor::key(k.id, r.key->display, k.workspaceId, k.environment, k.scopes,
                      KeyLimits{k.expiresAt, r.key->ips, r.key->endpoints, k.rateLimit});
}

HttpResponse ApiServer::toResponse(Reply reply)
{
    HttpResponse out;
    out.status = reply.status;
    if (reply.status != 204) {
        out.body = reply.raw.isEmpty() ? QJsonDocument(reply.body).toJson(QJsonDocument::Compact)
                                       : std::move(reply.raw);
        out.headers.emplaceBack("Content-Type", "application/json");
    }
    out.headers.emplaceBack("Cache-Control", "no-store");
    out.headers.append(std::move(reply.headers));
    return out;
}

void ApiServer::finish(Call &call, Reply reply)
{
    if (call.finished)
        return;
    call.finished = true;
    --m_inFlight;
    if (reply.status == 429)
        reply.headers.append(std::move(call.rateLimited));
    m_metrics->countRequest(call.match.kind == RouteMatch::Kind::Found ? int(call.match.route)
                                                                       : Metrics::kUnmatched,
                            reply.status, call.timer.nsecsElapsed());
    log(call, reply.status);
    if (call.respond) {
        call.respond(toResponse(withoutOperatorDetail(std::move(reply), call.request)));
        call.respond = nullptr;
    }
    if (m_draining && m_inFlight == 0)
        QTimer::singleShot(0, this, &ApiServer::drained);
}

std::optional<HttpResponse> ApiServer::answerHere(const HttpRequest &request)
{
    QElapsedTimer timer;
    timer.start();
    QString logKey;
    std::optional<Reply> reply;
    if (std::optional<ApiError> refused = misdirected(request)) {
        const qint64 nsecs = timer.nsecsElapsed();
        m_metrics->countRequest(Metrics::kUnmatched, refused->status, nsecs);
        log(request, logKey, refused->status, nsecs);
        return toResponse(Reply::error(*refused));
    }
    // The two hot routes in their exact form only, without the Router's allocations: any other
    // spelling (a trailing slash, say) takes the Router's way on the server's thread, to the
    // same handlers and the same answer.
    Route route = Route::Verify;
    if (request.path == "/v1/auth" && request.method == "GET") {
        route = Route::Auth;
        reply = forwardAuth(request, logKey, true);
    } else if (request.path == "/v1/verify" && request.method == "POST") {
        reply = verify(request, logKey, true);
    }
    if (!reply)
        return std::nullopt; // another route, or the store must answer: the server's thread
    const qint64 nsecs = timer.nsecsElapsed();
    m_metrics->countRequest(int(route), reply->status, nsecs);
    log(request, logKey, reply->status, nsecs);
    return toResponse(withoutOperatorDetail(std::move(*reply), request));
}

std::optional<ApiError> ApiServer::misdirected(const HttpRequest &request) const
{
    if (!m_options.sandbox)
        return std::nullopt;
    const QList<QByteArray> hosts = request.headerValues("host");
    const QString port = QString::number(request.localPort);
    if (hosts.size() != 1)
        return ApiError::invalidRequest(
            QStringLiteral("Host"),
            hosts.isEmpty()
                ? Tr::tr("The request has no Host header: the sandbox answers only requests "
                         "for http://127.0.0.1:%1 or http://localhost:%1.")
                      .arg(port)
                : Tr::tr("The request has more than one Host header."));
    const QByteArray host = hosts.first().trimmed().toLower();
    // Only the loopback names themselves: a page's own name that resolves to 127.0.0.1 (DNS
    // rebinding) arrives with that name as its Host. Port 80 may be left out (RFC 9110 §7.2).
    for (const char *own : {"127.0.0.1", "localhost", "[::1]"}) {
        const QByteArray name(own);
        if (host == name + ':' + port.toLatin1() || (request.localPort == 80 && host == name))
            return std::nullopt;
    }
    ApiError e = ApiError::forbidden(
        Tr::tr("This is the offline sandbox: it answers only requests for http://127.0.0.1:%1 or "
               "http://localhost:%1, not for the host '%2'.")
            .arg(port, redactSecrets(QString::fromUtf8(host.left(100)))));
    e.status = 421;
    e.code = QStringLiteral("misdirected_request");
    return e;
}

ApiServer::Reply ApiServer::withoutOperatorDetail(Reply reply, const HttpRequest &request)
{
    if (reply.status < 500)
        return reply; // the hot path's answers: one comparison
    const QString errorKey = QStringLiteral("error");
    QJsonObject error = reply.body.value(errorKey).toObject();
    const QString code = error.value(QLatin1String("code")).toString();
    const bool unavailable = code == QLatin1String("store_unavailable");
    if (!unavailable && code != QLatin1String("store_error") &&
        code != QLatin1String("internal_error"))
        return reply; // propagation_pending and the like say nothing of the operator's
    if (!unavailable && m_requestLog) {
        const QString detail = redactSecrets(error.value(QLatin1String("message")).toString());
        const QByteArray stamp = json::rfc3339(QDateTime::currentMSecsSinceEpoch()).toUtf8();
        if (m_options.logFormat == ServerOptions::LogFormat::Json)
            m_requestLog->append(
                QJsonDocument(
                    QJsonObject{{QStringLiteral("time"), QString::fromLatin1(stamp)},
                                {QStringLiteral("level"), QStringLiteral("error")},
                                {QStringLiteral("code"), code},
                                {QStringLiteral("message"), detail},
                                {QStringLiteral("request_id"), QString::fromLatin1(request.id)}})
                    .toJson(QJsonDocument::Compact));
        else
            m_requestLog->append(stamp + " error " + code.toLatin1() + ": " + detail.toUtf8() +
                                 " request_id=" + request.id);
    }
    error.insert(QStringLiteral("message"),
                 unavailable ? Tr::tr("The store is unreachable; latchkeyd reconnects by itself. "
                                      "Try again shortly.")
                             : Tr::tr("latchkeyd could not complete the request. Its log has the "
                                      "details under this answer's Request-Id."));
    reply.body.insert(errorKey, error);
    return reply;
}

void ApiServer::log(const Call &call, int status)
{
    log(call.request, call.logKey, status, call.timer.nsecsElapsed());
}

void ApiServer::log(const HttpRequest &request, const QString &logKey, int status, qint64 nsecs)
{
    if (m_options.logFormat == ServerOptions::LogFormat::None)
        return;
    const double ms = double(nsecs) / 1e6;
    const QByteArray path = redactSecretBytes(request.path.left(300));
    const QByteArray key = redactSecretBytes(logKey.toUtf8());
    // Formatting a time costs more than the rest of a verify: once a second per thread.
    thread_local qint64 stampSecond = -1;
    thread_local QByteArray stamp;
    if (const qint64 second = QDateTime::currentSecsSinceEpoch(); second != stampSecond) {
        stampSecond = second;
        stamp = json::rfc3339(second * 1000).toUtf8();
    }
    QByteArray line;
    if (m_options.logFormat == ServerOptions::LogFormat::Json) {
        QJsonObject o{{QStringLiteral("time"), QString::fromLatin1(stamp)},
                      {QStringLiteral("method"), QString::fromLatin1(request.method)},
                      {QStringLiteral("path"), QString::fromUtf8(path)},
                      {QStringLiteral("status"), status},
                      {QStringLiteral("latency_ms"), qRound(ms * 1000) / 1000.0},
                      {QStringLiteral("remote"), request.remote.toString()},
                      {QStringLiteral("request_id"), QString::fromLatin1(request.id)}};
        if (!key.isEmpty())
            o.insert(QStringLiteral("key"), QString::fromUtf8(key));
        line = QJsonDocument(o).toJson(QJsonDocument::Compact);
    } else {
        line = stamp + ' ' + request.method + ' ' + path + ' ' + QByteArray::number(status) + ' ' +
               QByteArray::number(ms, 'f', 3) + "ms";
        if (!key.isEmpty())
            line += " key=" + key;
        line += " request_id=" + request.id;
    }
    m_requestLog->append(line);
}

} // namespace latchkey::server
