// SPDX-License-Identifier: MIT
// The one authorization point (core/authorization.h), as a table: each role and a key with
// each management scope, against every operation → allowed, or the exact 403 code. The
// expected table is written out here by hand from docs/teams.md (role table, members only),
// not computed, so a change to either side shows up as a failing cell.
#include "core/apierror.h"
#include "core/authorization.h"

#include <QTest>

using namespace latchkey;

namespace {

// Columns of the table, in the order of the strings below.
const QStringList kActors = {
    QStringLiteral("owner"),         QStringLiteral("admin"),          QStringLiteral("developer"),
    QStringLiteral("viewer"),        QStringLiteral("keys.read"),      QStringLiteral("keys.write"),
    QStringLiteral("webhooks.read"), QStringLiteral("webhooks.write"), QStringLiteral("audit.read"),
};

Actor actorFor(const QString &column)
{
    if (auto role = roleFromString(column))
        return Actor::member(QStringLiteral("usr_me"), QStringLiteral("me@example.com"),
                             QStringLiteral("ws_1"), *role);
    return Actor::key(QStringLiteral("key_1"), QStringLiteral("sk_live_…abcd"),
                      QStringLiteral("ws_1"), Environment::Live, {column});
}

// One row per operation: "." allowed, "P" 403 permission_denied, "S" 403 insufficient_scope.
//                                   owner admin developer viewer | keys: k.r k.w w.r w.w a.r
const QList<std::pair<Operation, const char *>> kTable = {
    {Operation::ListScopes, /*              */ "....|.SSSS"},
    {Operation::ListKeys, /*                */ "....|.SSSS"},
    {Operation::ReadKey, /*                 */ "....|.SSSS"},
    {Operation::CreateKey, /*               */ "...P|S.SSS"},
    {Operation::UpdateKey, /*               */ "...P|S.SSS"},
    {Operation::RevokeKey, /*               */ "...P|S.SSS"},
    {Operation::RollKey, /*                 */ "...P|S.SSS"},
    {Operation::ListWebhookEndpoints, /*    */ "..P.|SS.SS"},
    {Operation::ReadWebhookEndpoint, /*     */ "..P.|SS.SS"},
    {Operation::CreateWebhookEndpoint, /*   */ "..PP|SSS.S"},
    {Operation::DeleteWebhookEndpoint, /*   */ "..PP|SSS.S"},
    {Operation::RotateWebhookSecret, /*     */ "..PP|SSS.S"},
    {Operation::TestWebhookEndpoint, /*     */ "..PP|SSS.S"},
    {Operation::ReadAudit, /*               */ "..P.|SSSS."},
    {Operation::VerifyAuditChain, /*        */ "..P.|SSSS."},
    {Operation::ListMembers, /*             */ "....|PPPPP"},
    {Operation::InviteMember, /*            */ "..PP|PPPPP"},
    {Operation::ListInvitations, /*         */ "..PP|PPPPP"},
    {Operation::WithdrawInvitation, /*      */ "..PP|PPPPP"},
    {Operation::ChangeMemberRole, /*        */ "..PP|PPPPP"},
    {Operation::RemoveMember, /*            */ "..PP|PPPPP"},
    {Operation::LeaveWorkspace, /*          */ "....|PPPPP"},
    {Operation::CreateWorkspace, /*         */ "....|PPPPP"},
    {Operation::RenameWorkspace, /*         */ ".PPP|PPPPP"},
    {Operation::SetServiceStatus, /*        */ ".PPP|PPPPP"},
    {Operation::ChangePassword, /*          */ "....|PPPPP"},
};

Actor member(Role role, const QString &id = QStringLiteral("usr_me"))
{
    return Actor::member(id, QStringLiteral("me@example.com"), QStringLiteral("ws_1"), role);
}

} // namespace

class TestAuthorization : public QObject
{
    Q_OBJECT

private slots:
    void tableCoversEveryOperation()
    {
        QList<Operation> listed;
        for (const auto &[op, row] : kTable)
            listed.append(op);
        QCOMPARE(listed, allOperations());
        QSet<QString> names;
        for (Operation op : allOperations())
            names.insert(operationName(op));
        QCOMPARE(names.size(), allOperations().size()); // names are distinct
    }

    void matrix_data()
    {
        QTest::addColumn<int>("operation");
        QTest::addColumn<QString>("actor");
        QTest::addColumn<QString>("expected"); // "" or the 403 code
        for (const auto &[op, row] : kTable) {
            const QString cells = QString::fromLatin1(row).remove(u'|');
            QVERIFY(cells.size() == kActors.size());
            for (qsizetype i = 0; i < kActors.size(); ++i) {
                const QChar c = cells[i];
                const QString code = c == u'.'   ? QString()
                                     : c == u'P' ? QStringLiteral("permission_denied")
                                                 : QStringLiteral("insufficient_scope");
                QTest::addRow("%s by %s", qPrintable(operationName(op)), qPrintable(kActors[i]))
                    << int(op) << kActors[i] << code;
            }
        }
    }

