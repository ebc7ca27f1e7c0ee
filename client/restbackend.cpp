// SPDX-License-Identifier: MIT
#include "restbackend.h"

#include "core/auditfilter.h"
#include "core/crypto.h"
#include "core/json.h"
#include "core/keyfilter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QTimer>
#include <QUrlQuery>

namespace latchkey::client {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(RestBackend)
};

ApiError errorFrom(QNetworkReply *reply, const QByteArray &body, const QUrl &server)
{
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QJsonObject error =
        QJsonDocument::fromJson(body).object().value(QLatin1String("error")).toObject();
    if (status == 0) {
        ApiError e = ApiError::internal(Tr::tr("Cannot reach the server %1: %2")
                                            .arg(server.toDisplayString(), reply->errorString()));
        e.status = 0;
        e.code = QStringLiteral("network_error");
        return e;
    }
    if (error.isEmpty()) {
        ApiError e = ApiError::internal(
            Tr::tr("The server %1 answered %2 without an explanation. Is it a latchkeyd?")
                .arg(server.toDisplayString())
                .arg(status));
        e.status = status;
        return e;
    }
    ApiError e;
    e.status = status;
    e.code = error.value(QLatin1String("code")).toString();
    e.message = error.value(QLatin1String("message")).toString();
    // A failure of the server's own says no more than that; its operator finds the details in
    // the log under the answer's Request-Id, so the admin is given it to pass on.
    if (const QByteArray id = reply->rawHeader("Request-Id"); status >= 500 && !id.isEmpty())
        e.message = Tr::tr("%1 (Request-Id: %2)").arg(e.message, QString::fromLatin1(id));
    e.param = error.value(QLatin1String("param")).toString();
    e.requiredScope = error.value(QLatin1String("required_scope")).toString();
    return e;
}

QString listPath(const char *base, const QList<std::pair<QString, QString>> &params)
{
    QUrlQuery q;
    for (const auto &[k, v] : params)
        if (!v.isEmpty())
            q.addQueryItem(k, QString::fromLatin1(QUrl::toPercentEncoding(v)));
    const QString query = q.toString(QUrl::FullyEncoded);
    return QString::fromLatin1(base) + (query.isEmpty() ? QString() : u'?' + query);
}

template<class T, class From> Result<Page<T>> pageFrom(const QJsonObject &body, From from)
{
    Page<T> page;
    page.hasMore = body.value(QLatin1String("has_more")).toBool();
    for (const auto &v : body.value(QLatin1String("data")).toArray()) {
        auto item = from(v.toObject());
        if (!item.ok())
            return item.error();
        page.items.append(std::move(*item));
    }
    return page;
}

Result<IssuedKey> issuedKeyFrom(const QJsonObject &body)
{
    const QJsonObject data = body.value(QLatin1String("data")).toObject();
    auto key = json::apiKeyFrom(data);
    if (!key.ok())
        return key.error();
    return IssuedKey{*key, data.value(QLatin1String("secret")).toString().toLatin1()};
}

Result<IssuedEndpoint> issuedEndpointFrom(const QJsonObject &body)
{
    const QJsonObject data = body.value(QLatin1String("data")).toObject();
    auto e = json::webhookEndpointFrom(data);
    if (!e.ok())
        return e.error();
    return IssuedEndpoint{*e, data.value(QLatin1String("secret")).toString().toLatin1()};
}

