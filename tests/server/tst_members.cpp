// SPDX-License-Identifier: MIT
// Teams over HTTP against a real latchkeyd (docs/teams.md): an owner invites, the invited accept
// with the token shown once, each role does what core/authorization.h lets it and gets the
// exact 403 for the rest, the last owner stays, a removed member's next call is 401, and every
// change is in the audit log without a token in it.
#include "harness.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace latchkey::testing;

namespace {
const QByteArray kPassword = "members password 1234";
const QString kOwner = QStringLiteral("owner@members.test");

QJsonObject body(std::initializer_list<std::pair<QString, QJsonValue>> fields)
{
    QJsonObject o;
    for (const auto &[k, v] : fields)
        o.insert(k, v);
    return o;
}
} // namespace

class TestMembers : public QObject
{
    Q_OBJECT

private:
    Latchkeyd d;
    Http owner;
    Http admin; // joins in anAdminCannotTouchAnOwner
    QString ownerId;
    QStringList tokensSeen; // every lki_ token handed out: none may reach the audit log

    /// Owner invites \p email as \p role; returns the token.
    QByteArray invite(const QString &email, const QString &role)
    {
        const HttpResult r =
            owner.post(QStringLiteral("/v1/invitations"),
                       body({{QStringLiteral("email"), email}, {QStringLiteral("role"), role}}));
        if (r.status != 201)
            qWarning("invite failed: %s", r.body.constData());
        const QString token = r.data().value(QLatin1String("token")).toString();
        tokensSeen << token;
        return token.toLatin1();
    }

    /// Accepts \p token as \p email, and signs \p h in with the session it returns.
    HttpResult accept(Http &h, const QByteArray &token, const QString &email,
                      const QByteArray &password = kPassword)
    {
        h.base = d.url;
        Http anonymous;
        anonymous.base = d.url;
        const HttpResult r =
            anonymous.post(QStringLiteral("/v1/invitations/accept"),
                           body({{QStringLiteral("token"), QString::fromLatin1(token)},
                                 {QStringLiteral("email"), email},
                                 {QStringLiteral("password"), QString::fromUtf8(password)}}));
        if (r.status == 200)
            h.token = r.data().value(QLatin1String("token")).toString().toLatin1();
        return r;
    }

    QString memberId(const QString &email)
    {
        const QJsonArray members =
            owner.get(QStringLiteral("/v1/members")).json.value(QLatin1String("data")).toArray();
        for (const QJsonValue &m : members)
            if (m[QLatin1String("email")].toString() == email)
                return m[QLatin1String("id")].toString();
        return {};
    }

private slots:
    void initTestCase()
    {
        QByteArray out;
        QVERIFY2(d.init(kOwner, kPassword, &out) == 0, out.constData());
        QVERIFY2(d.start(), d.logs().constData());
        owner.base = d.url;
        const HttpResult s =
            owner.post(QStringLiteral("/v1/sessions"),
                       body({{QStringLiteral("email"), kOwner},
                             {QStringLiteral("password"), QString::fromUtf8(kPassword)}}));
        QCOMPARE(s.status, 200);
        owner.token = s.data().value(QLatin1String("token")).toString().toLatin1();
        ownerId = memberId(kOwner);
        QVERIFY(ownerId.startsWith(QLatin1String("usr_")));
    }

