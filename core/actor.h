// SPDX-License-Identifier: MIT
#pragma once
// Who is calling a service, and with what right. Every service call takes an Actor and checks
// it against the one rule: the actor must hold the scope the operation needs (keys.read,
// keys.write, webhooks.read, webhooks.write, audit.read), through its role or its key.

#include "restrictions.h"
#include "scopes.h"
#include "types.h"

#include <QString>
#include <optional>

namespace latchkey {

struct Actor
{
    enum class Kind
    {
        Member,
        Key,
        PlatformAdmin
    };
    Kind kind = Kind::Member;
    QString id;      ///< user id ("usr_…") or key id ("key_…")
    QString display; ///< email, or the key's display form "sk_live_…x7Qa" — for the audit log
    QString workspaceId;                         ///< the workspace the call acts in
    Role role = Role::Viewer;                    ///< members
    ScopeSet scopes;                             ///< keys: the key's own scopes
    std::optional<Environment> boundEnvironment; ///< keys act only in their own environment
    KeyLimits limits; ///< keys: their own restrictions, which bound what they grant

    static Actor member(const QString &userId, const QString &email, const QString &workspaceId,
                        Role role)
    {
        Actor a;
        a.kind = Kind::Member;
        a.id = userId;
        a.display = email;
        a.workspaceId = workspaceId;
        a.role = role;
        return a;
    }

    static Actor key(const QString &keyId, const QString &display, const QString &workspaceId,
                     Environment env, const QStringList &scopes, KeyLimits limits = {})
    {
        Actor a;
        a.limits = std::move(limits);
        a.kind = Kind::Key;
        a.id = keyId;
        a.display = display;
        a.workspaceId = workspaceId;
        a.scopes = ScopeSet(scopes);
        a.boundEnvironment = env;
        return a;
    }

    /// Whether the actor holds \p scope: a member through its role's row of the role table, a
    /// key through its own scopes, a platform admin always.
    bool holds(const ScopeCatalog &catalog, const QString &scope) const
    {
        switch (kind) {
        case Kind::PlatformAdmin:
            return true;
        case Kind::Key:
            return scopes.covers(scope);
        case Kind::Member:
            return roleScopeSet(catalog, role).covers(scope);
        }
        return false;
    }

    Grantor grantor() const
    {
        switch (kind) {
        case Kind::PlatformAdmin:
            return Grantor::platformAdmin();
        case Kind::Key:
            return Grantor::key(scopes.toStringList());
        case Kind::Member:
            break;
        }
        return Grantor::member(role);
    }
};

} // namespace latchkey
