// SPDX-License-Identifier: MIT
#include "scopecatalogtext.h"

#include <QCoreApplication>

namespace latchkey::models {

namespace {

// Every readable string of resources/scopes.json, in the file's order: service names and
// descriptions, the descriptions of their actions, then the management scopes'. A string added
// to or changed in the file belongs here too (tst_i18n::scopeCatalogTextsListed fails until it
// is), then in the .ts files (`update_translations`, then translate).
constexpr const char *kTexts[] = {
    // forms
    QT_TRANSLATE_NOOP("ScopeCatalog", "Forms"),
    QT_TRANSLATE_NOOP("ScopeCatalog", "Hosted forms: definitions, submissions and exports."),
    QT_TRANSLATE_NOOP("ScopeCatalog", "Read published forms so a page can render them."),
    QT_TRANSLATE_NOOP("ScopeCatalog", "Submit entries to a published form."),
    QT_TRANSLATE_NOOP("ScopeCatalog",
                      "Read and export submissions (CSV or JSON), which may hold personal data."),
    QT_TRANSLATE_NOOP("ScopeCatalog", "Create, edit and publish forms."),
    QT_TRANSLATE_NOOP("ScopeCatalog",
                      "Delete forms and submissions, and change retention and form ownership."),
    // bookings
    QT_TRANSLATE_NOOP("ScopeCatalog", "Bookings"),
    QT_TRANSLATE_NOOP("ScopeCatalog", "Appointments and reservations."),
    QT_TRANSLATE_NOOP("ScopeCatalog", "Read availability and published booking pages."),
    QT_TRANSLATE_NOOP("ScopeCatalog", "Book a free slot for a customer."),
    QT_TRANSLATE_NOOP("ScopeCatalog", "Cancel or reschedule existing bookings."),
    QT_TRANSLATE_NOOP("ScopeCatalog", "Edit calendars, slots and booking rules."),
    QT_TRANSLATE_NOOP("ScopeCatalog",
                      "Delete calendars, export customer lists and change staff access."),
    // payments
    QT_TRANSLATE_NOOP("ScopeCatalog", "Payments"),
    QT_TRANSLATE_NOOP("ScopeCatalog", "Checkout and payments."),
    QT_TRANSLATE_NOOP("ScopeCatalog", "Read payments, customers and their status."),
    // NOLINTBEGIN(bugprone-suspicious-missing-comma): one text, two lines
    QT_TRANSLATE_NOOP("ScopeCatalog", "Start a checkout (a payment intent) from a web page; "
                                      "capturing it needs a secret key."),
    // NOLINTEND(bugprone-suspicious-missing-comma)
    QT_TRANSLATE_NOOP("ScopeCatalog", "Capture authorised payments."),
    QT_TRANSLATE_NOOP("ScopeCatalog", "Refund payments in part or in full."),
    QT_TRANSLATE_NOOP("ScopeCatalog", "Change payout accounts, fees and payment settings."),
    // management
    QT_TRANSLATE_NOOP("ScopeCatalog",
                      "List and read API keys and their settings (never their secrets)."),
    QT_TRANSLATE_NOOP("ScopeCatalog", "Create, edit, roll and revoke API keys, granting only "
                                      "scopes the caller holds."),
    QT_TRANSLATE_NOOP("ScopeCatalog", "List webhook endpoints and their delivery settings."),
    QT_TRANSLATE_NOOP("ScopeCatalog",
                      "Create and delete webhook endpoints and rotate their signing secrets."),
    QT_TRANSLATE_NOOP("ScopeCatalog", "Read the workspace's audit log."),
};

} // namespace

QString catalogText(const QString &english)
{
    if (english.isEmpty())
        return english;
    return QCoreApplication::translate(kScopeCatalogContext, english.toUtf8().constData());
}

QString serviceName(const ScopeCatalog &catalog, const QString &serviceId)
{
    return catalogText(catalog.serviceName(serviceId));
}

QString scopeDescription(const ScopeInfo &scope)
{
    return catalogText(scope.description);
}

QStringList shippedCatalogTexts()
{
    QStringList out;
    for (const char *text : kTexts)
        out.append(QString::fromUtf8(text));
    return out;
}

} // namespace latchkey::models