    void aDeveloperJoinsAndWorksWithinTheirRole()
    {
        const QString email = QStringLiteral("dev@members.test");
        const HttpResult issued =
            owner.post(QStringLiteral("/v1/invitations"),
                       body({{QStringLiteral("email"), QStringLiteral("Dev@Members.test ")},
                             {QStringLiteral("role"), QStringLiteral("developer")}}));
        QCOMPARE(issued.status, 201);
        const QJsonObject inv = issued.data();
        QVERIFY(inv.value(QLatin1String("id")).toString().startsWith(QLatin1String("inv_")));
        QCOMPARE(inv.value(QLatin1String("email")).toString(), email);
        const QByteArray token = inv.value(QLatin1String("token")).toString().toLatin1();
        tokensSeen << QString::fromLatin1(token);
        QVERIFY(token.startsWith("lki_"));
        QVERIFY(!inv.value(QLatin1String("expires_at")).toString().isEmpty());

        // Listed without its token.
        const HttpResult pending = owner.get(QStringLiteral("/v1/invitations"));
        QCOMPARE(pending.status, 200);
        QVERIFY(pending.body.contains(inv.value(QLatin1String("id")).toString().toLatin1()));
        QVERIFY(!pending.body.contains(token));

        Http dev;
        // A short password, another email, a made-up token: refused, and the token stays good.
        const HttpResult shortPassword = accept(dev, token, email, "short");
        QCOMPARE(shortPassword.status, 400);
        QCOMPARE(shortPassword.code(), QStringLiteral("invalid_request"));
        const HttpResult otherEmail = accept(dev, token, QStringLiteral("eve@members.test"));
        QCOMPARE(otherEmail.status, 401);
        QCOMPARE(otherEmail.code(), QStringLiteral("invalid_invitation"));
        QCOMPARE(accept(dev, "lki_" + QByteArray(40, 'x'), email).code(),
                 QStringLiteral("invalid_invitation"));

        const HttpResult joined = accept(dev, token, email);
        QCOMPARE(joined.status, 200);
        QVERIFY(dev.token.startsWith("lks_"));
        QCOMPARE(joined.data().value(QLatin1String("role")).toString(),
                 QStringLiteral("developer"));
        // Good once.
        Http again;
        QCOMPARE(accept(again, token, email).code(), QStringLiteral("invalid_invitation"));
        // …and no longer pending.
        QVERIFY(!owner.get(QStringLiteral("/v1/invitations"))
                     .body.contains(inv.value(QLatin1String("id")).toString().toLatin1()));

        // The new member signs in with the password they chose.
        Http signedIn;
        signedIn.base = d.url;
        const HttpResult s =
            signedIn.post(QStringLiteral("/v1/sessions"),
                          body({{QStringLiteral("email"), email},
                                {QStringLiteral("password"), QString::fromUtf8(kPassword)}}));
        QCOMPARE(s.status, 200);
        signedIn.token = s.data().value(QLatin1String("token")).toString().toLatin1();

        // A service scope: yes. A privileged one: 403 scope_not_grantable.
        const HttpResult key = signedIn.post(
            QStringLiteral("/v1/api-keys"),
            body({{QStringLiteral("name"), QStringLiteral("dev key")},
                  {QStringLiteral("scopes"), QJsonArray{QStringLiteral("service.forms.submit")}}}));
        QCOMPARE(key.status, 201);
        const HttpResult privileged = signedIn.post(
            QStringLiteral("/v1/api-keys"),
            body({{QStringLiteral("name"), QStringLiteral("too much")},
                  {QStringLiteral("scopes"), QJsonArray{QStringLiteral("service.forms.manage")}}}));
        QCOMPARE(privileged.status, 403);
        QCOMPARE(privileged.code(), QStringLiteral("scope_not_grantable"));
        // Not the audit log, not invitations; the member list, yes.
        QCOMPARE(signedIn.get(QStringLiteral("/v1/audit-events")).code(),
                 QStringLiteral("permission_denied"));
        const HttpResult invites =
            signedIn.post(QStringLiteral("/v1/invitations"),
                          body({{QStringLiteral("email"), QStringLiteral("friend@members.test")},
                                {QStringLiteral("role"), QStringLiteral("viewer")}}));
        QCOMPARE(invites.status, 403);
        QCOMPARE(invites.code(), QStringLiteral("permission_denied"));
        const HttpResult members = signedIn.get(QStringLiteral("/v1/members"));
        QCOMPARE(members.status, 200);
        const QJsonArray list = members.json.value(QLatin1String("data")).toArray();
        QCOMPARE(list.size(), 2);
        for (const QJsonValue &m : list) {
            QCOMPARE(m[QLatin1String("object")].toString(), QStringLiteral("member"));
            QVERIFY(!m[QLatin1String("joined_at")].toString().isEmpty());
            QVERIFY(!m[QLatin1String("last_sign_in_at")].toString().isEmpty());
        }
        // Inviting a member again: 409 already_member.
        const HttpResult twice =
            owner.post(QStringLiteral("/v1/invitations"),
                       body({{QStringLiteral("email"), email},
                             {QStringLiteral("role"), QStringLiteral("viewer")}}));
        QCOMPARE(twice.status, 409);
        QCOMPARE(twice.code(), QStringLiteral("already_member"));
    }