Result<EndpointView> endpointFrom(const QJsonObject &o)
{
    auto e = json::webhookEndpointFrom(o);
    if (!e.ok())
        return e.error();
    EndpointView view{*e, {}};
    for (const auto &v : o.value(QLatin1String("signing_secrets")).toArray()) {
        const QJsonObject s = v.toObject();
        view.secrets.append(
            {s.value(QLatin1String("id")).toString(), s.value(QLatin1String("last4")).toString(),
             json::parseRfc3339(s.value(QLatin1String("created_at")).toString()).value_or(0),
             json::parseRfc3339(s.value(QLatin1String("expires_at")).toString())});
    }
    return view;
}
WorkspaceView workspaceFrom(const QJsonObject &o)
{
    WorkspaceView w;
    w.workspace.id = o.value(QLatin1String("id")).toString();
    w.workspace.name = o.value(QLatin1String("name")).toString();
    w.workspace.createdAt =
        json::parseRfc3339(o.value(QLatin1String("created_at")).toString()).value_or(0);
    w.role = roleFromString(o.value(QLatin1String("role")).toString()).value_or(Role::Viewer);
    for (const auto &s : o.value(QLatin1String("services")).toArray())
        w.subscriptions.append({w.workspace.id, s[QLatin1String("id")].toString(),
                                s[QLatin1String("status")].toString() == QLatin1String("active"),
                                0});
    return w;
}

template<class T>
Result<QList<T>> listFrom(const QJsonObject &body, Result<T> (*from)(const QJsonObject &))
{
    QList<T> out;
    for (const auto &v : body.value(QLatin1String("data")).toArray()) {
        auto item = from(v.toObject());
        if (!item.ok())
            return item.error();
        out.append(std::move(*item));
    }
    return out;
}

Result<Done> done(const QJsonObject &)
{
    return Done{};
}
} // namespace

RestBackend::RestBackend(QUrl server, QString email, QByteArray token, TokenStore *tokens,
                         QObject *parent)
    : Backend(parent)
    , m_server(std::move(server))
    , m_email(std::move(email))
    , m_token(std::move(token))
    , m_tokens(tokens)
{}

RestBackend::~RestBackend()
{
    crypto::wipe(m_token);
}

QString RestBackend::describe() const
{
    return tr("%1 (%2)").arg(m_server.toDisplayString(), m_email);
}

void RestBackend::signIn(const QUrl &server, const QString &email, const QString &password,
                         TokenStore *tokens, QObject *context,
                         std::function<void(Result<RestBackend *>)> done)
{
    openSession(server, QStringLiteral("/v1/sessions"), email,
                QJsonDocument(QJsonObject{{QStringLiteral("email"), email},
                                          {QStringLiteral("password"), password}})
                    .toJson(QJsonDocument::Compact),
                tokens, context, std::move(done));
}

void RestBackend::join(const QUrl &server, const QByteArray &invitation, const QString &email,
                       const QString &password, TokenStore *tokens, QObject *context,
                       std::function<void(Result<RestBackend *>)> done)
{
    openSession(
        server, QStringLiteral("/v1/invitations/accept"), email,
        QJsonDocument(QJsonObject{{QStringLiteral("token"), QString::fromLatin1(invitation)},
                                  {QStringLiteral("email"), email},
                                  {QStringLiteral("password"), password}})
            .toJson(QJsonDocument::Compact),
        tokens, context, std::move(done));
}

void RestBackend::openSession(const QUrl &server, const QString &path, const QString &email,
                              QByteArray body, TokenStore *tokens, QObject *context,
                              std::function<void(Result<RestBackend *>)> done)
{
    auto *nam = new QNetworkAccessManager(context);
    QNetworkRequest req(server.resolved(QUrl(path)));
    req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    req.setTransferTimeout(30000);
    QNetworkReply *reply = nam->post(req, body);
    crypto::wipe(body);
    QPointer<QObject> guard(context);
    QObject::connect(
        reply, &QNetworkReply::finished, nam, [reply, nam, server, email, tokens, guard, done] {
            const QByteArray answer = reply->readAll();
            reply->deleteLater();
            nam->deleteLater();
            if (!guard)
                return;
            if (reply->error() != QNetworkReply::NoError ||
                reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() != 200)
                return done(errorFrom(reply, answer, server));
            const QJsonObject data =
                QJsonDocument::fromJson(answer).object().value(QLatin1String("data")).toObject();
            const QByteArray token = data.value(QLatin1String("token")).toString().toLatin1();
            if (!token.startsWith("lks_"))
                return done(
                    ApiError::internal(Tr::tr("The server did not return a session token.")));
            if (tokens) {
                tokens->save(TokenStore::account(server.toString(), email), token);
                TokenStore::setLastAccount(server, email);
            }
            done(new RestBackend(server, email, token, tokens));
        });
}

