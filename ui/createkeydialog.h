// SPDX-License-Identifier: MIT
#pragma once
// Create key: name, environment, scopes (what the role cannot grant disabled, with why), IP and
// endpoint allowlists, expiry, rate limit; for public keys the service, the origin allowlist and
// the ready embed snippet. The dialog sends the request and shows errors inline.
// The same form edits an existing key: environment, type and service are then fixed, and only
// the fields the user changed are sent, so renaming a key never counts as loosening it.

#include "client/backend.h"

#include <QDialog>
#include <QHash>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTreeView;

namespace latchkey::models {
class ScopeTreeModel;
}

namespace latchkey::ui {

class FieldError;
class MessageBar;
class OriginAllowlistEditor;

class CreateKeyDialog : public QDialog
{
    Q_OBJECT

public:
    /// The metadata entry that keeps a forms key's form slug (the embed snippet's form).
    static constexpr char kFormSlugKey[] = "form_slug";

    struct Context
    {
        QString workspaceId;
        Role role = Role::Viewer;
        Environment environment = Environment::Test;
        QStringList services; ///< the workspace's active services
        ScopeCatalog catalog;
    };

    CreateKeyDialog(client::Backend &backend, KeyType type, const Context &context,
                    QWidget *parent = nullptr);
    /// Edits \p key: the form starts filled in and the button saves the changes.
    CreateKeyDialog(client::Backend &backend, const ApiKeyRecord &key, const Context &context,
                    QWidget *parent = nullptr);

    /// Fills a new key's form with \p key's settings (Duplicate…): same scopes, restrictions,
    /// origins and description; a new name, secret and expiry.
    void duplicate(const ApiKeyRecord &key);

    /// `<script src=… data-public-key=… data-service-id=…>` (and data-form-slug for forms).
    static QString embedSnippet(const QString &token, const QString &serviceId,
                                const QString &formSlug);

    /// The request the form describes, or the first thing wrong with it.
    Result<CreateKeyRequest> request() const;
    /// Everything wrong with the form, in its order (empty when it can be sent).
    QList<ApiError> problems() const;
    /// Editing: what changed against the key being edited (empty fields: unchanged).
    Result<KeyPatch> patch() const;
    bool isEditing() const { return m_editing.has_value(); }
    models::ScopeTreeModel *scopeModel() const { return m_scopes; }
    /// Public keys: preselects the service the key is issued for.
    void setService(const QString &serviceId);
    /// Whether closing now would throw away something the user typed or chose.
    bool hasUnsavedInput() const;

public slots:
    /// Cancel, Escape or the window's close button: asks first when input would be lost.
    void reject() override;

signals:
    /// A key was created; for a secret key \p issued carries the secret to reveal once.
    void keyCreated(const latchkey::IssuedKey &issued);
    /// The edited key was saved.
    void keyUpdated(const latchkey::ApiKeyRecord &key);

private:
    void loadKey(const ApiKeyRecord &key);
    /// The settings a duplicate and an edit share: description, slug, service, origins,
    /// scopes, allowlists, rate limit.
    void fillFrom(const ApiKeyRecord &key);
    void submit();
    /// Shows \p error and puts the focus on the field it names (else on the submit button),
    /// so the next Enter never lands on Cancel.
    void showError(const ApiError &error);
    /// Shows each error beside its field (all at once), the rest in the bar, and focuses the
    /// first field with an error.
    void showErrors(const QList<ApiError> &errors);
    FieldError *errorFor(const QString &param) const;
    CreateKeyRequest build(QList<ApiError> &problems) const;
    /// After a public key is created the form is a record of it: nothing stays editable.
    void lockForm();
    void updateTarget();
    void updateSnippet();

    client::Backend &m_backend;
    KeyType m_type;
    Context m_context;
    QString m_createdToken;
    std::optional<ApiKeyRecord> m_editing;
    MessageBar *m_bar;
    QHash<QString, FieldError *> m_fieldErrors; ///< by the param an error names
    QLineEdit *m_name;
    QLineEdit *m_description;
    QComboBox *m_environment;
    QComboBox *m_service = nullptr;
    QLineEdit *m_formSlug = nullptr;
    models::ScopeTreeModel *m_scopes;
    QTreeView *m_scopeView;
    OriginAllowlistEditor *m_origins = nullptr;
    QPlainTextEdit *m_ips;
    QPlainTextEdit *m_endpoints;
    QCheckBox *m_expires;
    QDateTimeEdit *m_expiry;
    QCheckBox *m_limited;
    QSpinBox *m_limit;
    QSpinBox *m_window;
    QComboBox *m_windowUnit; ///< seconds, minutes, hours, day: the window is value × unit
    /// The window in seconds, as the spin box and its unit say.
    qint64 windowSeconds() const;
    void setWindowSeconds(qint64 seconds);
    QPlainTextEdit *m_snippet = nullptr;
    QPushButton *m_copySnippet = nullptr;
    QPushButton *m_create;
    QPushButton *m_cancel;
};

} // namespace latchkey::ui
