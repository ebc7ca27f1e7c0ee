// SPDX-License-Identifier: MIT
#pragma once
// Adds a webhook endpoint; its signing secret is then revealed once by the caller.

#include "client/backend.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace latchkey::ui {

class MessageBar;

class WebhookDialog : public QDialog
{
    Q_OBJECT

public:
    WebhookDialog(client::Backend &backend, const QString &workspaceId, Environment environment,
                  QWidget *parent = nullptr);

signals:
    void endpointCreated(const latchkey::IssuedEndpoint &issued);

private:
    void validate();
    void submit();

    client::Backend &m_backend;
    QString m_workspaceId;
    Environment m_environment;
    MessageBar *m_bar;
    QLineEdit *m_url;
    QLineEdit *m_description;
    QLabel *m_status;
    QPushButton *m_create;
};

} // namespace latchkey::ui