void RestBackend::resume(const QUrl &server, const QString &email, TokenStore *tokens,
                         QObject *context, std::function<void(Result<RestBackend *>)> done)
{
    const QString account = TokenStore::account(server.toString(), email);
    QPointer<QObject> guard(context);
    tokens->load(account, [=](QByteArray token) {
        if (!guard)
            return crypto::wipe(token);
        if (token.isEmpty()) {
            // Later, never before resume() returns, like every backend answer.
            const ApiError none = ApiError::notFound(
                Tr::tr("No saved session for %1 on %2.").arg(email, server.toDisplayString()));
            QTimer::singleShot(0, guard.data(), [done, none] { done(none); });
            return;
        }
        auto *backend = new RestBackend(server, email, token, tokens);
        crypto::wipe(token);
        backend->workspaces(context, [=](Result<QList<WorkspaceView>> r) {
            if (r.ok())
                return done(backend);
            const ApiError &error = r.error();
            backend->deleteLater(); // not now: its network reply is still delivering this
            if (error.status == 401) {
                tokens->remove(account);
                return done(
                    ApiError::unauthenticated(Tr::tr("Your session on %1 has ended. Sign in again.")
                                                  .arg(server.toDisplayString())));
            }
            done(error);
        });
    });
}

void RestBackend::signOut(QObject *context, Callback<Done> done)
{
    auto deliver = track(context, std::move(done));
    call("DELETE", QStringLiteral("/v1/sessions/current"), {}, nullptr,
         [this, deliver](Result<QJsonObject> r) {
             if (m_tokens) {
                 m_tokens->remove(TokenStore::account(m_server.toString(), m_email));
                 const auto last = TokenStore::lastAccount();
                 if (last && last->server == m_server && last->email == m_email)
                     TokenStore::forgetLastAccount();
             }
             crypto::wipe(m_token);
             deliver(r.ok() ? Result<Done>(Done{}) : Result<Done>(r.error()));
         });
}

void RestBackend::call(const QByteArray &method, const QString &path, const QString &workspaceId,
                       const QJsonObject *body, std::function<void(Result<QJsonObject>)> handle)
{
    QNetworkRequest req(m_server.resolved(QUrl(path)));
    req.setRawHeader("Authorization", "Bearer " + m_token);
    if (!workspaceId.isEmpty())
        req.setRawHeader("Latchkey-Workspace", workspaceId.toLatin1());
    req.setTransferTimeout(30000);
    QByteArray payload;
    if (body) {
        req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        payload = QJsonDocument(*body).toJson(QJsonDocument::Compact);
    }
    QNetworkReply *reply = m_network.sendCustomRequest(req, method, payload);
    connect(reply, &QNetworkReply::finished, this, [this, reply, handle] {
        const QByteArray answer = reply->readAll();
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status < 200 || status >= 300)
            return handle(errorFrom(reply, answer, m_server));
        QJsonParseError pe{};
        const QJsonDocument doc = QJsonDocument::fromJson(answer, &pe);
        if (pe.error != QJsonParseError::NoError || !doc.isObject())
            return handle(ApiError::internal(tr("The server sent a reply that is not JSON.")));
        handle(doc.object());
    });
}

