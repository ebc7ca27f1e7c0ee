// SPDX-License-Identifier: MIT
#include "keydetailspanel.h"

#include "usagechart.h"

#include "core/keytext.h"
#include "models/keytablemodel.h"
#include "models/scopecatalogtext.h"

#include <QDateTime>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QScrollArea>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace latchkey::ui {

namespace {
QString when(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}
} // namespace

KeyDetailsPanel::KeyDetailsPanel(client::Backend &backend, QWidget *parent)
    : QWidget(parent)
    , m_backend(backend)
    , m_stack(new QStackedWidget(this))
    , m_title(new QLabel(this))
    , m_form(new QFormLayout)
    , m_usageSummary(new QLabel(this))
    , m_chart(new UsageChart(this))
{
    setObjectName(QStringLiteral("keyDetails"));
    setAccessibleName(tr("Key details"));

    auto *hint = new QLabel(tr("Select a key to see its details and its use over the last 30 "
                               "days."),
                            this);
    hint->setObjectName(QStringLiteral("keyDetailsHint"));
    hint->setAlignment(Qt::AlignCenter);
    hint->setWordWrap(true);
    hint->setEnabled(false);

    m_title->setObjectName(QStringLiteral("detailsTitle"));
    QFont big = m_title->font();
    big.setBold(true);
    m_title->setFont(big);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *facts = new QWidget(this);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setContentsMargins(0, 0, 0, 0);
    facts->setLayout(m_form);
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("keyFactsScroll"));
    scroll->setWidget(facts);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->viewport()->setAutoFillBackground(false); // the page's background, not a grey box
    facts->setAutoFillBackground(false);

    m_usageSummary->setObjectName(QStringLiteral("usageSummary"));
    m_usageSummary->setWordWrap(true);
    m_usageSummary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *usage = new QVBoxLayout;
    usage->addWidget(m_chart, 1);
    usage->addWidget(m_usageSummary);

    auto *shown = new QWidget(this);
    auto *columns = new QHBoxLayout;
    columns->addWidget(scroll, 1);
    columns->addLayout(usage, 1);
    auto *layout = new QVBoxLayout(shown);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addLayout(columns, 1);

    m_stack->addWidget(hint);
    m_stack->addWidget(shown);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_stack);

    addFact(tr("ID:"), "detailsId");
    addFact(tr("Status:"), "detailsStatus");
    addFact(tr("Description:"), "detailsDescription");
    addFact(tr("Service:"), "detailsService");
    addFact(tr("Scopes:"), "detailsScopes");
    addFact(tr("Allowed origins:"), "detailsOrigins");
    addFact(tr("IP addresses:"), "detailsIps");
    addFact(tr("Endpoints:"), "detailsEndpoints");
    addFact(tr("Rate limit:"), "detailsRateLimit");
    addFact(tr("Created:"), "detailsCreated");
    addFact(tr("Last used:"), "detailsLastUsed");
    addFact(tr("Expires:"), "detailsExpires");
    addFact(tr("Rotation:"), "detailsRotation");
    showKey(nullptr, {}, 0);
}

QLabel *KeyDetailsPanel::addFact(const QString &label, const char *objectName)
{
    auto *value = new QLabel(this);
    value->setObjectName(QLatin1String(objectName));
    value->setWordWrap(true);
    value->setTextFormat(Qt::PlainText);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    value->setAccessibleName(QString(label).remove(QLatin1Char(':')));
    m_form->addRow(label, value);
    return value;
}

QString KeyDetailsPanel::fact(const char *objectName) const
{
    const auto *value = findChild<QLabel *>(QLatin1String(objectName));
    return value ? value->text() : QString();
}

void KeyDetailsPanel::setWorkspace(const QString &workspaceId, const ScopeCatalog &catalog)
{
    m_workspaceId = workspaceId;
    m_catalog = catalog;
}

void KeyDetailsPanel::showKey(const ApiKeyRecord *key, const QString &lineage, qint64 nowMs,
                              bool reloadUsage)
{
    if (!key) {
        m_keyId.clear();
        ++m_request; // an answer still under way is for a key no longer shown
        m_stack->setCurrentIndex(0);
        return;
    }
    m_stack->setCurrentIndex(1);
    const bool isPublic = key->type == KeyType::Public;
    m_title->setText(tr("%1 — %2").arg(key->name, KeyText::displayForm(key->prefix, key->last4)));
    auto set = [this](const char *name, const QString &text, bool shown = true) {
        auto *value = findChild<QLabel *>(QLatin1String(name));
        value->setText(text);
        value->setVisible(shown);
        if (QWidget *label = m_form->labelForField(value))
            label->setVisible(shown);
    };
    const QString none = tr("None");
    set("detailsId", key->id);
    const KeyStatus status = keyStatus(*key, nowMs);
    set("detailsStatus",
        key->revokedAt ? tr("Revoked %1").arg(when(*key->revokedAt)) : models::statusText(status));
    set("detailsDescription", key->description, !key->description.isEmpty());
    set("detailsService", models::serviceName(m_catalog, key->serviceId), isPublic);
    set("detailsScopes", key->scopes.isEmpty() ? none : key->scopes.join(QLatin1Char('\n')));
    set("detailsOrigins", key->allowedOrigins.join(QLatin1Char('\n')), isPublic);
    set("detailsIps",
        key->ipAllowlist.isEmpty() ? tr("Any address") : key->ipAllowlist.join(QLatin1Char('\n')));
    set("detailsEndpoints",
        key->endpoints.isEmpty() ? tr("Any endpoint") : key->endpoints.join(QLatin1Char('\n')));
    set("detailsRateLimit", models::rateLimitText(key->rateLimit));
    set("detailsCreated", key->createdBy.isEmpty()
                              ? when(key->createdAt)
                              : tr("%1 by %2").arg(when(key->createdAt), key->createdBy));
    QString used = tr("Never");
    if (key->lastUsed)
        used = key->lastUsedIp.isEmpty()
                   ? when(*key->lastUsed)
                   : tr("%1 from %2").arg(when(*key->lastUsed), key->lastUsedIp);
    set("detailsLastUsed", used);
    set("detailsExpires", key->revokedAt   ? QStringLiteral("—")
                          : key->expiresAt ? when(*key->expiresAt)
                                           : tr("Never"));
    set("detailsRotation", lineage, !lineage.isEmpty());

    if (key->id != m_keyId || reloadUsage) {
        m_keyId = key->id;
        loadUsage();
    }
}

void KeyDetailsPanel::loadUsage()
{
    const int request = ++m_request;
    m_chart->setReport({});
    m_usageSummary->setText(m_chart->summary());
    m_backend.keyUsage(
        m_workspaceId, m_keyId, kUsageDays, this, [this, request](Result<UsageReport> r) {
            if (request != m_request)
                return; // another key is shown by now
            if (r.ok()) {
                m_chart->setReport(*r);
                m_usageSummary->setText(m_chart->summary());
            } else {
                m_usageSummary->setText(tr("Usage could not be read: %1").arg(r.error().message));
            }
            emit usageShown();
        });
}

} // namespace latchkey::ui
