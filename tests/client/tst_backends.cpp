// SPDX-License-Identifier: MIT
// The dashboard's two backends behind one interface, driven through the same scenarios: the
// offline sandbox (LocalBackend on a SQLite file) and RestBackend against a real latchkeyd
// started on loopback. What the models see must not depend on which one it is.
#include "../server/harness.h"
#include "../server/rawhttp.h"
#include "client/localbackend.h"
#include "client/restbackend.h"
#include "core/authorization.h"
#include "core/keytext.h"

#include <QDeadlineTimer>
#include <QDirIterator>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>

using namespace latchkey;
using namespace latchkey::client;
using namespace latchkey::testing;
using namespace Qt::StringLiterals;

namespace {
const QByteArray kPassword = "backend test password";

/// Waits for one asynchronous result.
template<class T, class Start> Result<T> await(Start start)
{
    std::optional<Result<T>> got;
    QObject context;
    start(&context, [&](Result<T> r) { got.emplace(std::move(r)); });
    if (got) // delivered before the call returned: forbidden by the interface
        qFatal("a backend delivered its result synchronously");
    QDeadlineTimer deadline(30000);
    while (!got && !deadline.hasExpired())
        QTest::qWait(5);
    if (!got)
        return ApiError::internal(QStringLiteral("no answer within 30 s"));
    return std::move(*got);
}
} // namespace

class TestBackends : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir dataDir;
    std::unique_ptr<LocalBackend> local;
    Latchkeyd server;
    TokenStore tokens;
    std::unique_ptr<RestBackend> rest;

    Backend &backend(const QString &kind)
    {
        return kind == QLatin1String("local") ? static_cast<Backend &>(*local)
                                              : static_cast<Backend &>(*rest);
    }
    QString workspace(Backend &b)
    {
        auto ws =
            await<QList<WorkspaceView>>([&](QObject *c, auto done) { b.workspaces(c, done); });
        return ws.ok() && !ws->isEmpty() ? ws->first().workspace.id : QString();
    }

private slots:
    void initTestCase();
    void kinds_data();
    void workspacesAndCatalog_data() { kinds_data(); }
    void workspacesAndCatalog();
    void keyLifecycle_data() { kinds_data(); }
    void keyLifecycle();
    void pagingAndFilters_data() { kinds_data(); }
    void pagingAndFilters();
    void errorsArePlainMessages_data() { kinds_data(); }
    void errorsArePlainMessages();
    void webhooksAndAudit_data() { kinds_data(); }
    void webhooksAndAudit();
    void busyIsReported();
    void changesAreAnnounced_data() { kinds_data(); }
    void changesAreAnnounced();
    void unreachableServerIsNamed();
    void serverFailureGivesItsRequestId();
    void wrongPasswordIsRefused();
    void tokenIsNeverWrittenToAPlainFile();
    void sandboxCanServeItself();
    // Issue 15: the offline sandbox holds test keys only; served, it answers its own Host only.
    void sandboxKeepsTestKeysOnly();
    void servedSandboxVerifiesTestKeysOnly();
    void servedSandboxAnswersOnlyItsOwnHost();
    void savedSessionResumesUntilSignedOut();
};

void TestBackends::initTestCase()
{
    // Settings of this run only: the last account must not leak between runs.
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dataDir.filePath(u"settings"_s));
    auto opened = LocalBackend::open(dataDir.filePath(QStringLiteral("sandbox")));
    QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().message));
    local = std::move(opened).value();
    QCOMPARE(server.init(QStringLiteral("owner@acme.test"), kPassword), 0);
    // Both backends take a test endpoint on this machine: the sandbox always, latchkeyd with
    // --allow-loopback-webhooks.
    QVERIFY(server.start({QStringLiteral("--allow-loopback-webhooks")}));
    tokens.setKeychainEnabled(false); // CI has no keychain; memory only
    std::optional<Result<RestBackend *>> signedIn;
    RestBackend::signIn(QUrl(server.url), QStringLiteral("owner@acme.test"),
                        QString::fromUtf8(kPassword), &tokens, this,
                        [&](Result<RestBackend *> r) { signedIn.emplace(std::move(r)); });
    QTRY_VERIFY_WITH_TIMEOUT(signedIn.has_value(), 30000);
    QVERIFY2(signedIn->ok(), qPrintable(signedIn->ok() ? QString() : signedIn->error().message));
    rest.reset(signedIn->value());
}

