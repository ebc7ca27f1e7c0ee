// SPDX-License-Identifier: MIT
#include "apiserver.h"

#include "core/auditlog.h"
#include "core/authorization.h"
#include "core/crypto.h"
#include "core/json.h"
#include "core/keytext.h"
#include "core/redact.h"
#include "jsonbody.h"
#include "requestlog.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QThreadPool>
#include <QUrlQuery>

#include <deque>
#include <mutex>

namespace latchkey::server {

namespace {

// Password checks waiting for a pool thread (createSession): one job per runnable started.
struct PasswordJob
{
    QPointer<ApiServer> server;
    quint64 ticket = 0;
    QByteArray hash;
    QString password;
};
struct PasswordJobs
{
    std::mutex mutex;
    std::deque<PasswordJob> queue;
};
PasswordJobs &passwordJobs()
{
    static PasswordJobs jobs;
    return jobs;
}
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ApiServer)
};

using Headers = QList<std::pair<QByteArray, QByteArray>>;

/// "Bearer <key>" or a bare "<key>".
QByteArray bearer(const QByteArray &authorization)
{
    QByteArray v = authorization.trimmed();
    if (v.size() > 7 && v.first(7).compare("bearer ", Qt::CaseInsensitive) == 0)
        return v.mid(7).trimmed();
    return v;
}

QJsonObject errorBody(const ApiError &e)
{
    // Messages may quote what the caller sent (an id, a header): never a secret back out.
    QJsonObject error{{QStringLiteral("code"), e.code},
                      {QStringLiteral("message"), redactSecrets(e.message)}};
    if (!e.param.isEmpty())
        error.insert(QStringLiteral("param"), e.param);
    if (!e.requiredScope.isEmpty())
        error.insert(QStringLiteral("required_scope"), e.requiredScope);
    return QJsonObject{{QStringLiteral("success"), false}, {QStringLiteral("error"), error}};
}

Headers rateHeaders(const std::optional<RateLimitDecision> &rate)
{
    Headers h;
    if (!rate)
        return h;
    h.append({"X-RateLimit-Limit", QByteArray::number(rate->limit)});
    h.append({"X-RateLimit-Remaining", QByteArray::number(rate->remaining)});
    h.append({"X-RateLimit-Reset", QByteArray::number(rate->resetUnix)});
    if (!rate->allowed)
        h.append({"Retry-After", QByteArray::number(rate->retryAfter)});
    return h;
}

/// What verify and auth answer for a valid key, made once per cached key (VerifiedKey::memo):
/// it depends on the key's record alone.
struct KeyAnswer
{
    QByteArray verifyBody;
    Headers authHeaders;
};

KeyAnswer keyAnswer(const VerifiedKey &key)
{
    const ApiKeyRecord &k = key.record;
    KeyAnswer a;
    a.verifyBody =
        QJsonDocument(
            QJsonObject{{QStringLiteral("success"), true},
                        {QStringLiteral("data"),
                         QJsonObject{
                             {QStringLiteral("valid"), true},
                             {QStringLiteral("key_id"), k.id},
                             {QStringLiteral("workspace_id"), k.workspaceId},
                             {QStringLiteral("environment"), name(k.environment)},
                             {QStringLiteral("type"), name(k.type)},
                             {QStringLiteral("service_id"), k.serviceId.isEmpty()
                                                                ? QJsonValue(QJsonValue::Null)
                                                                : QJsonValue(k.serviceId)},
                             {QStringLiteral("scopes"), QJsonArray::fromStringList(k.scopes)},
                             {QStringLiteral("expires_at"), json::timeOrNull(k.expiresAt)},
                         }}})
            .toJson(QJsonDocument::Compact);
    a.authHeaders = {{"Latchkey-Key-Id", k.id.toLatin1()},
                     {"Latchkey-Workspace", k.workspaceId.toLatin1()},
                     {"Latchkey-Environment", name(k.environment).toLatin1()},
                     {"Latchkey-Key-Type", name(k.type).toLatin1()}};
    if (!k.serviceId.isEmpty())
        a.authHeaders.append({"Latchkey-Service", k.serviceId.toLatin1()});
    return a;
}

std::optional<Environment> environmentParam(const QUrlQuery &q, std::optional<ApiError> &err)
{
    if (!q.hasQueryItem(QStringLiteral("environment")))
        return std::nullopt;
    auto env = environmentFromString(q.queryItemValue(QStringLiteral("environment")));
    if (!env)
        err = ApiError::invalidRequest(QStringLiteral("environment"),
                                       Tr::tr("environment must be 'live' or 'test'."));
    return env;
}
} // namespace

struct ApiServer::Call
{
    QByteArray method;
    QByteArray path; // raw, without the query
    QUrlQuery query;
    HttpRequest request;
    QHostAddress remote;
    RouteMatch match;
    HttpServer::Respond respond;
    QElapsedTimer timer;
    QString logKey; // key id or prefix — never a secret
    bool finished = false;

    QByteArray header(QByteArrayView name) const { return request.header(name); }
    const QByteArray &body() const { return request.body; }
};

struct ApiServer::Reply
{
    Reply(int code = 200, QJsonObject json = {}, Headers extra = {})
        : status(code)
        , body(std::move(json))
        , headers(std::move(extra))
    {}

    int status;
    QJsonObject body; // empty with status 204
    Headers headers;
    QByteArray raw; // the body already serialised, instead of `body`

    static Reply ok(const QJsonValue &data)
    {
        return {200, {{QStringLiteral("success"), true}, {QStringLiteral("data"), data}}, {}};
    }
    static Reply list(const QJsonArray &data, bool hasMore)
    {
        return {200,
                {{QStringLiteral("success"), true},
                 {QStringLiteral("data"), data},
                 {QStringLiteral("has_more"), hasMore}},
                {}};
    }
    static Reply error(const ApiError &e, Headers headers = {})
    {
        return {e.status, errorBody(e), std::move(headers)};
    }
};

