// SPDX-License-Identifier: MIT
#include "createkeydialog.h"

#include "clipboard.h"
#include "fielderror.h"
#include "messagebar.h"
#include "messagebox.h"
#include "monospacefont.h"
#include "originallowlisteditor.h"
#include "widgetnames.h"

#include "core/authorization.h"
#include "core/keytext.h"
#include "core/restrictions.h"
#include "models/scopecatalogtext.h"
#include "models/scopetreemodel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSet>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>

namespace latchkey::ui {

static QStringList lines(const QPlainTextEdit *edit)
{
    QStringList out;
    for (const QString &line : edit->toPlainText().split(QLatin1Char('\n'))) {
        const QString t = line.trimmed();
        if (!t.isEmpty())
            out << t;
    }
    return out;
}

CreateKeyDialog::CreateKeyDialog(client::Backend &backend, KeyType type, const Context &context,
                                 QWidget *parent)
    : QDialog(parent)
    , m_backend(backend)
    , m_type(type)
    , m_context(context)
{
    const bool isPublic = type == KeyType::Public;
    setObjectName(QStringLiteral("createKeyDialog"));
    setWindowTitle(isPublic ? tr("Create public key") : tr("Create secret key"));
    setAccessibleName(windowTitle());

    m_bar = new MessageBar(this);

    m_name = named(new QLineEdit(this), "keyNameEdit", tr("Key name"));
    m_name->setPlaceholderText(isPublic ? tr("e.g. Contact form on shop.example.com")
                                        : tr("e.g. Billing backend"));
    m_description = named(new QLineEdit(this), "keyDescriptionEdit", tr("Description"));
    m_description->setPlaceholderText(tr("Optional: what uses this key, who to ask about it"));
    m_description->setMaxLength(kMaxDescriptionLength);
    m_environment = named(new QComboBox(this), "environmentCombo", tr("Environment"));
    m_environment->addItem(tr("Sandbox (test)"), int(Environment::Test));
    m_environment->addItem(tr("Live"), int(Environment::Live));
    m_environment->setCurrentIndex(context.environment == Environment::Live ? 1 : 0);
    // The offline sandbox keeps test keys only: Live stays in the list, disabled, with core's
    // reason on the item and on the combo (a screen reader reads the description).
    if (Status live =
            Authorization::environmentAllowed(backend.keyEnvironments(), Environment::Live);
        !live.ok()) {
        if (auto *items = qobject_cast<QStandardItemModel *>(m_environment->model())) {
            QStandardItem *item = items->item(1);
            item->setEnabled(false);
            item->setToolTip(live.error().message);
            item->setData(live.error().message, Qt::AccessibleDescriptionRole);
        }
        m_environment->setCurrentIndex(0);
        m_environment->setToolTip(live.error().message);
        m_environment->setAccessibleDescription(live.error().message);
    }

    auto *form = new QFormLayout;
    // Each field's error goes on the row under it, hidden until there is one.
    const auto addError = [this](QFormLayout *into, QWidget *field, const char *objectName,
                                 const QString &param) {
        auto *label = new FieldError(field, objectName, this);
        m_fieldErrors.insert(param, label);
        if (into)
            into->addRow(QString(), label);
        return label;
    };
    form->addRow(tr("&Name:"), m_name);
    addError(form, m_name, "nameError", QStringLiteral("name"));
    form->addRow(tr("&Description:"), m_description);
    addError(form, m_description, "descriptionError", QStringLiteral("description"));
    form->addRow(tr("&Environment:"), m_environment);
    if (isPublic) {
        m_service = named(new QComboBox(this), "serviceCombo", tr("Service"));
        for (const QString &s : context.catalog.services())
            if (context.services.contains(s))
                m_service->addItem(models::serviceName(context.catalog, s), s);
        m_formSlug = named(new QLineEdit(this), "formSlugEdit", tr("Form slug"));
        m_formSlug->setPlaceholderText(tr("e.g. contact-us"));
        form->addRow(tr("&Service:"), m_service);
        form->addRow(tr("&Form slug:"), m_formSlug);
        addError(form, m_formSlug, "formSlugError", QStringLiteral("metadata"));
    }

    m_ips = named(new QPlainTextEdit(this), "ipAllowlistEdit", tr("IP allowlist"));
    m_ips->setPlaceholderText(tr("One CIDR per line, e.g. 10.0.0.0/8 or 2001:db8::/32. "
                                 "Empty: any address."));
    m_ips->setMaximumHeight(64);
    m_endpoints =
        named(new QPlainTextEdit(this), "endpointAllowlistEdit", tr("Endpoint allowlist"));
    m_endpoints->setPlaceholderText(
        tr("One per line, e.g. POST /v1/forms/*. Empty: any endpoint."));
    m_endpoints->setMaximumHeight(64);
    // One entry per line, never a tab character: Tab moves on, as in every other field.
    m_ips->setTabChangesFocus(true);
    m_endpoints->setTabChangesFocus(true);
    form->addRow(tr("&IP allowlist:"), m_ips);
    addError(form, m_ips, "ipAllowlistError", QStringLiteral("ip_allowlist"));
    form->addRow(tr("En&dpoints:"), m_endpoints);
    addError(form, m_endpoints, "endpointsError", QStringLiteral("endpoints"));

    m_expires = named(new QCheckBox(tr("Expires"), this), "expiresCheck", tr("Key expires"));
    m_expiry = named(new QDateTimeEdit(QDateTime::currentDateTime().addDays(90), this),
                     "expiryEdit", tr("Expiry time"));
    m_expiry->setCalendarPopup(true);
    // Four-digit years, as the tables show dates: "12/1/26" read as 1/1/27 was a year off.
    m_expiry->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_expiry->setMinimumDateTime(QDateTime::currentDateTime());
    m_expiry->setEnabled(false);
    connect(m_expires, &QCheckBox::toggled, m_expiry, &QWidget::setEnabled);
    auto *expiryRow = new QHBoxLayout;
    expiryRow->addWidget(m_expires);
    expiryRow->addWidget(m_expiry, 1);
    form->addRow(tr("Expiry:"), expiryRow);
    addError(form, m_expiry, "expiryError", QStringLiteral("expires_at"));

    m_limited = named(new QCheckBox(tr("Limit to"), this), "rateLimitCheck", tr("Rate limit"));
    m_limit = named(new QSpinBox(this), "rateLimitSpin", tr("Requests per window"));
    // 0 is typed as readily as any number: it stays, and the dialog says what is wrong with it
    // instead of snapping back to a value the user did not choose.
    m_limit->setRange(0, 1'000'000'000);
    m_limit->setValue(100);
    m_window = named(new QSpinBox(this), "rateWindowSpin", tr("Window length"));
    m_windowUnit = named(new QComboBox(this), "rateWindowUnitCombo", tr("Window unit"));
    for (int unit : {1, 60, 3600, 86400})
        m_windowUnit->addItem(QString(), unit);
    // "1 minute", "2 minutes": the units read with the number before them.
    auto nameUnits = [this](int n) {
        m_windowUnit->setItemText(0, tr("second(s)", nullptr, n));
        m_windowUnit->setItemText(1, tr("minute(s)", nullptr, n));
        m_windowUnit->setItemText(2, tr("hour(s)", nullptr, n));
        m_windowUnit->setItemText(3, tr("day(s)", nullptr, n));
    };
    nameUnits(1);
    connect(m_window, &QSpinBox::valueChanged, this, nameUnits);
    // A window is at most a day: each unit's spin range keeps it there.
    connect(m_windowUnit, &QComboBox::currentIndexChanged, this,
            [this] { m_window->setRange(1, int(86400 / m_windowUnit->currentData().toInt())); });
    setWindowSeconds(60);
    // Unchecked, the row says what that means instead of showing numbers that do not apply.
    auto *perLabel = new QLabel(tr("requests per"), this);
    auto *noLimit = new QLabel(tr("No limit: calls with this key are never throttled."), this);
    noLimit->setObjectName(QStringLiteral("noRateLimitLabel"));
    noLimit->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    auto showLimit = [this, perLabel, noLimit](bool limited) {
        m_limit->setVisible(limited);
        perLabel->setVisible(limited);
        m_window->setVisible(limited);
        m_windowUnit->setVisible(limited);
        noLimit->setVisible(!limited);
    };
    connect(m_limited, &QCheckBox::toggled, this, showLimit);
    showLimit(false);
    auto *rateRow = new QHBoxLayout;
    rateRow->addWidget(m_limited);
    rateRow->addWidget(m_limit, 1);
    rateRow->addWidget(perLabel);
    rateRow->addWidget(m_window, 1);
    rateRow->addWidget(m_windowUnit);
    rateRow->addWidget(noLimit, 1);
    form->addRow(tr("Rate limit:"), rateRow);
    addError(form, m_limit, "rateLimitError", QStringLiteral("rate_limit"));

    GrantTarget target;
    target.type = type;
    if (m_service)
        target.serviceId = m_service->currentData().toString();
    m_scopes =
        new models::ScopeTreeModel(context.catalog, Grantor::member(context.role), target, this);
    m_scopeView = named(new QTreeView(this), "scopeTree", tr("Scopes"));
    m_scopeView->setModel(m_scopes);
    m_scopeView->expandAll();
    m_scopeView->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_scopeView->setMinimumWidth(380);
    auto *scopeBox = new QGroupBox(tr("Scopes"), this);
    auto *scopeLayout = new QVBoxLayout(scopeBox);
    scopeLayout->addWidget(m_scopeView);
    scopeLayout->addWidget(addError(nullptr, m_scopeView, "scopesError", QStringLiteral("scopes")));
    auto *hint = new QLabel(tr("Greyed-out scopes cannot be granted by your role; hover for why."),
                            scopeBox);
    hint->setWordWrap(true);
    scopeLayout->addWidget(hint);

    auto *left = new QVBoxLayout;
    left->addLayout(form);
    if (isPublic) {
        m_origins = new OriginAllowlistEditor(this);
        auto *originBox = new QGroupBox(tr("Allowed origins"), this);
        auto *ol = new QVBoxLayout(originBox);
        ol->addWidget(m_origins);
        ol->addWidget(addError(nullptr, m_origins->edit(), "originsError",
                               QStringLiteral("allowed_origins")));
        left->addWidget(originBox);
    }
    left->addStretch(1);

    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 1);
    columns->addWidget(scopeBox, 1);

    auto *buttons = new QDialogButtonBox(this);
    m_create = named(buttons->addButton(tr("Create key"), QDialogButtonBox::AcceptRole),
                     "createButton", tr("Create key"));
    m_create->setIcon(QIcon(QStringLiteral(":/latchkey/icons/add.svg")));
    m_cancel = named(buttons->addButton(QDialogButtonBox::Cancel), "cancelButton", tr("Cancel"));
    connect(m_create, &QPushButton::clicked, this, &CreateKeyDialog::submit);
    connect(m_cancel, &QPushButton::clicked, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_bar);
    layout->addLayout(columns, 1);

    if (isPublic) {
        m_snippet = named(new QPlainTextEdit(this), "embedSnippet", tr("Embed snippet"));
        m_snippet->setReadOnly(true);
        m_snippet->setTabChangesFocus(true);
        m_snippet->setFont(monospaceFont());
        m_snippet->setMaximumHeight(72);
        m_copySnippet = named(
            new QPushButton(QIcon(QStringLiteral(":/latchkey/icons/copy.svg")), tr("Copy"), this),
            "copySnippetButton", tr("Copy the embed snippet"));
        connect(m_copySnippet, &QPushButton::clicked, this,
                [this] { Clipboard::instance()->setText(m_snippet->toPlainText(), false); });
        auto *snippetBox = new QGroupBox(tr("Embed on your page"), this);
        auto *sl = new QHBoxLayout(snippetBox);
        sl->addWidget(m_snippet, 1);
        sl->addWidget(m_copySnippet, 0, Qt::AlignTop);
        layout->addWidget(snippetBox);
        connect(m_service, &QComboBox::currentIndexChanged, this, [this] {
            updateTarget();
            updateSnippet();
        });
        connect(m_formSlug, &QLineEdit::textChanged, this, &CreateKeyDialog::updateSnippet);
        connect(m_environment, &QComboBox::currentIndexChanged, this,
                &CreateKeyDialog::updateSnippet);
        updateSnippet();
    }
    layout->addWidget(buttons);
    resize(920, isPublic ? 680 : 560);
    m_name->setFocus();

    // An error is about what was submitted: once the user changes that field it is stale, and
    // the bar's summary with it.
    const auto edited = [this](const QString &param) {
        return [this, param] {
            if (FieldError *label = m_fieldErrors.value(param))
                label->clearError();
            if (m_bar->kind() == MessageBar::Kind::Error)
                m_bar->hide();
        };
    };
    connect(m_name, &QLineEdit::textEdited, this, edited(QStringLiteral("name")));
    connect(m_description, &QLineEdit::textEdited, this, edited(QStringLiteral("description")));
    if (m_formSlug)
        connect(m_formSlug, &QLineEdit::textEdited, this, edited(QStringLiteral("metadata")));
    if (m_origins)
        connect(m_origins->edit(), &QLineEdit::textEdited, this,
                edited(QStringLiteral("allowed_origins")));
    connect(m_ips, &QPlainTextEdit::textChanged, this, edited(QStringLiteral("ip_allowlist")));
    connect(m_endpoints, &QPlainTextEdit::textChanged, this, edited(QStringLiteral("endpoints")));
    connect(m_expires, &QCheckBox::toggled, this, edited(QStringLiteral("expires_at")));
    connect(m_expiry, &QDateTimeEdit::dateTimeChanged, this, edited(QStringLiteral("expires_at")));
    connect(m_limited, &QCheckBox::toggled, this, edited(QStringLiteral("rate_limit")));
    for (auto *spin : {m_limit, m_window})
        connect(spin, &QSpinBox::valueChanged, this, edited(QStringLiteral("rate_limit")));
    connect(m_windowUnit, &QComboBox::currentIndexChanged, this,
            edited(QStringLiteral("rate_limit")));
    connect(m_scopes, &QAbstractItemModel::dataChanged, this, edited(QStringLiteral("scopes")));
}

CreateKeyDialog::CreateKeyDialog(client::Backend &backend, const ApiKeyRecord &key,
                                 const Context &context, QWidget *parent)
    : CreateKeyDialog(backend, key.type, context, parent)
{
    loadKey(key);
}

void CreateKeyDialog::fillFrom(const ApiKeyRecord &key)
{
    m_description->setText(key.description);
    if (m_formSlug)
        m_formSlug->setText(key.metadata.value(QString::fromLatin1(kFormSlugKey)));
    if (m_service) {
        setService(key.serviceId);
        m_origins->setOrigins(key.allowedOrigins);
    }
    m_scopes->setCheckedScopes(key.scopes);
    m_scopeView->expandAll();
    m_ips->setPlainText(key.ipAllowlist.join(QLatin1Char('\n')));
    m_endpoints->setPlainText(key.endpoints.join(QLatin1Char('\n')));
    if (key.rateLimit) {
        m_limit->setValue(int(std::min<qint64>(key.rateLimit->limit, m_limit->maximum())));
        setWindowSeconds(key.rateLimit->window);
    }
    m_limited->setChecked(key.rateLimit.has_value());
}

void CreateKeyDialog::duplicate(const ApiKeyRecord &key)
{
    setObjectName(QStringLiteral("duplicateKeyDialog"));
    setWindowTitle(tr("Duplicate key “%1”").arg(key.name));
    setAccessibleName(windowTitle());
    // Same settings, a new name and a new secret; the expiry is chosen again (the old key's
    // date may be near or past), and the environment is the page's.
    fillFrom(key);
    m_name->setText(tr("%1 (copy)").arg(key.name));
    m_name->selectAll();
    m_name->setFocus();
}

void CreateKeyDialog::loadKey(const ApiKeyRecord &key)
{
    m_editing = key;
    setObjectName(QStringLiteral("editKeyDialog"));
    setWindowTitle(tr("Edit key “%1”").arg(key.name));
    setAccessibleName(windowTitle());
    m_name->setText(key.name);
    m_environment->setCurrentIndex(key.environment == Environment::Live ? 1 : 0);
    m_environment->setEnabled(false);
    m_environment->setToolTip(tr("A key's environment cannot change; create a new key instead."));
    // Scopes the key holds stay checkable even where the role could not grant them now.
    m_scopes->setHeldScopes(key.scopes);
    fillFrom(key);
    if (m_service) {
        m_service->setEnabled(false);
        m_service->setToolTip(tr("A key's service cannot change; create a new key instead."));
        m_createdToken = key.token;
        updateSnippet();
    }
    if (key.expiresAt) {
        const QDateTime at = QDateTime::fromMSecsSinceEpoch(*key.expiresAt);
        m_expiry->setMinimumDateTime(std::min(at, QDateTime::currentDateTime()));
        m_expiry->setDateTime(at);
    }
    m_expires->setChecked(key.expiresAt.has_value());
    m_create->setText(tr("Save changes"));
    m_create->setObjectName(QStringLiteral("saveKeyButton"));
    m_create->setAccessibleName(tr("Save changes"));
    m_create->setIcon(QIcon());
}

QString CreateKeyDialog::embedSnippet(const QString &token, const QString &serviceId,
                                      const QString &formSlug)
{
    QString s = QStringLiteral("<script src=\"https://js.latchkey.example/v1/widget.js\" "
                               "data-public-key=\"%1\" data-service-id=\"%2\"")
                    .arg(token.toHtmlEscaped(), serviceId.toHtmlEscaped());
    if (serviceId == QLatin1String("forms"))
        s += QStringLiteral(" data-form-slug=\"%1\"").arg(formSlug.toHtmlEscaped());
    s += QStringLiteral("></script>");
    return s;
}

void CreateKeyDialog::setService(const QString &serviceId)
{
    if (!m_service)
        return;
    const int index = m_service->findData(serviceId);
    if (index >= 0)
        m_service->setCurrentIndex(index);
}

void CreateKeyDialog::updateTarget()
{
    GrantTarget target;
    target.type = m_type;
    if (m_service)
        target.serviceId = m_service->currentData().toString();
    m_scopes->setGrant(Grantor::member(m_context.role), target);
    m_scopeView->expandAll();
}

void CreateKeyDialog::updateSnippet()
{
    if (!m_snippet)
        return;
    const QString service = m_service->currentData().toString();
    m_formSlug->setEnabled(service == QLatin1String("forms"));
    const auto env = Environment(m_environment->currentData().toInt());
    const QString token = m_createdToken.isEmpty()
                              ? KeyText::prefix(KeyType::Public, env) + QStringLiteral("…")
                              : m_createdToken;
    const QString slug = m_formSlug->text().trimmed().isEmpty() ? QStringLiteral("your-form")
                                                                : m_formSlug->text().trimmed();
    m_snippet->setPlainText(embedSnippet(token, service, slug));
    m_copySnippet->setEnabled(!m_createdToken.isEmpty());
    m_copySnippet->setToolTip(m_createdToken.isEmpty() ? tr("Create the key first") : QString());
}

Result<CreateKeyRequest> CreateKeyDialog::request() const
{
    QList<ApiError> problems;
    CreateKeyRequest r = build(problems);
    if (!problems.isEmpty())
        return problems.first();
    return r;
}

QList<ApiError> CreateKeyDialog::problems() const
{
    QList<ApiError> problems;
    (void)build(problems);
    return problems;
}

CreateKeyRequest CreateKeyDialog::build(QList<ApiError> &problems) const
{
    // Every field is checked, in the form's order, so all that is wrong is said at once.
    CreateKeyRequest r;
    r.name = m_name->text().trimmed();
    if (r.name.isEmpty())
        problems << ApiError::invalidRequest(QStringLiteral("name"), tr("Give the key a name."));
    r.description = m_description->text().trimmed();
    r.type = m_type;
    r.environment = Environment(m_environment->currentData().toInt());
    if (m_service && m_origins) // public keys have both
        r.serviceId = m_service->currentData().toString();
    // The embed snippet's form, kept with the key so an edit and the snippet find it.
    if (m_formSlug && m_formSlug->isEnabled() && !m_formSlug->text().trimmed().isEmpty())
        r.metadata.insert(QString::fromLatin1(kFormSlugKey), m_formSlug->text().trimmed());
    for (const QString &ip : lines(m_ips)) {
        auto cidr = Cidr::parse(ip);
        if (!cidr.ok()) {
            problems << cidr.error();
            break;
        }
        r.ipAllowlist << cidr->toString();
    }
    for (const QString &e : lines(m_endpoints)) {
        auto pattern = EndpointPattern::parse(e);
        if (!pattern.ok()) {
            problems << pattern.error();
            break;
        }
        r.endpoints << pattern->toString();
    }
    if (m_expires->isChecked())
        r.expiresAt = m_expiry->dateTime().toMSecsSinceEpoch();
    if (m_limited->isChecked()) {
        auto rl = RateLimit::make(m_limit->value(), windowSeconds());
        if (rl.ok())
            r.rateLimit = *rl;
        else
            problems << rl.error();
    }
    if (m_origins) {
        if (!m_origins->isInputValid())
            problems << ApiError::invalidRequest(QStringLiteral("allowed_origins"),
                                                 tr("The origin being typed is not valid."));
        r.allowedOrigins = m_origins->origins();
    }
    r.scopes = m_scopes->checkedScopes();
    if (r.scopes.isEmpty())
        problems << ApiError::invalidRequest(QStringLiteral("scopes"),
                                             tr("Choose at least one scope."));
    return r;
}

Result<KeyPatch> CreateKeyDialog::patch() const
{
    auto r = request();
    if (!r.ok())
        return r.error();
    const ApiKeyRecord &k = *m_editing;
    KeyPatch p;
    if (r->name != k.name)
        p.name = r->name;
    if (r->description != k.description)
        p.description = r->description;
    // The form edits one metadata entry; the others stay as they are.
    QMap<QString, QString> metadata = k.metadata;
    const QString slugKey = QString::fromLatin1(kFormSlugKey);
    if (r->metadata.contains(slugKey))
        metadata.insert(slugKey, r->metadata.value(slugKey));
    else
        metadata.remove(slugKey);
    if (metadata != k.metadata)
        p.metadata = metadata;
    if (QSet<QString>(r->scopes.begin(), r->scopes.end()) !=
        QSet<QString>(k.scopes.begin(), k.scopes.end()))
        p.scopes = r->scopes;
    if (k.type == KeyType::Public && r->allowedOrigins != k.allowedOrigins)
        p.allowedOrigins = r->allowedOrigins;
    if (r->ipAllowlist != k.ipAllowlist)
        p.ipAllowlist = r->ipAllowlist;
    if (r->endpoints != k.endpoints)
        p.endpoints = r->endpoints;
    auto sameLimit = [](const std::optional<RateLimit> &a, const std::optional<RateLimit> &b) {
        return a.has_value() == b.has_value() &&
               (!a || (a->limit == b->limit && a->window == b->window));
    };
    if (!sameLimit(r->rateLimit, k.rateLimit))
        p.rateLimit = r->rateLimit;
    // The editor shows whole seconds: an untouched expiry compares equal at that precision.
    auto seconds = [](const std::optional<qint64> &ms) {
        return ms ? std::optional<qint64>(*ms / 1000) : std::nullopt;
    };
    if (seconds(r->expiresAt) != seconds(k.expiresAt))
        p.expiresAt = r->expiresAt;
    return p;
}

qint64 CreateKeyDialog::windowSeconds() const
{
    return qint64(m_window->value()) * m_windowUnit->currentData().toInt();
}

void CreateKeyDialog::setWindowSeconds(qint64 seconds)
{
    // The largest unit the window is a whole number of: 3600 s shows as 1 hour.
    for (int i = m_windowUnit->count() - 1; i >= 0; --i) {
        const int unit = m_windowUnit->itemData(i).toInt();
        if (seconds % unit == 0 || i == 0) {
            m_windowUnit->setCurrentIndex(i);
            m_window->setRange(1, 86400 / unit);
            m_window->setValue(int(std::min<qint64>(seconds / unit, m_window->maximum())));
            return;
        }
    }
}

bool CreateKeyDialog::hasUnsavedInput() const
{
    if (!m_createdToken.isEmpty() && !m_editing)
        return false; // created: the form is a record of the key
    if (m_editing) {
        auto changes = patch();
        return !changes.ok() || changes->name || changes->scopes || changes->allowedOrigins ||
               changes->ipAllowlist || changes->endpoints || changes->rateLimit ||
               changes->expiresAt;
    }
    return !m_name->text().trimmed().isEmpty() || !m_description->text().trimmed().isEmpty() ||
           !m_scopes->checkedScopes().isEmpty() ||
           (m_origins &&
            (!m_origins->origins().isEmpty() || !m_origins->edit()->text().trimmed().isEmpty())) ||
           (m_formSlug && !m_formSlug->text().trimmed().isEmpty()) || !lines(m_ips).isEmpty() ||
           !lines(m_endpoints).isEmpty();
}

void CreateKeyDialog::reject()
{
    if (hasUnsavedInput() &&
        !MessageBox::confirm(this, m_editing ? tr("Discard changes") : tr("Discard key"),
                             m_editing ? tr("Discard the changes to “%1”?").arg(m_editing->name)
                                       : tr("Discard this key? Nothing has been created yet."),
                             tr("Discard"), true))
        return;
    QDialog::reject();
}

FieldError *CreateKeyDialog::errorFor(const QString &param) const
{
    QString field = param;
    if (param.endsWith(QLatin1String("ip_allowlist")))
        field = QStringLiteral("ip_allowlist");
    else if (param.endsWith(QLatin1String("endpoints")))
        field = QStringLiteral("endpoints");
    else if (param.startsWith(QLatin1String("rate_limit")))
        field = QStringLiteral("rate_limit");
    FieldError *label = m_fieldErrors.value(field);
    return label && label->field() && label->field()->isVisible() ? label : nullptr;
}

void CreateKeyDialog::showError(const ApiError &error)
{
    showErrors({error});
}

void CreateKeyDialog::showErrors(const QList<ApiError> &errors)
{
    for (FieldError *label : std::as_const(m_fieldErrors))
        label->clearError();
    m_bar->hide();
    QWidget *focus = nullptr;
    QStringList general;
    for (const ApiError &e : errors) {
        if (FieldError *label = errorFor(e.param)) {
            if (label->isHidden())
                label->showError(e.message);
            if (!focus && label->field()->isEnabled())
                focus = label->field();
        } else {
            general << e.message;
        }
    }
    // What belongs to no field (the server unreachable, a right missing) goes in the bar; a
    // count there tells a screen-reader user that fields below have errors too.
    const int fields = int(errors.size() - general.size());
    if (!general.isEmpty())
        m_bar->showError(general.join(QLatin1Char('\n')));
    else if (fields > 0)
        m_bar->showError(
            tr("%n field(s) need a change; each says what is wrong.", nullptr, fields));

    (focus ? focus : m_create)->setFocus(Qt::OtherFocusReason);
}

void CreateKeyDialog::lockForm()
{
    for (QWidget *w : std::initializer_list<QWidget *>{
             m_name, m_description, m_environment, m_service, m_formSlug, m_scopeView, m_origins,
             m_ips, m_endpoints, m_expires, m_expiry, m_limited, m_limit, m_window})
        if (w)
            w->setEnabled(false);
    m_create->setFocus(Qt::OtherFocusReason);
}

static bool isEmpty(const KeyPatch &p)
{
    return !p.name && !p.description && !p.metadata && !p.scopes && !p.allowedOrigins &&
           !p.ipAllowlist && !p.endpoints && !p.rateLimit && !p.expiresAt;
}

void CreateKeyDialog::submit()
{
    if (m_editing) {
        if (m_origins && m_origins->isInputValid())
            m_origins->addTyped(); // a typed but not yet added origin is meant to be listed
        if (const QList<ApiError> wrong = problems(); !wrong.isEmpty()) {
            showErrors(wrong);
            return;
        }
        auto changes = patch();
        if (!changes.ok()) {
            showError(changes.error());
            return;
        }
        if (isEmpty(*changes)) {
            accept();
            return;
        }
        m_create->setEnabled(false);
        m_backend.patchKey(m_context.workspaceId, m_editing->id, *changes, this,
                           [this](Result<ApiKeyRecord> r) {
                               m_create->setEnabled(true);
                               if (!r.ok()) {
                                   showError(r.error());
                                   return;
                               }
                               emit keyUpdated(*r);
                               accept();
                           });
        return;
    }
    if (!m_createdToken.isEmpty()) {
        accept();
        return;
    }
    // A typed but not yet added origin is surely meant to be on the list.
    if (m_origins && m_origins->isInputValid())
        m_origins->addTyped();
    if (const QList<ApiError> wrong = problems(); !wrong.isEmpty()) {
        showErrors(wrong);
        return;
    }
    auto req = request();
    m_create->setEnabled(false);
    m_backend.createKey(m_context.workspaceId, *req, this, [this](Result<IssuedKey> r) {
        m_create->setEnabled(true);
        if (!r.ok()) {
            showError(r.error());
            return;
        }
        IssuedKey issued = std::move(r).value();
        if (m_type == KeyType::Public) {
            m_createdToken = issued.key.token;
            updateSnippet();
            m_bar->showMessage(tr("Public key created. Copy the snippet into your page."));
            m_create->setText(tr("Done"));
            m_cancel->hide();
            lockForm();
        }
        emit keyCreated(issued);
        if (m_type == KeyType::Secret)
            accept();
    });
}

} // namespace latchkey::ui