void TestBackends::kinds_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("local") << QStringLiteral("local");
    QTest::newRow("rest") << QStringLiteral("rest");
}

void TestBackends::workspacesAndCatalog()
{
    QFETCH(QString, kind);
    Backend &b = backend(kind);
    auto ws = await<QList<WorkspaceView>>([&](QObject *c, auto done) { b.workspaces(c, done); });
    QVERIFY(ws.ok());
    QCOMPARE(ws->size(), 1);
    QCOMPARE(ws->first().role, Role::Owner);
    QStringList services;
    for (const auto &s : ws->first().subscriptions)
        services << s.service;
    QCOMPARE(services, (QStringList{QStringLiteral("bookings"), QStringLiteral("forms")}));
    auto catalog = await<ScopeCatalog>(
        [&](QObject *c, auto done) { b.scopeCatalog(ws->first().workspace.id, c, done); });
    QVERIFY2(catalog.ok(), qPrintable(catalog.ok() ? QString() : catalog.error().message));
    QCOMPARE(catalog->scopes().size(), ScopeCatalog::builtin().scopes().size());
    QVERIFY(catalog->find(u"service.forms.manage")->privileged);
    QVERIFY(catalog->find(u"service.forms.submit")->publicSafe);
    QCOMPARE(b.isOffline(), kind == QLatin1String("local"));
    QVERIFY(!b.describe().isEmpty());
}

void TestBackends::keyLifecycle()
{
    QFETCH(QString, kind);
    Backend &b = backend(kind);
    const QString ws = workspace(b);
    CreateKeyRequest req;
    req.name = QStringLiteral("Lifecycle %1").arg(kind);
    // The offline sandbox keeps test keys only (sandboxKeepsTestKeysOnly); latchkeyd both.
    const bool live = kind == QLatin1String("rest");
    req.environment = live ? Environment::Live : Environment::Test;
    const QByteArray prefix = live ? "sk_live_" : "sk_test_";
    req.scopes = {QStringLiteral("service.forms.submit")};
    req.ipAllowlist = {QStringLiteral("10.0.0.0/8")};
    req.rateLimit = RateLimit{10, 60};
    auto issued = await<IssuedKey>([&](QObject *c, auto done) { b.createKey(ws, req, c, done); });
    QVERIFY2(issued.ok(), qPrintable(issued.ok() ? QString() : issued.error().message));
    QVERIFY(issued->secret.startsWith(prefix));
    QCOMPARE(KeyText::check(issued->secret), KeyText::Problem::None);
    QCOMPARE(issued->key.name, req.name);
    QCOMPARE(issued->key.ipAllowlist, req.ipAllowlist);
    QCOMPARE(issued->key.rateLimit, req.rateLimit);
    const QString id = issued->key.id;

    KeyPatch p;
    p.name = QStringLiteral("Renamed %1").arg(kind);
    auto patched =
        await<ApiKeyRecord>([&](QObject *c, auto done) { b.patchKey(ws, id, p, c, done); });
    QVERIFY(patched.ok());
    QCOMPARE(patched->name, *p.name);

    auto rolled =
        await<IssuedKey>([&](QObject *c, auto done) { b.rollKey(ws, id, 3600, c, done); });
    QVERIFY(rolled.ok());
    QVERIFY(rolled->secret.startsWith(prefix) && rolled->secret != issued->secret);
    QCOMPARE(rolled->key.rolledFrom, id);

    auto revoked =
        await<ApiKeyRecord>([&](QObject *c, auto done) { b.revokeKey(ws, id, c, done); });
    QVERIFY(revoked.ok());
    QVERIFY(revoked->revokedAt.has_value());
}

void TestBackends::pagingAndFilters()
{
    QFETCH(QString, kind);
    Backend &b = backend(kind);
    const QString ws = workspace(b);
    for (int i = 0; i < 5; ++i) {
        CreateKeyRequest req;
        req.name = QStringLiteral("Paged-%1-%2").arg(kind).arg(i);
        req.scopes = {QStringLiteral("service.bookings.read")};
        QVERIFY(
            await<IssuedKey>([&](QObject *c, auto done) { b.createKey(ws, req, c, done); }).ok());
    }
    KeyQuery q;
    q.environment = Environment::Test;
    q.nameContains = QStringLiteral("Paged-%1").arg(kind);
    q.limit = 2;
    QStringList names;
    for (int guard = 0; guard < 10; ++guard) {
        auto page =
            await<Page<ApiKeyRecord>>([&](QObject *c, auto done) { b.listKeys(ws, q, c, done); });
        QVERIFY(page.ok());
        for (const auto &k : page->items)
            names << k.name;
        if (!page->hasMore)
            break;
        q.startingAfter = page->items.last().id;
    }
    QCOMPARE(names.size(), 5);
    QCOMPARE(names.first(), QStringLiteral("Paged-%1-4").arg(kind));
}