ApiServer::ApiServer(Store &store, const ScopeCatalog &catalog, QByteArray masterKey,
                     ServerOptions options, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_catalog(catalog)
    , m_options(std::move(options))
    , m_verifier(store, catalog, m_options.verifier)
    , m_keys(store, catalog)
    , m_webhooks(store, catalog, std::move(masterKey), {}, m_options.loopbackWebhooks)
    , m_workspaces(store)
    , m_members(store, catalog)
    , m_sessions(store)
    , m_webhookSender(std::make_unique<WebhookSender>())
{
    if (m_options.logFormat != ServerOptions::LogFormat::None)
        m_requestLog = std::make_unique<RequestLog>(
            m_options.logSink ? m_options.logSink : &RequestLog::writeToStandardError);
    // Last-used times are kept in memory on the verify path and written every few seconds.
    m_flushTimer.setInterval(5000);
    connect(&m_flushTimer, &QTimer::timeout, this, [this] { (void)m_verifier.flushLastUsed(); });
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
    (void)m_verifier.flushLastUsed();
}

quint16 ApiServer::listen(const QHostAddress &address, quint16 port, QString *error)
{
    return m_http->listen(address, port, error);
}

bool ApiServer::setTls(const QByteArray &certChainPem, const QByteArray &keyPem, QString *error)
{
    return m_http->setTls(certChainPem, keyPem, error);
}

void ApiServer::drain()
{
    m_draining = true;
    m_http->stopListening();
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
        // answer no instance accepts what it took away (SPEC §1, §9; at once on SQLite).
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
    // Every member may leave: MemberService::remove asks core the rule that says so.
    if (call.match.route == Route::RemoveMember && actor->kind == Actor::Kind::Member)
        return actor;
    if (Status s = Authorization::authorize(m_catalog, *actor, op); !s.ok())
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
            if (mine->isEmpty()) // removed from the last one (SPEC §9: the next call is 401)
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
    log(call, reply.status);
    if (call.respond) {
        call.respond(toResponse(std::move(reply)));
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
    // The two hot routes in their exact form only, without the Router's allocations: any other
    // spelling (a trailing slash, say) takes the Router's way on the server's thread, to the
    // same handlers and the same answer.
    if (request.path == "/v1/auth" && request.method == "GET")
        reply = forwardAuth(request, logKey, true);
    else if (request.path == "/v1/verify" && request.method == "POST")
        reply = verify(request, logKey, true);
    if (!reply)
        return std::nullopt; // another route, or the store must answer: the server's thread
    log(request, logKey, reply->status, timer.nsecsElapsed());
    return toResponse(std::move(*reply));
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
                      {QStringLiteral("remote"), request.remote.toString()}};
        if (!key.isEmpty())
            o.insert(QStringLiteral("key"), QString::fromUtf8(key));
        line = QJsonDocument(o).toJson(QJsonDocument::Compact);
    } else {
        line = stamp + ' ' + request.method + ' ' + path + ' ' + QByteArray::number(status) + ' ' +
               QByteArray::number(ms, 'f', 3) + "ms";
        if (!key.isEmpty())
            line += " key=" + key;
    }
    m_requestLog->append(line);
}

// Health and sessions --------------------------------------------------------------------------

ApiServer::Reply ApiServer::health(Call &)
{
    auto ws = m_store.workspaces();
    if (!ws.ok()) {
        Reply r = Reply::error(ws.error());
        r.status = 503;
        return r;
    }
    // "cache": "bypassed" while the store has not confirmed recently that the cache is
    // current (PostgreSQL: reconnected but not yet caught up); verifies then read the store.
    return Reply::ok(QJsonObject{{QStringLiteral("status"), QStringLiteral("ok")},
                                 {QStringLiteral("store"), QStringLiteral("reachable")},
                                 {QStringLiteral("cache"), m_verifier.cacheTrusted()
                                                               ? QStringLiteral("trusted")
                                                               : QStringLiteral("bypassed")},
                                 {QStringLiteral("cached_keys"), m_verifier.cachedKeys()}});
}

void ApiServer::createSession(std::shared_ptr<Call> call)
{
    JsonBody body(call->body());
    const auto email = body.string("email", true, 254);
    const auto password = body.string("password", true, 1024);
    body.rejectUnknownFields();
    if (!body.ok())
        return finish(*call, Reply::error(body.error()));
    // The throttle counts by the address our own socket saw: no header a client sends moves
    // its guesses to another count.
    const QString source = call->remote.toString();
    auto attempt = m_sessions.beginSignIn(*email, source);
    if (!attempt.ok()) {
        Headers h;
        if (attempt.error().status == 429)
            h.append({"Retry-After",
                      QByteArray::number(qMax(1, m_sessions.throttledFor(*email, source)))});
        return finish(*call, Reply::error(attempt.error(), h));
    }
    // PBKDF2 takes a few hundred milliseconds: off the event loop, so verifies keep flowing. The
    // call and the attempt stay on this thread; the worker hands back only a ticket and a bool,
    // through a queued call with plain arguments (nothing of ours is freed on the other thread).
    const quint64 ticket = ++m_lastSignInTicket;
    m_signInsInFlight.insert(ticket, {call, *attempt});
    // Deep copies: Qt's implicitly shared data, freed on two threads, would race in Qt's own
    // reference counts (compiled into Qt, so a sanitizer cannot see them either). The job goes
    // through a std::mutex, not through the pool's queue (Qt's futex, which ThreadSanitizer
    // does not see): the runnable itself carries nothing.
    {
        PasswordJobs &jobs = passwordJobs();
        std::lock_guard lock(jobs.mutex);
        jobs.queue.push_back(PasswordJob{QPointer<ApiServer>(this), ticket,
                                         SessionService::storedHash(*attempt),
                                         QString(password->constData(), password->size())});
    }
    QThreadPool::globalInstance()->start([] {
        PasswordJob job;
        {
            PasswordJobs &jobs = passwordJobs();
            std::lock_guard lock(jobs.mutex);
            job = std::move(jobs.queue.front());
            jobs.queue.pop_front();
        }
        const bool ok = SessionService::checkPassword(job.hash, job.password);
        crypto::wipe(job.password);
        crypto::releaseThreadState();
        QMetaObject::invokeMethod(job.server.data(), "finishSignIn", Qt::QueuedConnection,
                                  Q_ARG(quint64, job.ticket), Q_ARG(bool, ok));
    });
}

