// SPDX-License-Identifier: MIT
#pragma once
// The one interface between the dashboard and whatever keeps the keys (a hard line
// between rules and pixels: no rule lives in a widget). LocalBackend serves it from core's services
// on a SQLite file (the offline sandbox); RestBackend from a latchkeyd over HTTPS. Models and
// widgets hold a Backend& and never know which one it is.
//
// Every call is asynchronous: the result arrives later, on the GUI thread, through the
// callback — never before the call returns, even for the local backend, so both behave alike.
// The callback is dropped when \p context is destroyed first.

#include "core/auditlog.h"
#include "core/keyservice.h"
#include "core/memberservice.h"
#include "core/scopes.h"
#include "core/store.h"
#include "core/webhookservice.h"
#include "core/workspaceservice.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

#include <functional>

namespace latchkey::client {

template<class T> using Callback = std::function<void(Result<T>)>;

/// What a test delivery found: whether the receiver answered 2xx, its status (0 without an
/// answer) and how long it took.
struct WebhookTestResult
{
    bool delivered = false;
    int status = 0;
    qint64 durationMs = 0;
};

/// What a successful call changed, so the models showing it read it again themselves
/// (Backend::changed) instead of each action remembering what to reload.
enum class Change
{
    Keys = 1 << 0,        ///< API keys (created, edited, revoked, rolled)
    Endpoints = 1 << 1,   ///< webhook endpoints and their signing secrets
    Audit = 1 << 2,       ///< the audit log has new events
    Members = 1 << 3,     ///< members and their roles
    Invitations = 1 << 4, ///< pending invitations
    Workspaces = 1 << 5,  ///< the user's workspaces: names, the user's role, services
};
Q_DECLARE_FLAGS(Changes, Change)
Q_DECLARE_OPERATORS_FOR_FLAGS(Changes)
/// Everything: after the sandbox acts as another member, all it shows may differ.
constexpr Changes kEverything = Change::Keys | Change::Endpoints | Change::Audit | Change::Members |
                                Change::Invitations | Change::Workspaces;

/// Whether a change of \p what in \p changedWorkspace (empty: every workspace) touches
/// \p kinds in \p workspaceId.
inline bool touches(const QString &changedWorkspace, Changes what, const QString &workspaceId,
                    Changes kinds)
{
    return (what & kinds).toInt() != 0 && !workspaceId.isEmpty() &&
           (changedWorkspace.isEmpty() || changedWorkspace == workspaceId);
}

/// A webhook endpoint with what may be shown of its signing secrets.
struct EndpointView
{
    WebhookEndpointRecord endpoint;
    QList<SigningSecretInfo> secrets;
};

class Backend : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;
    ~Backend() override = default;

    /// For people: "Offline sandbox" or "https://keys.example.com (owner@example.com)".
    virtual QString describe() const = 0;
    virtual bool isOffline() const = 0;
    /// Which environments this backend keeps keys for: the offline sandbox test only. The
    /// dashboard asks Authorization::environmentAllowed with it what to offer, and why not.
    virtual KeyEnvironments keyEnvironments() const { return KeyEnvironments::All; }
    /// The server's address (what an invitation tells people to connect to); empty offline.
    virtual QUrl serverUrl() const { return {}; }

    virtual void workspaces(QObject *context, Callback<QList<WorkspaceView>> done) = 0;
    /// The catalog the backend uses (the server's may be the operator's own).
    virtual void scopeCatalog(const QString &workspaceId, QObject *context,
                              Callback<ScopeCatalog> done) = 0;

    virtual void listKeys(const QString &workspaceId, const KeyQuery &query, QObject *context,
                          Callback<Page<ApiKeyRecord>> done) = 0;
    virtual void createKey(const QString &workspaceId, const CreateKeyRequest &request,
                           QObject *context, Callback<IssuedKey> done) = 0;
    virtual void patchKey(const QString &workspaceId, const QString &keyId, const KeyPatch &patch,
                          QObject *context, Callback<ApiKeyRecord> done) = 0;
    virtual void revokeKey(const QString &workspaceId, const QString &keyId, QObject *context,
                           Callback<ApiKeyRecord> done) = 0;
    virtual void rollKey(const QString &workspaceId, const QString &keyId, qint64 graceSeconds,
                         QObject *context, Callback<IssuedKey> done) = 0;

    /// The key's allowed and refused verifies per day, for the last \p days days.
    virtual void keyUsage(const QString &workspaceId, const QString &keyId, int days,
                          QObject *context, Callback<UsageReport> done) = 0;
    virtual void listEndpoints(const QString &workspaceId, const ListQuery &query, QObject *context,
                               Callback<Page<EndpointView>> done) = 0;
    /// What the webhook-URL rule (WebhookService::validateUrl) is asked with as the user types.
    /// The sandbox allows loopback test endpoints; a server decides for itself (its
    /// --allow-loopback-webhooks), so the REST backend checks leniently and the server's answer
    /// has the last word.
    virtual LoopbackWebhooks loopbackWebhooks() const { return LoopbackWebhooks::AllowedForTest; }
    virtual void createEndpoint(const QString &workspaceId, Environment environment,
                                const QString &url, const QString &description, QObject *context,
                                Callback<IssuedEndpoint> done) = 0;
    virtual void deleteEndpoint(const QString &workspaceId, const QString &endpointId,
                                QObject *context, Callback<Done> done) = 0;
    virtual void rotateEndpointSecret(const QString &workspaceId, const QString &endpointId,
                                      QObject *context, Callback<IssuedEndpoint> done) = 0;
    /// Sends the endpoint a signed "ping" event now and says how the receiver answered.
    virtual void testEndpoint(const QString &workspaceId, const QString &endpointId,
                              QObject *context, Callback<WebhookTestResult> done) = 0;

