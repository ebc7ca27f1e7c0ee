// SPDX-License-Identifier: MIT
// The dashboard in German and French: `--lang` parsed and loaded as latchkey's main() does
// (ui::languageOption, ui::installTranslations), then the real MainWindow on a sandbox, read
// by object name. And the real latchkey binary following the system locale.

#include "fixture.h"

#include "ui/keyspage.h"
#include "ui/mainwindow.h"
#include "ui/translations.h"

#include <QCommandLineParser>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLibraryInfo>
#include <QListWidget>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>

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

QTEST_MAIN(TestI18n)
#include "tst_i18n.moc"