template<class T>
void RestBackend::send(const QByteArray &method, const QString &path, const QString &workspaceId,
                       const QJsonObject *body, QObject *context, Callback<T> done,
                       std::function<Result<T>(const QJsonObject &)> parse, Changes changes)
{
    auto deliver = track(context, std::move(done), workspaceId, changes);
    call(method, path, workspaceId, body, [deliver, parse](Result<QJsonObject> r) {
        if (!r.ok())
            return deliver(r.error());
        deliver(parse(*r));
    });
}

void RestBackend::workspaces(QObject *context, Callback<QList<WorkspaceView>> done)
{
    send<QList<WorkspaceView>>("GET", QStringLiteral("/v1/workspaces"), {}, nullptr, context,
                               std::move(done),
                               [](const QJsonObject &body) -> Result<QList<WorkspaceView>> {
                                   QList<WorkspaceView> out;
                                   for (const auto &v : body.value(QLatin1String("data")).toArray())
                                       out.append(workspaceFrom(v.toObject()));
                                   return out;
                               });
}

Result<ScopeCatalog> RestBackend::catalogFromItems(const QJsonArray &items)
{
    QJsonArray services, management;
    QHash<QString, QJsonArray> actions;
    QHash<QString, QString> names;
    QStringList order;
    for (const auto &v : items) {
        const QJsonObject o = v.toObject();
        const QString scope = o.value(QLatin1String("scope")).toString();
        const QString service = o.value(QLatin1String("service")).toString();
        QJsonObject entry{{QStringLiteral("description"), o.value(QLatin1String("description"))},
                          {QStringLiteral("public_safe"), o.value(QLatin1String("public_safe"))},
                          {QStringLiteral("privileged"), o.value(QLatin1String("privileged"))}};
        if (service.isEmpty()) {
            entry.insert(QStringLiteral("scope"), scope);
            management.append(entry);
            continue;
        }
        const QString prefix = QStringLiteral("service.") + service + u'.';
        if (!scope.startsWith(prefix))
            return ApiError::internal(
                tr("The server's scope '%1' does not belong to its service.").arg(scope.left(100)));
        entry.insert(QStringLiteral("action"), scope.mid(prefix.size()));
        if (const QString n = o.value(QLatin1String("service_name")).toString(); !n.isEmpty())
            names[service] = n;
        if (!order.contains(service))
            order << service;
        actions[service].append(entry);
    }
    for (const QString &s : order) {
        QJsonObject service{{QStringLiteral("id"), s}, {QStringLiteral("actions"), actions[s]}};
        if (names.contains(s))
            service.insert(QStringLiteral("name"), names[s]);
        services.append(service);
    }
    return ScopeCatalog::fromJson(
        QJsonDocument(QJsonObject{{QStringLiteral("version"), 1},
                                  {QStringLiteral("services"), services},
                                  {QStringLiteral("management"), management}})
            .toJson(QJsonDocument::Compact));
}

void RestBackend::scopeCatalog(const QString &ws, QObject *context, Callback<ScopeCatalog> done)
{
    auto deliver = track(context, std::move(done));
    call("GET", QStringLiteral("/v1/scopes"), ws, nullptr, [deliver](Result<QJsonObject> r) {
        if (!r.ok())
            return deliver(r.error());
        deliver(catalogFromItems(r->value(QLatin1String("data")).toArray()));
    });
}

void RestBackend::listKeys(const QString &ws, const KeyQuery &q, QObject *context,
                           Callback<Page<ApiKeyRecord>> done)
{
    auto deliver = track(context, std::move(done));
    QList<std::pair<QString, QString>> params{
        {QStringLiteral("limit"), QString::number(q.limit)},
        {QStringLiteral("starting_after"), q.startingAfter},
        {QStringLiteral("environment"), q.environment ? name(*q.environment) : QString()}};
    for (const auto &[param, value] : KeyFilter::queryItems(q))
        params.append({param, value});
    const QString path = listPath("/v1/api-keys", params);
    call("GET", path, ws, nullptr, [deliver](Result<QJsonObject> r) {
        if (!r.ok())
            return deliver(r.error());
        deliver(pageFrom<ApiKeyRecord>(*r, json::apiKeyFrom));
    });
}

