// SPDX-License-Identifier: MIT
#pragma once
// The selected key's details under the key table: every fact of the key in words ("No limit",
// "Any address", "Never"), who made it, when and from where it was last used, and its usage
// over the last 30 days (UsageChart), read from the backend each time another key is shown.

#include "client/backend.h"

#include <QWidget>

class QFormLayout;
class QLabel;
class QStackedWidget;

namespace latchkey::ui {

class UsageChart;

class KeyDetailsPanel : public QWidget
{
    Q_OBJECT

public:
    static constexpr int kUsageDays = 30;

    KeyDetailsPanel(client::Backend &backend, QWidget *parent = nullptr);

    void setWorkspace(const QString &workspaceId, const ScopeCatalog &catalog);
    /// Shows \p key (null: a hint to select one). \p lineage is what the Rotation column says.
    /// The usage is asked for again only when the key is another one, or on \p reloadUsage.
    void showKey(const ApiKeyRecord *key, const QString &lineage, qint64 nowMs,
                 bool reloadUsage = false);
    QString keyId() const { return m_keyId; }
    UsageChart *chart() const { return m_chart; }
    /// The text a fact shows, by the object name of its value ("detailsRateLimit").
    QString fact(const char *objectName) const;

signals:
    /// The usage of the shown key arrived (or failed: then the chart says why).
    void usageShown();

private:
    /// A fact's row in \p form: what the key is (m_form) or how it lives (m_lifeForm).
    QLabel *addFact(QFormLayout *form, const QString &label, const char *objectName);
    void loadUsage();

    client::Backend &m_backend;
    QString m_workspaceId;
    ScopeCatalog m_catalog;
    QString m_keyId;
    int m_request = 0;
    QStackedWidget *m_stack;
    QLabel *m_title;
    QFormLayout *m_form;     ///< what the key is: id, status, scopes, restrictions
    QFormLayout *m_lifeForm; ///< how it lives: limit, created, used, expires, rotation
    QLabel *m_usageSummary;
    UsageChart *m_chart;
};

} // namespace latchkey::ui
