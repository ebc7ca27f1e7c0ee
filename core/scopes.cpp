// SPDX-License-Identifier: MIT
#include "scopes.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QSet>

#include <initializer_list>
#include <optional>

namespace latchkey {

namespace {

constexpr qsizetype kMaxScopeLength = 200;

/// The management scopes Latchkey's own API checks (see actor.h): a catalog without them would
/// lock every caller out of the management API.
constexpr const char16_t *kRequiredManagement[] = {u"keys.read", u"keys.write", u"webhooks.read",
                                                   u"webhooks.write", u"audit.read"};

bool isSegmentChar(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9') || u == u'_' || u == u'-';
}

/// One segment of [a-z0-9_-]+: a service id or an action.
bool isValidSegment(QStringView s)
{
    if (s.isEmpty() || s.size() > kMaxScopeLength)
        return false;
    for (QChar c : s)
        if (!isSegmentChar(c))
            return false;
    return true;
}

/// Text a person typed, safe to repeat in a message: short, and nothing shaped like a token (a
/// long run of letters and digits), so that a secret pasted into the wrong field is never
/// echoed back. Empty when it should not be repeated.
QString quotable(QStringView s)
{
    if (s.size() > 80)
        return {};
    int run = 0;
    for (QChar c : s) {
        run = c.isLetterOrNumber() ? run + 1 : 0;
        if (run >= 16)
            return {};
    }
    return s.toString();
}

// Catalog parsing --------------------------------------------------------------------------

QString indexPath(const QString &base, qsizetype i)
{
    return base + u'[' + QString::number(i) + u']';
}

QString fieldPath(const QString &base, const QString &field)
{
    return base.isEmpty() ? field : base + u'.' + field;
}

QString fieldPath(const QString &base, QLatin1StringView field)
{
    return fieldPath(base, QString(field));
}

ApiError catalogError(const QString &param, const QString &what)
{
    return ApiError::invalidRequest(
        param, param.isEmpty()
                   ? ScopeCatalog::tr("Invalid scope catalog: %1").arg(what)
                   : ScopeCatalog::tr("Invalid scope catalog at %1: %2").arg(param, what));
}

QString typeName(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return ScopeCatalog::tr("a boolean");
    case QJsonValue::Double:
        return ScopeCatalog::tr("a number");
    case QJsonValue::String:
        return ScopeCatalog::tr("a string");
    case QJsonValue::Array:
        return ScopeCatalog::tr("an array");
    case QJsonValue::Object:
        return ScopeCatalog::tr("an object");
    case QJsonValue::Undefined:
        break;
    }
    return ScopeCatalog::tr("nothing");
}

/// Rejects fields the format does not have: a misspelt "privileged" must not silently become
/// false.
std::optional<ApiError> checkFields(const QJsonObject &o, const QString &path,
                                    std::initializer_list<QLatin1StringView> allowed)
{
    for (auto it = o.begin(); it != o.end(); ++it) {
        bool known = false;
        for (QLatin1StringView a : allowed)
            known = known || it.key() == a;
        if (!known) {
            QStringList names;
            for (QLatin1StringView a : allowed)
                names << QString(a);
            return catalogError(fieldPath(path, it.key()),
                                ScopeCatalog::tr("unknown field '%1' (expected %2)")
                                    .arg(it.key(), names.join(QLatin1String(", "))));
        }
    }
    return std::nullopt;
}

/// A required (or optional, when \p required is false) non-empty string field.
std::optional<ApiError> readString(const QJsonObject &o, const QString &path,
                                   QLatin1StringView field, bool required, QString &out)
{
    const QJsonValue v = o.value(field);
    const QString p = fieldPath(path, field);
    if (v.isUndefined()) {
        if (!required)
            return std::nullopt;
        return catalogError(p, ScopeCatalog::tr("the field is missing"));
    }
    if (!v.isString())
        return catalogError(p, ScopeCatalog::tr("expected a string, found %1").arg(typeName(v)));
    out = v.toString();
    if (out.trimmed().isEmpty())
        return catalogError(p, ScopeCatalog::tr("must not be empty"));
    return std::nullopt;
}

std::optional<ApiError> readBool(const QJsonObject &o, const QString &path, QLatin1StringView field,
                                 bool &out)
{
    const QJsonValue v = o.value(field);
    if (v.isUndefined()) {
        out = false;
        return std::nullopt;
    }
    if (!v.isBool())
        return catalogError(fieldPath(path, field),
                            ScopeCatalog::tr("expected true or false, found %1").arg(typeName(v)));
    out = v.toBool();
    return std::nullopt;
}

std::optional<ApiError> readArray(const QJsonObject &o, const QString &path,
                                  QLatin1StringView field, QJsonArray &out)
{
    const QJsonValue v = o.value(field);
    const QString p = fieldPath(path, field);
    if (v.isUndefined())
        return catalogError(p, ScopeCatalog::tr("the field is missing"));
    if (!v.isArray())
        return catalogError(p, ScopeCatalog::tr("expected an array, found %1").arg(typeName(v)));
    out = v.toArray();
    return std::nullopt;
}

/// description, public_safe and privileged, shared by actions and management scopes.
std::optional<ApiError> readFlags(const QJsonObject &o, const QString &path, ScopeInfo &info)
{
    if (auto e = readString(o, path, QLatin1StringView("description"), true, info.description))
        return e;
    if (auto e = readBool(o, path, QLatin1StringView("public_safe"), info.publicSafe))
        return e;
    if (auto e = readBool(o, path, QLatin1StringView("privileged"), info.privileged))
        return e;
    if (info.publicSafe && info.privileged)
        return catalogError(fieldPath(path, QLatin1StringView("public_safe")),
                            ScopeCatalog::tr("a privileged scope cannot be public-safe: public "
                                             "keys are readable by anyone who opens the page"));
    return std::nullopt;
}

// Granting ---------------------------------------------------------------------------------

QString roleCannotGrant(Role role, const ScopeInfo &info, bool isPattern)
{
    switch (role) {
    case Role::Developer:
        if (info.privileged && !info.service.isEmpty())
            return isPattern
                       ? ScopeCatalog::tr("the developer role cannot grant privileged "
                                          "scopes such as %1")
                             .arg(info.scope)
                       : ScopeCatalog::tr("the developer role cannot grant privileged scopes");
        return isPattern ? ScopeCatalog::tr("the developer role may grant only non-privileged "
                                            "service scopes, keys.read and keys.write, not %1")
                               .arg(info.scope)
                         : ScopeCatalog::tr("the developer role may grant only non-privileged "
                                            "service scopes, keys.read and keys.write");
    case Role::Admin:
        return isPattern ? ScopeCatalog::tr("the admin role may grant only service, keys, "
                                            "webhooks and audit scopes, not %1")
                               .arg(info.scope)
                         : ScopeCatalog::tr("the admin role may grant only service, keys, "
                                            "webhooks and audit scopes");
    case Role::Owner:
        return ScopeCatalog::tr("the owner role cannot grant %1").arg(info.scope);
    case Role::Viewer:
        break;
    }
    return ScopeCatalog::tr("viewers cannot grant scopes; ask an owner, admin or developer");
}

} // namespace

