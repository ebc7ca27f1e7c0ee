// SPDX-License-Identifier: MIT
#include "translations.h"

#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QPointer>
#include <QTranslator>

namespace latchkey::ui {

namespace {

constexpr auto kResourceDir = QLatin1String(":/i18n");

// The translators of the last installTranslations() call, removed by the next one.
QList<QPointer<QTranslator>> &installed()
{
    static QList<QPointer<QTranslator>> list;
    return list;
}

void removeInstalled()
{
    for (const QPointer<QTranslator> &t : std::as_const(installed())) {
        if (t) {
            QCoreApplication::removeTranslator(t);
            delete t;
        }
    }
    installed().clear();
}

// "de_CH" → "de", "fr-FR" → "fr", "EN" → "en".
QString languageOf(const QString &name)
{
    QString l = name.trimmed().toLower();
    l.replace(QLatin1Char('-'), QLatin1Char('_'));
    return l.section(QLatin1Char('_'), 0, 0);
}

// Qt's own catalogue (standard buttons such as Cancel, Yes, OK), if the system has one.
void installQtTranslation(QCoreApplication &app, const QString &lang)
{
    QStringList dirs{QLibraryInfo::path(QLibraryInfo::TranslationsPath),
                     // where windeployqt puts it, beside latchkey.exe
                     QCoreApplication::applicationDirPath() + QStringLiteral("/translations")};
#ifdef Q_OS_LINUX
    dirs.append(QStringLiteral("/usr/share/qt6/translations")); // the distribution's, for any Qt
#endif // portable: no-op on Windows and macOS because their Qt is deployed with the programs
    for (const QString &dir : dirs) {
        auto *qt = new QTranslator(&app);
        if (qt->load(QStringLiteral("qtbase_") + lang, dir) && app.installTranslator(qt)) {
            installed().append(qt);
            return;
        }
        delete qt;
    }
}

} // namespace

QCommandLineOption languageOption()
{
    return QCommandLineOption(
        QStringLiteral("lang"),
        QCoreApplication::translate("main", "The language of the dashboard: %1. The default "
                                            "follows the system.")
            .arg(availableLanguages().join(QStringLiteral(", "))),
        QStringLiteral("LANG"));
}

QStringList availableLanguages()
{
    QStringList langs{QStringLiteral("en")};
    const QStringList files = QDir(kResourceDir).entryList({QStringLiteral("latchkey_*.qm")});
    for (const QString &f : files)
        langs.append(f.mid(9, f.size() - 9 - 3)); // latchkey_<lang>.qm
    langs.sort();
    langs.removeDuplicates();
    return langs;
}

QString installTranslations(QCoreApplication &app, const QString &lang)
{
    removeInstalled();
    const QStringList available = availableLanguages();
    QString chosen;
    if (!lang.trimmed().isEmpty()) {
        chosen = languageOf(lang);
        if (!available.contains(chosen))
            return {};
    } else {
        // The first of the user's preferred UI languages that Latchkey speaks; English
        // counts, so an English desktop with German as a fallback stays English.
        const QStringList wanted = QLocale::system().uiLanguages();
        for (const QString &w : wanted) {
            if (available.contains(languageOf(w))) {
                chosen = languageOf(w);
                break;
            }
        }
        if (chosen.isEmpty())
            chosen = QStringLiteral("en");
    }

    // English is the source language; its catalogue holds only the plural forms ("1 key").
    auto *own = new QTranslator(&app);
    if (own->load(QStringLiteral("latchkey_") + chosen, kResourceDir) &&
        app.installTranslator(own)) {
        installed().append(own);
    } else {
        delete own;
        if (chosen != QLatin1String("en"))
            return {};
    }
    if (chosen != QLatin1String("en"))
        installQtTranslation(app, chosen);
    // Dates and numbers follow the chosen language, unless it is the system's own anyway.
    const QLocale system = QLocale::system();
    QLocale::setDefault(languageOf(system.name()) == chosen ? system : QLocale(chosen));
    return chosen;
}

} // namespace latchkey::ui
