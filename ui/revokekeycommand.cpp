// SPDX-License-Identifier: MIT
#include "revokekeycommand.h"

#include "messagebox.h"
#include "widgetnames.h"

#include "core/keytext.h"

#include <QDialogButtonBox>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace latchkey::ui {

RevokeKeyDialog::RevokeKeyDialog(const ApiKeyRecord &key, QWidget *parent)
    : TypedConfirmDialog(
          {tr("Revoke live key"),
           tr("<p>Revoking <b>%1</b> (<tt>%2</tt>) stops it working at once, everywhere. Every "
              "request made with it will fail with <tt>401 invalid_api_key</tt>.</p>"
              "<p><b>This cannot be undone.</b></p>"
              "<p>To confirm, type the key's name:</p>")
               .arg(key.name.toHtmlEscaped(), KeyText::displayForm(key.prefix, key.last4)),
           key.name, tr("Type the key's name"), tr("Revoke key"), "revokeKeyDialog",
           "revokeConfirmNameEdit", "revokeButton", ":/latchkey/icons/revoke.svg"},
          parent)
{}

RevokeKeyCommand::RevokeKeyCommand(client::Backend &backend, const QString &workspaceId,
                                   const ApiKeyRecord &key, QWidget *parentWidget)
    : QObject(parentWidget)
    , m_backend(backend)
    , m_workspaceId(workspaceId)
    , m_key(key)
    , m_parentWidget(parentWidget)
{}

void RevokeKeyCommand::start()
{
    if (!canRun(&m_key)) {
        emit failed(tr("This key is already revoked."));
        finish();
        return;
    }
    if (m_key.environment == Environment::Live) {
        auto *dialog = new RevokeKeyDialog(m_key, m_parentWidget);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QDialog::accepted, this, &RevokeKeyCommand::run);
        connect(dialog, &QDialog::rejected, this, &RevokeKeyCommand::finish);
        dialog->open();
        return;
    }
    if (MessageBox::confirm(m_parentWidget, tr("Revoke test key"),
                            tr("Revoke “%1” (%2)? It stops working at once. This cannot be undone.")
                                .arg(m_key.name, KeyText::displayForm(m_key.prefix, m_key.last4)),
                            tr("Revoke key"), true))
        run();
    else
        finish();
}

void RevokeKeyCommand::run()
{
    m_backend.revokeKey(m_workspaceId, m_key.id, this, [this](Result<ApiKeyRecord> r) {
        if (r.ok())
            emit succeeded(*r);
        else
            emit failed(tr("Could not revoke “%1”: %2").arg(m_key.name, r.error().message));
        finish();
    });
}

void RevokeKeyCommand::finish()
{
    emit finished();
    deleteLater();
}

} // namespace latchkey::ui
