// SPDX-License-Identifier: MIT
#include "activitypage.h"

#include "client/backend.h"
#include "headerfit.h"
#include "messagebar.h"
#include "models/activityexport.h"
#include "models/activitytext.h"
#include "models/auditmodel.h"
#include "tablenavigation.h"
#include "widgetnames.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDateTime>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace latchkey::ui {

namespace {
// A date edit at its minimum shows "Any": no bound on that side.
const QDate kNoDate(2000, 1, 1);

QDateEdit *dateEdit(QWidget *parent, const char *objectName, const QString &accessibleName)
{
    auto *edit = named(new QDateEdit(parent), objectName, accessibleName);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    edit->setMinimumDate(kNoDate);
    edit->setSpecialValueText(ActivityPage::tr("Any day"));
    edit->setDate(kNoDate);
    return edit;
}
} // namespace

ActivityPage::ActivityPage(client::Backend &backend, models::AuditModel *model, QWidget *parent)
    : QWidget(parent)
    , m_backend(backend)
    , m_model(model)
{
    m_actor = named(new QComboBox(this), "activityActorCombo", tr("Who"));
    m_actor->setEditable(true);
    m_actor->setInsertPolicy(QComboBox::NoInsert);
    m_actor->lineEdit()->setPlaceholderText(tr("Anyone"));
    m_actor->lineEdit()->setClearButtonEnabled(true);
    m_actor->setMinimumContentsLength(12);
    m_actor->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_actor->setToolTip(tr("Who acted: an email address, a key, or 'system'"));

    m_action = named(new QComboBox(this), "activityActionCombo", tr("What"));
    m_action->setMinimumContentsLength(12);
    m_action->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_action->addItem(tr("Any action"), QString());
    for (const QString &family : models::ActivityText::families())
        m_action->addItem(models::ActivityText::actionLabel(family), family);
    m_action->insertSeparator(m_action->count());
    for (const QString &action : models::ActivityText::knownActions())
        m_action->addItem(models::ActivityText::actionLabel(action), action);

    m_key = named(new QComboBox(this), "activityKeyCombo", tr("Which key"));
    m_key->addItem(tr("Any key"), QString());
    m_key->setMinimumContentsLength(12);
    m_key->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);

    m_from = dateEdit(this, "activityFromEdit", tr("From date"));
    m_to = dateEdit(this, "activityToEdit", tr("To date"));

    m_clear = named(new QPushButton(tr("Clear"), this), "clearActivityFiltersButton",
                    tr("Clear the activity filters"));
    m_export = named(new QPushButton(tr("Export…"), this), "exportActivityButton",
                     tr("Export the matching activity to CSV or JSON"));
    m_export->setToolTip(tr("Every event matching the filters, not only the rows shown"));

    // A filter the backend refuses says why here, next to the filters.
    m_error = new MessageBar(this);
    m_error->setObjectName(QStringLiteral("activityFilterError"));

    m_view = named(new QTableView(this), "auditTable", tr("Audit log"));
    m_view->setModel(m_model);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setColumnWidth(models::AuditModel::TimeColumn, 160);
    keepTitlesWhole(m_view->horizontalHeader());
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setWordWrap(false);
    useTableNavigation(m_view);

    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("activityCount"));
    m_loadMore = named(new QPushButton(tr("Load more"), this), "loadMoreActivityButton",
                       tr("Load more activity"));

    const auto label = [this](const QString &text, QWidget *buddy) {
        auto *l = new QLabel(text, this);
        l->setBuddy(buddy);
        return l;
    };
    // Two rows, so that the smallest window still shows every filter and button whole.
    auto *filters = new QHBoxLayout;
    filters->addWidget(label(tr("&Who:"), m_actor));
    filters->addWidget(m_actor, 1);
    filters->addWidget(label(tr("W&hat:"), m_action));
    filters->addWidget(m_action, 1);
    filters->addWidget(label(tr("&Key:"), m_key));
    filters->addWidget(m_key, 1);
    auto *range = new QHBoxLayout;
    range->addWidget(label(tr("&From:"), m_from));
    range->addWidget(m_from);
    range->addWidget(label(tr("&To:"), m_to));
    range->addWidget(m_to);
    range->addStretch(1);
    range->addWidget(m_clear);
    range->addWidget(m_export);
    auto *paging = new QHBoxLayout;
    paging->addWidget(m_count, 1);
    paging->addWidget(m_loadMore);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(filters);
    layout->addLayout(range);
    layout->addWidget(m_error);
    layout->addWidget(m_view, 1);
    layout->addLayout(paging);

    // A change applies after a short pause, so typing a name or stepping a date asks once.
    m_pause = new QTimer(this);
    m_pause->setSingleShot(true);
    m_pause->setInterval(300);
    connect(m_pause, &QTimer::timeout, this, &ActivityPage::applyFilters);
    const auto later = [this] { m_pause->start(); };
    connect(m_actor, &QComboBox::currentTextChanged, this, later);
    connect(m_actor->lineEdit(), &QLineEdit::returnPressed, this, &ActivityPage::applyFilters);
    connect(m_action, &QComboBox::currentIndexChanged, this, later);
    connect(m_key, &QComboBox::currentIndexChanged, this, later);
    connect(m_from, &QDateEdit::dateChanged, this, later);
    connect(m_to, &QDateEdit::dateChanged, this, later);
    connect(m_clear, &QPushButton::clicked, this, &ActivityPage::clearFilters);
    connect(m_export, &QPushButton::clicked, this, &ActivityPage::chooseExportFile);
    connect(m_loadMore, &QPushButton::clicked, this, [this] {
        if (m_model->canFetchMore({}))
            m_model->fetchMore({});
    });

    // A reload from outside (another workspace, a key changed) may bring new people and keys
    // to choose from; one of this page's own filter changes does not.
    connect(m_model, &models::AuditModel::modelReset, this, [this] {
        if (!m_filtering || m_model->workspaceId() != m_choicesFor)
            refreshChoices();
        updatePaging();
    });
    // New people or keys to choose from, told by the backend (the log itself refreshes).
    connect(&m_backend, &client::Backend::changed, this,
            [this](const QString &workspaceId, client::Changes what) {
                if (client::touches(workspaceId, what, m_choicesFor,
                                    client::Change::Keys | client::Change::Members))
                    refreshChoices();
            });
    connect(m_model, &models::AuditModel::pageLoaded, this, [this] {
        m_error->hide();
        updatePaging();
    });
    connect(m_model, &models::AuditModel::failed, this, [this](const QString &message) {
        m_error->showError(message);
        updatePaging();
    });
    updatePaging();
}

