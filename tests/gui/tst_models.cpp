// SPDX-License-Identifier: MIT
// Models: lazy key paging, the scope tree's grantability, origin validation as you type.

#include "fixture.h"

#include "models/keytablemodel.h"
#include "models/originallowlistmodel.h"
#include "models/scopetreemodel.h"
#include "ui/originallowlisteditor.h"

#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace latchkey;

class TestModels : public QObject
{
    Q_OBJECT

private slots:
    void keyModelPagesLazily();
    void keyModelShowsStatusAndRotation();
    void keyModelShowsRateLimits();
    void developerScopes_data();
    void developerScopes();
    void publicKeyScopes();
    void originValidation_data();
    void originValidation();
    void originEditorValidatesAsYouType();
};

void TestModels::keyModelPagesLazily()
{
    test::Sandbox sandbox;
    KeyService keys(sandbox.backend->store(), ScopeCatalog::builtin());
    for (int i = 0; i < 120; ++i) {
        CreateKeyRequest r;
        r.name = QStringLiteral("key %1").arg(i);
        r.scopes = {QStringLiteral("service.forms.submit")};
        QVERIFY(keys.create(sandbox.ownerActor(), r).ok());
    }
    models::KeyTableModel model(*sandbox.backend, KeyType::Secret);
    model.setPageSize(50);
    model.setWorkspace(sandbox.workspaceId, Environment::Test);
    QTRY_COMPARE(model.rowCount(), 50);
    QVERIFY(model.canFetchMore({}));
    model.fetchMore({});
    QVERIFY(!model.canFetchMore({})); // one page in flight at a time
    QTRY_COMPARE(model.rowCount(), 100);
    QVERIFY(model.canFetchMore({}));
    model.fetchMore({});
    QTRY_COMPARE(model.rowCount(), 120);
    QTRY_VERIFY(!model.isLoading());
    QVERIFY(!model.canFetchMore({}));
    // newest first, and no key twice
    QSet<QString> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.insert(model.key(row)->id);
    QCOMPARE(ids.size(), 120);
    QCOMPARE(model.key(0)->name, QStringLiteral("key 119"));

    // a search reaches keys on pages never loaded
    model.setNameFilter(QStringLiteral("KEY 7"));
    QTRY_COMPARE(model.rowCount(), 11); // key 7, key 70 … key 79
    QVERIFY(!model.canFetchMore({}));
}

void TestModels::keyModelShowsStatusAndRotation()
{
    test::Sandbox sandbox;
    sandbox.makeKey(QStringLiteral("old key"));
    models::KeyTableModel model(*sandbox.backend, KeyType::Secret);
    // 100 days from now the key is past the 90-day rotation age
    const qint64 later = QDateTime::currentMSecsSinceEpoch() + 100LL * 24 * 3600 * 1000;
    model.setClock([later] { return later; });
    model.setWorkspace(sandbox.workspaceId, Environment::Test);
    QTRY_COMPARE(model.rowCount(), 1);
    using M = models::KeyTableModel;
    QCOMPARE(model.index(0, M::StatusColumn).data().toString(), QStringLiteral("Active"));
    QCOMPARE(model.index(0, M::RotationColumn).data().toString(),
             QStringLiteral("Rotation recommended"));
    QCOMPARE(model.index(0, M::LastUsedColumn).data().toString(), QStringLiteral("never"));
    QVERIFY(model.index(0, M::KeyColumn).data().toString().startsWith(QStringLiteral("sk_test_…")));
}

void TestModels::keyModelShowsRateLimits()
{
    // "rate_limit": null is a key nobody limited: never throttled, shown as "No limit".
    test::Sandbox sandbox;
    KeyService keys(sandbox.backend->store(), ScopeCatalog::builtin());
    const QList<std::pair<QString, std::optional<RateLimit>>> made{
        {QStringLiteral("free"), std::nullopt},
        {QStringLiteral("minute"), RateLimit{100, 60}},
        {QStringLiteral("odd"), RateLimit{5, 30}},
    };
    for (const auto &[name, limit] : made) {
        CreateKeyRequest r;
        r.name = name;
        r.scopes = {QStringLiteral("service.forms.submit")};
        r.rateLimit = limit;
        QVERIFY(keys.create(sandbox.ownerActor(), r).ok());
    }
    models::KeyTableModel model(*sandbox.backend, KeyType::Secret);
    model.setWorkspace(sandbox.workspaceId, Environment::Test);
    QTRY_COMPARE(model.rowCount(), 3);
    using M = models::KeyTableModel;
    QCOMPARE(model.headerData(M::RateLimitColumn, Qt::Horizontal, Qt::DisplayRole).toString(),
             QStringLiteral("Rate limit"));
    QHash<QString, QString> shown, tips;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QString name = model.index(row, M::NameColumn).data().toString();
        shown.insert(name, model.index(row, M::RateLimitColumn).data().toString());
        tips.insert(name, model.index(row, M::RateLimitColumn).data(Qt::ToolTipRole).toString());
    }
    QCOMPARE(shown.value(QStringLiteral("free")), QStringLiteral("No limit"));
    QCOMPARE(shown.value(QStringLiteral("minute")), QStringLiteral("100 per minute"));
    QCOMPARE(shown.value(QStringLiteral("odd")), QStringLiteral("5 per 30 s"));
    QVERIFY(tips.value(QStringLiteral("free")).contains(QStringLiteral("Never throttled")));
    QVERIFY(tips.value(QStringLiteral("odd")).startsWith(QStringLiteral("At most 5 call")));
}