QJsonObject RestBackend::createBody(const CreateKeyRequest &r)
{
    QJsonObject o{{QStringLiteral("name"), r.name},
                  {QStringLiteral("environment"), name(r.environment)},
                  {QStringLiteral("type"), name(r.type)},
                  {QStringLiteral("scopes"), QJsonArray::fromStringList(r.scopes)}};
    if (!r.description.isEmpty())
        o.insert(QStringLiteral("description"), r.description);
    if (!r.metadata.isEmpty())
        o.insert(QStringLiteral("metadata"), json::stringMap(r.metadata));
    if (r.type == KeyType::Public) {
        o.insert(QStringLiteral("service_id"), r.serviceId);
        o.insert(QStringLiteral("allowed_origins"), QJsonArray::fromStringList(r.allowedOrigins));
    }
    if (!r.ipAllowlist.isEmpty() || !r.endpoints.isEmpty())
        o.insert(
            QStringLiteral("restrictions"),
            QJsonObject{{QStringLiteral("ip_allowlist"), QJsonArray::fromStringList(r.ipAllowlist)},
                        {QStringLiteral("endpoints"), QJsonArray::fromStringList(r.endpoints)}});
    if (r.rateLimit)
        o.insert(QStringLiteral("rate_limit"), json::rateLimit(r.rateLimit));
    if (r.expiresAt)
        o.insert(QStringLiteral("expires_at"), json::rfc3339(*r.expiresAt));
    return o;
}

QJsonObject RestBackend::patchBody(const KeyPatch &p)
{
    QJsonObject o;
    if (p.name)
        o.insert(QStringLiteral("name"), *p.name);
    if (p.description)
        o.insert(QStringLiteral("description"), *p.description);
    if (p.metadata)
        o.insert(QStringLiteral("metadata"), json::stringMap(*p.metadata));
    if (p.scopes)
        o.insert(QStringLiteral("scopes"), QJsonArray::fromStringList(*p.scopes));
    if (p.allowedOrigins)
        o.insert(QStringLiteral("allowed_origins"), QJsonArray::fromStringList(*p.allowedOrigins));
    if (p.ipAllowlist || p.endpoints) {
        QJsonObject r;
        if (p.ipAllowlist)
            r.insert(QStringLiteral("ip_allowlist"), QJsonArray::fromStringList(*p.ipAllowlist));
        if (p.endpoints)
            r.insert(QStringLiteral("endpoints"), QJsonArray::fromStringList(*p.endpoints));
        o.insert(QStringLiteral("restrictions"), r);
    }
    if (p.rateLimit)
        o.insert(QStringLiteral("rate_limit"), json::rateLimit(*p.rateLimit));
    if (p.expiresAt)
        o.insert(QStringLiteral("expires_at"), json::timeOrNull(*p.expiresAt));
    return o;
}

void RestBackend::createKey(const QString &ws, const CreateKeyRequest &request, QObject *context,
                            Callback<IssuedKey> done)
{
    auto deliver = track(context, std::move(done), ws, Change::Keys | Change::Audit);
    const QJsonObject body = createBody(request);
    call("POST", QStringLiteral("/v1/api-keys"), ws, &body, [deliver](Result<QJsonObject> r) {
        if (!r.ok())
            return deliver(r.error());
        deliver(issuedKeyFrom(*r));
    });
}

void RestBackend::patchKey(const QString &ws, const QString &keyId, const KeyPatch &patch,
                           QObject *context, Callback<ApiKeyRecord> done)
{
    auto deliver = track(context, std::move(done), ws, Change::Keys | Change::Audit);
    const QJsonObject body = patchBody(patch);
    call("PATCH", QStringLiteral("/v1/api-keys/") + keyId, ws, &body,
         [deliver](Result<QJsonObject> r) {
             if (!r.ok())
                 return deliver(r.error());
             deliver(json::apiKeyFrom(r->value(QLatin1String("data")).toObject()));
         });
}