void TestBackends::errorsArePlainMessages()
{
    QFETCH(QString, kind);
    Backend &b = backend(kind);
    const QString ws = workspace(b);
    CreateKeyRequest req;
    req.name = QStringLiteral("Widget");
    req.type = KeyType::Public;
    req.serviceId = QStringLiteral("forms");
    req.scopes = {QStringLiteral("service.forms.submit")};
    req.allowedOrigins = {QStringLiteral("htp://x")};
    auto bad = await<IssuedKey>([&](QObject *c, auto done) { b.createKey(ws, req, c, done); });
    QVERIFY(!bad.ok());
    QCOMPARE(bad.error().status, 400);
    QCOMPARE(bad.error().param, QStringLiteral("allowed_origins"));
    QVERIFY(!bad.error().message.isEmpty());
    req.allowedOrigins = {QStringLiteral("https://shop.example.com")};
    req.scopes = {QStringLiteral("service.forms.manage")};
    auto ungrantable =
        await<IssuedKey>([&](QObject *c, auto done) { b.createKey(ws, req, c, done); });
    QCOMPARE(ungrantable.error().code, QStringLiteral("scope_not_grantable"));
    auto missing = await<ApiKeyRecord>(
        [&](QObject *c, auto done) { b.revokeKey(ws, QStringLiteral("key_nothing"), c, done); });
    QCOMPARE(missing.error().status, 404);
}

void TestBackends::webhooksAndAudit()
{
    QFETCH(QString, kind);
    Backend &b = backend(kind);
    const QString ws = workspace(b);
    auto created = await<IssuedEndpoint>([&](QObject *c, auto done) {
        b.createEndpoint(ws, Environment::Test, QStringLiteral("http://localhost:9/hook"),
                         QStringLiteral("dev"), c, done);
    });
    QVERIFY2(created.ok(), qPrintable(created.ok() ? QString() : created.error().message));
    QVERIFY(created->secret.startsWith("whsec_"));
    auto rotated = await<IssuedEndpoint>(
        [&](QObject *c, auto done) { b.rotateEndpointSecret(ws, created->endpoint.id, c, done); });
    QVERIFY(rotated.ok());
    ListQuery q{ws, Environment::Test, 10, {}};
    auto listed =
        await<Page<EndpointView>>([&](QObject *c, auto done) { b.listEndpoints(ws, q, c, done); });
    QVERIFY(listed.ok());
    const auto it =
        std::find_if(listed->items.cbegin(), listed->items.cend(),
                     [&](const EndpointView &v) { return v.endpoint.id == created->endpoint.id; });
    QVERIFY(it != listed->items.cend());
    QCOMPARE(it->secrets.size(), 2);
    QVERIFY(await<Done>([&](QObject *c, auto done) {
                b.deleteEndpoint(ws, created->endpoint.id, c, done);
            }).ok());

    ListQuery aq{ws, std::nullopt, 50, {}};
    auto audit =
        await<Page<AuditRecord>>([&](QObject *c, auto done) { b.auditEvents(ws, aq, c, done); });
    QVERIFY(audit.ok());
    QVERIFY(!audit->items.isEmpty());
    QCOMPARE(audit->items.first().action, QStringLiteral("webhook_endpoint.deleted"));
    auto chain =
        await<AuditLog::ChainCheck>([&](QObject *c, auto done) { b.auditChain(ws, c, done); });
    QVERIFY(chain.ok());
    QVERIFY(chain->intact);
    QVERIFY(chain->checked > 3);
}

void TestBackends::busyIsReported()
{
    QSignalSpy spy(rest.get(), &Backend::busyChanged);
    const QString ws = workspace(*rest);
    QVERIFY(spy.count() >= 2);
    QCOMPARE(spy.first().first().toBool(), true);
    QCOMPARE(spy.last().first().toBool(), false);
    QCOMPARE(rest->pending(), 0);
    QVERIFY(!ws.isEmpty());
}