    void aViewerCannotCreate()
    {
        Http viewer;
        QCOMPARE(accept(viewer,
                        invite(QStringLiteral("viewer@members.test"), QStringLiteral("viewer")),
                        QStringLiteral("viewer@members.test"))
                     .status,
                 200);
        const HttpResult key = viewer.post(
            QStringLiteral("/v1/api-keys"),
            body({{QStringLiteral("name"), QStringLiteral("nope")},
                  {QStringLiteral("scopes"), QJsonArray{QStringLiteral("service.forms.read")}}}));
        QCOMPARE(key.status, 403);
        QCOMPARE(key.code(), QStringLiteral("permission_denied"));
        QCOMPARE(viewer.get(QStringLiteral("/v1/api-keys")).status, 200);
    }

    void anAdminCannotTouchAnOwner()
    {
        QCOMPARE(accept(admin,
                        invite(QStringLiteral("admin@members.test"), QStringLiteral("admin")),
                        QStringLiteral("admin@members.test"))
                     .status,
                 200);
        const QString ownerPath = QStringLiteral("/v1/members/") + ownerId;
        const HttpResult demote =
            admin.patch(ownerPath, body({{QStringLiteral("role"), QStringLiteral("viewer")}}));
        QCOMPARE(demote.status, 403);
        QCOMPARE(demote.code(), QStringLiteral("permission_denied"));
        QCOMPARE(admin.del(ownerPath).code(), QStringLiteral("permission_denied"));
        // Nobody invites above their own role.
        const HttpResult inviteOwner =
            admin.post(QStringLiteral("/v1/invitations"),
                       body({{QStringLiteral("email"), QStringLiteral("boss@members.test")},
                             {QStringLiteral("role"), QStringLiteral("owner")}}));
        QCOMPARE(inviteOwner.status, 403);
        // …nor promotes above it.
        const QString viewerPath =
            QStringLiteral("/v1/members/") + memberId(QStringLiteral("viewer@members.test"));
        QCOMPARE(admin.patch(viewerPath, body({{QStringLiteral("role"), QStringLiteral("owner")}}))
                     .code(),
                 QStringLiteral("permission_denied"));
        // Within it, yes.
        const HttpResult promote =
            admin.patch(viewerPath, body({{QStringLiteral("role"), QStringLiteral("developer")}}));
        QCOMPARE(promote.status, 200);
        QCOMPARE(promote.data().value(QLatin1String("role")).toString(),
                 QStringLiteral("developer"));
        const HttpResult badRole =
            admin.patch(viewerPath, body({{QStringLiteral("role"), QStringLiteral("root")}}));
        QCOMPARE(badRole.status, 400);
        QCOMPARE(badRole.code(), QStringLiteral("invalid_request"));
    }

    void aRemovedMembersNextCallIs401()
    {
        const QString email = QStringLiteral("leaving@members.test");
        Http leaving;
        QCOMPARE(accept(leaving, invite(email, QStringLiteral("developer")), email).status, 200);
        QCOMPARE(leaving.get(QStringLiteral("/v1/api-keys")).status, 200);
        const QString id = memberId(email);
        const QByteArray ws = owner.get(QStringLiteral("/v1/workspaces"))
                                  .json.value(QLatin1String("data"))
                                  .toArray()
                                  .first()[QLatin1String("id")]
                                  .toString()
                                  .toLatin1();
        QCOMPARE(owner.del(QStringLiteral("/v1/members/") + id).status, 200);
        QCOMPARE(leaving.get(QStringLiteral("/v1/api-keys")).status, 401);
        QCOMPARE(
            leaving.send("GET", QStringLiteral("/v1/api-keys"), {}, {{"Latchkey-Workspace", ws}})
                .status,
            401);
        QVERIFY(memberId(email).isEmpty());
        // Removing twice: nobody there.
        QCOMPARE(owner.del(QStringLiteral("/v1/members/") + id).status, 404);
    }

    void everyMemberMayLeave()
    {
        const QString email = QStringLiteral("quitter@members.test");
        Http quitter;
        QCOMPARE(accept(quitter, invite(email, QStringLiteral("viewer")), email).status, 200);
        const QString id = memberId(email);
        // A viewer cannot remove anyone else…
        QCOMPARE(quitter.del(QStringLiteral("/v1/members/") + ownerId).code(),
                 QStringLiteral("permission_denied"));
        // …but may leave.
        QCOMPARE(quitter.del(QStringLiteral("/v1/members/") + id).status, 200);
        QCOMPARE(quitter.get(QStringLiteral("/v1/members")).status, 401);
    }

