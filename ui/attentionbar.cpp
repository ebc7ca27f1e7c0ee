// SPDX-License-Identifier: MIT
#include "attentionbar.h"

#include "rollkeycommand.h"
#include "widgetnames.h"

#include "core/keyservice.h"
#include "models/keytablemodel.h"

#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace latchkey::ui {

AttentionBar::AttentionBar(client::Backend &backend, KeyType type, QWidget *parent)
    : QFrame(parent)
    , m_backend(backend)
    , m_type(type)
    , m_title(new QLabel(this))
    , m_rows(nullptr)
    , m_rowHolder(new QWidget(this))
{
    setObjectName(QStringLiteral("attentionBar"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::AlternateBase);
    m_title->setObjectName(QStringLiteral("attentionTitle"));
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_title->setWordWrap(true);
    auto *icon = new QLabel(this);
    icon->setPixmap(QIcon(QStringLiteral(":/latchkey/icons/warning.svg")).pixmap(20, 20));
    auto *head = new QHBoxLayout;
    head->addWidget(icon, 0, Qt::AlignTop);
    head->addWidget(m_title, 1);
    m_rows = new QVBoxLayout(m_rowHolder);
    m_rows->setContentsMargins(28, 0, 0, 0);
    m_rows->setSpacing(2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->addLayout(head);
    layout->addWidget(m_rowHolder);
    hide();
}

void AttentionBar::setRollAllowed(bool allowed, const QString &whyNot)
{
    m_rollAllowed = allowed;
    m_rollWhyNot = whyNot;
    rebuild();
}

void AttentionBar::refresh(const QString &workspaceId, Environment environment, qint64 nowMs)
{
    m_now = nowMs;
    const int generation = ++m_generation;
    if (workspaceId.isEmpty()) {
        m_expiring.clear();
        m_old.clear();
        rebuild();
        return;
    }
    // Rolled keys are left out afterwards, so a few more than shown are asked for.
    KeyQuery expiring;
    expiring.workspaceId = workspaceId;
    expiring.environment = environment;
    expiring.type = m_type;
    expiring.statuses = {KeyStatus::Expiring};
    expiring.orderBy = KeyOrder::Expires;
    expiring.descending = false;
    expiring.nowMs = nowMs;
    expiring.limit = 20;
    m_pending = m_type == KeyType::Secret ? 2 : 1;
    const auto keep = [this](const Page<ApiKeyRecord> &page, QList<ApiKeyRecord> &into,
                             bool &more) {
        into.clear();
        for (const ApiKeyRecord &k : page.items)
            if (k.replacedBy.isEmpty())
                into << k;
        more = page.hasMore || into.size() > kShown;
        if (into.size() > kShown)
            into.resize(kShown);
    };
    m_backend.listKeys(workspaceId, expiring, this,
                       [this, generation, keep](Result<Page<ApiKeyRecord>> r) {
                           if (generation != m_generation)
                               return;
                           if (r.ok())
                               keep(*r, m_expiring, m_moreExpiring);
                           if (--m_pending == 0)
                               rebuild();
                       });
    if (m_type != KeyType::Secret)
        return;
    // Secret keys past the rotation age: rotationRecommended() as the store can ask it.
    KeyQuery old = expiring;
    old.statuses = {KeyStatus::Active, KeyStatus::Expiring};
    old.createdBefore = nowMs - kRotationAgeMs;
    old.orderBy = KeyOrder::Created;
    m_backend.listKeys(workspaceId, old, this,
                       [this, generation, keep](Result<Page<ApiKeyRecord>> r) {
                           if (generation != m_generation)
                               return;
                           if (r.ok())
                               keep(*r, m_old, m_moreOld);
                           if (--m_pending == 0)
                               rebuild();
                       });
}

QString AttentionBar::sentence(const ApiKeyRecord &key) const
{
    if (key.expiresAt && keyStatus(key, m_now) == KeyStatus::Expiring &&
        std::any_of(m_expiring.cbegin(), m_expiring.cend(),
                    [&](const ApiKeyRecord &k) { return k.id == key.id; }))
        return tr("“%1” expires %2.").arg(key.name, models::relativeTime(key.expiresAt, m_now));
    return tr("“%1” was created %n day(s) ago; roll it regularly.", nullptr,
              int((m_now - key.createdAt) / (24LL * 3600 * 1000)))
        .arg(key.name);
}

void AttentionBar::addRow(const ApiKeyRecord &key)
{
    auto *row = new QWidget(m_rowHolder);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *text = new QLabel(sentence(key), row);
    text->setObjectName(QStringLiteral("attentionText"));
    text->setWordWrap(true);
    layout->addWidget(text, 1);
    if (m_type == KeyType::Secret) {
        Status canRoll = m_rollAllowed ? RollKeyCommand::whyNot(&key)
                                       : Status(ApiError::forbidden(m_rollWhyNot));
        auto *roll = named(
            new QPushButton(QIcon(QStringLiteral(":/latchkey/icons/roll.svg")), tr("Roll…"), row),
            "attentionRollButton", tr("Roll “%1”").arg(key.name));
        roll->setEnabled(canRoll.ok());
        roll->setToolTip(canRoll.ok() ? tr("Roll “%1”").arg(key.name) : canRoll.error().message);
        connect(roll, &QPushButton::clicked, this, [this, key] { emit rollRequested(key); });
        layout->addWidget(roll);
    }
    m_rows->addWidget(row);
}

void AttentionBar::rebuild()
{
    while (QLayoutItem *item = m_rows->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const int total = int(m_expiring.size() + m_old.size());
    if (total == 0) {
        hide();
        emit refreshed();
        return;
    }
    if (!m_expiring.isEmpty() && !m_old.isEmpty())
        m_title->setText(
            tr("Some keys need attention: they expire soon or are older than 90 days."));
    else if (!m_expiring.isEmpty())
        m_title->setText(tr("%n key(s) expire within 7 days.", nullptr, int(m_expiring.size())) +
                         (m_moreExpiring ? QLatin1Char(' ') + tr("There are more.") : QString()));
    else
        m_title->setText(
            tr("%n secret key(s) are older than 90 days.", nullptr, int(m_old.size())) +
            (m_moreOld ? QLatin1Char(' ') + tr("There are more.") : QString()));
    for (const ApiKeyRecord &k : m_expiring)
        addRow(k);
    for (const ApiKeyRecord &k : m_old)
        if (std::none_of(m_expiring.cbegin(), m_expiring.cend(),
                         [&](const ApiKeyRecord &e) { return e.id == k.id; }))
            addRow(k);
    if (!m_expiring.isEmpty()) {
        auto *line = new QWidget(m_rowHolder);
        auto *lineLayout = new QHBoxLayout(line);
        lineLayout->setContentsMargins(0, 0, 0, 0);
        auto *all = named(new QPushButton(tr("Show expiring keys"), line),
                          "attentionShowExpiringButton", tr("Show expiring keys in the table"));
        connect(all, &QPushButton::clicked, this, [this] { emit showStatus(KeyStatus::Expiring); });
        lineLayout->addWidget(all);
        lineLayout->addStretch(1);
        m_rows->addWidget(line);
    }
    setAccessibleName(m_title->text());
    show();
    emit refreshed();
}

} // namespace latchkey::ui