void TestBackends::changesAreAnnounced()
{
    // Issue 15: the backend tells the models what changed, once, after the caller's own
    // callback, and only for a change that was made.
    QFETCH(QString, kind);
    Backend &b = backend(kind);
    const QString ws = workspace(b);
    QSignalSpy spy(&b, &Backend::changed);
    KeyQuery query;
    query.workspaceId = ws;
    QVERIFY(await<Page<ApiKeyRecord>>([&](QObject *c, auto done) {
                b.listKeys(ws, query, c, done);
            }).ok());
    QCOMPARE(spy.count(), 0); // a read changes nothing

    CreateKeyRequest request;
    request.name = QStringLiteral("Announced ") + kind;
    request.scopes = {QStringLiteral("service.forms.submit")};
    qsizetype seenInCallback = -1;
    auto created = await<IssuedKey>([&](QObject *c, Callback<IssuedKey> done) {
        b.createKey(ws, request, c, [&, done](Result<IssuedKey> r) {
            seenInCallback = spy.count();
            done(std::move(r));
        });
    });
    QVERIFY(created.ok());
    QCOMPARE(seenInCallback, 0);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).toString(), ws);
    QCOMPARE(spy.at(0).at(1).value<Changes>(), Change::Keys | Change::Audit);

    // Refused: nothing changed, nothing said.
    QVERIFY(!await<ApiKeyRecord>([&](QObject *c, auto done) {
                 b.revokeKey(ws, QStringLiteral("key_doesnotexist"), c, done);
             }).ok());
    QCOMPARE(spy.count(), 1);

    // The caller gone before the answer: its callback is dropped, the change is still told.
    {
        auto *gone = new QObject;
        KeyPatch patch;
        patch.name = QStringLiteral("Announced, renamed ") + kind;
        b.patchKey(ws, created->key.id, patch, gone, [](Result<ApiKeyRecord>) {
            qFatal("a callback ran after its context was destroyed");
        });
        delete gone;
    }
    QTRY_COMPARE(spy.count(), 2);
    QCOMPARE(spy.at(1).at(1).value<Changes>(), Change::Keys | Change::Audit);

    // Team operations say what they change; a role change may be the user's own.
    auto invited = await<IssuedInvitation>([&](QObject *c, auto done) {
        b.invite(ws, QStringLiteral("announced-%1@example.com").arg(kind), Role::Viewer, c, done);
    });
    QVERIFY2(invited.ok(), qPrintable(invited.ok() ? QString() : invited.error().message));
    QCOMPARE(spy.count(), 3);
    QCOMPARE(spy.at(2).at(1).value<Changes>(), Change::Invitations | Change::Audit);
    QVERIFY(await<Done>([&](QObject *c, auto done) {
                b.withdrawInvitation(ws, invited->invitation.id, c, done);
            }).ok());
    QCOMPARE(spy.count(), 4);
    QCOMPARE(spy.at(3).at(1).value<Changes>(), Change::Invitations | Change::Audit);
}

void TestBackends::unreachableServerIsNamed()
{
    QTcpServer closed;
    closed.listen(QHostAddress::LocalHost, 0);
    const quint16 port = closed.serverPort();
    closed.close();
    RestBackend nowhere(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)),
                        QStringLiteral("a@b.c"), "lks_x", nullptr);
    auto r =
        await<QList<WorkspaceView>>([&](QObject *c, auto done) { nowhere.workspaces(c, done); });
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, QStringLiteral("network_error"));
    QVERIFY2(r.error().message.contains(QString::number(port)), qPrintable(r.error().message));
}

