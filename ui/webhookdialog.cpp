// SPDX-License-Identifier: MIT
#include "webhookdialog.h"

#include "messagebar.h"
#include "widgetnames.h"

#include "core/webhookservice.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace latchkey::ui {

WebhookDialog::WebhookDialog(client::Backend &backend, const QString &workspaceId,
                             Environment environment, QWidget *parent)
    : QDialog(parent)
    , m_backend(backend)
    , m_workspaceId(workspaceId)
    , m_environment(environment)
{
    setObjectName(QStringLiteral("webhookDialog"));
    setWindowTitle(environment == Environment::Live ? tr("Add live webhook endpoint")
                                                    : tr("Add sandbox webhook endpoint"));
    setAccessibleName(windowTitle());
    m_bar = new MessageBar(this);
    m_url = named(new QLineEdit(this), "endpointUrlEdit", tr("Endpoint URL"));
    const bool loopback = environment == Environment::Test &&
                          backend.loopbackWebhooks() == LoopbackWebhooks::AllowedForTest;
    m_url->setPlaceholderText(loopback ? tr("https://… or http://localhost:8000/webhooks")
                                       : tr("https://example.com/webhooks/latchkey"));
    m_description = named(new QLineEdit(this), "endpointDescriptionEdit", tr("Description"));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("endpointUrlStatus"));
    m_status->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("&URL:"), m_url);
    form->addRow(QString(), m_status);
    form->addRow(tr("&Description:"), m_description);
    auto *buttons = new QDialogButtonBox(this);
    m_create = named(buttons->addButton(tr("Add endpoint"), QDialogButtonBox::AcceptRole),
                     "createEndpointButton", tr("Add endpoint"));
    m_create->setEnabled(false);
    named(buttons->addButton(QDialogButtonBox::Cancel), "cancelButton", tr("Cancel"));
    connect(m_create, &QPushButton::clicked, this, &WebhookDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_url, &QLineEdit::textChanged, this, &WebhookDialog::validate);
    auto *note = new QLabel(tr("Deliveries are signed; the signing secret is shown once after "
                               "the endpoint is added."),
                            this);
    note->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_bar);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(buttons);
    setMinimumWidth(520);
}

void WebhookDialog::validate()
{
    const QString url = m_url->text().trimmed();
    auto ok = url.isEmpty()
                  ? Status(ApiError::invalidRequest(QStringLiteral("url"), QString()))
                  : WebhookService::validateUrl(url, m_environment, m_backend.loopbackWebhooks());
    m_create->setEnabled(ok.ok());
    m_status->setText(url.isEmpty() || ok.ok() ? QString() : ok.error().message);
}

void WebhookDialog::submit()
{
    m_create->setEnabled(false);
    m_backend.createEndpoint(m_workspaceId, m_environment, m_url->text().trimmed(),
                             m_description->text().trimmed(), this,
                             [this](Result<IssuedEndpoint> r) {
                                 m_create->setEnabled(true);
                                 if (!r.ok()) {
                                     m_bar->showError(r.error().message);
                                     return;
                                 }
                                 emit endpointCreated(*r);
                                 accept();
                             });
}

} // namespace latchkey::ui
