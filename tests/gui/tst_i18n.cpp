// SPDX-License-Identifier: MIT
// The dashboard in German and French: `--lang` parsed and loaded as latchkey's main() does
// (ui::languageOption, ui::installTranslations), then the real MainWindow on a sandbox, read
// by object name. And the real latchkey binary following the system locale. The shipped scope
// catalog reads in the language too, and no table header is cut in any of them.

#include "fixture.h"

#include "client/restbackend.h"
#include "models/scopecatalogtext.h"
#include "models/scopetreemodel.h"
#include "ui/keyspage.h"
#include "ui/mainwindow.h"
#include "ui/translations.h"

#include <QCommandLineParser>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLibraryInfo>
#include <QListWidget>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QStyle>
#include <QTabWidget>
#include <QTest>
#include <QTreeView>
#include <QTreeWidget>

using namespace latchkey;

class TestI18n : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void developersTabsInLanguage_data();
    void developersTabsInLanguage();
    void unknownLanguageInstallsNothing();
    void qtStandardButtonsFollow();
    void binaryFollowsSystemLocale_data();
    void binaryFollowsSystemLocale();
    void binaryRejectsUnknownLanguage();
    void scopeCatalogTextsListed();
    void scopeCatalogInLanguage_data();
    void scopeCatalogInLanguage();
    void headerTitlesReadWhole_data();
    void headerTitlesReadWhole();

private:
    QTemporaryDir m_settingsDir;
    /// What main() does with its arguments: parse --lang, install the translators.
    static QString applyLanguageArgument(const QStringList &args);
};

QString TestI18n::applyLanguageArgument(const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption lang = ui::languageOption();
    parser.addOption(lang);
    if (!parser.parse(QStringList{QStringLiteral("latchkey")} + args))
        return QStringLiteral("parse error: ") + parser.errorText();
    return ui::installTranslations(*QCoreApplication::instance(), parser.value(lang));
}

void TestI18n::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
    const QStringList langs = ui::availableLanguages();
    QVERIFY2(langs.contains(QStringLiteral("de")) && langs.contains(QStringLiteral("fr")) &&
                 langs.contains(QStringLiteral("en")),
             qPrintable(QStringLiteral("embedded translations: %1 (expected de, en, fr)")
                            .arg(langs.join(u' '))));
}

void TestI18n::cleanup()
{
    QCOMPARE(applyLanguageArgument({QStringLiteral("--lang"), QStringLiteral("en")}),
             QStringLiteral("en"));
}

void TestI18n::developersTabsInLanguage_data()
{
    QTest::addColumn<QString>("lang");
    QTest::addColumn<QString>("expectedLang");
    QTest::addColumn<QStringList>("tabs"); // secret, public, webhooks, scopes, activity
    QTest::addColumn<QString>("developers");
    QTest::addColumn<QString>("twoKeys");
    QTest::addColumn<QString>("oneKey");
    QTest::newRow("de") << QStringLiteral("de") << QStringLiteral("de")
                        << QStringList{QStringLiteral("API-Schlüssel"),
                                       QStringLiteral("Öffentliche Schlüssel"),
                                       QStringLiteral("Webhooks"), QStringLiteral("Berechtigungen"),
                                       QStringLiteral("Aktivität")}
                        << QStringLiteral("Entwickler") << QStringLiteral("2 Schlüssel")
                        << QStringLiteral("1 Schlüssel");
    QTest::newRow("fr") << QStringLiteral("fr") << QStringLiteral("fr")
                        << QStringList{QStringLiteral("Clés d'API"),
                                       QStringLiteral("Clés publiques"), QStringLiteral("Webhooks"),
                                       QStringLiteral("Portées"), QStringLiteral("Activité")}
                        << QStringLiteral("Développeurs") << QStringLiteral("2 clés")
                        << QStringLiteral("1 clé");
    QTest::newRow("de_AT, a region of German")
        << QStringLiteral("de_AT") << QStringLiteral("de")
        << QStringList{QStringLiteral("API-Schlüssel"), QStringLiteral("Öffentliche Schlüssel"),
                       QStringLiteral("Webhooks"), QStringLiteral("Berechtigungen"),
                       QStringLiteral("Aktivität")}
        << QStringLiteral("Entwickler") << QStringLiteral("2 Schlüssel")
        << QStringLiteral("1 Schlüssel");
    QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("en")
                        << QStringList{QStringLiteral("API keys"), QStringLiteral("Public keys"),
                                       QStringLiteral("Webhooks"), QStringLiteral("Scopes"),
                                       QStringLiteral("Activity")}
                        << QStringLiteral("Developers") << QStringLiteral("2 keys")
                        << QStringLiteral("1 key");
}