void RestBackend::revokeKey(const QString &ws, const QString &keyId, QObject *context,
                            Callback<ApiKeyRecord> done)
{
    auto deliver = track(context, std::move(done), ws, Change::Keys | Change::Audit);
    call("DELETE", QStringLiteral("/v1/api-keys/") + keyId, ws, nullptr,
         [deliver](Result<QJsonObject> r) {
             if (!r.ok())
                 return deliver(r.error());
             deliver(json::apiKeyFrom(r->value(QLatin1String("data")).toObject()));
         });
}

void RestBackend::keyUsage(const QString &ws, const QString &keyId, int days, QObject *context,
                           Callback<UsageReport> done)
{
    send<UsageReport>("GET", QStringLiteral("/v1/api-keys/%1/usage?days=%2").arg(keyId).arg(days),
                      ws, nullptr, context, std::move(done), [](const QJsonObject &body) {
                          return json::keyUsageFrom(body.value(QLatin1String("data")).toObject());
                      });
}

void RestBackend::rollKey(const QString &ws, const QString &keyId, qint64 graceSeconds,
                          QObject *context, Callback<IssuedKey> done)
{
    auto deliver = track(context, std::move(done), ws, Change::Keys | Change::Audit);
    const QJsonObject body{{QStringLiteral("old_expires_in"), graceSeconds}};
    call("POST", QStringLiteral("/v1/api-keys/%1/roll").arg(keyId), ws, &body,
         [deliver](Result<QJsonObject> r) {
             if (!r.ok())
                 return deliver(r.error());
             deliver(issuedKeyFrom(*r));
         });
}

void RestBackend::listEndpoints(const QString &ws, const ListQuery &q, QObject *context,
                                Callback<Page<EndpointView>> done)
{
    auto deliver = track(context, std::move(done));
    const QString path = listPath(
        "/v1/webhook-endpoints",
        {{QStringLiteral("limit"), QString::number(q.limit)},
         {QStringLiteral("starting_after"), q.startingAfter},
         {QStringLiteral("environment"), q.environment ? name(*q.environment) : QString()}});
    call("GET", path, ws, nullptr, [deliver](Result<QJsonObject> r) {
        if (!r.ok())
            return deliver(r.error());
        deliver(pageFrom<EndpointView>(*r, endpointFrom));
    });
}

void RestBackend::createEndpoint(const QString &ws, Environment environment, const QString &url,
                                 const QString &description, QObject *context,
                                 Callback<IssuedEndpoint> done)
{
    auto deliver = track(context, std::move(done), ws, Change::Endpoints | Change::Audit);
    const QJsonObject body{{QStringLiteral("url"), url},
                           {QStringLiteral("description"), description},
                           {QStringLiteral("environment"), name(environment)}};
    call("POST", QStringLiteral("/v1/webhook-endpoints"), ws, &body,
         [deliver](Result<QJsonObject> r) {
             if (!r.ok())
                 return deliver(r.error());
             deliver(issuedEndpointFrom(*r));
         });
}

void RestBackend::deleteEndpoint(const QString &ws, const QString &endpointId, QObject *context,
                                 Callback<Done> done)
{
    auto deliver = track(context, std::move(done), ws, Change::Endpoints | Change::Audit);
    call("DELETE", QStringLiteral("/v1/webhook-endpoints/") + endpointId, ws, nullptr,
         [deliver](Result<QJsonObject> r) {
             deliver(r.ok() ? Result<Done>(Done{}) : Result<Done>(r.error()));
         });
}

