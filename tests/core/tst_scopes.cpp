// SPDX-License-Identifier: MIT
// Scopes: syntax, matching, the catalog (built-in and operator files), the role table and the
// one no-escalation rule.
#include "core/scopes.h"

#include <QFile>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace latchkey;
using Reason = ScopeDenial::Reason;

namespace {

QString reasonName(Reason r)
{
    switch (r) {
    case Reason::InvalidSyntax:
        return QStringLiteral("InvalidSyntax");
    case Reason::Unknown:
        return QStringLiteral("Unknown");
    case Reason::Reserved:
        return QStringLiteral("Reserved");
    case Reason::NotHeld:
        return QStringLiteral("NotHeld");
    case Reason::NotPublicSafe:
        return QStringLiteral("NotPublicSafe");
    case Reason::WrongService:
        return QStringLiteral("WrongService");
    }
    return QStringLiteral("?");
}

QStringList list(std::initializer_list<const char *> items)
{
    QStringList out;
    for (const char *s : items)
        out << QString::fromLatin1(s);
    return out;
}

/// A minimal valid catalog with \p extra spliced into the services list's first service's
/// actions; used as the base of the malformed-catalog table.
QByteArray management()
{
    return R"("management": [
        {"scope": "keys.read", "description": "r"},
        {"scope": "keys.write", "description": "w"},
        {"scope": "webhooks.read", "description": "r"},
        {"scope": "webhooks.write", "description": "w"},
        {"scope": "audit.read", "description": "r"}])";
}

QByteArray catalogWith(const QByteArray &services, const QByteArray &extraManagement = {})
{
    QByteArray m = management();
    if (!extraManagement.isEmpty())
        m.insert(m.lastIndexOf(']'), ", " + extraManagement);
    return R"({"version": 1, "services": )" + services + ", " + m + "}";
}

const QByteArray kFormsService =
    R"([{"id": "forms", "name": "Forms", "actions": [
          {"action": "submit", "description": "s", "public_safe": true},
          {"action": "manage", "description": "m", "privileged": true}]}])";

} // namespace

class TestScopes : public QObject
{
    Q_OBJECT

private slots:
    void syntax_data();
    void syntax();
    void covers_data();
    void covers();
    void scopeSet_data();
    void scopeSet();
    void builtinCatalog();
    void builtinFlags_data();
    void builtinFlags();
    void expand_data();
    void expand();
    void fromJsonAcceptsAMinimalCatalog();
    void fromJsonErrors_data();
    void fromJsonErrors();
    void loadFile();
    void roleTable_data();
    void roleTable();
    void roleTableOnACustomCatalog();
    void ungrantable_data();
    void ungrantable();
    void everyCatalogScopeHasAReasonForEveryGrantor();
    void invalidScopesAreNotEchoedWhenTheyLookLikeSecrets();
    void toApiErrorMapsReasons_data();
    void toApiErrorMapsReasons();
};

// Syntax and matching -----------------------------------------------------------------------

void TestScopes::syntax_data()
{
    QTest::addColumn<QString>("scope");
    QTest::addColumn<bool>("valid");
    QTest::newRow("action") << "service.forms.submit" << true;
    QTest::newRow("management") << "keys.read" << true;
    QTest::newRow("single-segment") << "audit" << true;
    QTest::newRow("underscore-dash-digit") << "service.pay_ments-2.create_intent" << true;
    QTest::newRow("wildcard-last") << "service.forms.*" << true;
    QTest::newRow("wildcard-second") << "service.*" << true;
    QTest::newRow("star") << "*" << true;
    QTest::newRow("empty") << "" << false;
    QTest::newRow("uppercase") << "Service.Forms" << false;
    QTest::newRow("uppercase-action") << "service.forms.Submit" << false;
    QTest::newRow("leading-dot") << ".keys.read" << false;
    QTest::newRow("trailing-dot") << "keys.read." << false;
    QTest::newRow("double-dot") << "keys..read" << false;
    QTest::newRow("wildcard-middle") << "service.*.submit" << false;
    QTest::newRow("wildcard-partial") << "service.forms.sub*" << false;
    QTest::newRow("star-dot") << "*.read" << false;
    QTest::newRow("double-star") << "**" << false;
    QTest::newRow("space") << "keys.read " << false;
    QTest::newRow("slash") << "keys/read" << false;
    QTest::newRow("unicode") << QStringLiteral("keys.r\u00e9ad") << false;
    QTest::newRow("too-long") << QString(QStringLiteral("a.").repeated(150) + QStringLiteral("b"))
                              << false;
}

void TestScopes::syntax()
{
    QFETCH(QString, scope);
    QFETCH(bool, valid);
    QCOMPARE(isValidScopeSyntax(scope), valid);
}

