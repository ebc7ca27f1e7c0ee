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
    : QDialog(parent)
{
    setObjectName(QStringLiteral("revokeKeyDialog"));
    setWindowTitle(tr("Revoke live key"));
    setAccessibleName(windowTitle());
    const QString display = KeyText::displayForm(key.prefix, key.last4);
    auto *text = new QLabel(
        tr("<p>Revoking <b>%1</b> (<tt>%2</tt>) stops it working at once, everywhere. Every "
           "request made with it will fail with <tt>401 invalid_api_key</tt>.</p>"
           "<p><b>This cannot be undone.</b></p>"
           "<p>To confirm, type the key's name:</p>")
            .arg(key.name.toHtmlEscaped(), display),
        this);
    text->setWordWrap(true);
    m_nameEdit = named(new QLineEdit(this), "revokeConfirmNameEdit", tr("Type the key's name"));
    m_nameEdit->setPlaceholderText(key.name);
    auto *buttons = new QDialogButtonBox(this);
    m_revoke = named(buttons->addButton(tr("Revoke key"), QDialogButtonBox::AcceptRole),
                     "revokeButton", tr("Revoke key"));
    m_revoke->setIcon(QIcon(QStringLiteral(":/latchkey/icons/revoke.svg")));
    m_revoke->setEnabled(false);
    m_revoke->setAutoDefault(false);
    auto *cancel =
        named(buttons->addButton(QDialogButtonBox::Cancel), "cancelButton", tr("Cancel"));
    cancel->setDefault(true);
    connect(m_nameEdit, &QLineEdit::textChanged, this,
            [this, name = key.name](const QString &typed) { m_revoke->setEnabled(typed == name); });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addWidget(m_nameEdit);
    layout->addWidget(buttons);
    setMinimumWidth(460);
}

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