    void theLastOwnerStays()
    {
        const QString self = QStringLiteral("/v1/members/") + ownerId;
        const HttpResult leave = owner.del(self);
        QCOMPARE(leave.status, 409);
        QCOMPARE(leave.code(), QStringLiteral("last_owner"));
        const HttpResult demote =
            owner.patch(self, body({{QStringLiteral("role"), QStringLiteral("admin")}}));
        QCOMPARE(demote.status, 409);
        QCOMPARE(demote.code(), QStringLiteral("last_owner"));
        QCOMPARE(owner.get(QStringLiteral("/v1/members")).status, 200);
    }

    void aWithdrawnInvitationIsDead()
    {
        const QString email = QStringLiteral("maybe@members.test");
        const HttpResult issued =
            owner.post(QStringLiteral("/v1/invitations"),
                       body({{QStringLiteral("email"), email},
                             {QStringLiteral("role"), QStringLiteral("viewer")}}));
        QCOMPARE(issued.status, 201);
        const QByteArray token = issued.data().value(QLatin1String("token")).toString().toLatin1();
        tokensSeen << QString::fromLatin1(token);
        const QString id = issued.data().value(QLatin1String("id")).toString();
        QCOMPARE(owner.del(QStringLiteral("/v1/invitations/") + id).status, 200);
        Http h;
        QCOMPARE(accept(h, token, email).code(), QStringLiteral("invalid_invitation"));
    }

    void keysCannotManageMembers()
    {
        const HttpResult made =
            owner.post(QStringLiteral("/v1/api-keys"),
                       body({{QStringLiteral("name"), QStringLiteral("automation")},
                             {QStringLiteral("scopes"),
                              QJsonArray{QStringLiteral("keys.write"), QStringLiteral("keys.read"),
                                         QStringLiteral("audit.read")}}}));
        QCOMPARE(made.status, 201);
        Http key;
        key.base = d.url;
        key.token = made.data().value(QLatin1String("secret")).toString().toLatin1();
        for (const char *path : {"/v1/members", "/v1/invitations"}) {
            const HttpResult r = key.get(QString::fromLatin1(path));
            QCOMPARE(r.status, 403);
            QCOMPARE(r.code(), QStringLiteral("permission_denied"));
        }
        const HttpResult inv =
            key.post(QStringLiteral("/v1/invitations"),
                     body({{QStringLiteral("email"), QStringLiteral("bot@members.test")},
                           {QStringLiteral("role"), QStringLiteral("viewer")}}));
        QCOMPARE(inv.code(), QStringLiteral("permission_denied"));
        QCOMPARE(key.del(QStringLiteral("/v1/members/") + ownerId).code(),
                 QStringLiteral("permission_denied"));
    }