void TestBackends::serverFailureGivesItsRequestId()
{
    // latchkeyd's store fails (another process holds SQLite's write lock past the busy
    // timeout): the admin reads what happened and the Request-Id to give the operator, whose log
    // has the details under it.
    QVERIFY(server.storeUrl.startsWith(QLatin1String("sqlite:")));
    QProcess holder;
    holder.setProcessChannelMode(QProcess::MergedChannels);
    holder.start(QStringLiteral("sqlite3"),
                 {QStringLiteral("-interactive"), server.storeUrl.mid(7)}); // answers at once
    QVERIFY2(holder.waitForStarted(), "the sqlite3 tool is missing (Debian package sqlite3)");
    holder.write("BEGIN EXCLUSIVE;\nSELECT 'held';\n");
    QByteArray said;
    QTRY_VERIFY2_WITH_TIMEOUT((said += holder.readAll()).contains("held") ||
                                  holder.state() != QProcess::Running,
                              said.constData(), 10000);
    CreateKeyRequest req;
    req.name = QStringLiteral("Locked out");
    req.environment = Environment::Test;
    req.scopes = {QStringLiteral("service.forms.submit")};
    auto failed = await<IssuedKey>(
        [&](QObject *c, auto done) { rest->createKey(workspace(*rest), req, c, done); });
    holder.write("ROLLBACK;\n.quit\n");
    holder.closeWriteChannel();
    QVERIFY(holder.waitForFinished(10000));
    QVERIFY(!failed.ok());
    QCOMPARE(failed.error().code, QStringLiteral("store_error"));
    static const QRegularExpression id(QStringLiteral("\\(Request-Id: req_[A-Za-z0-9]{20}\\)$"));
    QVERIFY2(id.match(failed.error().message).hasMatch(), qPrintable(failed.error().message));
    QVERIFY2(!failed.error().message.contains(QLatin1String("locked")),
             qPrintable(failed.error().message));
}

void TestBackends::wrongPasswordIsRefused()
{
    std::optional<Result<RestBackend *>> r;
    RestBackend::signIn(QUrl(server.url), QStringLiteral("owner@acme.test"),
                        QStringLiteral("wrong"), &tokens, this,
                        [&](Result<RestBackend *> x) { r.emplace(std::move(x)); });
    QTRY_VERIFY_WITH_TIMEOUT(r.has_value(), 30000);
    QVERIFY(!r->ok());
    QCOMPARE(r->error().status, 401);
    QVERIFY(!r->error().message.isEmpty());
}

void TestBackends::tokenIsNeverWrittenToAPlainFile()
{
    std::optional<QByteArray> token;
    tokens.load(TokenStore::account(server.url, QStringLiteral("owner@acme.test")),
                [&](QByteArray t) { token = t; });
    QVERIFY(token && token->startsWith("lks_"));
    // Nothing under the test's folders or the settings folders holds it.
    for (const QString &root :
         {dataDir.path(), server.dir.path(),
          QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation)}) {
        QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            if (f.size() < 50 * 1024 * 1024 && f.open(QIODevice::ReadOnly))
                QVERIFY2(!f.readAll().contains(token->mid(4)), qPrintable(f.fileName()));
        }
    }
}

void TestBackends::sandboxCanServeItself()
{
    QVERIFY(local->canServeLocally());
    QVERIFY(!rest->canServeLocally());
    auto url = await<QUrl>([&](QObject *c, auto done) { local->serveLocally(0, c, done); });
    QVERIFY(url.ok());
    QVERIFY(url->toString().startsWith(QLatin1String("http://127.0.0.1:")));
    const QString ws = workspace(*local);
    CreateKeyRequest req;
    req.name = QStringLiteral("local app");
    req.scopes = {QStringLiteral("service.forms.submit")};
    auto issued =
        await<IssuedKey>([&](QObject *c, auto done) { local->createKey(ws, req, c, done); });
    Http h;
    h.base = url->toString();
    const HttpResult ok =
        h.send("POST", QStringLiteral("/v1/verify"),
               QJsonDocument(
                   QJsonObject{{QStringLiteral("key"), QString::fromLatin1(issued->secret)},
                               {QStringLiteral("scope"), QStringLiteral("service.forms.submit")}})
                   .toJson(),
               {}, false);
    QCOMPARE(ok.status, 200);
    auto denied = await<QUrl>([&](QObject *c, auto done) { rest->serveLocally(0, c, done); });
    QVERIFY(!denied.ok());
    local->stopServing();
    QVERIFY(local->servingUrl().isEmpty());
}

