// SPDX-License-Identifier: MIT
#include "keyspage.h"

#include "attentionbar.h"
#include "clipboard.h"
#include "duplicatekeycommand.h"
#include "headerfit.h"
#include "keydetailspanel.h"
#include "revokekeycommand.h"
#include "rollkeycommand.h"
#include "secretrevealdialog.h"
#include "tablenavigation.h"
#include "widgetnames.h"

#include "models/keyfilterproxymodel.h"
#include "models/keytablemodel.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
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
    m_duplicate = named(new QPushButton(tr("Duplicate…"), this), "duplicateKeyButton",
                        tr("Duplicate the selected key"));
    m_duplicate->setToolTip(tr("A new key with the same settings, a new name and a new secret"));
    connect(m_duplicate, &QPushButton::clicked, this, &KeysPage::duplicateSelected);
    connect(m_create, &QPushButton::clicked, this, [this] { createKey(); });
    connect(m_edit, &QPushButton::clicked, this, &KeysPage::editSelected);
    connect(m_revoke, &QPushButton::clicked, this, &KeysPage::revokeSelected);

    // Which keys the table lists, by status; revoked ones only when asked for.
    m_status = named(new QComboBox(this), "statusFilterCombo", tr("Show keys by status"));
    m_status->addItem(tr("Current keys"), QVariant());
    for (KeyStatus st :
         {KeyStatus::Active, KeyStatus::Expiring, KeyStatus::Expired, KeyStatus::Revoked})
        m_status->addItem(models::statusText(st), int(st));
    m_status->addItem(tr("All keys"), -1);
    m_status->setToolTip(tr("Current keys: every key that is not revoked"));
    connect(m_status, &QComboBox::currentIndexChanged, this, [this] {
        const QVariant v = m_status->currentData();
        QList<KeyStatus> statuses;
        if (v.isValid() && v.toInt() >= 0)
            statuses = {KeyStatus(v.toInt())};
        else if (v.isValid())
            statuses = {KeyStatus::Active, KeyStatus::Expiring, KeyStatus::Expired,
                        KeyStatus::Revoked};
        m_model->setStatusFilter(statuses);
    });

    // Qt reads a combo box by its current item: its buddy label says what it is for.
    auto *statusLabel = new QLabel(tr("&Show:"), this);
    statusLabel->setBuddy(m_status);
    // Two rows, so every button reads whole at the smallest window: what to list and Create
    // above, what to do with the selected key below.
    auto *top = new QHBoxLayout;
    top->addWidget(m_filter, 1);
    top->addWidget(statusLabel);
    top->addWidget(m_status);
    top->addWidget(m_create);
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_edit);
    bar->addWidget(m_duplicate);
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
    bar->addStretch(1);

    m_view = named(new QTableView(this), "keyTable", isPublic ? tr("Public keys") : tr("API keys"));
    m_view->setModel(m_proxy);
    // The store sorts (KeyTableModel::sort), so the order covers every key, not only the
    // loaded ones; a column the store cannot sort by keeps the order there was.
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(KeyTableModel::CreatedColumn, Qt::DescendingOrder);
    connect(m_view->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this,
            [this](int column, Qt::SortOrder) {
                if (KeyTableModel::orderOf(column))
                    return;
                int shown = KeyTableModel::CreatedColumn;
                for (int c = 0; c < KeyTableModel::ColumnCount; ++c)
                    if (KeyTableModel::orderOf(c) == m_model->order())
                        shown = c;
                m_view->horizontalHeader()->setSortIndicator(shown, m_model->sortOrder());
            });
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
    m_view->setColumnWidth(KeyTableModel::ServiceColumn, 120);
    m_view->setColumnWidth(KeyTableModel::OriginsColumn, 220);
    // A public key's token is the whole key, read and copied whole; secret keys are not
    // rolled by origin or service.
    if (isPublic) {
        m_view->setColumnHidden(KeyTableModel::RotationColumn, true);
        // Where a public key works, right after what it is: service and origins by its status.
        QHeaderView *header = m_view->horizontalHeader();
        header->moveSection(header->visualIndex(KeyTableModel::ServiceColumn),
                            header->visualIndex(KeyTableModel::StatusColumn) + 1);
        header->moveSection(header->visualIndex(KeyTableModel::OriginsColumn),
                            header->visualIndex(KeyTableModel::ServiceColumn) + 1);
        m_view->horizontalHeader()->setSectionResizeMode(KeyTableModel::KeyColumn,
                                                         QHeaderView::ResizeToContents);
    } else {
        m_view->setColumnHidden(KeyTableModel::ServiceColumn, true);
        m_view->setColumnHidden(KeyTableModel::OriginsColumn, true);
    }
    keepTitlesWhole(m_view->horizontalHeader());
    useTableNavigation(m_view);
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
    connect(m_model, &KeyTableModel::pageLoaded, this, &KeysPage::updateEmptyState);
    connect(m_model, &QAbstractItemModel::modelReset, this, &KeysPage::updateEmptyState);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &KeysPage::updateEmptyState);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &KeysPage::updateEmptyState);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &KeysPage::updateEmptyState);

    m_attention = new AttentionBar(backend, type, this);
    connect(m_attention, &AttentionBar::rollRequested, this, &KeysPage::rollKey);
    connect(m_attention, &AttentionBar::showStatus, this,
            [this](KeyStatus st) { setStatusFilter({st}); });
    // A key changed anywhere through the backend (this page, the attention bar, another
    // window): what needs attention is asked again; the model refreshes itself.
    connect(&backend, &client::Backend::changed, this,
            [this](const QString &workspaceId, client::Changes what) {
                if (client::touches(workspaceId, what, m_context.workspaceId, client::Change::Keys))
                    refreshAttention();
            });

    // No key (or none matching): what to do next, instead of an empty grid.
    auto *empty = new QWidget(this);
    empty->setObjectName(QStringLiteral("keysEmptyState"));
    m_emptyTitle = new QLabel(empty);
    m_emptyTitle->setObjectName(QStringLiteral("emptyTitle"));
    QFont big = m_emptyTitle->font();
    big.setPointSizeF(big.pointSizeF() * 1.25);
    big.setBold(true);
    m_emptyTitle->setFont(big);
    m_emptyTitle->setAlignment(Qt::AlignCenter);
    m_emptyText = new QLabel(empty);
    m_emptyText->setObjectName(QStringLiteral("emptyText"));
    m_emptyText->setWordWrap(true);
    m_emptyText->setAlignment(Qt::AlignCenter);
    m_emptyAction = named(new QPushButton(empty), "emptyActionButton", QString());
    connect(m_emptyAction, &QPushButton::clicked, this, [this] {
        if (!m_filter->text().isEmpty() || m_status->currentIndex() != 0) {
            m_filter->clear();
            m_status->setCurrentIndex(0);
        } else {
            createKey();
        }
    });
    auto *el = new QVBoxLayout(empty);
    el->addStretch(1);
    el->addWidget(m_emptyTitle);
    el->addWidget(m_emptyText);
    el->addWidget(m_emptyAction, 0, Qt::AlignHCenter);
    el->addStretch(2);

    // The table above, the selected key's details below: the table keeps its width for its
    // columns, and the splitter lets either side have more room.
    auto *split = m_split = new QSplitter(Qt::Vertical, this);
    split->setObjectName(QStringLiteral("keySplitter"));
    split->setChildrenCollapsible(false);
    split->addWidget(m_view);
    split->addWidget(m_details);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    // The first height it gets is shared equally (eventFilter): the details, their facts in two
    // columns beside the chart, then show a key whole at the window's first size, attention
    // bar shown or not.
    split->installEventFilter(this);
    m_stack = new QStackedWidget(this);
    m_stack->setObjectName(QStringLiteral("keysStack"));
    m_stack->addWidget(split);
    m_stack->addWidget(empty);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(bar);
    layout->addWidget(m_attention);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_count);
    updateActions();
}