    void matrix()
    {
        QFETCH(int, operation);
        QFETCH(QString, actor);
        QFETCH(QString, expected);
        const Status s = Authorization::authorize(ScopeCatalog::builtin(), actorFor(actor),
                                                  Operation(operation));
        if (expected.isEmpty()) {
            QVERIFY2(s.ok(), s.ok() ? "" : qPrintable(s.error().message));
            return;
        }
        QVERIFY(!s.ok());
        QCOMPARE(s.error().status, 403);
        QCOMPARE(s.error().code, expected);
        QVERIFY(!s.error().message.isEmpty());
    }

    void platformAdminMayDoEverything()
    {
        Actor admin;
        admin.kind = Actor::Kind::PlatformAdmin;
        for (Operation op : allOperations())
            QVERIFY2(Authorization::authorize(ScopeCatalog::builtin(), admin, op).ok(),
                     qPrintable(operationName(op)));
    }

    void invitationsStayWithinRank_data()
    {
        QTest::addColumn<int>("inviter");
        QTest::addColumn<int>("invited");
        QTest::addColumn<bool>("allowed");
        const Role roles[] = {Role::Owner, Role::Admin, Role::Developer, Role::Viewer};
        for (Role by : roles)
            for (Role as : roles)
                QTest::addRow("%s invites %s", qPrintable(name(by)), qPrintable(name(as)))
                    << int(by)
                    << int(as)
                    // owners and admins only; nobody above themselves (so only owners invite
                    // owners)
                    << (rank(by) >= rank(Role::Admin) && rank(as) <= rank(by));
    }

    void invitationsStayWithinRank()
    {
        QFETCH(int, inviter);
        QFETCH(int, invited);
        QFETCH(bool, allowed);
        const Status s = Authorization::authorizeInvitation(ScopeCatalog::builtin(),
                                                            member(Role(inviter)), Role(invited));
        QCOMPARE(s.ok(), allowed);
        if (!allowed)
            QCOMPARE(s.error().code, QStringLiteral("permission_denied"));
    }

    void roleChanges()
    {
        const auto &catalog = ScopeCatalog::builtin();
        // An admin: not an owner's role, and never to owner.
        QVERIFY(!Authorization::authorizeRoleChange(catalog, member(Role::Admin), Role::Owner,
                                                    Role::Viewer)
                     .ok());
        QVERIFY(!Authorization::authorizeRoleChange(catalog, member(Role::Admin), Role::Viewer,
                                                    Role::Owner)
                     .ok());
        QVERIFY(Authorization::authorizeRoleChange(catalog, member(Role::Admin), Role::Viewer,
                                                   Role::Admin)
                    .ok());
        // An owner: anything, another owner included.
        QVERIFY(Authorization::authorizeRoleChange(catalog, member(Role::Owner), Role::Owner,
                                                   Role::Developer)
                    .ok());
        // A developer: nothing.
        const Status dev = Authorization::authorizeRoleChange(catalog, member(Role::Developer),
                                                              Role::Viewer, Role::Viewer);
        QVERIFY(!dev.ok());
        QCOMPARE(dev.error().code, QStringLiteral("permission_denied"));
        // What a role combo offers.
        QCOMPARE(Authorization::grantableRoles(catalog, member(Role::Admin)),
                 QList<Role>({Role::Admin, Role::Developer, Role::Viewer}));
        QCOMPARE(Authorization::grantableRoles(catalog, member(Role::Owner)).size(), 4);
        QVERIFY(Authorization::grantableRoles(catalog, member(Role::Developer)).isEmpty());
        QVERIFY(Authorization::grantableRoles(catalog, actorFor(QStringLiteral("keys.write")))
                    .isEmpty());
    }

    void removals()
    {
        const auto &catalog = ScopeCatalog::builtin();
        // Everyone may leave.
        QVERIFY(Authorization::authorizeRemoval(catalog, member(Role::Viewer),
                                                QStringLiteral("usr_me"), Role::Viewer)
                    .ok());
        // Someone else: owners and admins; an admin not an owner.
        QVERIFY(!Authorization::authorizeRemoval(catalog, member(Role::Developer),
                                                 QStringLiteral("usr_2"), Role::Viewer)
                     .ok());
        QVERIFY(!Authorization::authorizeRemoval(catalog, member(Role::Viewer),
                                                 QStringLiteral("usr_2"), Role::Viewer)
                     .ok());
        QVERIFY(Authorization::authorizeRemoval(catalog, member(Role::Admin),
                                                QStringLiteral("usr_2"), Role::Developer)
                    .ok());
        QVERIFY(!Authorization::authorizeRemoval(catalog, member(Role::Admin),
                                                 QStringLiteral("usr_2"), Role::Owner)
                     .ok());
        QVERIFY(Authorization::authorizeRemoval(catalog, member(Role::Owner),
                                                QStringLiteral("usr_2"), Role::Owner)
                    .ok());
        // A key never, even "itself".
        const Status byKey = Authorization::authorizeRemoval(
            catalog, actorFor(QStringLiteral("keys.write")), QStringLiteral("key_1"), Role::Viewer);
        QVERIFY(!byKey.ok());
        QCOMPARE(byKey.error().code, QStringLiteral("permission_denied"));
    }
};

QTEST_GUILESS_MAIN(TestAuthorization)
#include "tst_authorization.moc"