// Syntax and matching ----------------------------------------------------------------------

bool isValidScopeSyntax(QStringView scope)
{
    if (scope == u"*")
        return true;
    if (scope.isEmpty() || scope.size() > kMaxScopeLength)
        return false;
    qsizetype start = 0;
    while (true) {
        qsizetype dot = scope.indexOf(u'.', start);
        const QStringView segment = scope.sliced(start, (dot < 0 ? scope.size() : dot) - start);
        if (segment == u"*")
            return dot < 0 && start > 0; // only as the last segment, after at least one other
        if (!isValidSegment(segment))
            return false;
        if (dot < 0)
            return true;
        start = dot + 1;
    }
}

bool scopeCovers(QStringView held, QStringView requested)
{
    if (held.size() == 1 && held.front() == u'*')
        return true;
    if (held.size() >= 2 && held.back() == u'*' && held[held.size() - 2] == u'.') {
        const QStringView prefix = held.first(held.size() - 1); // "a.b."
        return requested.size() > prefix.size() && requested.startsWith(prefix);
    }
    return held == requested;
}

ScopeSet::ScopeSet(const QStringList &scopes)
    : m_scopes(scopes)
{}

bool ScopeSet::covers(QStringView scope) const
{
    for (const QString &held : m_scopes)
        if (scopeCovers(held, scope))
            return true;
    return false;
}

