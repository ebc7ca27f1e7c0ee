// SPDX-License-Identifier: MIT
#include "workspaceservice.h"

#include "authorization.h"
#include "crypto.h"
#include "displaytext.h"
#include "redact.h"
#include "verifier.h"

#include <QDateTime>
#include <QJsonArray>
#include <QRegularExpression>

namespace latchkey {

WorkspaceService::WorkspaceService(Store &store, Clock clock)
    : m_store(store)
    , m_clock(clock ? std::move(clock) : Clock([] { return QDateTime::currentMSecsSinceEpoch(); }))
{}

Status WorkspaceService::validateEmail(const QString &email)
{
    static const QRegularExpression re(QStringLiteral("^[^@\\s]+@[^@\\s]+$"));
    if (email.size() > 254 || !re.match(email).hasMatch())
        return ApiError::invalidRequest(QStringLiteral("email"),
                                        tr("'%1' is not an email address.").arg(email.left(100)));
    return success();
}

Result<QString> WorkspaceService::validateName(const QString &name)
{
    const QString wsName = name.trimmed();
    if (wsName.isEmpty() || wsName.size() > 100)
        return ApiError::invalidRequest(QStringLiteral("workspace"),
                                        tr("A workspace name needs 1 to 100 characters."));
    if (Status t = DisplayText::check(wsName, QStringLiteral("workspace")); !t.ok())
        return t.error();
    return wsName;
}

Result<InitResult> WorkspaceService::init(const QString &name, const QString &email,
                                          const QString &password, const QStringList &services)
{
    if (Status s = validateEmail(email); !s.ok())
        return s.error();
    auto checkedName = validateName(name);
    if (!checkedName.ok())
        return checkedName.error();
    const QString wsName = *checkedName;

    InitResult result;
    Status s = m_store.transaction([&]() -> Status {
        auto existing = m_store.userByEmail(email);
        if (!existing.ok())
            return existing.error();
        if (existing->has_value()) {
            auto memberships = m_store.membershipsOfUser((*existing)->id);
            if (!memberships.ok())
                return memberships.error();
            for (const MembershipRecord &m : *memberships) {
                if (m.role != Role::Owner)
                    continue;
                auto ws = m_store.workspace(m.workspaceId);
                if (!ws.ok())
                    return ws.error();
                if (ws->has_value()) {
                    result.workspace = **ws;
                    result.owner = **existing;
                    result.created = false;
                    return success();
                }
            }
        }
        const qint64 now = m_clock();
        if (existing->has_value()) {
            result.owner = **existing;
        } else {
            result.owner.id = crypto::randomId(u"usr_");
            result.owner.email = email.toLower();
            result.owner.passwordHash =
                password.isEmpty() ? QByteArray("!") : crypto::hashPassword(password);
            result.owner.createdAt = now;
            if (Status w = m_store.insertUser(result.owner); !w.ok())
                return w;
        }
        result.workspace = {crypto::randomId(u"ws_"), wsName, now};
        if (Status w = m_store.insertWorkspace(result.workspace); !w.ok())
            return w;
        if (Status w =
                m_store.upsertMembership({result.workspace.id, result.owner.id, Role::Owner, now});
            !w.ok())
            return w;
        for (const QString &service : services)
            if (Status w = m_store.upsertSubscription({result.workspace.id, service, true, now});
                !w.ok())
                return w;
        AuditRecord r;
        r.workspaceId = result.workspace.id;
        r.actor = result.owner.email;
        r.action = QStringLiteral("workspace.created");
        r.target = result.workspace.id;
        r.details = {{QStringLiteral("name"), wsName},
                     {QStringLiteral("services"), QJsonArray::fromStringList(services)}};
        r.createdAt = now;
        auto appended = m_store.appendAudit(r);
        if (!appended.ok())
            return appended.error();
        result.created = true;
        return success();
    });
    if (!s.ok())
        return s.error();
    return result;
}

Result<QList<WorkspaceView>> WorkspaceService::workspacesOf(const QString &userId)
{
    auto memberships = m_store.membershipsOfUser(userId);
    if (!memberships.ok())
        return memberships.error();
    QList<WorkspaceView> out;
    for (const MembershipRecord &m : *memberships) {
        auto ws = m_store.workspace(m.workspaceId);
        if (!ws.ok())
            return ws.error();
        if (!ws->has_value())
            continue;
        auto subs = m_store.subscriptions(m.workspaceId);
        if (!subs.ok())
            return subs.error();
        out.append({**ws, m.role, *subs});
    }
    return out;
}

Result<Actor> WorkspaceService::memberActor(const QString &userId, const QString &workspaceId)
{
    auto user = m_store.user(userId);
    if (!user.ok())
        return user.error();
    auto memberships = m_store.membershipsOfUser(userId);
    if (!memberships.ok())
        return memberships.error();
    if (user->has_value())
        for (const MembershipRecord &m : *memberships)
            if (m.workspaceId == workspaceId)
                return Actor::member(userId, (*user)->email, workspaceId, m.role);
    return ApiError::notFound(
        tr("No workspace '%1' among yours.").arg(redactSecrets(workspaceId.left(64))));
}

Status WorkspaceService::setSubscription(const Actor &actor, const QString &workspaceId,
                                         const QString &service, bool active)
{
    if (actor.kind != Actor::Kind::PlatformAdmin && actor.workspaceId != workspaceId)
        return ApiError::notFound(tr("No such workspace."));
    if (Status s =
            Authorization::authorize(ScopeCatalog::builtin(), actor, Operation::SetServiceStatus);
        !s.ok())
        return s;
    const qint64 now = m_clock();
    return m_store.transaction([&]() -> Status {
        if (Status w = m_store.upsertSubscription({workspaceId, service, active, now}); !w.ok())
            return w;
        m_store.publishChange(Verifier::workspaceChange(workspaceId));
        AuditRecord r;
        r.workspaceId = workspaceId;
        r.actor = actor.display.isEmpty() ? QStringLiteral("system") : actor.display;
        r.action = QStringLiteral("service.status_changed");
        r.target = service;
        r.details = {{QStringLiteral("service"), service},
                     {QStringLiteral("status"),
                      active ? QStringLiteral("active") : QStringLiteral("inactive")}};
        r.createdAt = now;
        auto appended = m_store.appendAudit(r);
        return appended.ok() ? success() : Status(appended.error());
    });
}

Result<WorkspaceView> WorkspaceService::create(const Actor &actor, const QString &name)
{
    if (Status s =
            Authorization::authorize(ScopeCatalog::builtin(), actor, Operation::CreateWorkspace);
        !s.ok())
        return s.error();
    auto checkedName = validateName(name);
    if (!checkedName.ok())
        return checkedName.error();
    const qint64 now = m_clock();
    WorkspaceView out;
    out.workspace = {crypto::randomId(u"ws_"), *checkedName, now};
    out.role = Role::Owner;
    const QStringList services = {QStringLiteral("forms"), QStringLiteral("bookings")};
    Status s = m_store.transaction([&]() -> Status {
        if (Status w = m_store.insertWorkspace(out.workspace); !w.ok())
            return w;
        if (Status w = m_store.upsertMembership({out.workspace.id, actor.id, Role::Owner, now});
            !w.ok())
            return w;
        for (const QString &service : services) {
            const SubscriptionRecord sub{out.workspace.id, service, true, now};
            if (Status w = m_store.upsertSubscription(sub); !w.ok())
                return w;
            out.subscriptions.append(sub);
        }
        AuditRecord r;
        r.workspaceId = out.workspace.id;
        r.actor = actor.display;
        r.action = QStringLiteral("workspace.created");
        r.target = out.workspace.id;
        r.details = {{QStringLiteral("name"), out.workspace.name},
                     {QStringLiteral("services"), QJsonArray::fromStringList(services)}};
        r.createdAt = now;
        auto appended = m_store.appendAudit(r);
        return appended.ok() ? success() : Status(appended.error());
    });
    if (!s.ok())
        return s.error();
    return out;
}

Result<WorkspaceView> WorkspaceService::rename(const Actor &actor, const QString &name)
{
    if (Status s =
            Authorization::authorize(ScopeCatalog::builtin(), actor, Operation::RenameWorkspace);
        !s.ok())
        return s.error();
    auto checkedName = validateName(name);
    if (!checkedName.ok())
        return checkedName.error();
    WorkspaceView view;
    view.role = actor.role;
    WorkspaceRecord &out = view.workspace;
    Status s = m_store.transaction([&]() -> Status {
        auto ws = m_store.workspace(actor.workspaceId);
        if (!ws.ok())
            return ws.error();
        if (!ws->has_value())
            return ApiError::notFound(tr("No such workspace."));
        out = **ws;
        const QString before = out.name;
        out.name = *checkedName;
        if (Status w = m_store.renameWorkspace(out.id, out.name); !w.ok())
            return w;
        auto subs = m_store.subscriptions(out.id);
        if (!subs.ok())
            return subs.error();
        view.subscriptions = *subs;
        AuditRecord r;
        r.workspaceId = out.id;
        r.actor = actor.display;
        r.action = QStringLiteral("workspace.renamed");
        r.target = out.id;
        r.details = {{QStringLiteral("from"), before}, {QStringLiteral("to"), out.name}};
        r.createdAt = m_clock();
        auto appended = m_store.appendAudit(r);
        return appended.ok() ? success() : Status(appended.error());
    });
    if (!s.ok())
        return s.error();
    return view;
}

} // namespace latchkey
