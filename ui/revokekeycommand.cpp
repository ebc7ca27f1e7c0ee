// SPDX-License-Identifier: MIT
#include "revokekeycommand.h"

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
    : Command(backend, workspaceId, parentWidget)
    , m_key(key)
{}

Status RevokeKeyCommand::check() const
{
    if (!canRun(&m_key))
        return ApiError::invalidRequest({}, tr("This key is already revoked."));
    return success();
}

void RevokeKeyCommand::ask()
{
    if (m_key.environment == Environment::Live) {
        auto *dialog = new RevokeKeyDialog(m_key, m_parentWidget);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QDialog::accepted, this, &RevokeKeyCommand::run);
        connect(dialog, &QDialog::rejected, this, &RevokeKeyCommand::finish);
        dialog->open();
        return;
    }
    confirmThenRun(tr("Revoke test key"),
                   tr("Revoke “%1” (%2)? It stops working at once. This cannot be undone.")
                       .arg(m_key.name, KeyText::displayForm(m_key.prefix, m_key.last4)),
                   tr("Revoke key"), true);
}

void RevokeKeyCommand::run()
{
    m_backend.revokeKey(
        m_workspaceId, m_key.id, this,
        outcome<ApiKeyRecord>([this](const ApiKeyRecord &k) { emit succeeded(k); },
                              [this](const QString &why) {
                                  return tr("Could not revoke “%1”: %2").arg(m_key.name, why);
                              }));
}

} // namespace latchkey::ui
