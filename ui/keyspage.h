// SPDX-License-Identifier: MIT
#pragma once
// One key table (secret or public) with its filter and actions. The keys live in the model
// only; the page keeps no copy of its own.

#include "createkeydialog.h"

#include "core/authorization.h"

#include <QWidget>

class QComboBox;
class QLineEdit;
class QPushButton;
class QSplitter;
class QStackedWidget;
class QTimer;
class QTableView;
class QLabel;

namespace latchkey::models {
class KeyFilterProxyModel;
class KeyTableModel;
} // namespace latchkey::models

namespace latchkey::ui {

class AttentionBar;
class KeyDetailsPanel;

class KeysPage : public QWidget
{
    Q_OBJECT

public:
    KeysPage(client::Backend &backend, KeyType type, QWidget *parent = nullptr);

    void setContext(const CreateKeyDialog::Context &context);
    models::KeyTableModel *model() const { return m_model; }
    models::KeyFilterProxyModel *proxy() const { return m_proxy; }
    QTableView *view() const { return m_view; }
    KeyDetailsPanel *details() const { return m_details; }
    AttentionBar *attention() const { return m_attention; }
    /// What the status filter shows: empty for every key but revoked ones.
    void setStatusFilter(const QList<KeyStatus> &statuses);
    /// Whether the table or the empty state (with its next step) is shown.
    bool isEmptyStateShown() const;
    /// The key of the current row, or null.
    const ApiKeyRecord *selectedKey() const;

public slots:
    CreateKeyDialog *createKey(const QString &serviceId = {});
    /// Opens the selected key in the key form: name, scopes, origins and restrictions.
    CreateKeyDialog *editSelected();
    void revokeSelected();
    void rollSelected();
    /// Opens a new key's form with the selected key's settings.
    CreateKeyDialog *duplicateSelected();
    void copySelectedToken();
    void focusFilter();
    /// Asks the store again what needs attention (after a change, or for another "now").
    void refreshAttention();

signals:
    void error(const QString &message);
    void notice(const QString &message);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    /// What core says the signed-in member may do here: success, or why not.
    Status allowed(Operation op) const;
    void updateActions();
    void updateEmptyState();
    void rollKey(const ApiKeyRecord &key);
    /// A new secret key's secret, shown once.
    void revealCreated(const IssuedKey &issued);

    client::Backend &m_backend;
    KeyType m_type;
    CreateKeyDialog::Context m_context;
    models::KeyTableModel *m_model;
    models::KeyFilterProxyModel *m_proxy;
    KeyDetailsPanel *m_details;
    QTimer *m_filterTimer;
    QTableView *m_view;
    QLineEdit *m_filter;
    QLabel *m_count;
    QPushButton *m_create;
    QPushButton *m_edit;
    QPushButton *m_revoke;
    QPushButton *m_duplicate;
    QComboBox *m_status;
    AttentionBar *m_attention;
    QStackedWidget *m_stack;
    QSplitter *m_split;
    bool m_splitSized = false; ///< the first height given; the user's own after that
    QLabel *m_emptyTitle;
    QLabel *m_emptyText;
    QPushButton *m_emptyAction;
    QPushButton *m_roll = nullptr;
    bool m_attentionPending = false;
    QPushButton *m_copy = nullptr;
};

} // namespace latchkey::ui
