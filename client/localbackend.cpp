// SPDX-License-Identifier: MIT
#include "localbackend.h"

#include "core/auditfilter.h"
#include "core/authorization.h"
#include "core/crypto.h"
#include "server/apiserver.h"
#include "server/webhooktest.h"

#include <QDir>
#include <QTimer>

namespace latchkey::client {

LocalBackend::LocalBackend(QObject *parent)
    : Backend(parent)
{}

LocalBackend::~LocalBackend()
{
    stopServing();
    crypto::wipe(m_masterKey);
}

Result<std::unique_ptr<LocalBackend>> LocalBackend::open(const QString &dataDir, QObject *parent)
{
    if (!QDir().mkpath(dataDir))
        return ApiError::internal(
            tr("Cannot create the data folder %1.").arg(QDir::toNativeSeparators(dataDir)));
    std::unique_ptr<LocalBackend> b(new LocalBackend(parent));
    auto store = SqlStore::open(QStringLiteral("sqlite:") +
                                QDir(dataDir).filePath(QStringLiteral("latchkey.db")));
    if (!store.ok())
        return store.error();
    b->m_store = std::move(store).value();
    auto key = crypto::loadOrCreateMasterKey(QDir(dataDir).filePath(QStringLiteral("master.key")));
    if (!key.ok())
        return key.error();
    b->m_masterKey = std::move(key).value();
    b->m_workspaces = std::make_unique<WorkspaceService>(*b->m_store);
    // First start: the sandbox workspace; later starts find it again (init is idempotent).
    auto init = b->m_workspaces->init(tr("Sandbox"), QString::fromLatin1(kSandboxEmail), QString(),
                                      {QStringLiteral("forms"), QStringLiteral("bookings")});
    if (!init.ok())
        return init.error();
    b->m_owner = init->owner;
    b->m_user = init->owner;
    b->m_members = std::make_unique<MemberService>(*b->m_store, ScopeCatalog::builtin());
    b->m_keys = std::make_unique<KeyService>(*b->m_store, ScopeCatalog::builtin());
    b->m_keys->setEnvironments(b->keyEnvironments());
    // The sandbox is the developer's own machine: its test endpoints may be too.
    b->m_webhooks =
        std::make_unique<WebhookService>(*b->m_store, ScopeCatalog::builtin(), b->m_masterKey,
                                         WebhookService::Clock{}, LoopbackWebhooks::AllowedForTest);
    return b;
}

QString LocalBackend::describe() const
{
    return tr("Offline sandbox");
}

template<class T>
void LocalBackend::later(QObject *context, Callback<T> done, std::function<Result<T>()> work,
                         const QString &changedWorkspace, Changes changes)
{
    auto deliver = track(context, std::move(done), changedWorkspace, changes);
    auto result = std::make_shared<Result<T>>(work());
    QTimer::singleShot(0, this, [deliver, result] { deliver(std::move(*result)); });
}

template<class T>
void LocalBackend::asMember(const QString &workspaceId, QObject *context, Callback<T> done,
                            std::function<Result<T>(const Actor &)> work, Changes changes)
{
    later<T>(
        context, std::move(done),
        [=, this]() -> Result<T> {
            auto member = m_workspaces->memberActor(m_user.id, workspaceId);
            if (!member.ok())
                return member.error();
            return work(*member);
        },
        workspaceId, changes);
}

void LocalBackend::workspaces(QObject *context, Callback<QList<WorkspaceView>> done)
{
    later<QList<WorkspaceView>>(context, std::move(done),
                                [this] { return m_workspaces->workspacesOf(m_user.id); });
}

void LocalBackend::scopeCatalog(const QString &, QObject *context, Callback<ScopeCatalog> done)
{
    later<ScopeCatalog>(context, std::move(done),
                        [] { return Result<ScopeCatalog>(ScopeCatalog::builtin()); });
}

void LocalBackend::listKeys(const QString &ws, const KeyQuery &query, QObject *context,
                            Callback<Page<ApiKeyRecord>> done)
{
    asMember<Page<ApiKeyRecord>>(ws, context, std::move(done),
                                 [=, this](const Actor &member) -> Result<Page<ApiKeyRecord>> {
                                     if (m_server) // last uses as the served sandbox saw them
                                         m_server->flushUsage();
                                     return m_keys->list(member, query);
                                 });
}

void LocalBackend::createKey(const QString &ws, const CreateKeyRequest &request, QObject *context,
                             Callback<IssuedKey> done)
{
    asMember<IssuedKey>(
        ws, context, std::move(done),
        [=, this](const Actor &member) -> Result<IssuedKey> {
            return m_keys->create(member, request);
        },
        Change::Keys | Change::Audit);
}

void LocalBackend::patchKey(const QString &ws, const QString &keyId, const KeyPatch &patch,
                            QObject *context, Callback<ApiKeyRecord> done)
{
    asMember<ApiKeyRecord>(
        ws, context, std::move(done),
        [=, this](const Actor &member) -> Result<ApiKeyRecord> {
            return m_keys->patch(member, keyId, patch);
        },
        Change::Keys | Change::Audit);
}

void LocalBackend::revokeKey(const QString &ws, const QString &keyId, QObject *context,
                             Callback<ApiKeyRecord> done)
{
    asMember<ApiKeyRecord>(
        ws, context, std::move(done),
        [=, this](const Actor &member) -> Result<ApiKeyRecord> {
            return m_keys->revoke(member, keyId);
        },
        Change::Keys | Change::Audit);
}

void LocalBackend::keyUsage(const QString &ws, const QString &keyId, int days, QObject *context,
                            Callback<UsageReport> done)
{
    asMember<UsageReport>(ws, context, std::move(done),
                          [=, this](const Actor &member) -> Result<UsageReport> {
                              if (m_server) // what the served sandbox counted is written first
                                  m_server->flushUsage();
                              return m_keys->usage(member, keyId, days);
                          });
}

void LocalBackend::rollKey(const QString &ws, const QString &keyId, qint64 graceSeconds,
                           QObject *context, Callback<IssuedKey> done)
{
    asMember<IssuedKey>(
        ws, context, std::move(done),
        [=, this](const Actor &member) -> Result<IssuedKey> {
            return m_keys->roll(member, keyId, graceSeconds);
        },
        Change::Keys | Change::Audit);
}

void LocalBackend::listEndpoints(const QString &ws, const ListQuery &query, QObject *context,
                                 Callback<Page<EndpointView>> done)
{
    asMember<Page<EndpointView>>(ws, context, std::move(done),
                                 [=, this](const Actor &member) -> Result<Page<EndpointView>> {
                                     auto page = m_webhooks->list(member, query);
                                     if (!page.ok())
                                         return page.error();
                                     Page<EndpointView> out;
                                     out.hasMore = page->hasMore;
                                     for (const WebhookEndpointRecord &e : page->items) {
                                         auto secrets = m_webhooks->secretInfo(member, e.id);
                                         if (!secrets.ok())
                                             return secrets.error();
                                         out.items.append({e, *secrets});
                                     }
                                     return out;
                                 });
}

void LocalBackend::createEndpoint(const QString &ws, Environment environment, const QString &url,
                                  const QString &description, QObject *context,
                                  Callback<IssuedEndpoint> done)
{
    asMember<IssuedEndpoint>(
        ws, context, std::move(done),
        [=, this](const Actor &member) -> Result<IssuedEndpoint> {
            return m_webhooks->create(member, environment, url, description, {});
        },
        Change::Endpoints | Change::Audit);
}

void LocalBackend::deleteEndpoint(const QString &ws, const QString &endpointId, QObject *context,
                                  Callback<Done> done)
{
    asMember<Done>(
        ws, context, std::move(done),
        [=, this](const Actor &member) -> Result<Done> {
            return m_webhooks->remove(member, endpointId);
        },
        Change::Endpoints | Change::Audit);
}

void LocalBackend::rotateEndpointSecret(const QString &ws, const QString &endpointId,
                                        QObject *context, Callback<IssuedEndpoint> done)
{
    asMember<IssuedEndpoint>(
        ws, context, std::move(done),
        [=, this](const Actor &member) -> Result<IssuedEndpoint> {
            return m_webhooks->rotateSecret(member, endpointId);
        },
        Change::Endpoints | Change::Audit);
}

void LocalBackend::testEndpoint(const QString &ws, const QString &endpointId, QObject *context,
                                Callback<WebhookTestResult> done)
{
    auto deliver = track(context, std::move(done));
    auto member = m_workspaces->memberActor(m_user.id, ws);
    if (!member.ok()) {
        QTimer::singleShot(0, this, [deliver, e = member.error()] { deliver(e); });
        return;
    }
    if (!m_webhookSender)
        m_webhookSender = std::make_unique<server::WebhookSender>();
    // The sandbox sends as latchkeyd does (loopback receivers allowed for test endpoints).
    server::sendTestEvent(*m_webhooks, *m_webhookSender, *member, endpointId,
                          LoopbackWebhooks::AllowedForTest,
                          [deliver](Result<server::WebhookSender::Outcome> r) {
                              if (!r.ok())
                                  return deliver(r.error());
                              deliver(WebhookTestResult{r->delivered, r->status, r->durationMs});
                          });
}

void LocalBackend::auditEvents(const QString &ws, const AuditQuery &query, QObject *context,
                               Callback<Page<AuditRecord>> done)
{
    asMember<Page<AuditRecord>>(
        ws, context, std::move(done), [=, this](const Actor &member) -> Result<Page<AuditRecord>> {
            if (Status s =
                    Authorization::authorize(ScopeCatalog::builtin(), member, Operation::ReadAudit);
                !s.ok())
                return s.error();
            AuditQuery q = query;
            q.workspaceId = ws;
            q.limit = qBound(1, q.limit, 100); // as GET /v1/audit-events allows
            if (Status s = AuditFilter::check(q); !s.ok())
                return s.error();
            return m_store->listAudit(q);
        });
}

void LocalBackend::auditChain(const QString &ws, QObject *context,
                              Callback<AuditLog::ChainCheck> done)
{
    asMember<AuditLog::ChainCheck>(
        ws, context, std::move(done),
        [=, this](const Actor &member) -> Result<AuditLog::ChainCheck> {
            if (Status s = Authorization::authorize(ScopeCatalog::builtin(), member,
                                                    Operation::VerifyAuditChain);
                !s.ok())
                return s.error();
            return AuditLog::verify(*m_store, ws);
        });
}

void LocalBackend::members(const QString &ws, QObject *context, Callback<QList<MemberRecord>> done)
{
    asMember<QList<MemberRecord>>(ws, context, std::move(done),
                                  [this](const Actor &member) { return m_members->list(member); });
}

void LocalBackend::invitations(const QString &ws, QObject *context,
                               Callback<QList<InvitationRecord>> done)
{
    asMember<QList<InvitationRecord>>(ws, context, std::move(done), [this](const Actor &member) {
        return m_members->invitations(member);
    });
}

void LocalBackend::invite(const QString &ws, const QString &email, Role role, QObject *context,
                          Callback<IssuedInvitation> done)
{
    asMember<IssuedInvitation>(
        ws, context, std::move(done),
        [=, this](const Actor &member) { return m_members->invite(member, email, role); },
        Change::Invitations | Change::Audit);
}

void LocalBackend::withdrawInvitation(const QString &ws, const QString &invitationId,
                                      QObject *context, Callback<Done> done)
{
    asMember<Done>(
        ws, context, std::move(done),
        [=, this](const Actor &member) -> Result<Done> {
            if (Status s = m_members->withdraw(member, invitationId); !s.ok())
                return s.error();
            return Done{};
        },
        Change::Invitations | Change::Audit);
}

void LocalBackend::setMemberRole(const QString &ws, const QString &userId, Role role,
                                 QObject *context, Callback<MemberRecord> done)
{
    asMember<MemberRecord>(
        ws, context, std::move(done),
        [=, this](const Actor &member) { return m_members->setRole(member, userId, role); },
        Change::Members | Change::Audit | Change::Workspaces);
}

void LocalBackend::removeMember(const QString &ws, const QString &userId, QObject *context,
                                Callback<Done> done)
{
    asMember<Done>(
        ws, context, std::move(done),
        [=, this](const Actor &member) -> Result<Done> {
            if (Status s = m_members->remove(member, userId); !s.ok())
                return s.error();
            return Done{};
        },
        Change::Members | Change::Audit | Change::Workspaces);
}

void LocalBackend::createWorkspace(const QString &name, QObject *context,
                                   Callback<WorkspaceView> done)
{
    later<WorkspaceView>(
        context, std::move(done),
        [=, this] {
            // Any signed-in user may make a workspace (docs/teams.md); it becomes its owner.
            return m_workspaces->create(Actor::member(m_user.id, m_user.email, {}, Role::Viewer),
                                        name);
        },
        {}, Change::Workspaces | Change::Audit);
}

void LocalBackend::renameWorkspace(const QString &ws, const QString &name, QObject *context,
                                   Callback<WorkspaceView> done)
{
    asMember<WorkspaceView>(
        ws, context, std::move(done),
        [=, this](const Actor &member) { return m_workspaces->rename(member, name); },
        Change::Workspaces | Change::Audit);
}

void LocalBackend::setServiceActive(const QString &ws, const QString &service, bool active,
                                    QObject *context, Callback<Done> done)
{
    asMember<Done>(
        ws, context, std::move(done),
        [=, this](const Actor &member) -> Result<Done> {
            if (Status s = m_workspaces->setSubscription(member, ws, service, active); !s.ok())
                return s.error();
            return Done{};
        },
        Change::Workspaces | Change::Audit);
}

void LocalBackend::changePassword(QString current, QString next, QObject *context,
                                  Callback<Done> done)
{
    crypto::wipe(current);
    crypto::wipe(next);
    later<Done>(context, std::move(done), [] {
        return Result<Done>(ApiError::forbidden(
            tr("The offline sandbox has no password: it is yours on this computer.")));
    });
}

void LocalBackend::acceptInvitation(const QByteArray &token, const QString &email, QString password,
                                    QObject *context, Callback<Done> done)
{
    later<Done>(
        context, std::move(done),
        [=, this]() mutable -> Result<Done> {
            auto accepted = m_members->accept(token, email, password);
            crypto::wipe(password);
            if (!accepted.ok())
                return accepted.error();
            return Done{};
        },
        {}, Change::Members | Change::Invitations | Change::Audit);
}

void LocalBackend::actAs(const QString &email, QObject *context, Callback<Done> done)
{
    later<Done>(
        context, std::move(done),
        [=, this]() -> Result<Done> {
            auto user = m_store->userByEmail(email.trimmed().toLower());
            if (!user.ok())
                return user.error();
            if (!*user)
                return ApiError::notFound(tr("Nobody in the sandbox has the email %1.").arg(email));
            m_user = **user;
            return Done{};
        },
        {}, kEverything);
}

void LocalBackend::serveLocally(quint16 port, QObject *context, Callback<QUrl> done)
{
    later<QUrl>(context, std::move(done), [=, this]() -> Result<QUrl> {
        if (m_server)
            return m_servingUrl;
        server::ServerOptions options;
        options.logFormat = server::ServerOptions::LogFormat::None;
        options.loopbackWebhooks = LoopbackWebhooks::AllowedForTest;
        options.sandbox = true; // test keys only; only Host 127.0.0.1:<port> or localhost:<port>
        auto srv = std::make_unique<server::ApiServer>(*m_store, ScopeCatalog::builtin(),
                                                       m_masterKey, options);
        const quint16 bound = srv->listen(QHostAddress::LocalHost, port);
        if (bound == 0)
            return ApiError::internal(tr("Cannot listen on 127.0.0.1:%1.").arg(port));
        m_server = std::move(srv);
        m_servingUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(bound));
        return m_servingUrl;
    });
}

void LocalBackend::stopServing()
{
    m_server.reset();
    m_servingUrl.clear();
}

} // namespace latchkey::client