void TestModels::developerScopes_data()
{
    QTest::addColumn<QString>("scope");
    QTest::addColumn<bool>("grantable");
    QTest::newRow("wildcard reserved") << QStringLiteral("*") << false;
    QTest::newRow("privileged manage") << QStringLiteral("service.forms.manage") << false;
    QTest::newRow("webhooks") << QStringLiteral("webhooks.write") << false;
    QTest::newRow("submit") << QStringLiteral("service.forms.submit") << true;
    QTest::newRow("keys.write") << QStringLiteral("keys.write") << true;
}

void TestModels::developerScopes()
{
    QFETCH(QString, scope);
    QFETCH(bool, grantable);
    models::ScopeTreeModel model(ScopeCatalog::builtin(), Grantor::member(Role::Developer));
    QStandardItem *item = model.itemForScope(scope);
    QVERIFY(item);
    QCOMPARE(item->isEnabled(), grantable);
    QCOMPARE(item->data(models::ScopeTreeModel::GrantableRole).toBool(), grantable);
    if (!grantable) {
        QVERIFY(!item->data(models::ScopeTreeModel::ReasonRole).toString().isEmpty());
        QVERIFY(
            item->toolTip().contains(item->data(models::ScopeTreeModel::ReasonRole).toString()));
        // checking a disabled scope never reaches the request
        item->setCheckState(Qt::Checked);
        QVERIFY(!model.checkedScopes().contains(scope));
    } else {
        item->setCheckState(Qt::Checked);
        QCOMPARE(model.checkedScopes(), QStringList{scope});
    }
}

void TestModels::publicKeyScopes()
{
    GrantTarget target{KeyType::Public, QStringLiteral("forms")};
    models::ScopeTreeModel model(ScopeCatalog::builtin(), Grantor::member(Role::Owner), target);
    QVERIFY(model.itemForScope(QStringLiteral("service.forms.submit"))->isEnabled());
    QVERIFY(!model.itemForScope(QStringLiteral("service.forms.export"))->isEnabled());
    QVERIFY(!model.itemForScope(QStringLiteral("service.bookings.read"))->isEnabled());
}

void TestModels::originValidation_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("normalised"); // empty: rejected
    QTest::newRow("bad scheme") << QStringLiteral("htp://x") << QString();
    QTest::newRow("path") << QStringLiteral("https://a.example/x") << QString();
    QTest::newRow("wildcard") << QStringLiteral("https://*.example.com")
                              << QStringLiteral("https://*.example.com");
    QTest::newRow("case and port") << QStringLiteral("HTTPS://Shop.Example.com:443")
                                   << QStringLiteral("https://shop.example.com");
    QTest::newRow("localhost") << QStringLiteral("http://localhost:3000")
                               << QStringLiteral("http://localhost:3000");
}

void TestModels::originValidation()
{
    QFETCH(QString, text);
    QFETCH(QString, normalised);
    auto r = models::OriginAllowlistModel::validate(text);
    QCOMPARE(r.ok(), !normalised.isEmpty());
    if (r.ok())
        QCOMPARE(*r, normalised);
    else
        QVERIFY(!r.error().message.isEmpty());
}

void TestModels::originEditorValidatesAsYouType()
{
    ui::OriginAllowlistEditor editor;
    editor.show();
    auto *edit = editor.findChild<QLineEdit *>(QStringLiteral("originEdit"));
    auto *add = editor.findChild<QPushButton *>(QStringLiteral("addOriginButton"));
    QVERIFY(edit && add);
    QVERIFY(!edit->accessibleName().isEmpty());
    QTest::keyClicks(edit, QStringLiteral("htp://x"));
    QVERIFY(!editor.isInputValid());
    QVERIFY(!add->isEnabled());
    edit->clear();
    QTest::keyClicks(edit, QStringLiteral("https://*.example.com"));
    QVERIFY(editor.isInputValid());
    QVERIFY(add->isEnabled());
    QTest::mouseClick(add, Qt::LeftButton);
    QCOMPARE(editor.origins(), QStringList{QStringLiteral("https://*.example.com")});
    QVERIFY(edit->text().isEmpty());
}

QTEST_MAIN(TestModels)
#include "tst_models.moc"
