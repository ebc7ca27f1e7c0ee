// SPDX-License-Identifier: MIT
#include "keyspage.h"

#include "clipboard.h"
#include "headerfit.h"
#include "keydetailspanel.h"
#include "revokekeycommand.h"
#include "rollkeycommand.h"
#include "secretrevealdialog.h"
#include "widgetnames.h"

#include "models/keyfilterproxymodel.h"
#include "models/keytablemodel.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace latchkey::ui {

using models::KeyTableModel;

KeysPage::KeysPage(client::Backend &backend, KeyType type, QWidget *parent)
    : QWidget(parent)
    , m_backend(backend)
    , m_type(type)
    , m_model(new KeyTableModel(backend, type, this))
    , m_proxy(new models::KeyFilterProxyModel(this))
    , m_filterTimer(new QTimer(this))
{
    const bool isPublic = type == KeyType::Public;
    setObjectName(isPublic ? QStringLiteral("publicKeysPage") : QStringLiteral("secretKeysPage"));

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(KeyTableModel::SortRole);
    // Instant filtering of what is loaded, then the backend's answer for what is not.
    m_filterTimer->setSingleShot(true);
    m_filterTimer->setInterval(250);
    connect(m_filterTimer, &QTimer::timeout, this,
            [this] { m_model->setNameFilter(m_filter->text().trimmed()); });

    m_filter = named(new QLineEdit(this), "keyFilterEdit", tr("Filter keys"));
    m_filter->setPlaceholderText(tr("Filter by name or key (Ctrl+F)"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterText(text.trimmed());
        m_filterTimer->start();
    });

    m_create =
        named(new QPushButton(QIcon(QStringLiteral(":/latchkey/icons/add.svg")),
                              isPublic ? tr("Create public key") : tr("Create secret key"), this),
              "createKeyButton", isPublic ? tr("Create public key") : tr("Create secret key"));
    m_create->setToolTip(tr("Ctrl+N"));
    m_revoke = named(
        new QPushButton(QIcon(QStringLiteral(":/latchkey/icons/revoke.svg")), tr("Revoke…"), this),
        "revokeKeyButton", tr("Revoke the selected key"));
    m_revoke->setToolTip(tr("Del"));
    m_edit = named(
        new QPushButton(QIcon(QStringLiteral(":/latchkey/icons/edit.svg")), tr("Edit…"), this),
        "editKeyButton", tr("Edit the selected key"));
    m_edit->setToolTip(tr("Change the name, scopes, origins and restrictions (or double-click)"));
    connect(m_create, &QPushButton::clicked, this, [this] { createKey(); });
    connect(m_edit, &QPushButton::clicked, this, &KeysPage::editSelected);
    connect(m_revoke, &QPushButton::clicked, this, &KeysPage::revokeSelected);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_filter, 1);
    bar->addWidget(m_create);
    bar->addWidget(m_edit);
    if (!isPublic) {
        m_roll = named(
            new QPushButton(QIcon(QStringLiteral(":/latchkey/icons/roll.svg")), tr("Roll…"), this),
            "rollKeyButton", tr("Roll the selected key"));
        connect(m_roll, &QPushButton::clicked, this, &KeysPage::rollSelected);
        bar->addWidget(m_roll);
    } else {
        m_copy = named(new QPushButton(QIcon(QStringLiteral(":/latchkey/icons/copy.svg")),
                                       tr("Copy token"), this),
                       "copyTokenButton", tr("Copy the selected public key"));
        m_copy->setToolTip(tr("Ctrl+C"));
        connect(m_copy, &QPushButton::clicked, this, &KeysPage::copySelectedToken);
        bar->addWidget(m_copy);
    }
    bar->addWidget(m_revoke);

    m_view = named(new QTableView(this), "keyTable", isPublic ? tr("Public keys") : tr("API keys"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(KeyTableModel::CreatedColumn, Qt::DescendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->setColumnWidth(KeyTableModel::NameColumn, 180);
    m_view->setColumnWidth(KeyTableModel::KeyColumn, isPublic ? 330 : 140);
    m_view->setColumnWidth(KeyTableModel::StatusColumn, 80);
    m_view->setColumnWidth(KeyTableModel::CreatedColumn, 125);
    m_view->setColumnWidth(KeyTableModel::LastUsedColumn, 100);
    m_view->setColumnWidth(KeyTableModel::ExpiresColumn, 100);
    m_view->setColumnWidth(KeyTableModel::RotationColumn, 160);
    keepTitlesWhole(m_view->horizontalHeader());
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &KeysPage::updateActions);
    m_details = new KeyDetailsPanel(backend, this);
    connect(m_view, &QAbstractItemView::doubleClicked, this, [this] {
        if (m_edit->isEnabled())
            editSelected();
    });

    auto *revokeAction = new QAction(tr("Revoke key"), m_view);
    revokeAction->setShortcut(QKeySequence::Delete);
    revokeAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(revokeAction, &QAction::triggered, this, &KeysPage::revokeSelected);
    m_view->addAction(revokeAction);
    // Ctrl+C on the table goes through Clipboard, not the view's own copy.
    m_view->installEventFilter(this);
    m_filter->installEventFilter(this);

    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("keyCount"));
    auto updateCount = [this] {
        m_count->setText(m_model->canFetchMore({})
                             ? tr("%n key(s) loaded; scroll for more", nullptr, m_model->rowCount())
                             : tr("%n key(s)", nullptr, m_model->rowCount()));
    };
    connect(m_model, &KeyTableModel::pageLoaded, this, updateCount);
    connect(m_model, &QAbstractItemModel::modelReset, this, updateCount);
    connect(m_model, &KeyTableModel::failed, this, &KeysPage::error);
    connect(m_model, &QAbstractItemModel::modelReset, this, &KeysPage::updateActions);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &KeysPage::updateActions);

    // The table above, the selected key's details below: the table keeps its width for its
    // columns, and the splitter lets either side have more room.
    auto *split = new QSplitter(Qt::Vertical, this);
    split->setObjectName(QStringLiteral("keySplitter"));
    split->setChildrenCollapsible(false);
    split->addWidget(m_view);
    split->addWidget(m_details);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(split, 1);
    layout->addWidget(m_count);
    updateActions();
}