AuditQuery ActivityPage::filters() const
{
    AuditQuery q;
    q.actor = m_actor->currentText().trimmed();
    q.action = m_action->currentData().toString();
    q.target = m_key->currentData().toString();
    if (m_from->date() != kNoDate)
        q.createdFrom = QDateTime(m_from->date(), QTime(0, 0)).toMSecsSinceEpoch();
    if (m_to->date() != kNoDate)
        q.createdTo = QDateTime(m_to->date(), QTime(23, 59, 59, 999)).toMSecsSinceEpoch();
    return q;
}

void ActivityPage::applyFilters()
{
    m_pause->stop();
    m_filtering = true;
    m_model->setFilters(filters());
    m_filtering = false;
}

void ActivityPage::clearFilters()
{
    const QSignalBlocker a(m_actor), b(m_action), c(m_key), d(m_from), e(m_to);
    m_actor->setCurrentIndex(-1);
    m_actor->setEditText(QString());
    m_action->setCurrentIndex(0);
    m_key->setCurrentIndex(0);
    m_from->setDate(kNoDate);
    m_to->setDate(kNoDate);
    applyFilters();
}

void ActivityPage::updatePaging()
{
    const int shown = m_model->rowCount();
    const bool more = m_model->canFetchMore({});
    m_loadMore->setEnabled(more && !m_model->isLoading());
    m_loadMore->setVisible(more);
    m_count->setText(more ? tr("%n event(s) shown; more are older", nullptr, shown)
                          : tr("%n event(s)", nullptr, shown));
}

void ActivityPage::refreshChoices()
{
    const QString ws = m_model->workspaceId();
    m_choicesFor = ws;
    if (ws.isEmpty())
        return;
    // Who: the members (when this user may list them) and whoever is signed in.
    m_backend.members(ws, this, [this, ws](Result<QList<MemberRecord>> r) {
        if (ws != m_choicesFor)
            return;
        QStringList emails{m_backend.userEmail()};
        if (r.ok())
            for (const MemberRecord &m : std::as_const(*r))
                emails << m.user.email;
        emails.removeAll(QString());
        emails.removeDuplicates();
        emails.sort();
        const QString typed = m_actor->currentText();
        const QSignalBlocker block(m_actor);
        m_actor->clear();
        m_actor->addItems(emails);
        m_actor->setCurrentIndex(-1);
        m_actor->setEditText(typed);
    });
    // Which key: the newest 100, revoked ones too (their history stays readable).
    KeyQuery keys;
    keys.workspaceId = ws;
    keys.includeRevoked = true;
    keys.limit = 100;
    m_backend.listKeys(ws, keys, this, [this, ws](Result<Page<ApiKeyRecord>> r) {
        if (ws != m_choicesFor || !r.ok())
            return;
        const QString chosen = m_key->currentData().toString();
        const QSignalBlocker block(m_key);
        while (m_key->count() > 1)
            m_key->removeItem(1);
        for (const ApiKeyRecord &k : std::as_const(r->items))
            m_key->addItem(tr("%1 (%2…%3)").arg(k.name, k.prefix, k.last4), k.id);
        m_key->setCurrentIndex(qMax(0, m_key->findData(chosen)));
    });
}

void ActivityPage::chooseExportFile()
{
    const QString csv = tr("CSV (*.csv)");
    const QString json = tr("JSON (*.json)");
    QString selected = csv;
    QString path =
        QFileDialog::getSaveFileName(this, tr("Export activity"), QStringLiteral("activity.csv"),
                                     csv + QStringLiteral(";;") + json, &selected);
    if (path.isEmpty())
        return;
    const bool asJson = path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive) ||
                        (selected == json && !path.endsWith(QLatin1String(".csv")));
    exportTo(path, asJson ? Format::Json : Format::Csv);
}

void ActivityPage::exportTo(const QString &path, Format format)
{
    if (m_exporting)
        return;
    m_exporting = true;
    m_export->setEnabled(false);
    const AuditQuery query = m_model->query();
    models::ActivityExport::fetchAll(
        m_backend, query, this, [this, path, format, query](Result<QList<AuditRecord>> r) {
            m_exporting = false;
            m_export->setEnabled(true);
            if (!r.ok())
                return emit failed(tr("Could not export the activity: %1").arg(r.error().message));
            const QByteArray bytes =
                format == Format::Json
                    ? models::ActivityExport::toJson(*r, query, QDateTime::currentMSecsSinceEpoch())
                    : models::ActivityExport::toCsv(*r);
            QSaveFile file(path);
            if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() ||
                !file.commit())
                return emit failed(tr("Could not write %1: %2").arg(path, file.errorString()));
            emit exported(path, int(r->size()));
        });
}

} // namespace latchkey::ui