void ApiServer::finishSignIn(quint64 ticket, bool passwordOk)
{
    const auto pending = m_signInsInFlight.take(ticket);
    if (!pending.call)
        return;
    Call &call = *pending.call;
    auto signedIn = m_sessions.finishSignIn(pending.attempt, passwordOk);
    if (!signedIn.ok()) {
        Headers h;
        if (signedIn.error().status == 429)
            h.append({"Retry-After", QByteArray::number(qMax(
                                         1, m_sessions.throttledFor(pending.attempt.email,
                                                                    pending.attempt.source)))});
        return finish(call, Reply::error(signedIn.error(), h));
    }
    call.logKey = signedIn->session.id;
    Reply r = Reply::ok(
        QJsonObject{{QStringLiteral("token"), QString::fromLatin1(signedIn->token)},
                    {QStringLiteral("expires_at"), json::rfc3339(signedIn->session.expiresAt)},
                    {QStringLiteral("email"), signedIn->user.email}});
    crypto::wipe(signedIn->token);
    finish(call, std::move(r));
}

ApiServer::Reply ApiServer::deleteSession(Call &call)
{
    const QByteArray token = bearer(call.header("authorization"));
    if (token.isEmpty())
        return Reply::error(ApiError::missingAuthorization());
    auto session = m_sessions.authenticate(token);
    if (!session.ok())
        return Reply::error(session.error());
    call.logKey = session->session.id;
    if (Status s = m_sessions.signOut(session->session.id); !s.ok())
        return Reply::error(s.error());
    return {200,
            {{QStringLiteral("success"), true}, {QStringLiteral("message"), Tr::tr("Signed out.")}},
            {}};
}

ApiServer::Reply ApiServer::listWorkspaces(Call &call)
{
    const QByteArray credential = bearer(call.header("authorization"));
    if (credential.isEmpty())
        return Reply::error(ApiError::missingAuthorization());
    QList<WorkspaceView> views;
    if (credential.startsWith("lks_")) {
        auto session = m_sessions.authenticate(credential);
        if (!session.ok())
            return Reply::error(session.error());
        call.logKey = session->session.id;
        auto mine = m_workspaces.workspacesOf(session->user.id);
        if (!mine.ok())
            return Reply::error(mine.error());
        views = *mine;
    } else {
        auto actor = authenticate(call, QStringLiteral("keys.read"));
        if (!actor.ok())
            return Reply::error(actor.error());
        auto ws = m_store.workspace(actor->workspaceId);
        auto subs = m_store.subscriptions(actor->workspaceId);
        if (!ws.ok() || !subs.ok() || !ws->has_value())
            return Reply::error(ApiError::internal(Tr::tr("The workspace could not be read.")));
        views.append({**ws, Role::Viewer, *subs});
    }
    QJsonArray out;
    for (const WorkspaceView &v : views)
        out.append(workspaceJson(v));
    return Reply::list(out, false);
}

QJsonObject ApiServer::workspaceJson(const WorkspaceView &v) const
{
    QJsonArray services;
    for (const SubscriptionRecord &s : v.subscriptions)
        services.append(
            QJsonObject{{QStringLiteral("id"), s.service},
                        {QStringLiteral("name"), m_catalog.serviceName(s.service)},
                        {QStringLiteral("status"),
                         s.active ? QStringLiteral("active") : QStringLiteral("inactive")}});
    return {{QStringLiteral("id"), v.workspace.id},
            {QStringLiteral("object"), QStringLiteral("workspace")},
            {QStringLiteral("name"), v.workspace.name},
            {QStringLiteral("role"), name(v.role)},
            {QStringLiteral("services"), services},
            {QStringLiteral("created_at"), json::rfc3339(v.workspace.createdAt)}};
}

// Scopes and keys ------------------------------------------------------------------------------

ApiServer::Reply ApiServer::listScopes(Call &, const Actor &actor)
{
    QJsonArray out;
    const Grantor grantor = actor.grantor();
    for (const ScopeInfo &s : m_catalog.scopes()) {
        const auto denied = ungrantableScopes(m_catalog, grantor, {s.scope});
        QJsonObject o{{QStringLiteral("scope"), s.scope},
                      {QStringLiteral("service"),
                       s.service.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s.service)},
                      {QStringLiteral("description"), s.description},
                      {QStringLiteral("public_safe"), s.publicSafe},
                      {QStringLiteral("privileged"), s.privileged},
                      {QStringLiteral("grantable"), denied.isEmpty()},
                      {QStringLiteral("reason"), denied.isEmpty()
                                                     ? QJsonValue(QJsonValue::Null)
                                                     : QJsonValue(denied.first().message)}};
        out.append(o);
    }
    return Reply::list(out, false);
}