void TestScopes::covers_data()
{
    QTest::addColumn<QString>("held");
    QTest::addColumn<QString>("requested");
    QTest::addColumn<bool>("covered");
    QTest::newRow("exact") << "service.forms.submit"
                           << "service.forms.submit" << true;
    QTest::newRow("exact-other") << "service.forms.submit"
                                 << "service.forms.read" << false;
    QTest::newRow("wildcard-action") << "service.forms.*"
                                     << "service.forms.submit" << true;
    QTest::newRow("wildcard-deeper") << "service.forms.*"
                                     << "service.forms.a.b" << true;
    QTest::newRow("wildcard-itself") << "service.forms.*"
                                     << "service.forms.*" << true;
    QTest::newRow("wildcard-not-parent") << "service.forms.*"
                                         << "service.forms" << false;
    QTest::newRow("wildcard-not-prefix-word") << "service.forms.*"
                                              << "service.formsx.submit" << false;
    QTest::newRow("near-miss-singular") << "service.form.*"
                                        << "service.forms.submit" << false;
    QTest::newRow("wildcard-other-service") << "service.forms.*"
                                            << "service.bookings.read" << false;
    QTest::newRow("service-wildcard") << "service.*"
                                      << "service.bookings.read" << true;
    QTest::newRow("service-wildcard-pattern") << "service.*"
                                              << "service.forms.*" << true;
    QTest::newRow("service-wildcard-not-keys") << "service.*"
                                               << "keys.read" << false;
    QTest::newRow("narrow-does-not-cover-wide") << "service.forms.*"
                                                << "service.*" << false;
    QTest::newRow("exact-does-not-cover-pattern") << "service.forms.submit"
                                                  << "service.forms.*" << false;
    QTest::newRow("star-covers-action") << "*"
                                        << "service.forms.submit" << true;
    QTest::newRow("star-covers-management") << "*"
                                            << "audit.read" << true;
    QTest::newRow("star-covers-star") << "*"
                                      << "*" << true;
    QTest::newRow("pattern-does-not-cover-star") << "service.*"
                                                 << "*" << false;
    QTest::newRow("action-does-not-cover-star") << "keys.read"
                                                << "*" << false;
    QTest::newRow("prefix-without-dot") << "keys.rea"
                                        << "keys.read" << false;
    QTest::newRow("longer-than-held") << "keys.read"
                                      << "keys.read.all" << false;
    QTest::newRow("case-sensitive") << "keys.read"
                                    << "Keys.Read" << false;
    QTest::newRow("empty-held") << ""
                                << "keys.read" << false;
    QTest::newRow("empty-requested") << "keys.*"
                                     << "" << false;
}

void TestScopes::covers()
{
    QFETCH(QString, held);
    QFETCH(QString, requested);
    QFETCH(bool, covered);
    QCOMPARE(scopeCovers(held, requested), covered);
}

void TestScopes::scopeSet_data()
{
    QTest::addColumn<QStringList>("held");
    QTest::addColumn<QString>("requested");
    QTest::addColumn<bool>("covered");
    const QStringList ci = list({"keys.read", "keys.write", "service.forms.*"});
    QTest::newRow("empty-set") << QStringList{} << "keys.read" << false;
    QTest::newRow("first") << ci << "keys.read" << true;
    QTest::newRow("second") << ci << "keys.write" << true;
    QTest::newRow("via-pattern") << ci << "service.forms.export" << true;
    QTest::newRow("pattern-itself") << ci << "service.forms.*" << true;
    QTest::newRow("not-held") << ci << "service.bookings.read" << false;
    QTest::newRow("not-star") << ci << "*" << false;
    QTest::newRow("not-webhooks") << ci << "webhooks.write" << false;
    QTest::newRow("star-set") << list({"*"}) << "webhooks.write" << true;
    QTest::newRow("near-miss") << list({"service.form.*"}) << "service.forms.submit" << false;
}

void TestScopes::scopeSet()
{
    QFETCH(QStringList, held);
    QFETCH(QString, requested);
    QFETCH(bool, covered);
    const ScopeSet set(held);
    QCOMPARE(set.covers(requested), covered);
    QCOMPARE(set.isEmpty(), held.isEmpty());
    QCOMPARE(set.toStringList(), held);
    QVERIFY(set == ScopeSet(held));
    QVERIFY(!(set == ScopeSet(held + list({"audit.read"}))));
}

// The catalog -------------------------------------------------------------------------------

void TestScopes::builtinCatalog()
{
    const ScopeCatalog &c = ScopeCatalog::builtin();
    QCOMPARE(&c, &ScopeCatalog::builtin()); // loaded once
    QCOMPARE(c.services(), list({"forms", "bookings", "payments"}));
    QCOMPARE(c.serviceName(QStringLiteral("forms")), QStringLiteral("Forms"));
    QCOMPARE(c.serviceName(QStringLiteral("nope")), QStringLiteral("nope"));
    QVERIFY(c.hasService(QStringLiteral("payments")));
    QVERIFY(!c.hasService(QStringLiteral("form")));
    QVERIFY(!c.hasService(QString()));
    QVERIFY(c.find(u"*") == nullptr);
    QVERIFY(c.find(u"service.forms.*") == nullptr);
    QVERIFY(c.find(u"service.forms") == nullptr);

    QSet<QString> seen;
    for (const ScopeInfo &s : c.scopes()) {
        QVERIFY2(isValidScopeSyntax(s.scope), qPrintable(s.scope));
        QVERIFY2(!s.scope.contains(u'*'), qPrintable(s.scope));
        QVERIFY2(!seen.contains(s.scope), qPrintable(s.scope));
        seen.insert(s.scope);
        QVERIFY2(!s.description.trimmed().isEmpty(), qPrintable(s.scope));
        QVERIFY2(!(s.publicSafe && s.privileged), qPrintable(s.scope));
        QCOMPARE(c.find(s.scope), &s);
        if (s.service.isEmpty()) {
            QVERIFY(!s.scope.startsWith(u"service."));
            QVERIFY2(!s.publicSafe, qPrintable(s.scope));
        } else {
            QVERIFY(c.hasService(s.service));
            QVERIFY(s.scope.startsWith(QStringLiteral("service.") + s.service + u'.'));
        }
    }
    // every service has at least one public-safe and one privileged action
    for (const QString &service : c.services()) {
        bool anySafe = false, anyPrivileged = false;
        for (const ScopeInfo &s : c.scopes()) {
            if (s.service == service) {
                anySafe = anySafe || s.publicSafe;
                anyPrivileged = anyPrivileged || s.privileged;
            }
        }
        QVERIFY2(anySafe && anyPrivileged, qPrintable(service));
    }
}