void RestBackend::rotateEndpointSecret(const QString &ws, const QString &endpointId,
                                       QObject *context, Callback<IssuedEndpoint> done)
{
    auto deliver = track(context, std::move(done), ws, Change::Endpoints | Change::Audit);
    const QJsonObject body;
    call("POST", QStringLiteral("/v1/webhook-endpoints/%1/rotate-secret").arg(endpointId), ws,
         &body, [deliver](Result<QJsonObject> r) {
             if (!r.ok())
                 return deliver(r.error());
             deliver(issuedEndpointFrom(*r));
         });
}

void RestBackend::testEndpoint(const QString &ws, const QString &endpointId, QObject *context,
                               Callback<WebhookTestResult> done)
{
    auto deliver = track(context, std::move(done));
    const QJsonObject body;
    call("POST", QStringLiteral("/v1/webhook-endpoints/%1/test").arg(endpointId), ws, &body,
         [deliver](Result<QJsonObject> r) {
             if (!r.ok())
                 return deliver(r.error());
             const QJsonObject data = r->value(QLatin1String("data")).toObject();
             deliver(
                 WebhookTestResult{data.value(QLatin1String("delivered")).toBool(),
                                   data.value(QLatin1String("status")).toInt(),
                                   qint64(data.value(QLatin1String("duration_ms")).toDouble())});
         });
}

void RestBackend::auditEvents(const QString &ws, const AuditQuery &q, QObject *context,
                              Callback<Page<AuditRecord>> done)
{
    auto deliver = track(context, std::move(done));
    QList<std::pair<QString, QString>> params{
        {QStringLiteral("limit"), QString::number(q.limit)},
        {QStringLiteral("starting_after"), q.startingAfter},
        {QStringLiteral("environment"), q.environment ? name(*q.environment) : QString()}};
    for (const auto &[param, value] : AuditFilter::queryItems(q))
        params.append({param, value});
    const QString path = listPath("/v1/audit-events", params);
    call("GET", path, ws, nullptr, [deliver](Result<QJsonObject> r) {
        if (!r.ok())
            return deliver(r.error());
        deliver(pageFrom<AuditRecord>(*r, json::auditEventFrom));
    });
}

void RestBackend::auditChain(const QString &ws, QObject *context,
                             Callback<AuditLog::ChainCheck> done)
{
    auto deliver = track(context, std::move(done));
    call("GET", QStringLiteral("/v1/audit-events/verify"), ws, nullptr,
         [deliver](Result<QJsonObject> r) {
             if (!r.ok())
                 return deliver(r.error());
             const QJsonObject d = r->value(QLatin1String("data")).toObject();
             AuditLog::ChainCheck c;
             c.intact = d.value(QLatin1String("intact")).toBool();
             c.checked = d.value(QLatin1String("checked")).toInteger();
             const QJsonObject bad = d.value(QLatin1String("first_broken")).toObject();
             c.firstBadSeq = bad.value(QLatin1String("seq")).toInteger();
             c.firstBadId = bad.value(QLatin1String("id")).toString();
             c.reason = bad.value(QLatin1String("reason")).toString();
             deliver(c);
         });
}

// Members, invitations, workspaces, services, passwords (docs/teams.md)
// -------------------------------------------------------------------------

void RestBackend::members(const QString &ws, QObject *context, Callback<QList<MemberRecord>> done)
{
    send<QList<MemberRecord>>(
        "GET", QStringLiteral("/v1/members"), ws, nullptr, context, std::move(done),
        [](const QJsonObject &body) { return listFrom<MemberRecord>(body, json::memberFrom); });
}

void RestBackend::invitations(const QString &ws, QObject *context,
                              Callback<QList<InvitationRecord>> done)
{
    send<QList<InvitationRecord>>("GET", QStringLiteral("/v1/invitations"), ws, nullptr, context,
                                  std::move(done), [](const QJsonObject &body) {
                                      return listFrom<InvitationRecord>(body, json::invitationFrom);
                                  });
}