void KeysPage::setContext(const CreateKeyDialog::Context &context)
{
    m_context = context;
    const Status canCreate = allowed(Operation::CreateKey);
    m_create->setEnabled(canCreate.ok() && !context.workspaceId.isEmpty());
    m_create->setToolTip(canCreate.ok() ? tr("Ctrl+N") : canCreate.error().message);
    m_details->setWorkspace(context.workspaceId, context.catalog);
    m_model->setWorkspace(context.workspaceId, context.environment);
}

Status KeysPage::allowed(Operation op) const
{
    // The signed-in member as core sees them: the dashboard never decides a right itself.
    return Authorization::authorize(
        m_context.catalog, Actor::member({}, {}, m_context.workspaceId, m_context.role), op);
}

const ApiKeyRecord *KeysPage::selectedKey() const
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return nullptr;
    return m_model->key(m_proxy->mapToSource(current).row());
}

void KeysPage::updateActions()
{
    const ApiKeyRecord *key = selectedKey();
    // The details say what the Rotation column says.
    const QModelIndex current = m_proxy->mapToSource(m_view->currentIndex());
    m_details->showKey(
        key,
        key ? current.siblingAtColumn(KeyTableModel::RotationColumn).data().toString() : QString(),
        m_model->now());
    m_revoke->setEnabled(RevokeKeyCommand::canRun(key) && allowed(Operation::RevokeKey).ok());
    m_edit->setEnabled(key && !key->revokedAt && allowed(Operation::UpdateKey).ok());
    if (m_roll) {
        // Offered only where the server would roll it, saying why not otherwise.
        Status canRoll = allowed(Operation::RollKey);
        if (canRoll.ok() && key)
            canRoll = RollKeyCommand::whyNot(key);
        m_roll->setEnabled(key && canRoll.ok());
        m_roll->setToolTip(!canRoll.ok() ? canRoll.error().message : tr("Roll the selected key"));
    }
    if (m_copy)
        m_copy->setEnabled(key && !key->token.isEmpty());
}

