// SPDX-License-Identifier: MIT
#include "activitytext.h"

#include "workspacemodel.h"

#include <QJsonArray>

namespace latchkey::models {

namespace {
QString detail(const AuditRecord &r, const char *field)
{
    return r.details.value(QLatin1String(field)).toString();
}

/// A quoted name in the user's language ("“%1”" in English).
QString quoted(const QString &name)
{
    return ActivityText::tr("“%1”", "a name in a sentence").arg(name);
}

QString roleName(const QString &role)
{
    const auto r = roleFromString(role);
    return r ? WorkspaceModel::roleText(*r) : role;
}

/// "24 hours", "30 minutes", …: whole units, the largest that fits.
QString duration(qint64 seconds)
{
    if (seconds > 0 && seconds % 86400 == 0)
        return ActivityText::tr("%n day(s)", nullptr, int(seconds / 86400));
    if (seconds > 0 && seconds % 3600 == 0)
        return ActivityText::tr("%n hour(s)", nullptr, int(seconds / 3600));
    if (seconds > 0 && seconds % 60 == 0)
        return ActivityText::tr("%n minute(s)", nullptr, int(seconds / 60));
    return ActivityText::tr("%n second(s)", nullptr, int(seconds));
}

/// What a key's change touched: "the name and the scopes".
QString changedFields(const QJsonArray &fields)
{
    QStringList words;
    for (const auto &v : fields) {
        const QString f = v.toString();
        if (f == u"name")
            words << ActivityText::tr("the name");
        else if (f == u"description")
            words << ActivityText::tr("the description");
        else if (f == u"metadata")
            words << ActivityText::tr("the metadata");
        else if (f == u"scopes")
            words << ActivityText::tr("the scopes");
        else if (f == u"allowed_origins")
            words << ActivityText::tr("the allowed origins");
        else if (f == u"restrictions.ip_allowlist")
            words << ActivityText::tr("the IP allowlist");
        else if (f == u"restrictions.endpoints")
            words << ActivityText::tr("the endpoints");
        else if (f == u"rate_limit")
            words << ActivityText::tr("the rate limit");
        else if (f == u"expires_at")
            words << ActivityText::tr("the expiry");
        else
            words << f;
    }
    if (words.isEmpty())
        return ActivityText::tr("its settings");
    if (words.size() == 1)
        return words.first();
    const QString last = words.takeLast();
    return ActivityText::tr("%1 and %2", "a list: 'the name, the scopes and the expiry'")
        .arg(words.join(ActivityText::tr(", ", "list separator")), last);
}

/// "the secret key “Billing backend”", as the object of a sentence.
QString keyPhrase(const AuditRecord &r)
{
    const QString name = detail(r, "name");
    if (name.isEmpty())
        return ActivityText::tr("the key %1").arg(r.target);
    const QString type = detail(r, "type");
    if (type == u"secret")
        return ActivityText::tr("the secret key %1").arg(quoted(name));
    if (type == u"public")
        return ActivityText::tr("the public key %1").arg(quoted(name));
    return ActivityText::tr("the key %1").arg(quoted(name));
}

QString endpointPhrase(const AuditRecord &r)
{
    const QString url = detail(r, "url");
    return ActivityText::tr("the webhook endpoint %1").arg(url.isEmpty() ? r.target : url);
}

QString withEnvironment(const QString &sentence, const QString &environment)
{
    if (environment == u"live")
        return ActivityText::tr("%1 (live)", "an event in the live environment").arg(sentence);
    if (environment == u"test")
        return ActivityText::tr("%1 (test)", "an event in the test environment").arg(sentence);
    return sentence;
}
} // namespace

QString ActivityText::sentence(const AuditRecord &r)
{
    const QString who = r.actor == u"system" ? tr("The system") : r.actor;
    const QString &a = r.action;
    QString s;
    if (a == u"api_key.created")
        s = tr("%1 created %2").arg(who, keyPhrase(r));
    else if (a == u"api_key.updated")
        s = tr("%1 changed %2 of %3")
                .arg(who, changedFields(r.details.value(QLatin1String("changed")).toArray()),
                     keyPhrase(r));
    else if (a == u"api_key.revoked")
        s = tr("%1 revoked %2").arg(who, keyPhrase(r));
    else if (a == u"api_key.rolled") {
        const qint64 grace = r.details.value(QLatin1String("old_expires_in")).toInteger();
        s = grace > 0
                ? tr("%1 rolled %2; the old secret stops working after %3")
                      .arg(who, keyPhrase(r), duration(grace))
                : tr("%1 rolled %2; the old secret stopped working at once").arg(who, keyPhrase(r));
    } else if (a == u"member.invited")
        s = tr("%1 invited %2 as %3").arg(who, detail(r, "email"), roleName(detail(r, "role")));
    else if (a == u"invitation.withdrawn")
        s = tr("%1 withdrew the invitation of %2").arg(who, detail(r, "email"));
    else if (a == u"member.joined")
        s = tr("%1 joined as %2").arg(who, roleName(detail(r, "role")));
    else if (a == u"member.role_changed")
        s = tr("%1 changed the role of %2 from %3 to %4")
                .arg(who, detail(r, "email"), roleName(detail(r, "from")),
                     roleName(detail(r, "to")));
    else if (a == u"member.removed")
        s = tr("%1 removed %2 (%3)").arg(who, detail(r, "email"), roleName(detail(r, "role")));
    else if (a == u"session.created")
        s = tr("%1 signed in").arg(who);
    else if (a == u"password.changed")
        s = detail(r, "email").isEmpty() || detail(r, "email") == r.actor
                ? tr("%1 changed their password and ended their other sessions").arg(who)
                : tr("%1 changed the password of %2 and ended their other sessions")
                      .arg(who, detail(r, "email"));
    else if (a == u"webhook_endpoint.created")
        s = tr("%1 added %2").arg(who, endpointPhrase(r));
    else if (a == u"webhook_endpoint.deleted")
        s = tr("%1 deleted %2").arg(who, endpointPhrase(r));
    else if (a == u"webhook_endpoint.secret_rotated")
        s = tr("%1 rotated the signing secret of %2").arg(who, endpointPhrase(r));
    else if (a == u"workspace.created")
        s = tr("%1 created the workspace %2").arg(who, quoted(detail(r, "name")));
    else if (a == u"workspace.renamed")
        s = tr("%1 renamed the workspace %2 to %3")
                .arg(who, quoted(detail(r, "from")), quoted(detail(r, "to")));
    else if (a == u"service.status_changed")
        s = detail(r, "status") == u"active"
                ? tr("%1 turned the service %2 on").arg(who, quoted(detail(r, "service")))
                : tr("%1 turned the service %2 off").arg(who, quoted(detail(r, "service")));
    else
        s = tr("%1 did %2 on %3", "an action without a sentence of its own")
                .arg(who, a, r.target.isEmpty() ? tr("nothing named") : r.target);
    return withEnvironment(s, r.environment);
}

QStringList ActivityText::knownActions()
{
    return {QStringLiteral("api_key.created"),
            QStringLiteral("api_key.updated"),
            QStringLiteral("api_key.revoked"),
            QStringLiteral("api_key.rolled"),
            QStringLiteral("member.invited"),
            QStringLiteral("invitation.withdrawn"),
            QStringLiteral("member.joined"),
            QStringLiteral("member.role_changed"),
            QStringLiteral("member.removed"),
            QStringLiteral("session.created"),
            QStringLiteral("password.changed"),
            QStringLiteral("webhook_endpoint.created"),
            QStringLiteral("webhook_endpoint.deleted"),
            QStringLiteral("webhook_endpoint.secret_rotated"),
            QStringLiteral("workspace.created"),
            QStringLiteral("workspace.renamed"),
            QStringLiteral("service.status_changed")};
}

QStringList ActivityText::families()
{
    return {QStringLiteral("api_key.*"), QStringLiteral("member.*"),
            QStringLiteral("webhook_endpoint.*"), QStringLiteral("workspace.*")};
}

QString ActivityText::actionLabel(const QString &a)
{
    if (a == u"api_key.*")
        return tr("Every key event");
    if (a == u"member.*")
        return tr("Every member event");
    if (a == u"webhook_endpoint.*")
        return tr("Every webhook event");
    if (a == u"workspace.*")
        return tr("Every workspace event");
    if (a == u"api_key.created")
        return tr("Key created");
    if (a == u"api_key.updated")
        return tr("Key changed");
    if (a == u"api_key.revoked")
        return tr("Key revoked");
    if (a == u"api_key.rolled")
        return tr("Key rolled");
    if (a == u"member.invited")
        return tr("Member invited");
    if (a == u"invitation.withdrawn")
        return tr("Invitation withdrawn");
    if (a == u"member.joined")
        return tr("Member joined");
    if (a == u"member.role_changed")
        return tr("Member's role changed");
    if (a == u"member.removed")
        return tr("Member removed");
    if (a == u"session.created")
        return tr("Signed in");
    if (a == u"password.changed")
        return tr("Password changed");
    if (a == u"webhook_endpoint.created")
        return tr("Webhook endpoint added");
    if (a == u"webhook_endpoint.deleted")
        return tr("Webhook endpoint deleted");
    if (a == u"webhook_endpoint.secret_rotated")
        return tr("Webhook signing secret rotated");
    if (a == u"workspace.created")
        return tr("Workspace created");
    if (a == u"workspace.renamed")
        return tr("Workspace renamed");
    if (a == u"service.status_changed")
        return tr("Service turned on or off");
    return a;
}

} // namespace latchkey::models
