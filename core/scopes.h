// SPDX-License-Identifier: MIT
#pragma once
// Scopes: the catalog (data, shipped as resources/scopes.json), the matcher
// (`service.forms.submit`, `service.forms.*`, `*`), the role table, and the one no-escalation
// rule that both latchkeyd and the offline dashboard use to decide what may be granted.

#include "result.h"
#include "types.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace latchkey {

/// One catalog entry.
struct ScopeInfo
{
    QString scope;           ///< "service.forms.submit", "keys.read"
    QString service;         ///< "forms" for service scopes, empty for management scopes
    QString description;     ///< for people
    bool publicSafe = false; ///< may be carried by a public (pk_) key
    bool privileged = false; ///< manage/refund-like: the developer role cannot grant it
};

/// The scope catalog. JSON format (see resources/scopes.json):
/// ```
/// { "version": 1,
///   "services":   [ { "id": "forms", "name": "Forms", "description": "…",
///                     "actions": [ { "action": "submit", "description": "…",
///                                    "public_safe": true, "privileged": false } ] } ],
///   "management": [ { "scope": "keys.read", "description": "…",
///                     "public_safe": false, "privileged": false } ] }
/// ```
/// Service actions become scopes `service.<id>.<action>`.
class ScopeCatalog
{
    Q_DECLARE_TR_FUNCTIONS(ScopeCatalog)

public:
    /// The catalog compiled into the library (resources/scopes.json).
    static const ScopeCatalog &builtin();
    /// Loads an operator's catalog. Errors say which file, entry and field are wrong
    /// (status 400, code invalid_request, `param` the JSON path such as
    /// "services[1].actions[0].action").
    static Result<ScopeCatalog> loadFile(const QString &path);
    static Result<ScopeCatalog> fromJson(const QByteArray &json);

    const QList<ScopeInfo> &scopes() const { return m_scopes; }
    const ScopeInfo *find(QStringView scope) const;
    QStringList services() const { return m_services; } ///< service ids in file order
    QString serviceName(const QString &id) const { return m_serviceNames.value(id, id); }
    bool hasService(const QString &id) const { return m_services.contains(id); }
    /// Catalog scopes matched by a pattern ("service.forms.*" → every forms action; "*" → all).
    QStringList expand(QStringView pattern) const;

private:
    QList<ScopeInfo> m_scopes;
    QHash<QString, qsizetype> m_index;
    QStringList m_services;
    QHash<QString, QString> m_serviceNames;
};

/// Scope syntax: dotted lowercase segments of [a-z0-9_-]+ ("keys.read"), optionally ending in a
/// `*` segment ("service.forms.*"), or exactly "*".
bool isValidScopeSyntax(QStringView scope);

/// True when the held pattern covers the requested scope or pattern: "*" covers everything,
/// "a.b.*" covers "a.b.c", "a.b.c.d" and "a.b.*" (but not "a.b"), otherwise equality.
bool scopeCovers(QStringView held, QStringView requested);

/// A set of held scopes (patterns allowed), matched quickly on the verify path.
class ScopeSet
{
public:
    ScopeSet() = default;
    explicit ScopeSet(const QStringList &scopes);
    bool covers(QStringView scope) const; ///< some held pattern covers \p scope
    const QStringList &toStringList() const { return m_scopes; }
    bool isEmpty() const { return m_scopes.isEmpty(); }
    bool operator==(const ScopeSet &o) const { return m_scopes == o.m_scopes; }

private:
    QStringList m_scopes;
};

/// The catalog scopes a role holds and so may grant (docs/teams.md, "What each role may do"):
/// owner — every catalog scope (never "*");
/// admin — every service scope and every keys.*, webhooks.*, audit.* scope;
/// developer — service scopes not marked privileged, keys.read, keys.write;
/// viewer — scopes whose last segment is "read" (so it cannot create keys).
QStringList roleScopes(const ScopeCatalog &catalog, Role role);
/// The same row as patterns, which is what a member may grant: owner — one pattern per first
/// segment of the catalog ("service.*", "keys.*", …; never "*"); admin — service.*, keys.*,
/// webhooks.* and audit.*; developer and viewer — roleScopes() one by one, so no pattern.
ScopeSet roleScopeSet(const ScopeCatalog &catalog, Role role);

/// Who is granting: a platform super-admin, a workspace member through their role, or a secret
/// key with keys.write through its own scopes.
struct Grantor
{
    enum class Kind
    {
        PlatformAdmin,
        Member,
        Key
    };
    Kind kind = Kind::Member;
    Role role = Role::Viewer; ///< for Kind::Member
    ScopeSet scopes;          ///< for Kind::Key

    static Grantor platformAdmin() { return {Kind::PlatformAdmin, Role::Owner, {}}; }
    static Grantor member(Role r) { return {Kind::Member, r, {}}; }
    static Grantor key(const QStringList &scopes)
    {
        return {Kind::Key, Role::Viewer, ScopeSet(scopes)};
    }
};

/// What the scopes are being granted to: public keys carry only public-safe scopes of their
/// one service.
struct GrantTarget
{
    KeyType type = KeyType::Secret;
    QString serviceId; ///< required for public keys
};

/// Why a requested scope cannot be granted.
struct ScopeDenial
{
    enum class Reason
    {
        InvalidSyntax, ///< not a scope at all → 400 invalid_request
        Unknown,       ///< matches nothing in the catalog → 400 invalid_request
        Reserved,      ///< "*": platform super-admins only → 403 scope_not_grantable
        NotHeld,       ///< the grantor's role or key does not cover it → 403
        NotPublicSafe, ///< public keys carry only public-safe scopes → 403
        WrongService,  ///< a public key's scopes belong to its one service → 403
    };
    QString scope;
    Reason reason;
    QString message; ///< for people, via tr(): says why, e.g. "the developer role cannot grant
                     ///< privileged scopes"
};

/// The single no-escalation rule (SECURITY.md, "Rules"): for each requested scope or pattern,
/// whether the grantor may grant it to the target, and if not why. A pattern is grantable only when
/// every catalog scope it expands to is grantable. Returns the denials, in request order; empty
/// means everything is grantable.
QList<ScopeDenial> ungrantableScopes(const ScopeCatalog &catalog, const Grantor &grantor,
                                     const QStringList &requested, const GrantTarget &target = {});

/// Turns the first denial into the §2 error (400 invalid_request for syntax/unknown,
/// else 403 scope_not_grantable).
ApiError toApiError(const ScopeDenial &denial);

} // namespace latchkey
