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
    , m_lifeForm(new QFormLayout)
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

    // Two columns of facts beside the chart: the panel shows a key whole at the window's first
    // size, without scrolling (the scroll area is for keys with long lists).
    auto *facts = new QWidget(this);
    auto *factColumns = new QHBoxLayout(facts);
    factColumns->setContentsMargins(0, 0, 0, 0);
    for (QFormLayout *form : {m_form, m_lifeForm}) {
        form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
        form->setContentsMargins(0, 0, 0, 0);
        factColumns->addLayout(form, 1);
    }
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
    columns->addWidget(scroll, 2);
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

    addFact(m_form, tr("ID:"), "detailsId");
    addFact(m_form, tr("Status:"), "detailsStatus");
    addFact(m_form, tr("Description:"), "detailsDescription");
    addFact(m_form, tr("Service:"), "detailsService");
    addFact(m_form, tr("Scopes:"), "detailsScopes");
    addFact(m_form, tr("Allowed origins:"), "detailsOrigins");
    addFact(m_form, tr("IP addresses:"), "detailsIps");
    addFact(m_form, tr("Endpoints:"), "detailsEndpoints");
    addFact(m_lifeForm, tr("Rate limit:"), "detailsRateLimit");
    addFact(m_lifeForm, tr("Created:"), "detailsCreated");
    addFact(m_lifeForm, tr("Last used:"), "detailsLastUsed");
    addFact(m_lifeForm, tr("Expires:"), "detailsExpires");
    addFact(m_lifeForm, tr("Rotation:"), "detailsRotation");
    showKey(nullptr, {}, 0);
}

QLabel *KeyDetailsPanel::addFact(QFormLayout *form, const QString &label, const char *objectName)
{
    auto *value = new QLabel(this);
    value->setObjectName(QLatin1String(objectName));
    value->setWordWrap(true);
    value->setTextFormat(Qt::PlainText);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    value->setAccessibleName(QString(label).remove(QLatin1Char(':')));
    form->addRow(label, value);
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
        for (QFormLayout *form : {m_form, m_lifeForm})
            if (QWidget *label = form->labelForField(value))
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
