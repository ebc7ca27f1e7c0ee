// SPDX-License-Identifier: MIT
#pragma once
// A workspace's members and invitations (docs/teams.md): list, invite (the lki_ token shown once,
// kept hashed), withdraw, accept, change a role, remove. Who may do what is decided by
// core/authorization.h; this service adds what depends on the data: the last owner stays, an
// invitation is good once, for its email, for 7 days. Every change is an audit event.

#include "actor.h"
#include "result.h"
#include "sessionservice.h"
#include "store.h"

#include <QCoreApplication>
#include <functional>

namespace latchkey {

struct IssuedInvitation
{
    InvitationRecord invitation;
    QByteArray token; ///< "lki_…", returned once; only its hash is stored
};

/// What accepting an invitation made: the user (new or existing) and the membership.
struct Acceptance
{
    UserRecord user;
    InvitationRecord invitation;
};

class MemberService
{
    Q_DECLARE_TR_FUNCTIONS(MemberService)

public:
    using Clock = std::function<qint64()>;
    static constexpr qint64 kInvitationLifetimeMs = 7LL * 24 * 3600 * 1000;

    MemberService(Store &store, const ScopeCatalog &catalog, Clock clock = {});

    Result<QList<MemberRecord>> list(const Actor &actor);
    /// 409 already_member when \p email is a member already.
    Result<IssuedInvitation> invite(const Actor &actor, const QString &email, Role role);
    Result<QList<InvitationRecord>> invitations(const Actor &actor);
    Status withdraw(const Actor &actor, const QString &invitationId);
    /// Anyone with the token: a new user sets \p password (at least 12 characters), an existing
    /// user gives theirs (checked here: PBKDF2, slow on purpose). 401 invalid_invitation for a
    /// token unknown, used, withdrawn, expired or for another email.
    Result<Acceptance> accept(const QByteArray &token, const QString &email,
                              const QString &password);
    /// 409 last_owner when this would leave the workspace without an owner.
    Result<MemberRecord> setRole(const Actor &actor, const QString &userId, Role role);
    Status remove(const Actor &actor, const QString &userId);

private:
    static const MemberRecord *find(const QList<MemberRecord> &members, const QString &userId);
    static ApiError noSuchMember(const QString &userId);
    Status audit(const Actor &actor, const QString &action, const QString &target,
                 const QJsonObject &details);
    /// 409 last_owner unless someone but \p userId owns the workspace.
    static Status lastOwnerCheck(const QList<MemberRecord> &members, const QString &userId);

    Store &m_store;
    const ScopeCatalog &m_catalog;
    Clock m_clock;
};

} // namespace latchkey
