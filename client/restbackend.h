// SPDX-License-Identifier: MIT
#pragma once
// The dashboard against a latchkeyd server over HTTP(S). The API's errors come back as
// ApiError with the server's message, which is written for people; network failures become a
// plain sentence naming the server. The session token is kept by TokenStore (OS keychain, or
// memory only), never in a plain file.

#include "backend.h"
#include "tokenstore.h"

#include <QJsonObject>
#include <QNetworkAccessManager>

namespace latchkey::client {

class RestBackend final : public Backend
{
    Q_OBJECT

public:
    /// \p server: "https://keys.example.com" (http:// is accepted for loopback and tests).
    RestBackend(QUrl server, QString email, QByteArray token, TokenStore *tokens = nullptr,
                QObject *parent = nullptr);
    ~RestBackend() override;

    /// POST /v1/sessions; on success the token is handed to \p tokens (keychain) and a backend
    /// is returned, owned by the caller.
    static void signIn(const QUrl &server, const QString &email, const QString &password,
                       TokenStore *tokens, QObject *context,
                       std::function<void(Result<RestBackend *>)> done);
    /// POST /v1/invitations/accept: the invited person joins with the lki_ token, their email
    /// and a password (a new one of at least 12 characters, or their own when they already have
    /// an account). The answer is a session, kept like signIn()'s.
    static void join(const QUrl &server, const QByteArray &invitation, const QString &email,
                     const QString &password, TokenStore *tokens, QObject *context,
                     std::function<void(Result<RestBackend *>)> done);
    /// Resumes the session \p tokens holds for \p email on \p server (from the keychain after a
    /// restart) and checks it with the server. A session the server no longer accepts is
    /// removed from \p tokens; an unreachable server keeps it for the next try. The answer
    /// comes later, and not at all once \p context (which must not be null) is gone.
    static void resume(const QUrl &server, const QString &email, TokenStore *tokens,
                       QObject *context, std::function<void(Result<RestBackend *>)> done);
    /// DELETE /v1/sessions/current and forget the token.
    void signOut(QObject *context, Callback<Done> done);

    QString describe() const override;
    bool isOffline() const override { return false; }
    QUrl server() const { return m_server; }
    QUrl serverUrl() const override { return m_server; }

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

    QString userEmail() const override { return m_email; }
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
    void changePassword(QString current, QString next, QObject *context,
                        Callback<Done> done) override;

    /// The JSON bodies the calls send (exposed for tests).
    static QJsonObject createBody(const CreateKeyRequest &r);
    static QJsonObject patchBody(const KeyPatch &p);
    /// Rebuilds a catalog from GET /v1/scopes items.
    static Result<ScopeCatalog> catalogFromItems(const QJsonArray &items);

private:
    /// POST \p path with \p body (a sign-in or an acceptance) and keep the session it returns.
    static void openSession(const QUrl &server, const QString &path, const QString &email,
                            QByteArray body, TokenStore *tokens, QObject *context,
                            std::function<void(Result<RestBackend *>)> done);
    /// call() with the answer's JSON turned into a T by \p parse, delivered to \p done; a call
    /// that changes \p changes in \p workspaceId says so (Backend::changed) once it succeeded.
    template<class T>
    void send(const QByteArray &method, const QString &path, const QString &workspaceId,
              const QJsonObject *body, QObject *context, Callback<T> done,
              std::function<Result<T>(const QJsonObject &)> parse, Changes changes = {});
    /// Sends one call; \p handle turns a 2xx JSON body into the result.
    void call(const QByteArray &method, const QString &path, const QString &workspaceId,
              const QJsonObject *body, std::function<void(Result<QJsonObject>)> handle);

    QNetworkAccessManager m_network;
    QUrl m_server;
    QString m_email;
    QByteArray m_token;
    TokenStore *m_tokens;
};

} // namespace latchkey::client