void TestScopes::builtinFlags_data()
{
    QTest::addColumn<QString>("scope");
    QTest::addColumn<QString>("service");
    QTest::addColumn<bool>("publicSafe");
    QTest::addColumn<bool>("privileged");
    QTest::newRow("forms.read") << "service.forms.read"
                                << "forms" << true << false;
    QTest::newRow("forms.submit") << "service.forms.submit"
                                  << "forms" << true << false;
    QTest::newRow("forms.export") << "service.forms.export"
                                  << "forms" << false << false;
    QTest::newRow("forms.manage") << "service.forms.manage"
                                  << "forms" << false << true;
    QTest::newRow("bookings.read") << "service.bookings.read"
                                   << "bookings" << true << false;
    QTest::newRow("bookings.create") << "service.bookings.create"
                                     << "bookings" << true << false;
    QTest::newRow("bookings.cancel") << "service.bookings.cancel"
                                     << "bookings" << false << false;
    QTest::newRow("bookings.manage") << "service.bookings.manage"
                                     << "bookings" << false << true;
    QTest::newRow("payments.read") << "service.payments.read"
                                   << "payments" << false << false;
    QTest::newRow("payments.create_intent") << "service.payments.create_intent"
                                            << "payments" << true << false;
    QTest::newRow("payments.refund") << "service.payments.refund"
                                     << "payments" << false << true;
    QTest::newRow("payments.manage") << "service.payments.manage"
                                     << "payments" << false << true;
    for (const char *m :
         {"keys.read", "keys.write", "webhooks.read", "webhooks.write", "audit.read"})
        QTest::newRow(m) << QString::fromLatin1(m) << QString() << false << false;
}

void TestScopes::builtinFlags()
{
    QFETCH(QString, scope);
    QFETCH(QString, service);
    QFETCH(bool, publicSafe);
    QFETCH(bool, privileged);
    const ScopeInfo *info = ScopeCatalog::builtin().find(scope);
    QVERIFY2(info, qPrintable(scope));
    QCOMPARE(info->scope, scope);
    QCOMPARE(info->service, service);
    QCOMPARE(info->publicSafe, publicSafe);
    QCOMPARE(info->privileged, privileged);
}

void TestScopes::expand_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("exact") << "service.forms.submit" << list({"service.forms.submit"});
    QTest::newRow("management") << "keys.write" << list({"keys.write"});
    QTest::newRow("forms") << "service.forms.*"
                           << list({"service.forms.read", "service.forms.submit",
                                    "service.forms.export", "service.forms.write",
                                    "service.forms.manage"});
    QTest::newRow("keys") << "keys.*" << list({"keys.read", "keys.write"});
    QTest::newRow("unknown-exact") << "service.forms.fly" << QStringList{};
    QTest::newRow("unknown-service") << "service.nope.*" << QStringList{};
    QTest::newRow("near-miss") << "service.form.*" << QStringList{};
    QTest::newRow("below-action") << "service.forms.submit.*" << QStringList{};
    QTest::newRow("invalid") << "Service.Forms.*" << QStringList{};
    QTest::newRow("parent") << "service.forms" << QStringList{};
}

void TestScopes::expand()
{
    QFETCH(QString, pattern);
    QFETCH(QStringList, expected);
    QCOMPARE(ScopeCatalog::builtin().expand(pattern), expected);
}

void TestScopes::fromJsonAcceptsAMinimalCatalog()
{
    auto c = ScopeCatalog::fromJson(catalogWith(
        R"([{"id": "chat", "actions": [{"action": "send", "description": "Send messages."}]}])",
        R"({"scope": "billing.read", "description": "Read invoices.", "privileged": true})"));
    QVERIFY2(c.ok(), qPrintable(c.ok() ? QString() : c.error().message));
    QCOMPARE(c->services(), list({"chat"}));
    QCOMPARE(c->serviceName(QStringLiteral("chat")), QStringLiteral("chat")); // name optional
    const ScopeInfo *send = c->find(u"service.chat.send");
    QVERIFY(send);
    QCOMPARE(send->service, QStringLiteral("chat"));
    QCOMPARE(send->description, QStringLiteral("Send messages."));
    QVERIFY(!send->publicSafe); // flags default to false
    QVERIFY(!send->privileged);
    QVERIFY(c->find(u"billing.read"));
    QVERIFY(c->find(u"billing.read")->privileged);
    QCOMPARE(c->scopes().size(), 7);
    QCOMPARE(c->scopes().first().scope, QStringLiteral("service.chat.send")); // file order
    QCOMPARE(c->expand(u"*").size(), 7);
}