void KeysPage::setContext(const CreateKeyDialog::Context &context)
{
    m_context = context;
    // Core says whether the role may, and whether this backend keeps keys of the environment
    // shown (the offline sandbox: test keys only).
    Status canCreate = allowed(Operation::CreateKey);
    if (canCreate.ok())
        canCreate =
            Authorization::environmentAllowed(m_backend.keyEnvironments(), context.environment);
    m_create->setEnabled(canCreate.ok() && !context.workspaceId.isEmpty());
    m_create->setToolTip(canCreate.ok() ? tr("Ctrl+N") : canCreate.error().message);
    m_details->setWorkspace(context.workspaceId, context.catalog);
    m_model->setCatalog(context.catalog);
    m_model->setWorkspace(context.workspaceId, context.environment);
    const Status canRoll = allowed(Operation::RollKey);
    m_attention->setRollAllowed(canRoll.ok(), canRoll.ok() ? QString() : canRoll.error().message);
    refreshAttention();
    updateEmptyState();
}

void KeysPage::refreshAttention()
{
    // Once per turn of the event loop, however many changes asked for it (a start sets the
    // context several times), and never inside the caller's own work.
    if (m_attentionPending)
        return;
    m_attentionPending = true;
    QTimer::singleShot(0, this, [this] {
        m_attentionPending = false;
        m_attention->refresh(m_context.workspaceId, m_context.environment, m_model->now());
    });
}

