// SPDX-License-Identifier: MIT
#pragma once
// The scope catalog's text for people (service names and descriptions, action and management
// scope descriptions) as the dashboard shows it. The catalog is data (resources/scopes.json, or
// the same English text from a server's GET /v1/scopes), which lupdate cannot read, so
// scopecatalogtext.cpp repeats every readable string of the shipped catalog in
// QT_TRANSLATE_NOOP("ScopeCatalog", …); the dashboard looks each text up in that context. Core
// and latchkeyd keep the catalog in English. tst_i18n checks that the list matches the file and
// tst_translations that each entry is translated.

#include "core/scopes.h"

#include <QString>
#include <QStringList>

namespace latchkey::models {

/// The translation context of the catalog's text.
inline constexpr char kScopeCatalogContext[] = "ScopeCatalog";

/// \p english (a text of the catalog) in the dashboard's language; unchanged when it has no
/// translation, as for an operator's own catalog.
QString catalogText(const QString &english);

/// The service's name in the dashboard's language ("Formulare" for "forms" in German).
QString serviceName(const ScopeCatalog &catalog, const QString &serviceId);

/// The scope's description in the dashboard's language.
QString scopeDescription(const ScopeInfo &scope);

/// Every readable string of the shipped resources/scopes.json, as listed for lupdate.
QStringList shippedCatalogTexts();

} // namespace latchkey::models