namespace {
struct PageParams
{
    int limit = 10;
    QString startingAfter;
};

std::optional<ApiError> readPage(const QUrlQuery &q, PageParams &p)
{
    if (q.hasQueryItem(QStringLiteral("limit"))) {
        bool ok = false;
        const QString text = q.queryItemValue(QStringLiteral("limit"));
        const qint64 v = text.size() <= 6 ? text.toLongLong(&ok) : 0;
        if (!ok || v < 1 || v > 100)
            return ApiError::invalidRequest(QStringLiteral("limit"),
                                            Tr::tr("limit must be a whole number from 1 to 100."));
        p.limit = int(v);
    }
    p.startingAfter = q.queryItemValue(QStringLiteral("starting_after"), QUrl::FullyDecoded);
    if (p.startingAfter.size() > 64)
        return ApiError::invalidRequest(QStringLiteral("starting_after"),
                                        Tr::tr("starting_after is not an id."));
    return std::nullopt;
}
} // namespace

ApiServer::Reply ApiServer::listKeys(Call &call, const Actor &actor)
{
    PageParams page;
    if (auto e = readPage(call.query, page))
        return Reply::error(*e);
    std::optional<ApiError> err;
    KeyQuery q;
    q.limit = page.limit;
    q.startingAfter = page.startingAfter;
    q.environment = environmentParam(call.query, err);
    if (err)
        return Reply::error(*err);
    if (!q.environment && !actor.boundEnvironment)
        q.environment = Environment::Test;
    if (call.query.hasQueryItem(QStringLiteral("type"))) {
        q.type = keyTypeFromString(call.query.queryItemValue(QStringLiteral("type")));
        if (!q.type)
            return Reply::error(ApiError::invalidRequest(
                QStringLiteral("type"), Tr::tr("type must be 'secret' or 'public'.")));
    }
    if (call.query.hasQueryItem(QStringLiteral("include_revoked"))) {
        const QString v = call.query.queryItemValue(QStringLiteral("include_revoked"));
        if (v != QLatin1String("true") && v != QLatin1String("false"))
            return Reply::error(
                ApiError::invalidRequest(QStringLiteral("include_revoked"),
                                         Tr::tr("include_revoked must be true or false.")));
        q.includeRevoked = v == QLatin1String("true");
    }
    q.nameContains =
        call.query.queryItemValue(QStringLiteral("search"), QUrl::FullyDecoded).left(100);
    auto listed = m_keys.list(actor, q);
    if (!listed.ok())
        return Reply::error(listed.error());
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QJsonArray out;
    for (const ApiKeyRecord &k : listed->items)
        out.append(json::apiKey(k, now));
    return Reply::list(out, listed->hasMore);
}

ApiServer::Reply ApiServer::createKey(Call &call, const Actor &actor)
{
    JsonBody body(call.body());
    CreateKeyRequest req;
    req.name = body.string("name", true, 200).value_or(QString());
    const QString env = body.string("environment", false, 10).value_or(QStringLiteral("test"));
    const QString type = body.string("type", false, 10).value_or(QStringLiteral("secret"));
    req.serviceId = body.string("service_id", false, 64).value_or(QString());
    req.scopes = body.stringList("scopes", 100, 200).value_or(QStringList{});
    req.allowedOrigins = body.stringList("allowed_origins", 100, 300).value_or(QStringList{});
    std::optional<QStringList> ips, endpoints;
    body.restrictions(ips, endpoints);
    req.ipAllowlist = ips.value_or(QStringList{});
    req.endpoints = endpoints.value_or(QStringList{});
    req.rateLimit = body.rateLimitOrNull("rate_limit").value_or(std::nullopt);
    req.expiresAt = body.timeOrNull("expires_at").value_or(std::nullopt);
    body.rejectUnknownFields();
    if (!body.ok())
        return Reply::error(body.error());
    const auto e = environmentFromString(env);
    if (!e)
        return Reply::error(ApiError::invalidRequest(
            QStringLiteral("environment"), Tr::tr("environment must be 'live' or 'test'.")));
    const auto t = keyTypeFromString(type);
    if (!t)
        return Reply::error(ApiError::invalidRequest(QStringLiteral("type"),
                                                     Tr::tr("type must be 'secret' or 'public'.")));
    req.environment =
        actor.boundEnvironment && !body.has("environment") ? *actor.boundEnvironment : *e;
    req.type = *t;
    auto issued = m_keys.create(actor, req);
    if (!issued.ok())
        return Reply::error(issued.error());
    call.logKey = issued->key.id;
    QJsonObject o = json::apiKey(issued->key, QDateTime::currentMSecsSinceEpoch());
    o.insert(QStringLiteral("secret"), QString::fromLatin1(issued->secret));
    crypto::wipe(issued->secret);
    Reply r = Reply::ok(o);
    r.status = 201;
    return r;
}

ApiServer::Reply ApiServer::getKey(Call &call, const Actor &actor)
{
    auto k = m_keys.get(actor, call.match.id);
    if (!k.ok())
        return Reply::error(k.error());
    return Reply::ok(json::apiKey(*k, QDateTime::currentMSecsSinceEpoch()));
}

ApiServer::Reply ApiServer::patchKey(Call &call, const Actor &actor)
{
    JsonBody body(call.body());
    KeyPatch p;
    p.name = body.string("name", false, 200);
    p.scopes = body.stringList("scopes", 100, 200);
    p.allowedOrigins = body.stringList("allowed_origins", 100, 300);
    body.restrictions(p.ipAllowlist, p.endpoints);
    p.rateLimit = body.rateLimitOrNull("rate_limit");
    p.expiresAt = body.timeOrNull("expires_at");
    body.rejectUnknownFields();
    if (!body.ok())
        return Reply::error(body.error());
    auto k = m_keys.patch(actor, call.match.id, p);
    if (!k.ok())
        return Reply::error(k.error());
    return Reply::ok(json::apiKey(*k, QDateTime::currentMSecsSinceEpoch()));
}

ApiServer::Reply ApiServer::revokeKey(Call &call, const Actor &actor)
{
    auto k = m_keys.revoke(actor, call.match.id);
    if (!k.ok())
        return Reply::error(k.error());
    return {200,
            {{QStringLiteral("success"), true},
             {QStringLiteral("message"), QStringLiteral("API key revoked successfully")},
             {QStringLiteral("data"), json::apiKey(*k, QDateTime::currentMSecsSinceEpoch())}},
            {}};
}