// The catalog ------------------------------------------------------------------------------

const ScopeCatalog &ScopeCatalog::builtin()
{
    static const ScopeCatalog catalog = [] {
        QFile file(QStringLiteral(":/latchkey/scopes.json"));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("The built-in scope catalog :/latchkey/scopes.json is missing (%s): this is a "
                   "build bug, resources/scopes.json must be compiled into latchkey_core.",
                   qUtf8Printable(file.errorString()));
        auto parsed = fromJson(file.readAll());
        if (!parsed.ok())
            qFatal("The built-in scope catalog is invalid (a build bug): %s",
                   qUtf8Printable(parsed.error().message));
        return std::move(parsed).value();
    }();
    return catalog;
}

Result<ScopeCatalog> ScopeCatalog::loadFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return ApiError::invalidRequest(
            QString(), tr("Cannot read the scope catalog %1: %2")
                           .arg(QDir::toNativeSeparators(path), file.errorString()));
    auto parsed = fromJson(file.readAll());
    if (!parsed.ok()) {
        ApiError e = parsed.error();
        e.message = tr("The scope catalog %1 is invalid. %2")
                        .arg(QDir::toNativeSeparators(path), e.message);
        return e;
    }
    return parsed;
}

Result<ScopeCatalog> ScopeCatalog::fromJson(const QByteArray &json)
{
    QJsonParseError pe{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (pe.error != QJsonParseError::NoError) {
        const QByteArrayView before =
            QByteArrayView(json).first(qBound(0, pe.offset, int(json.size())));
        const qsizetype line = before.count('\n') + 1;
        const qsizetype column = before.size() - (before.lastIndexOf('\n') + 1) + 1;
        return catalogError(QString(), tr("JSON syntax error at line %1, column %2 (offset %3): %4")
                                           .arg(line)
                                           .arg(column)
                                           .arg(pe.offset)
                                           .arg(pe.errorString()));
    }
    if (!doc.isObject())
        return catalogError(QString(), tr("the document must be a JSON object"));
    const QJsonObject root = doc.object();
    if (auto e = checkFields(root, QString(),
                             {QLatin1StringView("version"), QLatin1StringView("services"),
                              QLatin1StringView("management")}))
        return *e;

    const QJsonValue version = root.value(QLatin1StringView("version"));
    if (version.isUndefined())
        return catalogError(QStringLiteral("version"), tr("the field is missing (use 1)"));
    if (!version.isDouble())
        return catalogError(QStringLiteral("version"),
                            tr("expected a number, found %1").arg(typeName(version)));
    if (version.toDouble() != 1.0)
        return catalogError(QStringLiteral("version"),
                            tr("version %1 is not supported; this Latchkey reads version 1")
                                .arg(version.toDouble()));

    ScopeCatalog c;
    auto add = [&c](ScopeInfo info) {
        c.m_index.insert(info.scope, c.m_scopes.size());
        c.m_scopes.append(std::move(info));
    };

    QJsonArray services;
    if (auto e = readArray(root, QString(), QLatin1StringView("services"), services))
        return *e;
    for (qsizetype i = 0; i < services.size(); ++i) {
        const QString sp = indexPath(QStringLiteral("services"), i);
        if (!services.at(i).isObject())
            return catalogError(sp,
                                tr("expected an object, found %1").arg(typeName(services.at(i))));
        const QJsonObject so = services.at(i).toObject();
        if (auto e = checkFields(so, sp,
                                 {QLatin1StringView("id"), QLatin1StringView("name"),
                                  QLatin1StringView("description"), QLatin1StringView("actions")}))
            return *e;
        QString id, name, description;
        if (auto e = readString(so, sp, QLatin1StringView("id"), true, id))
            return *e;
        const QString idPath = fieldPath(sp, QLatin1StringView("id"));
        if (!isValidSegment(id))
            return catalogError(idPath, tr("'%1' is not a valid service id: use lowercase letters, "
                                           "digits, '_' and '-'")
                                            .arg(id));
        if (c.m_services.contains(id))
            return catalogError(idPath, tr("the service '%1' is defined twice").arg(id));
        if (auto e = readString(so, sp, QLatin1StringView("name"), false, name))
            return *e;
        if (auto e = readString(so, sp, QLatin1StringView("description"), false, description))
            return *e;
        QJsonArray actions;
        if (auto e = readArray(so, sp, QLatin1StringView("actions"), actions))
            return *e;
        if (actions.isEmpty())
            return catalogError(fieldPath(sp, QLatin1StringView("actions")),
                                tr("the service '%1' needs at least one action").arg(id));
        c.m_services.append(id);
        c.m_serviceNames.insert(id, name.isEmpty() ? id : name);

        for (qsizetype j = 0; j < actions.size(); ++j) {
            const QString ap = indexPath(fieldPath(sp, QLatin1StringView("actions")), j);
            if (!actions.at(j).isObject())
                return catalogError(
                    ap, tr("expected an object, found %1").arg(typeName(actions.at(j))));
            const QJsonObject ao = actions.at(j).toObject();
            if (auto e = checkFields(ao, ap,
                                     {QLatin1StringView("action"), QLatin1StringView("description"),
                                      QLatin1StringView("public_safe"),
                                      QLatin1StringView("privileged")}))
                return *e;
            QString action;
            if (auto e = readString(ao, ap, QLatin1StringView("action"), true, action))
                return *e;
            const QString actionPath = fieldPath(ap, QLatin1StringView("action"));
            if (!isValidSegment(action))
                return catalogError(actionPath,
                                    tr("'%1' is not a valid action: use one word of lowercase "
                                       "letters, digits, '_' and '-'")
                                        .arg(action));
            ScopeInfo info;
            info.scope = QStringLiteral("service.") + id + u'.' + action;
            info.service = id;
            if (c.m_index.contains(info.scope))
                return catalogError(actionPath,
                                    tr("the scope '%1' is defined twice").arg(info.scope));
            if (auto e = readFlags(ao, ap, info))
                return *e;
            add(std::move(info));
        }
    }

    QJsonArray management;
    if (auto e = readArray(root, QString(), QLatin1StringView("management"), management))
        return *e;
    for (qsizetype i = 0; i < management.size(); ++i) {
        const QString mp = indexPath(QStringLiteral("management"), i);
        if (!management.at(i).isObject())
            return catalogError(mp,
                                tr("expected an object, found %1").arg(typeName(management.at(i))));
        const QJsonObject mo = management.at(i).toObject();
        if (auto e =
                checkFields(mo, mp,
                            {QLatin1StringView("scope"), QLatin1StringView("description"),
                             QLatin1StringView("public_safe"), QLatin1StringView("privileged")}))
            return *e;
        ScopeInfo info;
        if (auto e = readString(mo, mp, QLatin1StringView("scope"), true, info.scope))
            return *e;
        const QString scopePath = fieldPath(mp, QLatin1StringView("scope"));
        if (!isValidScopeSyntax(info.scope) || info.scope.contains(u'*'))
            return catalogError(scopePath,
                                tr("'%1' is not a valid scope: use dotted lowercase segments "
                                   "such as keys.read, without '*'")
                                    .arg(info.scope));
        if (info.scope == u"service" || info.scope.startsWith(u"service."))
            return catalogError(scopePath, tr("'%1' is reserved for service scopes: declare it as "
                                              "an action of its service")
                                               .arg(info.scope));
        if (c.m_index.contains(info.scope))
            return catalogError(scopePath, tr("the scope '%1' is defined twice").arg(info.scope));
        if (auto e = readFlags(mo, mp, info))
            return *e;
        if (info.publicSafe)
            return catalogError(fieldPath(mp, QLatin1StringView("public_safe")),
                                tr("management scopes cannot be public-safe: public keys carry "
                                   "only scopes of their service"));
        add(std::move(info));
    }
    for (const char16_t *required : kRequiredManagement) {
        const QString scope = QString::fromUtf16(required);
        if (!c.m_index.contains(scope))
            return catalogError(QStringLiteral("management"),
                                tr("the management scope '%1' is missing; Latchkey's own API "
                                   "needs it")
                                    .arg(scope));
    }
    return c;
}

const ScopeInfo *ScopeCatalog::find(QStringView scope) const
{
    const auto it = m_index.constFind(scope.toString());
    return it == m_index.constEnd() ? nullptr : &m_scopes.at(*it);
}

QStringList ScopeCatalog::expand(QStringView pattern) const
{
    QStringList out;
    if (!isValidScopeSyntax(pattern))
        return out;
    for (const ScopeInfo &s : m_scopes)
        if (scopeCovers(pattern, s.scope))
            out.append(s.scope);
    return out;
}

// Roles and granting -----------------------------------------------------------------------

QStringList roleScopes(const ScopeCatalog &catalog, Role role)
{
    QStringList out;
    for (const ScopeInfo &s : catalog.scopes()) {
        bool held = false;
        switch (role) {
        case Role::Owner:
            held = true;
            break;
        case Role::Admin:
            held = !s.service.isEmpty() || s.scope.startsWith(u"keys.") ||
                   s.scope.startsWith(u"webhooks.") || s.scope.startsWith(u"audit.");
            break;
        case Role::Developer:
            held = (!s.service.isEmpty() && !s.privileged) || s.scope == u"keys.read" ||
                   s.scope == u"keys.write";
            break;
        case Role::Viewer:
            held = s.scope.endsWith(u".read");
            break;
        }
        if (held)
            out.append(s.scope);
    }
    return out;
}

ScopeSet roleScopeSet(const ScopeCatalog &catalog, Role role)
{
    QStringList held;
    switch (role) {
    case Role::Owner:
        // Every catalog scope, as one pattern per first segment ("service.*", "keys.*", …):
        // an owner may grant any pattern but "*".
        for (const ScopeInfo &s : catalog.scopes()) {
            const qsizetype dot = s.scope.indexOf(u'.');
            const QString pattern = dot < 0 ? s.scope : s.scope.first(dot) + QStringLiteral(".*");
            if (!held.contains(pattern))
                held.append(pattern);
        }
        break;
    case Role::Admin:
        held = {QStringLiteral("service.*"), QStringLiteral("keys.*"), QStringLiteral("webhooks.*"),
                QStringLiteral("audit.*")};
        break;
    case Role::Developer:
    case Role::Viewer:
        held = roleScopes(catalog, role); // one by one: no pattern
        break;
    }
    return ScopeSet(held);
}

QList<ScopeDenial> ungrantableScopes(const ScopeCatalog &catalog, const Grantor &grantor,
                                     const QStringList &requested, const GrantTarget &target)
{
    using Reason = ScopeDenial::Reason;
    using Kind = Grantor::Kind;
    QList<ScopeDenial> out;

    const bool isPublic = target.type == KeyType::Public;
    const bool hasService = catalog.hasService(target.serviceId);
    // What the grantor holds, as patterns: a member through its role, a key through its scopes.
    // One rule for both: a scope or pattern is granted only by one whose set covers it, so a
    // wildcard such as keys.* only by one who holds the wildcard itself.
    const ScopeSet held =
        grantor.kind == Kind::Member ? roleScopeSet(catalog, grantor.role) : grantor.scopes;
    // A key grants through keys.write; without it, it grants nothing.
    const bool keyMayGrant = grantor.kind != Kind::Key || grantor.scopes.covers(u"keys.write");

    for (const QString &scope : requested) {
        auto deny = [&](Reason reason, QString message) {
            out.append(ScopeDenial{scope, reason, std::move(message)});
        };
        if (!isValidScopeSyntax(scope)) {
            const QString shown = quotable(scope);
            deny(Reason::InvalidSyntax,
                 shown.isEmpty()
                     ? ScopeCatalog::tr("A requested scope is not valid: scopes are dotted "
                                        "lowercase segments of letters, digits, '_' and '-', "
                                        "such as service.forms.submit or service.forms.*.")
                     : ScopeCatalog::tr("'%1' is not a valid scope: scopes are dotted lowercase "
                                        "segments of letters, digits, '_' and '-', such as "
                                        "service.forms.submit or service.forms.*.")
                           .arg(shown));
            continue;
        }
        if (scope == u"*" && grantor.kind != Kind::PlatformAdmin) {
            deny(Reason::Reserved, ScopeCatalog::tr("'*' is reserved for platform super-admins"));
            continue;
        }
        const QStringList expanded = catalog.expand(scope);
        if (expanded.isEmpty()) {
            const QString shown = quotable(scope);
            deny(Reason::Unknown,
                 shown.isEmpty()
                     ? ScopeCatalog::tr("A requested scope is not in the scope catalog; "
                                        "GET /v1/scopes lists the scopes that exist.")
                     : ScopeCatalog::tr("'%1' is not in the scope catalog; GET /v1/scopes lists "
                                        "the scopes that exist.")
                           .arg(shown));
            continue;
        }
        const bool isPattern = expanded.size() != 1 || expanded.first() != scope;
        QList<const ScopeInfo *> infos;
        infos.reserve(expanded.size());
        for (const QString &s : expanded)
            infos.append(catalog.find(s));

        if (isPublic) {
            if (!hasService) {
                const QString shown = quotable(target.serviceId);
                deny(Reason::WrongService,
                     target.serviceId.isEmpty()
                         ? ScopeCatalog::tr("a public key needs a service; it is issued for one "
                                            "service and carries only that service's scopes")
                         : ScopeCatalog::tr("a public key needs a service, and '%1' is not a "
                                            "service in the catalog")
                               .arg(shown));
                continue;
            }
            const ScopeInfo *other = nullptr;
            const ScopeInfo *unsafe = nullptr;
            for (const ScopeInfo *info : infos) {
                if (!other && info->service != target.serviceId)
                    other = info;
                if (!unsafe && !info->publicSafe)
                    unsafe = info;
            }
            if (other) {
                deny(Reason::WrongService,
                     isPattern ? ScopeCatalog::tr("this public key is for the %1 service and may "
                                                  "carry only its scopes, not %2")
                                     .arg(catalog.serviceName(target.serviceId), other->scope)
                               : ScopeCatalog::tr("this public key is for the %1 service and may "
                                                  "carry only its scopes")
                                     .arg(catalog.serviceName(target.serviceId)));
                continue;
            }
            if (unsafe) {
                deny(Reason::NotPublicSafe,
                     isPattern
                         ? ScopeCatalog::tr("public keys may carry only public-safe scopes, "
                                            "and %1 is not: anyone can read a public key "
                                            "in the page")
                               .arg(unsafe->scope)
                         : ScopeCatalog::tr("public keys may carry only public-safe scopes, "
                                            "because anyone can read a public key in the page"));
                continue;
            }
        }

        if (grantor.kind == Kind::PlatformAdmin)
            continue;
        if (grantor.kind == Kind::Member && grantor.role == Role::Viewer) {
            deny(Reason::NotHeld,
                 ScopeCatalog::tr("viewers cannot grant scopes; ask an owner, admin or developer"));
            continue;
        }
        if (grantor.kind == Kind::Key && !keyMayGrant) {
            deny(Reason::NotHeld,
                 ScopeCatalog::tr("your key cannot grant scopes without keys.write"));
            continue;
        }
        if (held.covers(scope))
            continue;
        const ScopeInfo *missing = nullptr;
        for (const ScopeInfo *info : infos) {
            if (!held.covers(info->scope)) {
                missing = info;
                break;
            }
        }
        if (grantor.kind == Kind::Member) {
            if (missing)
                deny(Reason::NotHeld, roleCannotGrant(grantor.role, *missing, isPattern));
            else
                deny(Reason::NotHeld,
                     ScopeCatalog::tr("the %1 role may grant the scopes %2 covers today one by "
                                      "one, but not the pattern itself, which would also cover "
                                      "scopes added later")
                         .arg(name(grantor.role), scope));
        } else if (!isPattern) {
            deny(Reason::NotHeld, ScopeCatalog::tr("your key does not hold it"));
        } else if (missing) {
            deny(Reason::NotHeld,
                 ScopeCatalog::tr("your key does not hold %1").arg(missing->scope));
        } else {
            deny(Reason::NotHeld,
                 ScopeCatalog::tr("your key holds the scopes %1 covers today but not the "
                                  "pattern itself, which would also cover actions "
                                  "added later; grant them one by one")
                     .arg(scope));
        }
    }
    return out;
}

ApiError toApiError(const ScopeDenial &denial)
{
    switch (denial.reason) {
    case ScopeDenial::Reason::InvalidSyntax:
    case ScopeDenial::Reason::Unknown:
        return ApiError::invalidRequest(QStringLiteral("scopes"), denial.message);
    case ScopeDenial::Reason::Reserved:
    case ScopeDenial::Reason::NotHeld:
    case ScopeDenial::Reason::NotPublicSafe:
    case ScopeDenial::Reason::WrongService:
        break;
    }
    return ApiError::scopeNotGrantable(denial.scope, denial.message);
}

} // namespace latchkey