void TestScopes::fromJsonErrors_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("param");
    QTest::addColumn<QString>("mentions");

    QTest::newRow("syntax") << QByteArray("{\"version\": 1,\n  \"services\": [}") << ""
                            << "line 2";
    QTest::newRow("not-object") << QByteArray("[]") << ""
                                << "object";
    QTest::newRow("empty") << QByteArray() << ""
                           << "JSON";
    QTest::newRow("version-missing")
        << QByteArray(R"({"services": [], )" + management() + "}") << "version"
        << "missing";
    QTest::newRow("version-string")
        << QByteArray(R"({"version": "1", "services": [], )" + management() + "}") << "version"
        << "number";
    QTest::newRow("version-2") << QByteArray(R"({"version": 2, "services": [], )" + management() +
                                             "}")
                               << "version"
                               << "2";
    QTest::newRow("unknown-root-field")
        << QByteArray(R"({"version": 1, "extra": 1, "services": [], )" + management() + "}")
        << "extra"
        << "extra";
    QTest::newRow("services-missing")
        << QByteArray(R"({"version": 1, )" + management() + "}") << "services"
        << "missing";
    QTest::newRow("services-object") << catalogWith("{}") << "services"
                                     << "array";
    QTest::newRow("service-not-object") << catalogWith("[1]") << "services[0]"
                                        << "object";
    QTest::newRow("service-id-missing")
        << catalogWith(R"([{"actions": [{"action": "a", "description": "d"}]}])")
        << "services[0].id"
        << "missing";
    QTest::newRow("service-id-uppercase")
        << catalogWith(R"([{"id": "Forms", "actions": [{"action": "a", "description": "d"}]}])")
        << "services[0].id"
        << "Forms";
    QTest::newRow("service-id-dotted")
        << catalogWith(R"([{"id": "a.b", "actions": [{"action": "a", "description": "d"}]}])")
        << "services[0].id"
        << "a.b";
    QTest::newRow("service-duplicate")
        << catalogWith(R"([{"id": "x", "actions": [{"action": "a", "description": "d"}]},
                           {"id": "x", "actions": [{"action": "b", "description": "d"}]}])")
        << "services[1].id"
        << "twice";
    QTest::newRow("service-name-number")
        << catalogWith(
               R"([{"id": "x", "name": 5, "actions": [{"action": "a", "description": "d"}]}])")
        << "services[0].name"
        << "string";
    QTest::newRow("actions-empty")
        << catalogWith(R"([{"id": "x", "actions": []}])") << "services[0].actions"
        << "at least one";
    QTest::newRow("actions-missing") << catalogWith(R"([{"id": "x"}])") << "services[0].actions"
                                     << "missing";
    QTest::newRow("action-not-object")
        << catalogWith(R"([{"id": "x", "actions": [{"action": "a", "description": "d"}]},
                           {"id": "y", "actions": ["read"]}])")
        << "services[1].actions[0]"
        << "object";
    QTest::newRow("action-uppercase")
        << catalogWith(R"([{"id": "x", "actions": [{"action": "a", "description": "d"}]},
                           {"id": "y", "actions": [{"action": "Submit", "description": "d"}]}])")
        << "services[1].actions[0].action"
        << "Submit";
    QTest::newRow("action-wildcard")
        << catalogWith(R"([{"id": "x", "actions": [{"action": "*", "description": "d"}]}])")
        << "services[0].actions[0].action"
        << "*";
    QTest::newRow("action-number")
        << catalogWith(R"([{"id": "x", "actions": [{"action": 3, "description": "d"}]}])")
        << "services[0].actions[0].action"
        << "string";
    QTest::newRow("action-duplicate")
        << catalogWith(R"([{"id": "x", "actions": [{"action": "a", "description": "d"},
                                                    {"action": "a", "description": "d"}]}])")
        << "services[0].actions[1].action"
        << "service.x.a";
    QTest::newRow("action-description-missing")
        << catalogWith(R"([{"id": "x", "actions": [{"action": "a"}]}])")
        << "services[0].actions[0].description"
        << "missing";
    QTest::newRow("action-description-empty")
        << catalogWith(R"([{"id": "x", "actions": [{"action": "a", "description": " "}]}])")
        << "services[0].actions[0].description"
        << "empty";
    QTest::newRow("public-safe-string")
        << catalogWith(
               R"([{"id": "x", "actions": [{"action": "a", "description": "d", "public_safe": "yes"}]}])")
        << "services[0].actions[0].public_safe"
        << "true or false";
    QTest::newRow("privileged-typo")
        << catalogWith(
               R"([{"id": "x", "actions": [{"action": "a", "description": "d", "priviledged": true}]}])")
        << "services[0].actions[0].priviledged"
        << "priviledged";
    QTest::newRow("privileged-and-public")
        << catalogWith(
               R"([{"id": "x", "actions": [{"action": "a", "description": "d", "public_safe": true, "privileged": true}]}])")
        << "services[0].actions[0].public_safe"
        << "privileged";
    QTest::newRow("management-missing")
        << QByteArray(R"({"version": 1, "services": []})") << "management"
        << "missing";
    QTest::newRow("management-not-object") << catalogWith("[]", "7") << "management[5]"
                                           << "object";
    QTest::newRow("management-uppercase")
        << catalogWith("[]", R"({"scope": "Billing.Read", "description": "d"})")
        << "management[5].scope"
        << "Billing.Read";
    QTest::newRow("management-wildcard")
        << catalogWith("[]", R"({"scope": "billing.*", "description": "d"})")
        << "management[5].scope"
        << "billing.*";
    QTest::newRow("management-service-prefix")
        << catalogWith("[]", R"({"scope": "service.x.y", "description": "d"})")
        << "management[5].scope"
        << "service";
    QTest::newRow("management-duplicate")
        << catalogWith("[]", R"({"scope": "keys.read", "description": "d"})")
        << "management[5].scope"
        << "twice";
    QTest::newRow("management-public-safe")
        << catalogWith("[]",
                       R"({"scope": "billing.read", "description": "d", "public_safe": true})")
        << "management[5].public_safe"
        << "public-safe";
    QTest::newRow("management-keys-write-missing")
        << QByteArray(R"({"version": 1, "services": [], "management": [
               {"scope": "keys.read", "description": "r"},
               {"scope": "webhooks.read", "description": "r"},
               {"scope": "webhooks.write", "description": "w"},
               {"scope": "audit.read", "description": "r"}]})")
        << "management"
        << "keys.write";
}

void TestScopes::fromJsonErrors()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, param);
    QFETCH(QString, mentions);
    auto c = ScopeCatalog::fromJson(json);
    QVERIFY(!c.ok());
    QCOMPARE(c.error().status, 400);
    QCOMPARE(c.error().code, QStringLiteral("invalid_request"));
    QCOMPARE(c.error().param, param);
    QVERIFY2(c.error().message.contains(mentions), qPrintable(c.error().message));
    if (!param.isEmpty())
        QVERIFY2(c.error().message.contains(param), qPrintable(c.error().message));
}