void TestBackends::savedSessionResumesUntilSignedOut()
{
    const QUrl url(server.url);
    const QString email = QStringLiteral("owner@acme.test");
    const QString account = TokenStore::account(url.toString(), email);

    // Signing in remembered which account it was (never the token itself).
    const auto last = TokenStore::lastAccount();
    QVERIFY(last);
    QCOMPARE(last->server, url);
    QCOMPARE(last->email, email);
    QVERIFY(!QSettings().allKeys().join(u' ').contains(u"lks_"_s));

    // A restart finds the token in the keychain; the same TokenStore stands in for it here.
    auto resumed = await<RestBackend *>(
        [&](QObject *c, auto done) { RestBackend::resume(url, email, &tokens, c, done); });
    QVERIFY2(resumed.ok(), qPrintable(resumed.ok() ? QString() : resumed.error().message));
    std::unique_ptr<RestBackend> again(*resumed);
    QVERIFY(!workspace(*again).isEmpty());

    // A token the server no longer accepts is dropped, with a plain sentence.
    TokenStore stale;
    stale.setKeychainEnabled(false);
    stale.save(account, "lks_" + QByteArray(40, 'x'));
    auto refused = await<RestBackend *>(
        [&](QObject *c, auto done) { RestBackend::resume(url, email, &stale, c, done); });
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().status, 401);
    QVERIFY2(refused.error().message.contains(u"Sign in again"_s),
             qPrintable(refused.error().message));
    std::optional<QByteArray> left;
    stale.load(account, [&](QByteArray t) { left = t; });
    QVERIFY(left && left->isEmpty());

    // After signing out there is nothing to resume, and the next start opens the sandbox.
    TokenStore mine;
    mine.setKeychainEnabled(false);
    std::optional<Result<RestBackend *>> signedIn;
    RestBackend::signIn(url, email, QString::fromUtf8(kPassword), &mine, this,
                        [&](Result<RestBackend *> r) { signedIn.emplace(std::move(r)); });
    QTRY_VERIFY_WITH_TIMEOUT(signedIn.has_value(), 30000);
    QVERIFY(signedIn->ok());
    std::unique_ptr<RestBackend> session(signedIn->value());
    QVERIFY(await<Done>([&](QObject *c, auto done) { session->signOut(c, done); }).ok());
    QVERIFY(!TokenStore::lastAccount());
    auto gone = await<RestBackend *>(
        [&](QObject *c, auto done) { RestBackend::resume(url, email, &mine, c, done); });
    QVERIFY(!gone.ok());
    QCOMPARE(gone.error().status, 404);
}

// Issue 15: the offline sandbox holds test keys only -----------------------------------------

namespace {
/// A live key as a sandbox made it before it kept test keys only: through a KeyService that
/// keeps every environment, straight on the sandbox's store.
IssuedKey liveKeyFromBefore(LocalBackend &sandbox, const QString &workspaceId, const QString &name)
{
    auto owner = sandbox.store().userByEmail(QString::fromLatin1(LocalBackend::kSandboxEmail));
    if (!owner.ok() || !*owner)
        qFatal("no sandbox owner");
    KeyService keys(sandbox.store(), ScopeCatalog::builtin());
    CreateKeyRequest r;
    r.name = name;
    r.environment = Environment::Live;
    r.scopes = {QStringLiteral("service.forms.submit")};
    auto issued =
        keys.create(Actor::member((*owner)->id, (*owner)->email, workspaceId, Role::Owner), r);
    if (!issued.ok())
        qFatal("cannot create a live key: %s", qPrintable(issued.error().message));
    return *issued;
}

/// rawExchange() for a server in this process: the event loop runs while waiting, so that the
/// served sandbox's own thread (this one) can answer.
RawResponse served(const QUrl &url, const QByteArray &request)
{
    RawResponse r;
    QTcpSocket s;
    QByteArray buffer;
    QObject::connect(&s, &QTcpSocket::connected, [&] { s.write(request); });
    QObject::connect(&s, &QTcpSocket::readyRead, [&] {
        buffer += s.readAll();
        if (!r.complete)
            takeResponse(buffer, r);
    });
    s.connectToHost(url.host(), quint16(url.port()));
    QDeadlineTimer deadline(15000);
    while (!r.complete && !deadline.hasExpired()) {
        QTest::qWait(5);
        if (s.state() == QAbstractSocket::UnconnectedState) {
            buffer += s.readAll();
            if (!r.complete)
                takeResponse(buffer, r);
            r.closed = true;
            break;
        }
    }
    return r;
}

QByteArray verifyRequest(const QByteArray &host, const QByteArray &key)
{
    const QByteArray body =
        QJsonDocument(QJsonObject{{QStringLiteral("key"), QString::fromLatin1(key)}})
            .toJson(QJsonDocument::Compact);
    QByteArray r = "POST /v1/verify HTTP/1.1\r\n";
    if (!host.isNull())
        r += "Host: " + host + "\r\n";
    return r +
           "Content-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) +
           "\r\nConnection: close\r\n\r\n" + body;
}

QByteArray authRequest(const QByteArray &host, const QByteArray &key)
{
    return "GET /v1/auth HTTP/1.1\r\nHost: " + host + "\r\nAuthorization: Bearer " + key +
           "\r\nConnection: close\r\n\r\n";
}
} // namespace