void TestI18n::developersTabsInLanguage()
{
    QFETCH(QString, lang);
    QFETCH(QString, expectedLang);
    QFETCH(QStringList, tabs);
    QFETCH(QString, developers);
    QFETCH(QString, twoKeys);
    QFETCH(QString, oneKey);

    // Before any widget exists, as in main().
    QCOMPARE(applyLanguageArgument({QStringLiteral("--lang"), lang}), expectedLang);

    test::Sandbox sandbox;
    sandbox.makeKey(QStringLiteral("First"));
    sandbox.makeKey(QStringLiteral("Second"));
    {
        KeyService keys(sandbox.backend->store(), ScopeCatalog::builtin());
        CreateKeyRequest widget;
        widget.name = QStringLiteral("Widget");
        widget.environment = Environment::Test;
        widget.type = KeyType::Public;
        widget.serviceId = QStringLiteral("forms");
        widget.scopes = {QStringLiteral("service.forms.submit")};
        widget.allowedOrigins = {QStringLiteral("https://shop.example.com")};
        auto issued = keys.create(sandbox.ownerActor(), widget);
        QVERIFY2(issued.ok(), qPrintable(issued.ok() ? QString() : issued.error().message));
    }
    {
        ui::MainWindow window(*sandbox.backend);
        window.show();
        QTRY_VERIFY(!window.workspaceId().isEmpty());
        QTRY_COMPARE(sandbox.backend->pending(), 0);

        auto *tabWidget = window.findChild<QTabWidget *>(QStringLiteral("developerTabs"));
        QVERIFY(tabWidget);
        QCOMPARE(tabWidget->accessibleName(), developers);
        const char *pages[] = {"secretKeysPage", "publicKeysPage", "webhooksPage", "scopesPage",
                               "activityPage"};
        QCOMPARE(tabWidget->count(), 5);
        for (int i = 0; i < 5; ++i) {
            auto *page = window.findChild<QWidget *>(QLatin1String(pages[i]));
            QVERIFY2(page, pages[i]);
            const int index = tabWidget->indexOf(page);
            QVERIFY2(index >= 0, pages[i]);
            QCOMPARE(tabWidget->tabText(index), tabs.at(i));
        }
        auto *nav = window.findChild<QListWidget *>(QStringLiteral("pageNav"));
        QVERIFY(nav);
        QCOMPARE(nav->item(0)->text(), developers);

        // Plurals: %n key(s) with the language's numerus forms.
        auto *secretCount =
            window.secretKeysPage()->findChild<QLabel *>(QStringLiteral("keyCount"));
        auto *publicCount =
            window.publicKeysPage()->findChild<QLabel *>(QStringLiteral("keyCount"));
        QVERIFY(secretCount && publicCount);
        QTRY_COMPARE(secretCount->text(), twoKeys);
        QTRY_COMPARE(publicCount->text(), oneKey);
    }
    QTRY_COMPARE(sandbox.backend->pending(), 0);
}

void TestI18n::unknownLanguageInstallsNothing()
{
    QCOMPARE(applyLanguageArgument({QStringLiteral("--lang"), QStringLiteral("de")}),
             QStringLiteral("de"));
    QCOMPARE(QCoreApplication::translate("latchkey::ui::MainWindow", "Developers"),
             QStringLiteral("Entwickler"));
    // Asked for explicitly but not available: nothing is installed (main() exits with 2).
    QCOMPARE(applyLanguageArgument({QStringLiteral("--lang"), QStringLiteral("xx")}), QString());
    QCOMPARE(QCoreApplication::translate("latchkey::ui::MainWindow", "Developers"),
             QStringLiteral("Developers"));
}