ApiServer::Reply ApiServer::rollKey(Call &call, const Actor &actor)
{
    JsonBody body(call.body(), true);
    const qint64 grace = body.integer("old_expires_in").value_or(0);
    body.rejectUnknownFields();
    if (!body.ok())
        return Reply::error(body.error());
    auto issued = m_keys.roll(actor, call.match.id, grace);
    if (!issued.ok())
        return Reply::error(issued.error());
    QJsonObject o = json::apiKey(issued->key, QDateTime::currentMSecsSinceEpoch());
    o.insert(QStringLiteral("secret"), QString::fromLatin1(issued->secret));
    crypto::wipe(issued->secret);
    Reply r = Reply::ok(o);
    r.status = 201;
    return r;
}

// Webhooks -------------------------------------------------------------------------------------

ApiServer::Reply ApiServer::listEndpoints(Call &call, const Actor &actor)
{
    PageParams page;
    if (auto e = readPage(call.query, page))
        return Reply::error(*e);
    std::optional<ApiError> err;
    ListQuery q{QString(), environmentParam(call.query, err), page.limit, page.startingAfter};
    if (err)
        return Reply::error(*err);
    if (!q.environment && !actor.boundEnvironment)
        q.environment = Environment::Test;
    auto listed = m_webhooks.list(actor, q);
    if (!listed.ok())
        return Reply::error(listed.error());
    QJsonArray out;
    for (const WebhookEndpointRecord &e : listed->items)
        out.append(json::webhookEndpoint(e, m_webhooks.secretInfo(actor, e.id).value()));
    return Reply::list(out, listed->hasMore);
}

ApiServer::Reply ApiServer::createEndpoint(Call &call, const Actor &actor)
{
    JsonBody body(call.body());
    const QString url = body.string("url", true, 2048).value_or(QString());
    const QString description = body.string("description", false, 500).value_or(QString());
    const QStringList events = body.stringList("events", 100, 100).value_or(QStringList{});
    const QString env = body.string("environment", false, 10).value_or(QStringLiteral("test"));
    body.rejectUnknownFields();
    if (!body.ok())
        return Reply::error(body.error());
    auto e = environmentFromString(env);
    if (!e)
        return Reply::error(ApiError::invalidRequest(
            QStringLiteral("environment"), Tr::tr("environment must be 'live' or 'test'.")));
    const Environment environment =
        actor.boundEnvironment && !body.has("environment") ? *actor.boundEnvironment : *e;
    auto issued = m_webhooks.create(actor, environment, url, description, events);
    if (!issued.ok())
        return Reply::error(issued.error());
    QJsonObject o = json::webhookEndpoint(
        issued->endpoint, m_webhooks.secretInfo(actor, issued->endpoint.id).value());
    o.insert(QStringLiteral("secret"), QString::fromLatin1(issued->secret));
    crypto::wipe(issued->secret);
    Reply r = Reply::ok(o);
    r.status = 201;
    return r;
}

ApiServer::Reply ApiServer::getEndpoint(Call &call, const Actor &actor)
{
    auto e = m_webhooks.get(actor, call.match.id);
    if (!e.ok())
        return Reply::error(e.error());
    return Reply::ok(json::webhookEndpoint(*e, m_webhooks.secretInfo(actor, e->id).value()));
}

ApiServer::Reply ApiServer::deleteEndpoint(Call &call, const Actor &actor)
{
    if (Status s = m_webhooks.remove(actor, call.match.id); !s.ok())
        return Reply::error(s.error());
    return {200,
            {{QStringLiteral("success"), true},
             {QStringLiteral("message"), QStringLiteral("Webhook endpoint deleted successfully")}},
            {}};
}

ApiServer::Reply ApiServer::rotateEndpointSecret(Call &call, const Actor &actor)
{
    JsonBody body(call.body(), true);
    body.rejectUnknownFields();
    if (!body.ok())
        return Reply::error(body.error());
    auto issued = m_webhooks.rotateSecret(actor, call.match.id);
    if (!issued.ok())
        return Reply::error(issued.error());
    QJsonObject o = json::webhookEndpoint(
        issued->endpoint, m_webhooks.secretInfo(actor, issued->endpoint.id).value());
    o.insert(QStringLiteral("secret"), QString::fromLatin1(issued->secret));
    crypto::wipe(issued->secret);
    return Reply::ok(o);
}

void ApiServer::testEndpoint(std::shared_ptr<Call> call, const Actor &actor)
{
    auto endpoint = m_webhooks.get(actor, call->match.id);
    if (!endpoint.ok())
        return finish(*call, Reply::error(endpoint.error()));
    auto secrets = m_webhooks.signingSecrets(actor, endpoint->id);
    if (!secrets.ok())
        return finish(*call, Reply::error(secrets.error()));
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const QByteArray body =
        QJsonDocument(QJsonObject{{QStringLiteral("id"), crypto::randomId(u"evt_")},
                                  {QStringLiteral("object"), QStringLiteral("event")},
                                  {QStringLiteral("type"), QStringLiteral("ping")},
                                  {QStringLiteral("created"), now / 1000},
                                  {QStringLiteral("data"),
                                   QJsonObject{{QStringLiteral("endpoint_id"), endpoint->id}}}})
            .toJson(QJsonDocument::Compact);
    const QByteArray signature = WebhookService::signatureHeader(now / 1000, body, *secrets);
    for (QByteArray &s : *secrets)
        crypto::wipe(s);

    // What the result may say: delivered or not, and the receiver's status; never why a
    // connection failed (that would tell closed, open and non-HTTP ports apart).
    auto report = [this, call](const WebhookSender::Outcome &outcome) {
        finish(*call, Reply::ok(QJsonObject{
                          {QStringLiteral("delivered"), outcome.delivered},
                          {QStringLiteral("status"),
                           outcome.status ? QJsonValue(outcome.status) : QJsonValue::Null},
                          {QStringLiteral("duration_ms"), outcome.durationMs}}));
    };
    // The rule again at delivery: an endpoint stored before it, or under another option.
    const Environment env = endpoint->environment;
    const LoopbackWebhooks loopback = m_options.loopbackWebhooks;
    if (!WebhookService::validateUrl(endpoint->url, env, loopback).ok())
        return report({});
    WebhookSender::Delivery delivery;
    delivery.url = QUrl(endpoint->url);
    delivery.body = body;
    delivery.signature = signature;
    delivery.mayConnect = [url = delivery.url, env, loopback](const QHostAddress &address) {
        return WebhookService::mayConnect(url, env, loopback, address);
    };
    m_webhookSender->send(std::move(delivery), report);
}