void TestBackends::sandboxKeepsTestKeysOnly()
{
    QCOMPARE(local->keyEnvironments(), KeyEnvironments::TestOnly);
    QCOMPARE(rest->keyEnvironments(), KeyEnvironments::All);
    const QString ws = workspace(*local);
    CreateKeyRequest req;
    req.name = QStringLiteral("live in the sandbox");
    req.environment = Environment::Live;
    req.scopes = {QStringLiteral("service.forms.submit")};
    auto refused =
        await<IssuedKey>([&](QObject *c, auto done) { local->createKey(ws, req, c, done); });
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().status, 403);
    QCOMPARE(refused.error().code, QStringLiteral("environment_not_allowed"));
    QVERIFY2(refused.error().message.contains(QLatin1String("test keys only")),
             qPrintable(refused.error().message));
    // The same rule, from core, as the dashboard shows it.
    QCOMPARE(Authorization::environmentAllowed(local->keyEnvironments(), Environment::Live)
                 .error()
                 .message,
             refused.error().message);
    QVERIFY(Authorization::environmentAllowed(local->keyEnvironments(), Environment::Test).ok());
    QVERIFY(Authorization::environmentAllowed(rest->keyEnvironments(), Environment::Live).ok());

    // A live key the sandbox made before: listed, editable, never rolled, revocable.
    const IssuedKey old = liveKeyFromBefore(*local, ws, QStringLiteral("Old live key"));
    KeyQuery q;
    q.environment = Environment::Live;
    q.limit = 100;
    auto listed =
        await<Page<ApiKeyRecord>>([&](QObject *c, auto done) { local->listKeys(ws, q, c, done); });
    QVERIFY(listed.ok());
    QVERIFY(std::any_of(listed->items.cbegin(), listed->items.cend(),
                        [&](const ApiKeyRecord &k) { return k.id == old.key.id; }));
    KeyPatch p;
    p.name = QStringLiteral("Old live key, renamed");
    auto patched = await<ApiKeyRecord>(
        [&](QObject *c, auto done) { local->patchKey(ws, old.key.id, p, c, done); });
    QVERIFY(patched.ok());
    auto rolled = await<IssuedKey>(
        [&](QObject *c, auto done) { local->rollKey(ws, old.key.id, 0, c, done); });
    QVERIFY(!rolled.ok());
    QCOMPARE(rolled.error().code, QStringLiteral("environment_not_allowed"));
    auto revoked = await<ApiKeyRecord>(
        [&](QObject *c, auto done) { local->revokeKey(ws, old.key.id, c, done); });
    QVERIFY(revoked.ok() && revoked->revokedAt);
}

void TestBackends::servedSandboxVerifiesTestKeysOnly()
{
    auto url = await<QUrl>([&](QObject *c, auto done) { local->serveLocally(0, c, done); });
    QVERIFY(url.ok());
    const QByteArray host = "127.0.0.1:" + QByteArray::number(url->port());
    const QString ws = workspace(*local);
    CreateKeyRequest req;
    req.name = QStringLiteral("served test key");
    req.scopes = {QStringLiteral("service.forms.submit")};
    auto test =
        await<IssuedKey>([&](QObject *c, auto done) { local->createKey(ws, req, c, done); });
    QVERIFY(test.ok());
    const IssuedKey live = liveKeyFromBefore(*local, ws, QStringLiteral("Live from before"));

    RawResponse ok = served(*url, verifyRequest(host, test->secret));
    QCOMPARE(ok.status, 200);
    QCOMPARE(ok.json[u"data"_s].toObject()[u"environment"_s].toString(), u"test"_s);
    // Twice: the second answer comes from the verifier's cache on an I/O thread.
    for (int i = 0; i < 2; ++i) {
        RawResponse r = served(*url, verifyRequest(host, live.secret));
        QCOMPARE(r.status, 403);
        QCOMPARE(r.code(), u"environment_not_allowed"_s);
        QVERIFY(r.json[u"error"_s].toObject()[u"message"_s].toString().contains(u"test keys only"));
        QVERIFY(!r.body.contains(live.secret));
        RawResponse a = served(*url, authRequest(host, live.secret));
        QCOMPARE(a.status, 403);
        QCOMPARE(a.header("Latchkey-Error-Code"), QByteArray("environment_not_allowed"));
    }
    QCOMPARE(served(*url, authRequest(host, test->secret)).status, 204);
    // Nor does a live key call the served sandbox's management API.
    const RawResponse managed =
        served(*url, "GET /v1/api-keys HTTP/1.1\r\nHost: " + host + "\r\nAuthorization: Bearer " +
                         live.secret + "\r\nConnection: close\r\n\r\n");
    QCOMPARE(managed.status, 403);
    QCOMPARE(managed.code(), u"environment_not_allowed"_s);

    // latchkeyd's own serve is unchanged: it verifies live keys.
    Http h;
    h.base = server.url;
    CreateKeyRequest liveReq = req;
    liveReq.environment = Environment::Live;
    auto onServer = await<IssuedKey>(
        [&](QObject *c, auto done) { rest->createKey(workspace(*rest), liveReq, c, done); });
    QVERIFY(onServer.ok());
    const HttpResult verified = h.send(
        "POST", QStringLiteral("/v1/verify"),
        QJsonDocument(QJsonObject{{u"key"_s, QString::fromLatin1(onServer->secret)}}).toJson(), {},
        false);
    QCOMPARE(verified.status, 200);
    local->stopServing();
}