void RestBackend::invite(const QString &ws, const QString &email, Role role, QObject *context,
                         Callback<IssuedInvitation> done)
{
    const QJsonObject body{{QStringLiteral("email"), email}, {QStringLiteral("role"), name(role)}};
    send<IssuedInvitation>(
        "POST", QStringLiteral("/v1/invitations"), ws, &body, context, std::move(done),
        [ws](const QJsonObject &answer) -> Result<IssuedInvitation> {
            const QJsonObject data = answer.value(QLatin1String("data")).toObject();
            auto inv = json::invitationFrom(data);
            if (!inv.ok())
                return inv.error();
            inv->workspaceId = ws;
            return IssuedInvitation{*inv, data.value(QLatin1String("token")).toString().toLatin1()};
        },
        Change::Invitations | Change::Audit);
}

void RestBackend::withdrawInvitation(const QString &ws, const QString &invitationId,
                                     QObject *context, Callback<Done> done)
{
    send<Done>("DELETE", QStringLiteral("/v1/invitations/") + invitationId, ws, nullptr, context,
               std::move(done), client::done, Change::Invitations | Change::Audit);
}

void RestBackend::setMemberRole(const QString &ws, const QString &userId, Role role,
                                QObject *context, Callback<MemberRecord> done)
{
    const QJsonObject body{{QStringLiteral("role"), name(role)}};
    send<MemberRecord>(
        "PATCH", QStringLiteral("/v1/members/") + userId, ws, &body, context, std::move(done),
        [](const QJsonObject &answer) {
            return json::memberFrom(answer.value(QLatin1String("data")).toObject());
        },
        Change::Members | Change::Audit | Change::Workspaces);
}

void RestBackend::removeMember(const QString &ws, const QString &userId, QObject *context,
                               Callback<Done> done)
{
    send<Done>("DELETE", QStringLiteral("/v1/members/") + userId, ws, nullptr, context,
               std::move(done), client::done, Change::Members | Change::Audit | Change::Workspaces);
}

void RestBackend::createWorkspace(const QString &name, QObject *context,
                                  Callback<WorkspaceView> done)
{
    const QJsonObject body{{QStringLiteral("name"), name}};
    send<WorkspaceView>(
        "POST", QStringLiteral("/v1/workspaces"), {}, &body, context, std::move(done),
        [](const QJsonObject &answer) -> Result<WorkspaceView> {
            return workspaceFrom(answer.value(QLatin1String("data")).toObject());
        },
        Change::Workspaces | Change::Audit);
}

void RestBackend::renameWorkspace(const QString &ws, const QString &name, QObject *context,
                                  Callback<WorkspaceView> done)
{
    const QJsonObject body{{QStringLiteral("name"), name}};
    send<WorkspaceView>(
        "PATCH", QStringLiteral("/v1/workspaces/") + ws, ws, &body, context, std::move(done),
        [](const QJsonObject &answer) -> Result<WorkspaceView> {
            return workspaceFrom(answer.value(QLatin1String("data")).toObject());
        },
        Change::Workspaces | Change::Audit);
}

void RestBackend::setServiceActive(const QString &ws, const QString &service, bool active,
                                   QObject *context, Callback<Done> done)
{
    const QJsonObject body{
        {QStringLiteral("status"), active ? QStringLiteral("active") : QStringLiteral("inactive")}};
    send<Done>("PUT", QStringLiteral("/v1/workspaces/%1/services/%2").arg(ws, service), ws, &body,
               context, std::move(done), client::done, Change::Workspaces | Change::Audit);
}

void RestBackend::changePassword(QString current, QString next, QObject *context,
                                 Callback<Done> done)
{
    const QJsonObject body{{QStringLiteral("current_password"), current},
                           {QStringLiteral("new_password"), next}};
    crypto::wipe(current);
    crypto::wipe(next);
    send<Done>("POST", QStringLiteral("/v1/sessions/current/password"), {}, &body, context,
               std::move(done), client::done);
}

} // namespace latchkey::client