void KeysPage::setStatusFilter(const QList<KeyStatus> &statuses)
{
    int index = 0;
    if (statuses.size() == 1)
        index = m_status->findData(int(statuses.first()));
    else if (statuses.size() == 4)
        index = m_status->findData(-1);
    m_status->setCurrentIndex(std::max(index, 0));
}

bool KeysPage::isEmptyStateShown() const
{
    return m_stack->currentIndex() == 1;
}

void KeysPage::updateEmptyState()
{
    const bool none = !m_context.workspaceId.isEmpty() && !m_model->isLoading() &&
                      m_proxy->rowCount() == 0 && !m_model->canFetchMore({});
    const bool filtered = !m_filter->text().trimmed().isEmpty() || m_status->currentIndex() != 0;
    if (!none) {
        m_stack->setCurrentIndex(0);
        return;
    }
    const bool isPublic = m_type == KeyType::Public;
    if (filtered) {
        m_emptyTitle->setText(tr("No keys match"));
        m_emptyText->setText(tr("No key matches the filter and status chosen."));
        m_emptyAction->setText(tr("Show current keys"));
        m_emptyAction->setAccessibleName(tr("Clear the filter and show current keys"));
        m_emptyAction->setEnabled(true);
    } else {
        m_emptyTitle->setText(isPublic ? tr("No public keys yet") : tr("No secret keys yet"));
        m_emptyText->setText(
            isPublic ? tr("A public key goes in a web page. It works only from the origins you "
                          "allow and only for the one service it is made for.")
                     : tr("A secret key lets one of your servers call the API. Make one key per "
                          "server or service, so each can be rolled or revoked alone. Its "
                          "secret is shown once."));
        m_emptyAction->setText(m_create->text());
        m_emptyAction->setAccessibleName(m_create->accessibleName());
        m_emptyAction->setEnabled(m_create->isEnabled());
        m_emptyAction->setToolTip(m_create->toolTip());
    }
    m_stack->setCurrentIndex(1);
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
    m_duplicate->setEnabled(m_create->isEnabled() &&
                            DuplicateKeyCommand::whyNot(key, m_backend.keyEnvironments()).ok());
    if (m_roll) {
        // Offered only where the server would roll it, saying why not otherwise.
        Status canRoll = allowed(Operation::RollKey);
        if (canRoll.ok() && key)
            canRoll = RollKeyCommand::whyNot(key);
        // A live key a sandbox made before it kept test keys only: rolling would make another.
        if (canRoll.ok() && key)
            canRoll =
                Authorization::environmentAllowed(m_backend.keyEnvironments(), key->environment);
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
    connect(dialog, &CreateKeyDialog::keyCreated, this, &KeysPage::revealCreated);
    if (!serviceId.isEmpty())
        dialog->setService(serviceId);
    dialog->open();
    return dialog;
}

void KeysPage::revealCreated(const IssuedKey &issued)
{
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
        m_model->updateKey(k); // at once; the backend's change notice refreshes the rest
        emit notice(tr("“%1” has been revoked.").arg(k.name));
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
    rollKey(*key);
}

void KeysPage::rollKey(const ApiKeyRecord &key)
{
    if (const Status s = allowed(Operation::RollKey); !s.ok()) {
        emit error(s.error().message);
        return;
    }
    auto *command = new RollKeyCommand(m_backend, m_context.workspaceId, key, this);
    connect(command, &RollKeyCommand::succeeded, this, [this](const ApiKeyRecord &k) {
        emit notice(tr("“%1” has been rolled.").arg(k.name));
    });
    connect(command, &RollKeyCommand::failed, this, &KeysPage::error);
    command->start();
}

CreateKeyDialog *KeysPage::duplicateSelected()
{
    const ApiKeyRecord *key = selectedKey();
    if (key && !m_create->isEnabled())
        return createKey(); // says why no key can be made here
    if (const Status s = DuplicateKeyCommand::whyNot(key, m_backend.keyEnvironments()); !s.ok()) {
        emit error(s.error().message);
        return nullptr;
    }
    auto *command = new DuplicateKeyCommand(m_backend, m_context, *key, this);
    connect(command, &DuplicateKeyCommand::succeeded, this, &KeysPage::revealCreated);
    connect(command, &Command::failed, this, &KeysPage::error);
    command->start();
    return command->dialog();
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
    if (watched == m_split && event->type() == QEvent::Resize && !m_splitSized &&
        m_split->height() > 0) {
        m_splitSized = true;
        const int h = m_split->height();
        m_split->setSizes({h - h / 2, h / 2});
    }
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
