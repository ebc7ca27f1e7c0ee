// SPDX-License-Identifier: MIT
// ApiServer: health, sessions, workspaces, services and passwords.
#include "apiserver_p.h"

#include "core/crypto.h"
#include "core/json.h"
#include "jsonbody.h"

#include <QDateTime>
#include <QPointer>
#include <QThreadPool>

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

} // namespace

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

// Workspaces, services, passwords (docs/teams.md)
// --------------------------------------------------

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
    return Reply::ok(workspaceJson(*renamed));
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

} // namespace latchkey::server