    /// A page of the audit log matching \p query's filters (AuditFilter::check refuses bad
    /// ones with invalid_request), newest first.
    virtual void auditEvents(const QString &workspaceId, const AuditQuery &query, QObject *context,
                             Callback<Page<AuditRecord>> done) = 0;
    /// Whether the audit log's hash chain is intact.
    virtual void auditChain(const QString &workspaceId, QObject *context,
                            Callback<AuditLog::ChainCheck> done) = 0;

    // Members, invitations, workspaces, services, passwords (docs/teams.md). Who may do what is
    // core's Authorization; a backend only carries the call.

    /// The signed-in user's email: "you" in the members list.
    virtual QString userEmail() const = 0;
    virtual void members(const QString &workspaceId, QObject *context,
                         Callback<QList<MemberRecord>> done) = 0;
    /// The pending invitations (never their tokens).
    virtual void invitations(const QString &workspaceId, QObject *context,
                             Callback<QList<InvitationRecord>> done) = 0;
    /// The result carries the lki_ token, once.
    virtual void invite(const QString &workspaceId, const QString &email, Role role,
                        QObject *context, Callback<IssuedInvitation> done) = 0;
    virtual void withdrawInvitation(const QString &workspaceId, const QString &invitationId,
                                    QObject *context, Callback<Done> done) = 0;
    virtual void setMemberRole(const QString &workspaceId, const QString &userId, Role role,
                               QObject *context, Callback<MemberRecord> done) = 0;
    /// Removing oneself is leaving the workspace.
    virtual void removeMember(const QString &workspaceId, const QString &userId, QObject *context,
                              Callback<Done> done) = 0;
    virtual void createWorkspace(const QString &name, QObject *context,
                                 Callback<WorkspaceView> done) = 0;
    virtual void renameWorkspace(const QString &workspaceId, const QString &name, QObject *context,
                                 Callback<WorkspaceView> done) = 0;
    /// Turns a service subscription on or off; live keys of a lapsed service get 402.
    virtual void setServiceActive(const QString &workspaceId, const QString &service, bool active,
                                  QObject *context, Callback<Done> done) = 0;
    /// The offline sandbox's user has no password to change.
    virtual bool hasPassword() const { return true; }
    /// Ends every other session of the user. The receiver wipes both strings.
    virtual void changePassword(QString current, QString next, QObject *context,
                                Callback<Done> done) = 0;

    /// The offline sandbox plays the whole team on one computer: an invitation is accepted here
    /// (on a server the invited person accepts on their own computer, from *Connect to
    /// server…*), and the dashboard can act as any member to see what that role sees.
    virtual bool isSandboxTeam() const { return false; }
    virtual void acceptInvitation(const QByteArray &token, const QString &email, QString password,
                                  QObject *context, Callback<Done> done);
    /// Acts as the member with \p email from now on (the sandbox owner to go back).
    virtual void actAs(const QString &email, QObject *context, Callback<Done> done);
    /// Whom the dashboard acts as when not viewing as another member.
    virtual QString homeEmail() const { return userEmail(); }

    /// The offline sandbox can be served on 127.0.0.1 so local apps verify sk_test_ keys.
    virtual bool canServeLocally() const { return false; }
    /// Starts serving on 127.0.0.1:\p port (0: any free port); the result is the base URL.
    virtual void serveLocally(quint16 port, QObject *context, Callback<QUrl> done);
    virtual void stopServing() {}
    virtual QUrl servingUrl() const { return {}; }

    /// Calls in flight: the dashboard shows a busy indicator while it is above zero.
    int pending() const { return m_pending; }

signals:
    void busyChanged(bool busy);
    /// A call through this backend changed \p what in \p workspaceId (empty: in every
    /// workspace, or in one not known before, such as a new one). Emitted by track() once the
    /// call's own callback has run, so the caller's work comes first. Only what is done through
    /// this backend: another client's changes to a server are seen at the next reload.
    void changed(const QString &workspaceId, latchkey::client::Changes what);

protected:
    /// Marks a call started; the returned function delivers its result later, once, to a
    /// callback whose context is still alive, and marks it finished.
    /// A call that changes \p what in \p workspaceId passes them: on success, changed() is
    /// emitted after \p done ran (even when \p context is gone, the change was made).
    template<class T>
    std::function<void(Result<T>)> track(QObject *context, Callback<T> done,
                                         const QString &workspaceId = {}, Changes what = {})
    {
        if (++m_pending == 1)
            emit busyChanged(true);
        QPointer<QObject> guard(context);
        QPointer<Backend> self(this);
        return [guard, self, done = std::move(done), hasContext = context != nullptr, workspaceId,
                what](Result<T> r) {
            if (self && --self->m_pending == 0)
                emit self->busyChanged(false);
            const bool changedSomething = what.toInt() != 0 && r.ok();
            if ((!hasContext || guard) && done)
                done(std::move(r));
            if (changedSomething && self)
                emit self->changed(workspaceId, what);
        };
    }

private:
    int m_pending = 0;
};

} // namespace latchkey::client