void TestBackends::servedSandboxAnswersOnlyItsOwnHost()
{
    auto url = await<QUrl>([&](QObject *c, auto done) { local->serveLocally(0, c, done); });
    QVERIFY(url.ok());
    const QByteArray port = QByteArray::number(url->port());
    const QString ws = workspace(*local);
    CreateKeyRequest req;
    req.name = QStringLiteral("host check");
    req.scopes = {QStringLiteral("service.forms.submit")};
    auto key = await<IssuedKey>([&](QObject *c, auto done) { local->createKey(ws, req, c, done); });
    QVERIFY(key.ok());
    // The right Host, spelled each way a local app or browser may: answered.
    for (const QByteArray &host : {"127.0.0.1:" + port, "localhost:" + port, "LocalHost:" + port})
        QCOMPARE(served(*url, verifyRequest(host, key->secret)).status, 200);
    // The verifier has the key cached now, so the refusals below also cover the I/O threads'
    // fast path. A page's own name rebound to 127.0.0.1, another port, a name with a suffix:
    const QByteArray other = QByteArray::number(url->port() == 65535 ? 1 : url->port() + 1);
    for (const QByteArray &host :
         {QByteArray("evil.example"), "evil.example:" + port, "127.0.0.1:" + other,
          "localhost:" + other, QByteArray("127.0.0.1"), "localhost." + port,
          "127.0.0.1:" + port + ".evil.example"}) {
        const RawResponse r = served(*url, verifyRequest(host, key->secret));
        QVERIFY2(r.status == 421, host.constData());
        QCOMPARE(r.code(), u"misdirected_request"_s);
        QVERIFY(r.jsonOk && r.json.value(u"success"_s) == QJsonValue(false)); // §2 envelope
        QVERIFY(!r.body.contains(key->secret));
        QVERIFY(!r.body.contains("\"valid\""));
    }
    // Every route, not only verify.
    const RawResponse health =
        served(*url, "GET /healthz HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n");
    QCOMPARE(health.status, 421);
    QCOMPARE(served(*url, authRequest("evil.example", key->secret)).status, 421);
    // No Host, or two: 400 (RFC 9112 §3.2).
    const RawResponse none = served(*url, verifyRequest(QByteArray(), key->secret));
    QCOMPARE(none.status, 400);
    QCOMPARE(none.code(), u"invalid_request"_s);
    QCOMPARE(none.json[u"error"_s].toObject()[u"param"_s].toString(), u"Host"_s);
    const RawResponse two = served(*url, "GET /healthz HTTP/1.1\r\nHost: 127.0.0.1:" + port +
                                             "\r\nHost: evil.example\r\n"
                                             "Connection: close\r\n\r\n");
    QCOMPARE(two.status, 400);
    // latchkeyd's own serve answers whatever the Host (its operator's proxy sets it).
    const RawResponse daemon =
        rawExchange(QUrl(server.url),
                    "GET /healthz HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n");
    QCOMPARE(daemon.status, 200);
    local->stopServing();
}

QTEST_GUILESS_MAIN(TestBackends)
#include "tst_backends.moc"