// Qt's own catalogue translates standard buttons (Cancel in confirmations) when the system has
// it: qt6-translations-l10n, which the CI installs; the dashboard itself does not require it.
void TestI18n::qtStandardButtonsFollow()
{
    const QString qm =
        QLibraryInfo::path(QLibraryInfo::TranslationsPath) + QStringLiteral("/qtbase_de.qm");
    QVERIFY2(QFile::exists(qm),
             qPrintable(qm + QStringLiteral(" missing: install qt6-translations-l10n")));
    QCOMPARE(applyLanguageArgument({QStringLiteral("--lang"), QStringLiteral("de")}),
             QStringLiteral("de"));
    QDialogButtonBox box(QDialogButtonBox::Cancel);
    QCOMPARE(box.button(QDialogButtonBox::Cancel)->text(), QStringLiteral("Abbrechen"));
}

void TestI18n::binaryFollowsSystemLocale_data()
{
    QTest::addColumn<QString>("lang");
    QTest::addColumn<QString>("expected");
    QTest::newRow("de_DE") << QStringLiteral("de_DE.UTF-8")
                           << QStringLiteral("Die Sprache des Dashboards");
    QTest::newRow("fr_FR") << QStringLiteral("fr_FR.UTF-8")
                           << QStringLiteral("La langue du tableau de bord");
    QTest::newRow("C") << QStringLiteral("C") << QStringLiteral("The language of the dashboard");
}

void TestI18n::binaryFollowsSystemLocale()
{
    QFETCH(QString, lang);
    QFETCH(QString, expected);
    const QString latchkey = qEnvironmentVariable("LATCHKEY");
    QVERIFY2(QFileInfo(latchkey).isExecutable(),
             qPrintable(QStringLiteral("LATCHKEY='%1' is not the dashboard binary").arg(latchkey)));
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *var : {"LANGUAGE", "LC_ALL", "LC_MESSAGES"})
        env.remove(QLatin1String(var));
    env.insert(QStringLiteral("LANG"), lang);
    // No display at all, and a platform that would need one: --help and --version must be
    // answered before the GUI starts (on a server, over ssh, in a package's postinst).
    for (const char *var : {"DISPLAY", "WAYLAND_DISPLAY"})
        env.remove(QLatin1String(var));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb"));
    p.setProcessEnvironment(env);
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(latchkey, {QStringLiteral("--help")});
    QVERIFY(p.waitForFinished(120000));
    const QString out = QString::fromUtf8(p.readAll());
    QCOMPARE(p.exitStatus(), QProcess::NormalExit);
    QCOMPARE(p.exitCode(), 0);
    QVERIFY2(out.contains(QStringLiteral("--lang")) && out.contains(expected), qPrintable(out));
    // Its own output only: a platform may warn on stderr first (XDG_RUNTIME_DIR not set).
    p.setProcessChannelMode(QProcess::SeparateChannels);
    p.start(latchkey, {QStringLiteral("--version")});
    QVERIFY(p.waitForFinished(120000));
    QCOMPARE(p.exitCode(), 0);
    const QByteArray version = p.readAllStandardOutput();
    QVERIFY2(version.startsWith("latchkey "), version.constData());
}

void TestI18n::binaryRejectsUnknownLanguage()
{
    const QString latchkey = qEnvironmentVariable("LATCHKEY");
    QVERIFY2(QFileInfo(latchkey).isExecutable(), qPrintable(latchkey));
    QTemporaryDir data;
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(latchkey, {QStringLiteral("--lang"), QStringLiteral("xx"), QStringLiteral("--data-dir"),
                       data.path()});
    QVERIFY(p.waitForFinished(120000));
    const QString out = QString::fromUtf8(p.readAll());
    QCOMPARE(p.exitCode(), 2);
    QVERIFY2(out.contains(QStringLiteral("no translation for --lang xx; available: de, en, fr")),
             qPrintable(out));
}

namespace {

/// The strings of a scope catalog a person reads: every string value but the identifiers.
void collectReadable(const QJsonValue &v, const QString &key, QStringList &out)
{
    if (v.isObject()) {
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            collectReadable(it.value(), it.key(), out);
    } else if (v.isArray()) {
        for (const QJsonValue &e : v.toArray())
            collectReadable(e, key, out);
    } else if (v.isString() && key != u"id" && key != u"action" && key != u"scope") {
        out.append(v.toString());
    }
}

/// The title of each visible section of \p header that is narrower than the title needs: below
/// the header's own sectionSizeHint() (text, margins, sort indicator), or below the text's
/// advance in the header's font plus the style's margins. Empty when every title reads whole.
QStringList cutTitles(const QHeaderView *header)
{
    QStringList cut;
    const QAbstractItemModel *model = header->model();
    const QFontMetrics metrics(header->font());
    const int margins = 2 * header->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header);
    for (int i = 0; model && i < header->count(); ++i) {
        if (header->isSectionHidden(i))
            continue;
        const QString title = model->headerData(i, header->orientation()).toString();
        const int needed =
            std::max(header->sectionSizeHint(i), metrics.horizontalAdvance(title) + margins);
        if (header->sectionSize(i) < needed)
            cut.append(QStringLiteral("\"%1\" %2 px < %3 px")
                           .arg(title)
                           .arg(header->sectionSize(i))
                           .arg(needed));
    }
    return cut;
}

} // namespace

