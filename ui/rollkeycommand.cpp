// SPDX-License-Identifier: MIT
#include "rollkeycommand.h"

#include "secretrevealdialog.h"
#include "widgetnames.h"

#include "core/keyservice.h"
#include "core/keytext.h"

#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace latchkey::ui {

RollKeyDialog::RollKeyDialog(const ApiKeyRecord &key, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("rollKeyDialog"));
    setWindowTitle(tr("Roll key"));
    setAccessibleName(windowTitle());
    auto *text =
        new QLabel(tr("<p>Rolling <b>%1</b> (<tt>%2</tt>) issues a new secret key with the "
                      "same scopes and restrictions. The new secret is shown once.</p>"
                      "<p>How long should the old key keep working, so you can deploy "
                      "the new one?</p>")
                       .arg(key.name.toHtmlEscaped(), KeyText::displayForm(key.prefix, key.last4)),
                   this);
    text->setWordWrap(true);
    m_grace = named(new QComboBox(this), "rollGraceCombo", tr("Old key keeps working for"));
    m_grace->addItem(tr("Expire it now"), qint64(0));
    m_grace->addItem(tr("1 hour"), qint64(3600));
    m_grace->addItem(tr("24 hours"), qint64(24 * 3600));
    m_grace->addItem(tr("3 days"), qint64(3 * 24 * 3600));
    m_grace->addItem(tr("7 days"), qint64(7 * 24 * 3600));
    m_grace->setCurrentIndex(2);
    auto *form = new QFormLayout;
    form->addRow(tr("Old key works for:"), m_grace);
    auto *buttons = new QDialogButtonBox(this);
    auto *roll = named(buttons->addButton(tr("Roll key"), QDialogButtonBox::AcceptRole),
                       "rollButton", tr("Roll key"));
    roll->setIcon(QIcon(QStringLiteral(":/latchkey/icons/roll.svg")));
    named(buttons->addButton(QDialogButtonBox::Cancel), "cancelButton", tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addLayout(form);
    layout->addWidget(buttons);
    setMinimumWidth(460);
}

qint64 RollKeyDialog::graceSeconds() const
{
    return m_grace->currentData().toLongLong();
}

RollKeyCommand::RollKeyCommand(client::Backend &backend, const QString &workspaceId,
                               const ApiKeyRecord &key, QWidget *parentWidget)
    : Command(backend, workspaceId, parentWidget)
    , m_key(key)
{}

Status RollKeyCommand::whyNot(const ApiKeyRecord *key)
{
    if (!key)
        return ApiError::invalidRequest(QStringLiteral("id"), tr("Select the key to roll."));
    return KeyService::rollable(*key, QDateTime::currentMSecsSinceEpoch());
}

void RollKeyCommand::ask()
{
    auto *dialog = new RollKeyDialog(m_key, m_parentWidget);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        m_graceSeconds = dialog->graceSeconds();
        run();
    });
    connect(dialog, &QDialog::rejected, this, &RollKeyCommand::finish);
    dialog->open();
}

void RollKeyCommand::run()
{
    m_backend.rollKey(m_workspaceId, m_key.id, m_graceSeconds, this,
                      outcome<IssuedKey>(
                          [this](IssuedKey &issued) {
                              auto *reveal = new SecretRevealDialog(
                                  std::move(issued.secret), tr("New secret key"),
                                  tr("“%1” has been rolled. This is the new key:")
                                      .arg(issued.key.name.toHtmlEscaped()),
                                  m_parentWidget);
                              reveal->setAttribute(Qt::WA_DeleteOnClose);
                              reveal->open();
                              emit succeeded(issued.key);
                          },
                          [this](const QString &why) {
                              return tr("Could not roll “%1”: %2").arg(m_key.name, why);
                          }));
}

} // namespace latchkey::ui