void TestScopes::loadFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString good = dir.filePath(QStringLiteral("scopes.json"));
    {
        QFile f(good);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(catalogWith(R"([{"id": "chat", "name": "Chat", "actions": [
            {"action": "read", "description": "Read the widget's settings.", "public_safe": true},
            {"action": "moderate", "description": "Ban users.", "privileged": true}]}])"));
    }
    auto c = ScopeCatalog::loadFile(good);
    QVERIFY2(c.ok(), qPrintable(c.ok() ? QString() : c.error().message));
    QCOMPARE(c->services(), list({"chat"}));
    QCOMPARE(c->serviceName(QStringLiteral("chat")), QStringLiteral("Chat"));
    QVERIFY(c->find(u"service.chat.moderate")->privileged);
    QVERIFY(c->find(u"service.chat.read")->publicSafe);
    QVERIFY(!c->find(u"service.forms.submit")); // not the built-in catalog
    // The rule applies to the loaded catalog.
    const auto denied = ungrantableScopes(*c, Grantor::member(Role::Developer),
                                          list({"service.chat.read", "service.chat.moderate"}));
    QCOMPARE(denied.size(), 1);
    QCOMPARE(denied.first().scope, QStringLiteral("service.chat.moderate"));
    QCOMPARE(denied.first().reason, Reason::NotHeld);

    const QString bad = dir.filePath(QStringLiteral("bad.json"));
    {
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(catalogWith(
            R"([{"id": "chat", "actions": [{"action": "Read", "description": "d"}]}])"));
    }
    auto broken = ScopeCatalog::loadFile(bad);
    QVERIFY(!broken.ok());
    QCOMPARE(broken.error().status, 400);
    QCOMPARE(broken.error().param, QStringLiteral("services[0].actions[0].action"));
    QVERIFY2(broken.error().message.contains(QStringLiteral("bad.json")),
             qPrintable(broken.error().message));
    QVERIFY2(broken.error().message.contains(QStringLiteral("services[0].actions[0].action")),
             qPrintable(broken.error().message));

    const QString missing = dir.filePath(QStringLiteral("missing.json"));
    auto none = ScopeCatalog::loadFile(missing);
    QVERIFY(!none.ok());
    QCOMPARE(none.error().status, 400);
    QVERIFY2(none.error().message.contains(QStringLiteral("missing.json")),
             qPrintable(none.error().message));
}

// Roles -------------------------------------------------------------------------------------

void TestScopes::roleTable_data()
{
    QTest::addColumn<QString>("scope");
    QTest::addColumn<bool>("owner");
    QTest::addColumn<bool>("admin");
    QTest::addColumn<bool>("developer");
    QTest::addColumn<bool>("viewer");
    // scope                                 owner  admin  developer viewer
    QTest::newRow("forms.read") << "service.forms.read" << true << true << true << true;
    QTest::newRow("forms.submit") << "service.forms.submit" << true << true << true << false;
    QTest::newRow("forms.export") << "service.forms.export" << true << true << true << false;
    QTest::newRow("forms.manage") << "service.forms.manage" << true << true << false << false;
    QTest::newRow("bookings.read") << "service.bookings.read" << true << true << true << true;
    QTest::newRow("bookings.cancel") << "service.bookings.cancel" << true << true << true << false;
    QTest::newRow("bookings.manage") << "service.bookings.manage" << true << true << false << false;
    QTest::newRow("payments.refund") << "service.payments.refund" << true << true << false << false;
    QTest::newRow("payments.create_intent")
        << "service.payments.create_intent" << true << true << true << false;
    QTest::newRow("keys.read") << "keys.read" << true << true << true << true;
    QTest::newRow("keys.write") << "keys.write" << true << true << true << false;
    QTest::newRow("webhooks.read") << "webhooks.read" << true << true << false << true;
    QTest::newRow("webhooks.write") << "webhooks.write" << true << true << false << false;
    QTest::newRow("audit.read") << "audit.read" << true << true << false << true;
    QTest::newRow("star") << "*" << false << false << false << false;
    QTest::newRow("pattern") << "service.forms.*" << false << false << false << false;
}

void TestScopes::roleTable()
{
    QFETCH(QString, scope);
    QFETCH(bool, owner);
    QFETCH(bool, admin);
    QFETCH(bool, developer);
    QFETCH(bool, viewer);
    const ScopeCatalog &c = ScopeCatalog::builtin();
    QCOMPARE(roleScopes(c, Role::Owner).contains(scope), owner);
    QCOMPARE(roleScopes(c, Role::Admin).contains(scope), admin);
    QCOMPARE(roleScopes(c, Role::Developer).contains(scope), developer);
    QCOMPARE(roleScopes(c, Role::Viewer).contains(scope), viewer);
    QCOMPARE(roleScopes(c, Role::Owner).size(), c.scopes().size());
}

