// SPDX-License-Identifier: MIT
#pragma once
// The dashboard's language (latchkey --lang): Latchkey's own translations, embedded as resources
// (:/i18n/latchkey_<lang>.qm), plus Qt's for standard buttons and dialogs when the system has
// them (qtbase_<lang>.qm, Debian package qt6-translations-l10n). Install them before any
// widget is built: texts are translated when widgets are created.

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace latchkey::ui {

/// `--lang LANG`: the dashboard's language, e.g. de, fr or en; the default follows the system.
QCommandLineOption languageOption();

/// The languages Latchkey is translated into, plus "en" (the source language).
QStringList availableLanguages();

/// Installs the translators for `lang` ("de", "fr", "de_CH", "en"; empty means the system
/// locale's UI languages) on `app` and makes that language the default QLocale. Returns the
/// language in use ("en" when nothing fits), or an empty string when `lang` was asked for
/// explicitly but Latchkey has no translation for it (then nothing is installed).
/// Calling it again replaces the translators installed by the previous call.
QString installTranslations(QCoreApplication &app, const QString &lang = {});

} // namespace latchkey::ui
