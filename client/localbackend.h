// SPDX-License-Identifier: MIT
#pragma once
// The offline sandbox: core's services on a SQLite file in the user's data directory. On first
// start it creates a workspace "Sandbox" with the services forms and bookings, owned by a local
// account that cannot sign in anywhere. The sandbox can hold a whole team: invitations are
// accepted here, and the dashboard can act as any member to see what that role sees. It can also
// serve itself on 127.0.0.1 with latchkeyd's server code, so local apps can verify sk_test_ keys
// without a network. It holds test keys only (keyEnvironments()), and its served form answers
// only requests addressed to its own loopback address and port.

#include "backend.h"

#include "core/sqlstore.h"

#include <memory>

namespace latchkey::server {
class ApiServer;
class WebhookSender;
} // namespace latchkey::server

namespace latchkey::client {

class LocalBackend final : public Backend
{
    Q_OBJECT

public:
    static constexpr const char *kSandboxEmail = "sandbox@localhost";

    /// Opens (or creates) the sandbox in \p dataDir: latchkey.db and master.key (0600).
    static Result<std::unique_ptr<LocalBackend>> open(const QString &dataDir,
                                                      QObject *parent = nullptr);
    ~LocalBackend() override;

    QString describe() const override;
    bool isOffline() const override { return true; }
    /// Test keys only: core refuses to create or roll a live key here, and the served sandbox
    /// verifies none (ServerOptions::sandbox). Live keys a sandbox made before are still
    /// listed, and can be edited and revoked.
    KeyEnvironments keyEnvironments() const override { return KeyEnvironments::TestOnly; }
    Store &store() { return *m_store; }

    void workspaces(QObject *context, Callback<QList<WorkspaceView>> done) override;
    void scopeCatalog(const QString &workspaceId, QObject *context,
                      Callback<ScopeCatalog> done) override;
    void listKeys(const QString &workspaceId, const KeyQuery &query, QObject *context,
                  Callback<Page<ApiKeyRecord>> done) override;
    void createKey(const QString &workspaceId, const CreateKeyRequest &request, QObject *context,
                   Callback<IssuedKey> done) override;
    void patchKey(const QString &workspaceId, const QString &keyId, const KeyPatch &patch,
                  QObject *context, Callback<ApiKeyRecord> done) override;
    void revokeKey(const QString &workspaceId, const QString &keyId, QObject *context,
                   Callback<ApiKeyRecord> done) override;
    void keyUsage(const QString &workspaceId, const QString &keyId, int days, QObject *context,
                  Callback<UsageReport> done) override;
    void rollKey(const QString &workspaceId, const QString &keyId, qint64 graceSeconds,
                 QObject *context, Callback<IssuedKey> done) override;
    void listEndpoints(const QString &workspaceId, const ListQuery &query, QObject *context,
                       Callback<Page<EndpointView>> done) override;
    void createEndpoint(const QString &workspaceId, Environment environment, const QString &url,
                        const QString &description, QObject *context,
                        Callback<IssuedEndpoint> done) override;
    void deleteEndpoint(const QString &workspaceId, const QString &endpointId, QObject *context,
                        Callback<Done> done) override;
    void rotateEndpointSecret(const QString &workspaceId, const QString &endpointId,
                              QObject *context, Callback<IssuedEndpoint> done) override;
    void testEndpoint(const QString &workspaceId, const QString &endpointId, QObject *context,
                      Callback<WebhookTestResult> done) override;
    void auditEvents(const QString &workspaceId, const AuditQuery &query, QObject *context,
                     Callback<Page<AuditRecord>> done) override;
    void auditChain(const QString &workspaceId, QObject *context,
                    Callback<AuditLog::ChainCheck> done) override;

    QString userEmail() const override { return m_user.email; }
    void members(const QString &workspaceId, QObject *context,
                 Callback<QList<MemberRecord>> done) override;
    void invitations(const QString &workspaceId, QObject *context,
                     Callback<QList<InvitationRecord>> done) override;
    void invite(const QString &workspaceId, const QString &email, Role role, QObject *context,
                Callback<IssuedInvitation> done) override;
    void withdrawInvitation(const QString &workspaceId, const QString &invitationId,
                            QObject *context, Callback<Done> done) override;
    void setMemberRole(const QString &workspaceId, const QString &userId, Role role,
                       QObject *context, Callback<MemberRecord> done) override;
    void removeMember(const QString &workspaceId, const QString &userId, QObject *context,
                      Callback<Done> done) override;
    void createWorkspace(const QString &name, QObject *context,
                         Callback<WorkspaceView> done) override;
    void renameWorkspace(const QString &workspaceId, const QString &name, QObject *context,
                         Callback<WorkspaceView> done) override;
    void setServiceActive(const QString &workspaceId, const QString &service, bool active,
                          QObject *context, Callback<Done> done) override;
    bool hasPassword() const override { return false; }
    void changePassword(QString current, QString next, QObject *context,
                        Callback<Done> done) override;
    bool isSandboxTeam() const override { return true; }
    void acceptInvitation(const QByteArray &token, const QString &email, QString password,
                          QObject *context, Callback<Done> done) override;
    void actAs(const QString &email, QObject *context, Callback<Done> done) override;
    QString homeEmail() const override { return m_owner.email; }

    bool canServeLocally() const override { return true; }
    void serveLocally(quint16 port, QObject *context, Callback<QUrl> done) override;
    void stopServing() override;
    QUrl servingUrl() const override { return m_servingUrl; }

private:
    LocalBackend(QObject *parent);
    /// Runs \p work now and delivers its result on the next event-loop turn.
    template<class T>
    void later(QObject *context, Callback<T> done, std::function<Result<T>()> work,
               const QString &changedWorkspace = {}, Changes changes = {});
    /// later(), acting as the sandbox's user in \p workspaceId; a call that changes \p changes
    /// there says so (Backend::changed) once it succeeded.
    template<class T>
    void asMember(const QString &workspaceId, QObject *context, Callback<T> done,
                  std::function<Result<T>(const Actor &)> work, Changes changes = {});

    std::unique_ptr<SqlStore> m_store;
    QByteArray m_masterKey;
    UserRecord m_owner; ///< the sandbox's own account (sandbox@localhost)
    UserRecord m_user;  ///< whom the dashboard acts as: the owner, or a member (actAs)
    std::unique_ptr<KeyService> m_keys;
    std::unique_ptr<WebhookService> m_webhooks;
    std::unique_ptr<WorkspaceService> m_workspaces;
    std::unique_ptr<MemberService> m_members;
    std::unique_ptr<server::ApiServer> m_server;
    std::unique_ptr<server::WebhookSender> m_webhookSender; ///< made on the first test delivery
    QUrl m_servingUrl;
};

} // namespace latchkey::client