// Audit ----------------------------------------------------------------------------------------

ApiServer::Reply ApiServer::listAudit(Call &call, const Actor &actor)
{
    PageParams page;
    if (auto e = readPage(call.query, page))
        return Reply::error(*e);
    std::optional<ApiError> err;
    ListQuery q{actor.workspaceId, environmentParam(call.query, err), page.limit,
                page.startingAfter};
    if (err)
        return Reply::error(*err);
    if (actor.boundEnvironment)
        q.environment = actor.boundEnvironment;
    auto listed = m_store.listAudit(q);
    if (!listed.ok())
        return Reply::error(listed.error());
    QJsonArray out;
    for (const AuditRecord &r : listed->items)
        out.append(json::auditEvent(r));
    return Reply::list(out, listed->hasMore);
}

ApiServer::Reply ApiServer::verifyAuditChain(Call &, const Actor &actor)
{
    // The caller's workspace's chain, every environment: nothing of other workspaces.
    auto check = AuditLog::verify(m_store, actor.workspaceId);
    if (!check.ok())
        return Reply::error(check.error());
    QJsonObject out{{QStringLiteral("intact"), check->intact},
                    {QStringLiteral("checked"), check->checked}};
    if (!check->intact)
        out.insert(QStringLiteral("first_broken"),
                   QJsonObject{{QStringLiteral("seq"), check->firstBadSeq},
                               {QStringLiteral("id"), check->firstBadId},
                               {QStringLiteral("reason"), check->reason}});
    return Reply::ok(out);
}

// Members and invitations (SPEC §9) -----------------------------------------------------------

namespace {
QJsonObject memberJson(const MemberRecord &m)
{
    return {{QStringLiteral("id"), m.user.id},
            {QStringLiteral("object"), QStringLiteral("member")},
            {QStringLiteral("email"), m.user.email},
            {QStringLiteral("role"), name(m.role)},
            {QStringLiteral("joined_at"),
             json::timeOrNull(m.joinedAt ? std::optional<qint64>(m.joinedAt) : std::nullopt)},
            {QStringLiteral("last_sign_in_at"), json::timeOrNull(m.lastSignInAt)}};
}

QJsonObject invitationJson(const InvitationRecord &i)
{
    return {{QStringLiteral("id"), i.id},
            {QStringLiteral("object"), QStringLiteral("invitation")},
            {QStringLiteral("email"), i.email},
            {QStringLiteral("role"), name(i.role)},
            {QStringLiteral("invited_by"), i.invitedBy},
            {QStringLiteral("created_at"), json::rfc3339(i.createdAt)},
            {QStringLiteral("expires_at"), json::rfc3339(i.expiresAt)}};
}

std::optional<Role> roleParam(JsonBody &body)
{
    const QString text = body.string("role", true, 20).value_or(QString());
    if (!body.ok())
        return std::nullopt;
    return roleFromString(text);
}

ApiError badRole()
{
    return ApiError::invalidRequest(
        QStringLiteral("role"), Tr::tr("role must be 'owner', 'admin', 'developer' or 'viewer'."));
}
} // namespace

ApiServer::Reply ApiServer::listMembers(Call &, const Actor &actor)
{
    auto members = m_members.list(actor);
    if (!members.ok())
        return Reply::error(members.error());
    QJsonArray out;
    for (const MemberRecord &m : *members)
        out.append(memberJson(m));
    return Reply::list(out, false);
}

ApiServer::Reply ApiServer::patchMember(Call &call, const Actor &actor)
{
    JsonBody body(call.body());
    const std::optional<Role> role = roleParam(body);
    body.rejectUnknownFields();
    if (!body.ok())
        return Reply::error(body.error());
    if (!role)
        return Reply::error(badRole());
    auto changed = m_members.setRole(actor, call.match.id, *role);
    if (!changed.ok())
        return Reply::error(changed.error());
    return Reply::ok(memberJson(*changed));
}

ApiServer::Reply ApiServer::removeMember(Call &call, const Actor &actor)
{
    if (Status s = m_members.remove(actor, call.match.id); !s.ok())
        return Reply::error(s.error());
    return Reply::ok(QJsonObject{{QStringLiteral("id"), call.match.id},
                                 {QStringLiteral("object"), QStringLiteral("member")},
                                 {QStringLiteral("removed"), true}});
}

ApiServer::Reply ApiServer::createInvitation(Call &call, const Actor &actor)
{
    JsonBody body(call.body());
    const QString email = body.string("email", true, 254).value_or(QString());
    const std::optional<Role> role = roleParam(body);
    body.rejectUnknownFields();
    if (!body.ok())
        return Reply::error(body.error());
    if (!role)
        return Reply::error(badRole());
    auto issued = m_members.invite(actor, email, *role);
    if (!issued.ok())
        return Reply::error(issued.error());
    QJsonObject o = invitationJson(issued->invitation);
    o.insert(QStringLiteral("token"), QString::fromLatin1(issued->token));
    crypto::wipe(issued->token);
    Reply r = Reply::ok(o);
    r.status = 201;
    return r;
}