    void anyoneMakesAWorkspaceOnlyOwnersRenameIt()
    {
        const HttpResult made =
            admin.post(QStringLiteral("/v1/workspaces"),
                       body({{QStringLiteral("name"), QStringLiteral("Admin's own")}}));
        QCOMPARE(made.status, 201);
        const QJsonObject ws = made.data();
        const QString id = ws.value(QLatin1String("id")).toString();
        QVERIFY(id.startsWith(QLatin1String("ws_")));
        QCOMPARE(ws.value(QLatin1String("role")).toString(), QStringLiteral("owner"));
        QCOMPARE(ws.value(QLatin1String("services")).toArray().size(), 2);
        // Two workspaces now: the header chooses.
        QCOMPARE(admin.get(QStringLiteral("/v1/workspaces"))
                     .json.value(QLatin1String("data"))
                     .toArray()
                     .size(),
                 2);
        QCOMPARE(admin.get(QStringLiteral("/v1/api-keys")).status, 400);
        QCOMPARE(admin
                     .send("GET", QStringLiteral("/v1/api-keys"), {},
                           {{"Latchkey-Workspace", id.toLatin1()}})
                     .status,
                 200);
        // Its owner renames it; in the owner's workspace the admin cannot.
        const HttpResult renamed =
            admin.patch(QStringLiteral("/v1/workspaces/") + id,
                        body({{QStringLiteral("name"), QStringLiteral("Renamed")}}));
        QCOMPARE(renamed.status, 200);
        QCOMPARE(renamed.data().value(QLatin1String("name")).toString(), QStringLiteral("Renamed"));
        const QString ownersWs = owner.get(QStringLiteral("/v1/workspaces"))
                                     .json.value(QLatin1String("data"))
                                     .toArray()
                                     .first()[QLatin1String("id")]
                                     .toString();
        const HttpResult refused =
            admin.patch(QStringLiteral("/v1/workspaces/") + ownersWs,
                        body({{QStringLiteral("name"), QStringLiteral("Mine now")}}));
        QCOMPARE(refused.status, 403);
        QCOMPARE(refused.code(), QStringLiteral("permission_denied"));
        // A name that is not readable text: 400.
        QCOMPARE(admin
                     .patch(QStringLiteral("/v1/workspaces/") + id,
                            body({{QStringLiteral("name"), QStringLiteral("  ")}}))
                     .status,
                 400);
        // Audited in the new workspace's own chain.
        const HttpResult audit = admin.send("GET", QStringLiteral("/v1/audit-events?limit=100"), {},
                                            {{"Latchkey-Workspace", id.toLatin1()}});
        QCOMPARE(audit.status, 200);
        QVERIFY(audit.body.contains("\"workspace.created\""));
        QVERIFY(audit.body.contains("\"workspace.renamed\""));
    }

    void anOwnerLapsesAService()
    {
        const HttpResult made = owner.post(
            QStringLiteral("/v1/api-keys"),
            body({{QStringLiteral("name"), QStringLiteral("live forms")},
                  {QStringLiteral("environment"), QStringLiteral("live")},
                  {QStringLiteral("scopes"), QJsonArray{QStringLiteral("service.forms.submit")}}}));
        QCOMPARE(made.status, 201);
        const QString secret = made.data().value(QLatin1String("secret")).toString();
        auto verify = [&] {
            Http anonymous;
            anonymous.base = d.url;
            return anonymous.post(
                QStringLiteral("/v1/verify"),
                body({{QStringLiteral("key"), secret},
                      {QStringLiteral("scope"), QStringLiteral("service.forms.submit")}}));
        };
        QCOMPARE(verify().status, 200);
        const QString ws = owner.get(QStringLiteral("/v1/workspaces"))
                               .json.value(QLatin1String("data"))
                               .toArray()
                               .first()[QLatin1String("id")]
                               .toString();
        const QString forms =
            QStringLiteral("/v1/workspaces/") + ws + QStringLiteral("/services/forms");
        auto put = [](Http &h, const QString &path, const QString &status) {
            return h.send("PUT", path,
                          QJsonDocument(body({{QStringLiteral("status"), status}}))
                              .toJson(QJsonDocument::Compact));
        };
        // Owners only; the status and the service must exist.
        QCOMPARE(put(admin, forms, QStringLiteral("inactive")).code(),
                 QStringLiteral("permission_denied"));
        QCOMPARE(put(owner, forms, QStringLiteral("off")).status, 400);
        QCOMPARE(put(owner,
                     QStringLiteral("/v1/workspaces/") + ws + QStringLiteral("/services/nope"),
                     QStringLiteral("inactive"))
                     .status,
                 404);
        QCOMPARE(verify().status, 200);
        const HttpResult lapsed = put(owner, forms, QStringLiteral("inactive"));
        QCOMPARE(lapsed.status, 200);
        const HttpResult refused = verify();
        QCOMPARE(refused.status, 402);
        QCOMPARE(refused.code(), QStringLiteral("service_inactive"));
        QCOMPARE(put(owner, forms, QStringLiteral("active")).status, 200);
        QCOMPARE(verify().status, 200);
    }