void TestScopes::roleTableOnACustomCatalog()
{
    auto c = ScopeCatalog::fromJson(
        catalogWith(kFormsService, R"({"scope": "billing.read", "description": "Read invoices."},
                          {"scope": "billing.write", "description": "Change the plan."})"));
    QVERIFY(c.ok());
    // admin: service, keys, webhooks and audit scopes only
    QVERIFY(!roleScopes(*c, Role::Admin).contains(QStringLiteral("billing.read")));
    QVERIFY(roleScopes(*c, Role::Admin).contains(QStringLiteral("service.forms.manage")));
    QVERIFY(roleScopes(*c, Role::Owner).contains(QStringLiteral("billing.write")));
    QVERIFY(roleScopes(*c, Role::Viewer).contains(QStringLiteral("billing.read")));
    QVERIFY(!roleScopes(*c, Role::Viewer).contains(QStringLiteral("billing.write")));
    QVERIFY(!roleScopes(*c, Role::Developer).contains(QStringLiteral("billing.read")));
    const auto denied =
        ungrantableScopes(*c, Grantor::member(Role::Admin), list({"billing.write"}));
    QCOMPARE(denied.size(), 1);
    QCOMPARE(denied.first().reason, Reason::NotHeld);
    QVERIFY2(denied.first().message.contains(QStringLiteral("admin")),
             qPrintable(denied.first().message));
}

// The no-escalation rule --------------------------------------------------------------------

void TestScopes::ungrantable_data()
{
    QTest::addColumn<Grantor>("grantor");
    QTest::addColumn<QStringList>("requested");
    QTest::addColumn<KeyType>("type");
    QTest::addColumn<QString>("service");
    QTest::addColumn<QStringList>("denied"); ///< "scope=Reason", in request order
    QTest::addColumn<QString>("says");       ///< the first denial's message contains this

    const Grantor platform = Grantor::platformAdmin();
    const Grantor owner = Grantor::member(Role::Owner);
    const Grantor admin = Grantor::member(Role::Admin);
    const Grantor developer = Grantor::member(Role::Developer);
    const Grantor viewer = Grantor::member(Role::Viewer);
    const Grantor ci = Grantor::key(list({"keys.read", "keys.write", "service.forms.*"}));
    const Grantor reader = Grantor::key(list({"keys.read", "service.forms.*"}));
    const Grantor starKey = Grantor::key(list({"*"}));
    const Grantor formsByHand =
        Grantor::key(list({"keys.write", "service.forms.read", "service.forms.submit",
                           "service.forms.export", "service.forms.write", "service.forms.manage"}));
    const QStringList allService =
        list({"service.forms.*", "service.bookings.*", "service.payments.*"});
    const QStringList management =
        list({"keys.read", "keys.write", "webhooks.read", "webhooks.write", "audit.read"});
    const KeyType sk = KeyType::Secret;
    const KeyType pk = KeyType::Public;
    const QString none;
    const QString forms = QStringLiteral("forms");

    // Platform super-admin: everything in the catalog, and "*".
    QTest::newRow("platform-star") << platform << list({"*"}) << sk << none << QStringList{} << "";
    QTest::newRow("platform-all") << platform << allService + management << sk << none
                                  << QStringList{} << "";
    QTest::newRow("platform-unknown") << platform << list({"service.nope.read"}) << sk << none
                                      << list({"service.nope.read=Unknown"}) << "service.nope.read";
    QTest::newRow("platform-star-public")
        << platform << list({"*"}) << pk << forms << list({"*=WrongService"}) << "Forms";

    // Owner: everything but "*".
    QTest::newRow("owner-all") << owner << allService + management << sk << none << QStringList{}
                               << "";
    QTest::newRow("owner-service-wildcard")
        << owner << list({"service.*"}) << sk << none << QStringList{} << "";
    QTest::newRow("owner-star") << owner << list({"service.forms.submit", "*"}) << sk << none
                                << list({"*=Reserved"}) << "super-admins";

    // Admin: all service scopes, keys, webhooks and audit.
    QTest::newRow("admin-all-service") << admin << allService << sk << none << QStringList{} << "";
    QTest::newRow("admin-privileged")
        << admin << list({"service.forms.manage", "service.payments.refund"}) << sk << none
        << QStringList{} << "";
    QTest::newRow("admin-management") << admin << management << sk << none << QStringList{} << "";
    QTest::newRow("admin-star") << admin << list({"*"}) << sk << none << list({"*=Reserved"})
                                << "reserved";

    // Developer: non-privileged service scopes, keys.read, keys.write.
    QTest::newRow("developer-submit")
        << developer << list({"service.forms.submit", "service.bookings.create", "keys.write"})
        << sk << none << QStringList{} << "";
    QTest::newRow("developer-manage")
        << developer << list({"service.forms.submit", "service.forms.manage"}) << sk << none
        << list({"service.forms.manage=NotHeld"}) << "developer role cannot grant privileged";
    QTest::newRow("developer-refund")
        << developer << list({"service.payments.refund"}) << sk << none
        << list({"service.payments.refund=NotHeld"}) << "privileged";
    QTest::newRow("developer-pattern-with-privileged")
        << developer << list({"service.forms.*"}) << sk << none << list({"service.forms.*=NotHeld"})
        << "service.forms.manage";
    QTest::newRow("developer-webhooks")
        << developer << list({"webhooks.write", "audit.read"}) << sk << none
        << list({"webhooks.write=NotHeld", "audit.read=NotHeld"}) << "developer";
    QTest::newRow("developer-star")
        << developer << list({"*", "service.forms.manage"}) << sk << none
        << list({"*=Reserved", "service.forms.manage=NotHeld"}) << "super-admins";
    // One rule for members and keys (issue 12, finding 8): a developer holds keys.read and
    // keys.write one by one, as a key holding them does, so neither grants the pattern keys.*.
    QTest::newRow("developer-keys-pattern") << developer << list({"keys.*"}) << sk << none
                                            << list({"keys.*=NotHeld"}) << "not the pattern itself";
    QTest::newRow("developer-keys-one-by-one")
        << developer << list({"keys.read", "keys.write"}) << sk << none << QStringList{} << "";
    QTest::newRow("key-keys-pattern")
        << Grantor::key(list({"keys.read", "keys.write"})) << list({"keys.*"}) << sk << none
        << list({"keys.*=NotHeld"}) << "not the pattern itself";
    QTest::newRow("admin-keys-pattern")
        << admin << list({"keys.*", "webhooks.*"}) << sk << none << QStringList{} << "";
    QTest::newRow("owner-any-pattern") << owner << list({"keys.*", "service.forms.*", "audit.*"})
                                       << sk << none << QStringList{} << "";

    // Viewer: grants nothing.
    QTest::newRow("viewer-keys-write") << viewer << list({"keys.write"}) << sk << none
                                       << list({"keys.write=NotHeld"}) << "viewers cannot grant";
    QTest::newRow("viewer-read") << viewer << list({"service.forms.read", "keys.read"}) << sk
                                 << none
                                 << list({"service.forms.read=NotHeld", "keys.read=NotHeld"})
                                 << "viewers";
    QTest::newRow("viewer-public") << viewer << list({"service.forms.submit"}) << pk << forms
                                   << list({"service.forms.submit=NotHeld"}) << "viewers";

    // A secret key with keys.write grants what it holds.
    QTest::newRow("key-held") << ci << list({"service.forms.submit", "keys.read"}) << sk << none
                              << QStringList{} << "";
    QTest::newRow("key-held-pattern")
        << ci << list({"service.forms.*"}) << sk << none << QStringList{} << "";
    QTest::newRow("key-not-held") << ci << list({"service.forms.submit", "service.bookings.read"})
                                  << sk << none << list({"service.bookings.read=NotHeld"})
                                  << "your key does not hold it";
    QTest::newRow("key-webhooks") << ci << list({"webhooks.read"}) << sk << none
                                  << list({"webhooks.read=NotHeld"}) << "your key";
    QTest::newRow("key-wider-pattern") << ci << list({"service.*"}) << sk << none
                                       << list({"service.*=NotHeld"}) << "service.bookings";
    QTest::newRow("key-star") << ci << list({"*"}) << sk << none << list({"*=Reserved"})
                              << "super-admins";
    QTest::newRow("key-without-keys-write")
        << reader << list({"service.forms.submit"}) << sk << none
        << list({"service.forms.submit=NotHeld"}) << "keys.write";
    QTest::newRow("star-key-grants-catalog")
        << starKey << allService + management << sk << none << QStringList{} << "";
    QTest::newRow("star-key-cannot-grant-star")
        << starKey << list({"*"}) << sk << none << list({"*=Reserved"}) << "super-admins";
    QTest::newRow("key-pattern-not-held-as-pattern")
        << formsByHand << list({"service.forms.submit", "service.forms.*"}) << sk << none
        << list({"service.forms.*=NotHeld"}) << "one by one";

    // Public targets: public-safe scopes of their one service.
    QTest::newRow("public-ok") << owner << list({"service.forms.submit", "service.forms.read"})
                               << pk << forms << QStringList{} << "";
    QTest::newRow("public-developer-ok")
        << developer << list({"service.forms.submit"}) << pk << forms << QStringList{} << "";
    QTest::newRow("public-manage") << owner << list({"service.forms.manage"}) << pk << forms
                                   << list({"service.forms.manage=NotPublicSafe"}) << "public-safe";
    QTest::newRow("public-export")
        << admin << list({"service.forms.export"}) << pk << forms
        << list({"service.forms.export=NotPublicSafe"}) << "public keys may carry only public-safe";
    QTest::newRow("public-other-service")
        << owner << list({"service.bookings.create"}) << pk << forms
        << list({"service.bookings.create=WrongService"}) << "Forms";
    QTest::newRow("public-pattern")
        << owner << list({"service.forms.*"}) << pk << forms
        << list({"service.forms.*=NotPublicSafe"}) << "service.forms.export";
    QTest::newRow("public-management") << owner << list({"keys.read"}) << pk << forms
                                       << list({"keys.read=WrongService"}) << "Forms";
    QTest::newRow("public-payments")
        << developer << list({"service.payments.create_intent", "service.payments.refund"}) << pk
        << QStringLiteral("payments") << list({"service.payments.refund=NotPublicSafe"})
        << "public-safe";
    QTest::newRow("public-no-service")
        << owner << list({"service.forms.submit", "service.bookings.create"}) << pk << none
        << list({"service.forms.submit=WrongService", "service.bookings.create=WrongService"})
        << "public key needs a service";
    QTest::newRow("public-unknown-service")
        << platform << list({"service.forms.submit"}) << pk << QStringLiteral("nope")
        << list({"service.forms.submit=WrongService"}) << "nope";
    QTest::newRow("secret-ignores-service")
        << developer << list({"service.forms.export"}) << sk << forms << QStringList{} << "";

    // Scopes that are not scopes, or not in the catalog.
    QTest::newRow("invalid-syntax")
        << owner << list({"Service.Forms", "service.forms.submit"}) << sk << none
        << list({"Service.Forms=InvalidSyntax"}) << "Service.Forms";
    QTest::newRow("empty-scope") << admin << QStringList{QString()} << sk << none
                                 << list({"=InvalidSyntax"}) << "valid";
    QTest::newRow("unknown") << owner << list({"service.forms.fly"}) << sk << none
                             << list({"service.forms.fly=Unknown"}) << "catalog";
    QTest::newRow("unknown-pattern") << admin << list({"service.nope.*"}) << sk << none
                                     << list({"service.nope.*=Unknown"}) << "service.nope.*";
    QTest::newRow("near-miss-pattern") << owner << list({"service.form.*"}) << sk << none
                                       << list({"service.form.*=Unknown"}) << "catalog";
    QTest::newRow("syntax-before-role")
        << viewer << list({"KEYS.WRITE", "keys.nope"}) << sk << none
        << list({"KEYS.WRITE=InvalidSyntax", "keys.nope=Unknown"}) << "not a valid scope";
    QTest::newRow("nothing-requested")
        << viewer << QStringList{} << sk << none << QStringList{} << "";
}

void TestScopes::ungrantable()
{
    QFETCH(Grantor, grantor);
    QFETCH(QStringList, requested);
    QFETCH(KeyType, type);
    QFETCH(QString, service);
    QFETCH(QStringList, denied);
    QFETCH(QString, says);
    const auto denials =
        ungrantableScopes(ScopeCatalog::builtin(), grantor, requested, GrantTarget{type, service});
    QStringList got;
    for (const ScopeDenial &d : denials) {
        got << d.scope + u'=' + reasonName(d.reason);
        QVERIFY2(!d.message.trimmed().isEmpty(), qPrintable(d.scope));
    }
    QCOMPARE(got, denied);
    if (!says.isEmpty())
        QVERIFY2(denials.first().message.contains(says, Qt::CaseInsensitive),
                 qPrintable(denials.first().message));
}

void TestScopes::everyCatalogScopeHasAReasonForEveryGrantor()
{
    // What GET /v1/scopes shows: per catalog scope, grantable or a reason in words.
    const ScopeCatalog &c = ScopeCatalog::builtin();
    const QList<Grantor> grantors{
        Grantor::platformAdmin(),      Grantor::member(Role::Owner),
        Grantor::member(Role::Admin),  Grantor::member(Role::Developer),
        Grantor::member(Role::Viewer), Grantor::key(list({"keys.write"}))};
    int grantableForDeveloper = 0;
    for (const Grantor &g : grantors) {
        for (const ScopeInfo &s : c.scopes()) {
            const auto denied = ungrantableScopes(c, g, {s.scope});
            QVERIFY(denied.size() <= 1);
            const bool roleHolds = g.kind == Grantor::Kind::Member && g.role != Role::Viewer &&
                                   roleScopes(c, g.role).contains(s.scope);
            const bool keyHolds = g.kind == Grantor::Kind::Key && s.scope == u"keys.write";
            if (g.kind == Grantor::Kind::PlatformAdmin || roleHolds || keyHolds) {
                QVERIFY2(denied.isEmpty(), qPrintable(s.scope));
            } else {
                QCOMPARE(denied.size(), 1);
                QCOMPARE(denied.first().reason, Reason::NotHeld);
                QVERIFY(!denied.first().message.isEmpty());
            }
            if (g.kind == Grantor::Kind::Member && g.role == Role::Developer && denied.isEmpty())
                ++grantableForDeveloper;
        }
    }
    // 11 non-privileged service actions + keys.read + keys.write
    QCOMPARE(grantableForDeveloper, 13);
}

void TestScopes::invalidScopesAreNotEchoedWhenTheyLookLikeSecrets()
{
    const QString secret = QStringLiteral("sk_live_4eC39HqLyjWDarjtT1zdp7dcAbCdEf123456");
    const QString token = QStringLiteral("lks_0123456789abcdef0123456789abcdef");
    const auto denials =
        ungrantableScopes(ScopeCatalog::builtin(), Grantor::member(Role::Owner), {secret, token});
    QCOMPARE(denials.size(), 2);
    QCOMPARE(denials.at(0).reason, Reason::InvalidSyntax);
    QCOMPARE(denials.at(1).reason, Reason::Unknown); // lowercase: a valid but unknown "scope"
    for (const ScopeDenial &d : denials) {
        QVERIFY(!d.message.isEmpty());
        QVERIFY2(!d.message.contains(d.scope), qPrintable(d.message));
        const ApiError e = toApiError(d);
        QVERIFY2(!e.message.contains(d.scope), qPrintable(e.message));
        QCOMPARE(e.status, 400);
    }
}

void TestScopes::toApiErrorMapsReasons_data()
{
    QTest::addColumn<Grantor>("grantor");
    QTest::addColumn<QString>("scope");
    QTest::addColumn<KeyType>("type");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    const Grantor developer = Grantor::member(Role::Developer);
    QTest::newRow("syntax") << developer << "Forms!" << KeyType::Secret << 400 << "invalid_request";
    QTest::newRow("unknown") << developer << "service.nope.read" << KeyType::Secret << 400
                             << "invalid_request";
    QTest::newRow("reserved") << developer << "*" << KeyType::Secret << 403
                              << "scope_not_grantable";
    QTest::newRow("not-held") << developer << "service.forms.manage" << KeyType::Secret << 403
                              << "scope_not_grantable";
    QTest::newRow("not-public-safe")
        << developer << "service.forms.export" << KeyType::Public << 403 << "scope_not_grantable";
    QTest::newRow("wrong-service")
        << developer << "service.bookings.read" << KeyType::Public << 403 << "scope_not_grantable";
}

void TestScopes::toApiErrorMapsReasons()
{
    QFETCH(Grantor, grantor);
    QFETCH(QString, scope);
    QFETCH(KeyType, type);
    QFETCH(int, status);
    QFETCH(QString, code);
    const auto denials = ungrantableScopes(ScopeCatalog::builtin(), grantor, {scope},
                                           GrantTarget{type, QStringLiteral("forms")});
    QCOMPARE(denials.size(), 1);
    const ApiError e = toApiError(denials.first());
    QCOMPARE(e.status, status);
    QCOMPARE(e.code, code);
    QCOMPARE(e.param, QStringLiteral("scopes"));
    QVERIFY(!e.message.isEmpty());
    QVERIFY2(e.message.contains(denials.first().message), qPrintable(e.message));
    if (status == 403)
        QVERIFY2(e.message.contains(scope), qPrintable(e.message));
}

QTEST_GUILESS_MAIN(TestScopes)
#include "tst_scopes.moc"