ApiServer::Reply ApiServer::listInvitations(Call &, const Actor &actor)
{
    auto pending = m_members.invitations(actor);
    if (!pending.ok())
        return Reply::error(pending.error());
    QJsonArray out;
    for (const InvitationRecord &i : *pending)
        out.append(invitationJson(i));
    return Reply::list(out, false);
}

ApiServer::Reply ApiServer::withdrawInvitation(Call &call, const Actor &actor)
{
    if (Status s = m_members.withdraw(actor, call.match.id); !s.ok())
        return Reply::error(s.error());
    return Reply::ok(QJsonObject{{QStringLiteral("id"), call.match.id},
                                 {QStringLiteral("object"), QStringLiteral("invitation")},
                                 {QStringLiteral("withdrawn"), true}});
}

ApiServer::Reply ApiServer::acceptInvitation(Call &call)
{
    // No Authorization: the token is the credential. Slow when a password is hashed or checked
    // (PBKDF2), which happens only once the token has proved good.
    JsonBody body(call.body());
    QByteArray token = body.string("token", true, 100).value_or(QString()).toLatin1();
    const QString email = body.string("email", true, 254).value_or(QString());
    QString password = body.string("password", true, 1024).value_or(QString());
    body.rejectUnknownFields();
    auto wipe = [&] {
        crypto::wipe(token);
        crypto::wipe(password);
    };
    if (!body.ok()) {
        wipe();
        return Reply::error(body.error());
    }
    auto accepted = m_members.accept(token, email, password);
    wipe();
    if (!accepted.ok())
        return Reply::error(accepted.error());
    auto session = m_sessions.openSession(accepted->user);
    if (!session.ok())
        return Reply::error(session.error());
    call.logKey = session->session.id;
    QJsonObject o{
        {QStringLiteral("token"), QString::fromLatin1(session->token)},
        {QStringLiteral("expires_at"), json::rfc3339(session->session.expiresAt)},
        {QStringLiteral("workspace_id"), accepted->invitation.workspaceId},
        {QStringLiteral("role"), name(accepted->invitation.role)},
        {QStringLiteral("user"), QJsonObject{{QStringLiteral("id"), accepted->user.id},
                                             {QStringLiteral("email"), accepted->user.email}}}};
    crypto::wipe(session->token);
    return Reply::ok(o); // 200, as POST /v1/sessions
}

// Workspaces, services, passwords (SPEC §9) --------------------------------------------------

Result<Authenticated> ApiServer::signedInUser(Call &call, Operation op)
{
    const QByteArray credential = bearer(call.header("authorization"));
    if (!credential.startsWith("lks_")) {
        auto actor = authenticate(call, QString()); // 401 for a bad key, else…
        if (!actor.ok())
            return actor.error();
        if (Status s = Authorization::authorize(m_catalog, *actor, op); !s.ok())
            return s.error(); // …403 permission_denied: these are for members only
        return ApiError::forbidden(Tr::tr("Sign in to do this."));
    }
    auto session = m_sessions.authenticate(credential);
    if (session.ok())
        call.logKey = session->session.id;
    return session;
}

ApiServer::Reply ApiServer::createWorkspace(Call &call)
{
    auto who = signedInUser(call, Operation::CreateWorkspace);
    if (!who.ok())
        return Reply::error(who.error());
    JsonBody body(call.body());
    const QString name = body.string("name", true, 200).value_or(QString());
    body.rejectUnknownFields();
    if (!body.ok())
        return Reply::error(body.error());
    const Actor actor = Actor::member(who->user.id, who->user.email, {}, Role::Viewer);
    auto made = m_workspaces.create(actor, name);
    if (!made.ok())
        return Reply::error(made.error());
    Reply r = Reply::ok(workspaceJson(*made));
    r.status = 201;
    return r;
}

ApiServer::Reply ApiServer::renameWorkspace(Call &call, const Actor &actor)
{
    JsonBody body(call.body());
    const QString name = body.string("name", true, 200).value_or(QString());
    body.rejectUnknownFields();
    if (!body.ok())
        return Reply::error(body.error());
    auto renamed = m_workspaces.rename(actor, name);
    if (!renamed.ok())
        return Reply::error(renamed.error());
    auto views = m_workspaces.workspacesOf(actor.id);
    if (views.ok())
        for (const WorkspaceView &v : *views)
            if (v.workspace.id == renamed->id)
                return Reply::ok(workspaceJson(v));
    return Reply::ok(QJsonObject{{QStringLiteral("id"), renamed->id},
                                 {QStringLiteral("object"), QStringLiteral("workspace")},
                                 {QStringLiteral("name"), renamed->name}});
}

ApiServer::Reply ApiServer::setServiceStatus(Call &call, const Actor &actor)
{
    JsonBody body(call.body());
    const QString status = body.string("status", true, 20).value_or(QString());
    body.rejectUnknownFields();
    if (!body.ok())
        return Reply::error(body.error());
    if (status != QLatin1String("active") && status != QLatin1String("inactive"))
        return Reply::error(ApiError::invalidRequest(
            QStringLiteral("status"), Tr::tr("status must be 'active' or 'inactive'.")));
    const QString service = call.match.sub;
    if (!m_catalog.services().contains(service))
        return Reply::error(ApiError::notFound(
            Tr::tr("No service '%1' in the catalog.").arg(redactSecrets(service.left(64)))));
    if (Status s = m_workspaces.setSubscription(actor, actor.workspaceId, service,
                                                status == QLatin1String("active"));
        !s.ok())
        return Reply::error(s.error());
    return Reply::ok(QJsonObject{{QStringLiteral("object"), QStringLiteral("service")},
                                 {QStringLiteral("workspace_id"), actor.workspaceId},
                                 {QStringLiteral("service"), service},
                                 {QStringLiteral("status"), status}});
}

