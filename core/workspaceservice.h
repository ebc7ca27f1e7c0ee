// SPDX-License-Identifier: MIT
#pragma once
// Workspaces, their owners and their service subscriptions: what `latchkeyd init` and the
// dashboard's first start create, and what GET /v1/workspaces shows.

#include "actor.h"
#include "result.h"
#include "store.h"

#include <functional>
#include <optional>

namespace latchkey {

struct WorkspaceView
{
    WorkspaceRecord workspace;
    Role role = Role::Viewer;
    QList<SubscriptionRecord> subscriptions;
};

struct InitResult
{
    WorkspaceRecord workspace;
    UserRecord owner;
    bool created = false; ///< false: this email already owned a workspace; nothing changed
};

class WorkspaceService
{
    Q_DECLARE_TR_FUNCTIONS(WorkspaceService)

public:
    using Clock = std::function<qint64()>;
    explicit WorkspaceService(Store &store, Clock clock = {});

    /// Creates a workspace named \p name whose owner is \p email (with \p password, hashed;
    /// an empty password makes an account that cannot sign in, as for the offline sandbox),
    /// subscribed to \p services. Idempotent: when \p email already owns a workspace, returns
    /// it with created = false and changes nothing.
    Result<InitResult> init(const QString &name, const QString &email, const QString &password,
                            const QStringList &services);

    /// The workspaces \p userId belongs to, with role and subscriptions.
    Result<QList<WorkspaceView>> workspacesOf(const QString &userId);
    /// The actor for \p userId acting in \p workspaceId; 404 when not a member.
    Result<Actor> memberActor(const QString &userId, const QString &workspaceId);

    /// A new workspace named \p name whose owner is \p actor's user (any signed-in user),
    /// subscribed to forms and bookings. Audited as workspace.created.
    Result<WorkspaceView> create(const Actor &actor, const QString &name);
    /// Renames \p actor's workspace (owners). Audited as workspace.renamed.
    Result<WorkspaceView> rename(const Actor &actor, const QString &name);

    /// Turns a subscription on or off (the workspace's owners, platform operators); live keys
    /// of a lapsed service get 402 at once, on every instance. Audited as
    /// service.status_changed.
    Status setSubscription(const Actor &actor, const QString &workspaceId, const QString &service,
                           bool active);

    static Status validateEmail(const QString &email);
    /// 1 to 100 characters of readable text (DisplayText), trimmed.
    static Result<QString> validateName(const QString &name);

private:
    Store &m_store;
    Clock m_clock;
};

} // namespace latchkey