CreateKeyDialog *KeysPage::createKey(const QString &serviceId)
{
    if (!m_create->isEnabled()) {
        const Status canCreate = allowed(Operation::CreateKey);
        emit error(!canCreate.ok() ? canCreate.error().message
                                   : tr("Pick a workspace before creating a key."));
        return nullptr;
    }
    auto *dialog = new CreateKeyDialog(m_backend, m_type, m_context, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &CreateKeyDialog::keyCreated, this, [this](const IssuedKey &issued) {
        m_model->reload();
        emit keysChanged();
        if (issued.key.type != KeyType::Secret)
            return;
        QByteArray secret = issued.secret;
        auto *reveal =
            new SecretRevealDialog(std::move(secret), tr("Your new secret key"),
                                   tr("Secret key “%1” is ready. Use it only on your servers.")
                                       .arg(issued.key.name.toHtmlEscaped()),
                                   this);
        reveal->setAttribute(Qt::WA_DeleteOnClose);
        reveal->open();
    });
    if (!serviceId.isEmpty())
        dialog->setService(serviceId);
    dialog->open();
    return dialog;
}

CreateKeyDialog *KeysPage::editSelected()
{
    const ApiKeyRecord *key = selectedKey();
    if (!key) {
        emit error(tr("Select the key to edit first."));
        return nullptr;
    }
    if (const Status s = allowed(Operation::UpdateKey); !s.ok()) {
        emit error(s.error().message);
        return nullptr;
    }
    if (key->revokedAt) {
        emit error(tr("“%1” is revoked and can no longer be changed.").arg(key->name));
        return nullptr;
    }
    auto *dialog = new CreateKeyDialog(m_backend, *key, m_context, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &CreateKeyDialog::keyUpdated, this, [this](const ApiKeyRecord &k) {
        m_model->updateKey(k);
        emit notice(tr("Saved the changes to “%1”.").arg(k.name));
        emit keysChanged();
    });
    dialog->open();
    return dialog;
}

void KeysPage::revokeSelected()
{
    const ApiKeyRecord *key = selectedKey();
    if (!key) {
        emit error(tr("Select the key to revoke first."));
        return;
    }
    if (const Status s = allowed(Operation::RevokeKey); !s.ok()) {
        emit error(s.error().message);
        return;
    }
    auto *command = new RevokeKeyCommand(m_backend, m_context.workspaceId, *key, this);
    connect(command, &RevokeKeyCommand::succeeded, this, [this](const ApiKeyRecord &k) {
        m_model->updateKey(k);
        emit notice(tr("“%1” has been revoked.").arg(k.name));
        emit keysChanged();
    });
    connect(command, &RevokeKeyCommand::failed, this, &KeysPage::error);
    command->start();
}

void KeysPage::rollSelected()
{
    const ApiKeyRecord *key = selectedKey();
    if (!m_roll || !key) {
        emit error(tr("Select the secret key to roll first."));
        return;
    }
    if (const Status s = allowed(Operation::RollKey); !s.ok()) {
        emit error(s.error().message);
        return;
    }
    auto *command = new RollKeyCommand(m_backend, m_context.workspaceId, *key, this);
    connect(command, &RollKeyCommand::succeeded, this, [this](const ApiKeyRecord &k) {
        m_model->reload();
        emit notice(tr("“%1” has been rolled.").arg(k.name));
        emit keysChanged();
    });
    connect(command, &RollKeyCommand::failed, this, &KeysPage::error);
    command->start();
}

void KeysPage::copySelectedToken()
{
    const ApiKeyRecord *key = selectedKey();
    if (!key || key->token.isEmpty()) {
        emit error(tr("Select the public key to copy first."));
        return;
    }
    Clipboard::instance()->setText(key->token, false);
    emit notice(tr("Copied the public key of “%1”.").arg(key->name));
}

bool KeysPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent *>(event)->matches(QKeySequence::Copy)) {
        if (m_type == KeyType::Public)
            copySelectedToken();
        else if (const QModelIndex current = m_view->currentIndex(); current.isValid())
            Clipboard::instance()->setText(current.data().toString(), false);
        return true;
    }
    // Escape in a filled filter clears it (and goes no further); in an empty one it does
    // whatever Escape does around it.
    if (watched == m_filter && event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape && !m_filter->text().isEmpty()) {
        m_filter->clear();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void KeysPage::focusFilter()
{
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

} // namespace latchkey::ui