    void aNewPasswordEndsTheOtherSessions()
    {
        const QString email = QStringLiteral("rotator@members.test");
        Http first;
        QCOMPARE(accept(first, invite(email, QStringLiteral("viewer")), email).status, 200);
        auto signIn = [&](const QByteArray &password) {
            Http h;
            h.base = d.url;
            const HttpResult s =
                h.post(QStringLiteral("/v1/sessions"),
                       body({{QStringLiteral("email"), email},
                             {QStringLiteral("password"), QString::fromUtf8(password)}}));
            h.token = s.data().value(QLatin1String("token")).toString().toLatin1();
            return std::make_pair(s.status, h.token);
        };
        const auto second = signIn(kPassword);
        QCOMPARE(second.first, 200);
        auto change = [&](const QString &current, const QString &next) {
            return first.post(QStringLiteral("/v1/sessions/current/password"),
                              body({{QStringLiteral("current_password"), current},
                                    {QStringLiteral("new_password"), next}}));
        };
        const HttpResult wrong =
            change(QStringLiteral("not the password"), QStringLiteral("a brand new password"));
        QCOMPARE(wrong.status, 401);
        QCOMPARE(wrong.code(), QStringLiteral("invalid_credentials"));
        QCOMPARE(change(QString::fromUtf8(kPassword), QStringLiteral("short")).status, 400);
        QCOMPARE(
            change(QString::fromUtf8(kPassword), QStringLiteral("a brand new password")).status,
            200);
        // This session goes on; the other one has ended; the old password no longer opens one.
        QCOMPARE(first.get(QStringLiteral("/v1/members")).status, 200);
        Http other;
        other.base = d.url;
        other.token = second.second;
        QCOMPARE(other.get(QStringLiteral("/v1/members")).status, 401);
        QCOMPARE(signIn(kPassword).first, 401);
        QCOMPARE(signIn("a brand new password").first, 200);
        // A key cannot.
        const HttpResult made =
            owner.post(QStringLiteral("/v1/api-keys"),
                       body({{QStringLiteral("name"), QStringLiteral("pw bot")},
                             {QStringLiteral("scopes"), QJsonArray{QStringLiteral("keys.read")}}}));
        Http key;
        key.base = d.url;
        key.token = made.data().value(QLatin1String("secret")).toString().toLatin1();
        const HttpResult byKey =
            key.post(QStringLiteral("/v1/sessions/current/password"),
                     body({{QStringLiteral("current_password"), QStringLiteral("x")},
                           {QStringLiteral("new_password"), QStringLiteral("yyyyyyyyyyyyyyyy")}}));
        QCOMPARE(byKey.status, 403);
        QCOMPARE(byKey.code(), QStringLiteral("permission_denied"));
        QCOMPARE(key.post(QStringLiteral("/v1/workspaces"),
                          body({{QStringLiteral("name"), QStringLiteral("bot's")}}))
                     .code(),
                 QStringLiteral("permission_denied"));
    }

    void operatorsManageMembersFromTheCommandLine()
    {
        const QString ws = owner.get(QStringLiteral("/v1/workspaces"))
                               .json.value(QLatin1String("data"))
                               .toArray()
                               .first()[QLatin1String("id")]
                               .toString();
        QByteArray out, err;
        // list
        QCOMPARE(d.command({QStringLiteral("member"), QStringLiteral("list"),
                            QStringLiteral("--workspace"), ws},
                           {}, &out, &err),
                 0);
        QVERIFY2(out.contains(kOwner.toLatin1()) && out.contains(" owner "), out.constData());
        // add: an invitation whose token works once
        const QString email = QStringLiteral("cli@members.test");
        QCOMPARE(d.command({QStringLiteral("member"), QStringLiteral("add"),
                            QStringLiteral("--workspace"), ws, QStringLiteral("--email"), email,
                            QStringLiteral("--role"), QStringLiteral("developer")},
                           {}, &out, &err),
                 0);
        const int at = out.indexOf("lki_");
        QVERIFY2(at >= 0, out.constData());
        const QByteArray token = out.mid(at, 44);
        tokensSeen << QString::fromLatin1(token);
        Http cli;
        QCOMPARE(accept(cli, token, email).status, 200);
        // set-role, and the last owner stays (exit 2, the reason on standard error)
        QCOMPARE(d.command({QStringLiteral("member"), QStringLiteral("set-role"),
                            QStringLiteral("--workspace"), ws, QStringLiteral("--email"), email,
                            QStringLiteral("--role"), QStringLiteral("viewer")},
                           {}, &out, &err),
                 0);
        QCOMPARE(cli.post(QStringLiteral("/v1/api-keys"),
                          body({{QStringLiteral("name"), QStringLiteral("x")},
                                {QStringLiteral("scopes"),
                                 QJsonArray{QStringLiteral("service.forms.read")}}}))
                     .code(),
                 QStringLiteral("permission_denied"));
        QCOMPARE(d.command({QStringLiteral("member"), QStringLiteral("remove"),
                            QStringLiteral("--workspace"), ws, QStringLiteral("--email"), kOwner},
                           {}, &out, &err),
                 2);
        QVERIFY2(err.contains("owner"), err.constData());
        // Bad usage names what is wrong.
        QCOMPARE(d.command({QStringLiteral("member"), QStringLiteral("set-role"),
                            QStringLiteral("--workspace"), ws, QStringLiteral("--email"), email,
                            QStringLiteral("--role"), QStringLiteral("root")},
                           {}, &out, &err),
                 2);
        QVERIFY2(err.contains("--role"), err.constData());
        QCOMPARE(d.command({QStringLiteral("member"), QStringLiteral("list"),
                            QStringLiteral("--workspace"), QStringLiteral("ws_nope")},
                           {}, &out, &err),
                 2);
        QVERIFY2(err.contains("ws_nope"), err.constData());
        // remove: the next call is 401
        QCOMPARE(d.command({QStringLiteral("member"), QStringLiteral("remove"),
                            QStringLiteral("--workspace"), ws, QStringLiteral("--email"), email},
                           {}, &out, &err),
                 0);
        QCOMPARE(cli.get(QStringLiteral("/v1/members")).status, 401);
    }