// Every readable string of the shipped catalog is listed for lupdate (tst_translations checks
// that each is translated), and nothing is listed that the catalog no longer has.
void TestI18n::scopeCatalogTextsListed()
{
    QFile file(QStringLiteral(":/latchkey/scopes.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll());
    QVERIFY(doc.isObject());
    QStringList shipped;
    collectReadable(doc.object(), {}, shipped);
    QVERIFY2(shipped.size() >= 20, qPrintable(shipped.join(u'\n')));
    const QStringList listed = models::shippedCatalogTexts();
    QStringList unlisted, stale;
    for (const QString &t : shipped)
        if (!listed.contains(t))
            unlisted << t;
    for (const QString &t : listed)
        if (!shipped.contains(t))
            stale << t;
    QVERIFY2(unlisted.isEmpty(),
             qPrintable(QStringLiteral("in resources/scopes.json but not in "
                                       "models/scopecatalogtext.cpp (would stay English):\n  ") +
                        unlisted.join(QStringLiteral("\n  "))));
    QVERIFY2(stale.isEmpty(),
             qPrintable(QStringLiteral("in models/scopecatalogtext.cpp but no longer in "
                                       "resources/scopes.json:\n  ") +
                        stale.join(QStringLiteral("\n  "))));
}

void TestI18n::scopeCatalogInLanguage_data()
{
    QTest::addColumn<QString>("lang");
    QTest::addColumn<QString>("forms");     // the service's name
    QTest::addColumn<QString>("submit");    // service.forms.submit
    QTest::addColumn<QString>("auditRead"); // audit.read
    QTest::newRow("de") << QStringLiteral("de") << QStringLiteral("Formulare")
                        << QStringLiteral("Einträge an ein veröffentlichtes Formular senden.")
                        << QStringLiteral("Das Audit-Protokoll des Arbeitsbereichs lesen.");
    QTest::newRow("fr") << QStringLiteral("fr") << QStringLiteral("Formulaires")
                        << QStringLiteral("Envoyer des réponses à un formulaire publié.")
                        << QStringLiteral("Lire le journal d'audit de l'espace de travail.");
    QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("Forms")
                        << QStringLiteral("Submit entries to a published form.")
                        << QStringLiteral("Read the workspace's audit log.");
}

// The catalog's English text (from the sandbox's core, or from a server's GET /v1/scopes) is
// shown in the dashboard's language: scope tree, service pages and the page list.
void TestI18n::scopeCatalogInLanguage()
{
    QFETCH(QString, lang);
    QFETCH(QString, forms);
    QFETCH(QString, submit);
    QFETCH(QString, auditRead);
    QCOMPARE(applyLanguageArgument({QStringLiteral("--lang"), lang}), lang);

    auto check = [&](const models::ScopeTreeModel &model) {
        QCOMPARE(model.item(0)->text(), forms);
        QStandardItem *item = model.itemForScope(QStringLiteral("service.forms.submit"));
        QVERIFY(item);
        QCOMPARE(item->parent()->child(item->row(), 1)->text(), submit);
        item = model.itemForScope(QStringLiteral("audit.read"));
        QVERIFY(item);
        QCOMPARE(item->parent()->child(item->row(), 1)->text(), auditRead);
    };
    // What the server-backed dashboard builds from GET /v1/scopes: the same English text.
    QJsonArray items;
    for (const ScopeInfo &s : ScopeCatalog::builtin().scopes()) {
        QJsonObject o{{QStringLiteral("scope"), s.scope},
                      {QStringLiteral("description"), s.description},
                      {QStringLiteral("public_safe"), s.publicSafe},
                      {QStringLiteral("privileged"), s.privileged}};
        if (!s.service.isEmpty()) {
            o.insert(QStringLiteral("service"), s.service);
            o.insert(QStringLiteral("service_name"),
                     ScopeCatalog::builtin().serviceName(s.service));
        }
        items.append(o);
    }
    const auto online = client::RestBackend::catalogFromItems(items);
    QVERIFY2(online.ok(), qPrintable(online.ok() ? QString() : online.error().message));
    check(models::ScopeTreeModel(*online, Grantor::member(Role::Owner)));

    test::Sandbox sandbox;
    ui::MainWindow window(*sandbox.backend);
    window.show();
    QTRY_VERIFY(!window.workspaceId().isEmpty());
    QTRY_COMPARE(sandbox.backend->pending(), 0);
    auto *tree = window.findChild<QTreeView *>(QStringLiteral("scopeCatalogTree"));
    QVERIFY(tree);
    auto *model = qobject_cast<models::ScopeTreeModel *>(tree->model());
    QVERIFY(model);
    check(*model);
    QCOMPARE(window.pages()->item(ui::MainWindow::FirstServicePage)->text(), forms);
    auto *page = window.findChild<QWidget *>(QStringLiteral("servicePage_forms"));
    QVERIFY(page);
    auto *scopes = page->findChild<QTreeWidget *>(QStringLiteral("serviceScopes"));
    QVERIFY(scopes);
    const auto found =
        scopes->findItems(QStringLiteral("service.forms.submit"), Qt::MatchExactly, 0);
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.constFirst()->text(2), submit);
}

void TestI18n::headerTitlesReadWhole_data()
{
    QTest::addColumn<QString>("lang");
    for (const char *lang : {"de", "fr", "en"})
        QTest::newRow(lang) << QString::fromLatin1(lang);
}

// At the window's default and smallest size, on every page and tab, each table header's title
// reads whole: no section is narrower than its title in the header's font (German "Zuletzt
// verwendet" and "Ratenbegrenzung" were cut by widths chosen for English).
void TestI18n::headerTitlesReadWhole()
{
    QFETCH(QString, lang);
    QCOMPARE(applyLanguageArgument({QStringLiteral("--lang"), lang}), lang);
    test::Sandbox sandbox;
    sandbox.makeKey(QStringLiteral("Backend"));
    // A table with no key shows what to do instead of its header: each key table gets one.
    sandbox.makeKey(QStringLiteral("Widget"), Environment::Test, KeyType::Public);
    ui::MainWindow window(*sandbox.backend);
    window.show();
    QTRY_VERIFY(!window.workspaceId().isEmpty());
    QTRY_COMPARE(sandbox.backend->pending(), 0);

    QStringList cut;
    int headersSeen = 0;
    auto checkVisible = [&](const QString &where) {
        QTest::qWait(20);
        for (QHeaderView *header : window.findChildren<QHeaderView *>()) {
            if (!header->isVisible() || header->orientation() != Qt::Horizontal)
                continue;
            ++headersSeen;
            for (const QString &c : cutTitles(header))
                cut << QStringLiteral("%1, %2: %3").arg(where, header->parent()->objectName(), c);
        }
    };
    const QSize defaultSize = window.size();
    for (const QSize size : {defaultSize, ui::MainWindow::kMinimumSize}) {
        window.resize(size);
        const QString at = QStringLiteral("%1×%2").arg(size.width()).arg(size.height());
        for (int row = 0; row < window.pages()->count(); ++row) {
            window.pages()->setCurrentRow(row);
            if (row != ui::MainWindow::DevelopersPage) {
                checkVisible(at + u' ' + window.pages()->item(row)->text());
                continue;
            }
            for (int tab = 0; tab < window.tabs()->count(); ++tab) {
                window.tabs()->setCurrentIndex(tab);
                checkVisible(at + u' ' + window.tabs()->tabText(tab));
            }
        }
    }
    // keys, public keys, webhooks, scopes, activity, members and two services, at two sizes
    QCOMPARE(headersSeen, 2 * 8);
    QVERIFY2(cut.isEmpty(), qPrintable(QStringLiteral("cut header titles in %1:\n  %2")
                                           .arg(lang, cut.join(QStringLiteral("\n  ")))));
    window.close();
    QTRY_COMPARE(sandbox.backend->pending(), 0);
}

QTEST_MAIN(TestI18n)
#include "tst_i18n.moc"