ApiServer::Reply ApiServer::changePassword(Call &call)
{
    auto who = signedInUser(call, Operation::ChangePassword);
    if (!who.ok())
        return Reply::error(who.error());
    JsonBody body(call.body());
    QString current = body.string("current_password", true, 1024).value_or(QString());
    QString next = body.string("new_password", true, 1024).value_or(QString());
    body.rejectUnknownFields();
    Status s = body.ok() ? m_sessions.changePassword(*who, current, next) : Status(body.error());
    crypto::wipe(current);
    crypto::wipe(next);
    if (!s.ok())
        return Reply::error(s.error());
    return Reply::ok(QJsonObject{{QStringLiteral("object"), QStringLiteral("user")},
                                 {QStringLiteral("id"), who->user.id},
                                 {QStringLiteral("email"), who->user.email},
                                 {QStringLiteral("password_changed"), true}});
}

// Verify and forward-auth ----------------------------------------------------------------------

std::optional<VerifyResult> ApiServer::ask(const VerifyRequest &question, bool cacheOnly,
                                           QString &logKey)
{
    std::optional<VerifyResult> answer =
        cacheOnly ? m_verifier.verifyCached(question) : m_verifier.verify(question);
    if (answer) // the key's id once known, else the first characters sent (never a secret)
        logKey = answer->key ? answer->key->record.id
                             : QString::fromLatin1(
                                   question.key.first(std::min<qsizetype>(8, question.key.size())));
    return answer;
}

std::optional<ApiServer::Reply> ApiServer::verify(const HttpRequest &request, QString &logKey,
                                                  bool cacheOnly)
{
    JsonBody body(request.body);
    const QString key = body.string("key", true, 200).value_or(QString());
    const QString scope = body.string("scope", false, 200).value_or(QString());
    const QString origin = body.string("origin", false, 300).value_or(QString());
    const QString ip = body.string("ip", false, 64).value_or(QString());
    const QString method = body.string("method", false, 16).value_or(QString());
    const QString path = body.string("path", false, 2048).value_or(QString());
    body.rejectUnknownFields();
    if (!body.ok())
        return Reply::error(body.error());
    if (!scope.isEmpty() && !isValidScopeSyntax(scope))
        return Reply::error(ApiError::invalidRequest(QStringLiteral("scope"),
                                                     Tr::tr("scope is not a valid scope name.")));
    const QByteArray keyText = key.toLatin1();
    const std::optional<VerifyResult> answer =
        ask({keyText, scope, origin, ip, method, path, QDateTime::currentMSecsSinceEpoch()},
            cacheOnly, logKey);
    if (!answer)
        return std::nullopt;
    const VerifyResult &r = *answer;
    Headers headers = rateHeaders(r.rate);
    if (!r.ok())
        return Reply::error(*r.error, headers);
    Reply reply{200, {}, std::move(headers)};
    reply.raw = r.key->memo<KeyAnswer>([&] { return keyAnswer(*r.key); }).verifyBody;
    return reply;
}

std::optional<ApiServer::Reply> ApiServer::forwardAuth(const HttpRequest &request, QString &logKey,
                                                       bool cacheOnly)
{
    const QByteArray key = bearer(request.header("authorization"));
    const QString scope = QString::fromUtf8(request.header("x-required-scope")).trimmed();
    // The right-most X-Forwarded-For entry is the one the operator's proxy added itself; the
    // ones to its left are whatever the client claimed.
    // Repeated header lines are one comma-separated list (RFC 9110 §5.3).
    const QByteArray forwarded = request.headerValues("x-forwarded-for").join(',');
    const qsizetype comma = forwarded.lastIndexOf(',');
    const QString ip =
        QString::fromLatin1((comma >= 0 ? forwarded.mid(comma + 1) : forwarded).trimmed());
    // Only the family the operator's gateway sets (serve --gateway): nginx sends X-Original-*,
    // Traefik and Caddy X-Forwarded-Method / X-Forwarded-Uri. A header of the other family may
    // come from the client, passed on untouched, so it is never read.
    const bool nginx = m_options.gateway == ServerOptions::Gateway::Nginx;
    QByteArray uri = request.header(nginx ? "x-original-uri" : "x-forwarded-uri");
    if (const qsizetype q = uri.indexOf('?'); q >= 0)
        uri.truncate(q);
    const QByteArray methodHeader =
        request.header(nginx ? "x-original-method" : "x-forwarded-method");
    const QString method = QString::fromLatin1(methodHeader).toUpper();
    if (!scope.isEmpty() && !isValidScopeSyntax(scope))
        return Reply::error(ApiError::invalidRequest(
            QStringLiteral("X-Required-Scope"), Tr::tr("X-Required-Scope is not a valid scope.")));
    const QString origin = QString::fromUtf8(request.header("origin"));
    const QString address = ip.isEmpty() ? request.remote.toString() : ip;
    const QString path = QString::fromUtf8(uri);
    const std::optional<VerifyResult> answer =
        ask({key, scope, origin, address, method, path, QDateTime::currentMSecsSinceEpoch()},
            cacheOnly, logKey);
    if (!answer)
        return std::nullopt;
    const VerifyResult &r = *answer;
    Headers headers = rateHeaders(r.rate);
    if (!r.ok()) {
        // nginx's auth_request drops the body; the code travels in a header it can read.
        headers.append({"Latchkey-Error-Code", r.error->code.toLatin1()});
        return Reply::error(*r.error, headers);
    }
    headers.append(r.key->memo<KeyAnswer>([&] { return keyAnswer(*r.key); }).authHeaders);
    return Reply{204, {}, std::move(headers)};
}

} // namespace latchkey::server