    void passwdResetsALostPassword()
    {
        Http before;
        before.base = d.url;
        const QString email = QStringLiteral("admin@members.test");
        QCOMPARE(admin.get(QStringLiteral("/v1/workspaces")).status, 200);
        QByteArray out, err;
        QCOMPARE(d.command({QStringLiteral("passwd"), QStringLiteral("--email"), email,
                            QStringLiteral("--password-stdin")},
                           "too short\n", &out, &err),
                 2);
        QCOMPARE(
            d.command({QStringLiteral("passwd"), QStringLiteral("--email"),
                       QStringLiteral("nobody@members.test"), QStringLiteral("--password-stdin")},
                      "a recovered password\n", &out, &err),
            2);
        QCOMPARE(d.command({QStringLiteral("passwd"), QStringLiteral("--email"), email,
                            QStringLiteral("--password-stdin")},
                           "a recovered password\n", &out, &err),
                 0);
        QVERIFY(!out.contains("recovered") && !err.contains("recovered"));
        QCOMPARE(admin.get(QStringLiteral("/v1/workspaces")).status, 401); // sessions ended
        const HttpResult s = before.post(
            QStringLiteral("/v1/sessions"),
            body({{QStringLiteral("email"), email},
                  {QStringLiteral("password"), QStringLiteral("a recovered password")}}));
        QCOMPARE(s.status, 200);
        admin.token = s.data().value(QLatin1String("token")).toString().toLatin1();
    }

    void everyChangeIsAudited()
    {
        QByteArray all;
        QString after;
        for (int page = 0; page < 20; ++page) {
            const HttpResult a = owner.get(
                QStringLiteral("/v1/audit-events?limit=100") +
                (after.isEmpty() ? QString() : QStringLiteral("&starting_after=") + after));
            QCOMPARE(a.status, 200);
            all += a.body;
            const QJsonArray items = a.json.value(QLatin1String("data")).toArray();
            if (!items.isEmpty())
                after = items.last()[QLatin1String("id")].toString();
            if (!a.json.value(QLatin1String("has_more")).toBool())
                break;
        }
        for (const char *action :
             {"member.invited", "member.joined", "member.role_changed", "member.removed",
              "invitation.withdrawn", "service.status_changed", "password.changed"})
            QVERIFY2(all.contains(QByteArray("\"") + action + '"'), action);
        QVERIFY(!tokensSeen.isEmpty());
        for (const QString &token : std::as_const(tokensSeen))
            QVERIFY2(!all.contains(token.mid(4).toLatin1()),
                     "an invitation token in the audit log");
        const HttpResult chain = owner.get(QStringLiteral("/v1/audit-events/verify"));
        QCOMPARE(chain.data().value(QLatin1String("intact")).toBool(), true);
    }

    void cleanupTestCase() { QCOMPARE(d.terminate(), 0); }
};

QTEST_GUILESS_MAIN(TestMembers)
#include "tst_members.moc"
