// SPDX-License-Identifier: MIT
#include "secretrevealdialog.h"

#include "clipboard.h"
#include "messagebox.h"
#include "monospacefont.h"
#include "widgetnames.h"

#include "core/crypto.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace latchkey::ui {

SecretRevealDialog::SecretRevealDialog(QByteArray secret, const QString &title,
                                       const QString &intro, QWidget *parent)
    : QDialog(parent)
    , m_secret(std::move(secret))
    , m_shown(QString::fromUtf8(m_secret))
{
    setObjectName(QStringLiteral("secretRevealDialog"));
    setWindowTitle(title);
    setAccessibleName(title);

    auto *introLabel = new QLabel(intro, this);
    introLabel->setWordWrap(true);

    // Its text is its accessible name, so a screen reader reads the secret itself (a QLabel
    // offers no other way to read its text); what it is goes in the description.
    m_secretLabel = new QLabel(m_shown, this);
    m_secretLabel->setObjectName(QStringLiteral("secretText"));
    m_secretLabel->setAccessibleDescription(tr("Secret"));
    m_secretLabel->setFont(monospaceFont());
    m_secretLabel->setTextInteractionFlags(Qt::TextSelectableByMouse |
                                           Qt::TextSelectableByKeyboard);
    m_secretLabel->setFrameShape(QFrame::StyledPanel);
    m_secretLabel->setMargin(8);
    m_secretLabel->setAutoFillBackground(true);
    m_secretLabel->setBackgroundRole(QPalette::Base);

    m_copyButton =
        named(new QPushButton(QIcon(QStringLiteral(":/latchkey/icons/copy.svg")), tr("Copy"), this),
              "copySecretButton", tr("Copy the secret"));
    connect(m_copyButton, &QPushButton::clicked, this, &SecretRevealDialog::copy);

    auto *row = new QHBoxLayout;
    row->addWidget(m_secretLabel, 1);
    row->addWidget(m_copyButton);

    m_warning = new QLabel(
        tr("<b>Copy this secret now and keep it somewhere safe. It will not be shown again.</b> "
           "If you lose it, roll the key to get a new one."),
        this);
    m_warning->setObjectName(QStringLiteral("revealWarning"));
    m_warning->setWordWrap(true);
    auto *warningIcon = new QLabel(this);
    warningIcon->setPixmap(QIcon(QStringLiteral(":/latchkey/icons/warning.svg")).pixmap(24, 24));
    auto *warningRow = new QHBoxLayout;
    warningRow->addWidget(warningIcon, 0, Qt::AlignTop);
    warningRow->addWidget(m_warning, 1);

    m_copiedLabel = new QLabel(this);
    m_copiedLabel->setObjectName(QStringLiteral("copiedLabel"));

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *doneButton = buttons->addButton(tr("Done"), QDialogButtonBox::AcceptRole);
    named(doneButton, "doneButton", tr("Close the secret"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(introLabel);
    layout->addLayout(row);
    layout->addLayout(warningRow);
    layout->addWidget(m_copiedLabel);
    layout->addWidget(buttons);
    setMinimumWidth(560);
    m_copyButton->setFocus();
}

SecretRevealDialog::~SecretRevealDialog()
{
    wipe();
}

void SecretRevealDialog::setWarning(const QString &warning)
{
    m_warning->setText(warning);
}

void SecretRevealDialog::setShareText(const QString &before, const QString &after,
                                      const QString &buttonText)
{
    m_shareText = named(new QPlainTextEdit(before + m_shown + after, this), "shareText",
                        tr("Message to send"));
    m_shareText->setReadOnly(true);
    m_shareText->setTabChangesFocus(true);
    m_shareText->setMinimumHeight(150);
    auto *copy =
        named(new QPushButton(QIcon(QStringLiteral(":/latchkey/icons/copy.svg")), buttonText, this),
              "copyShareTextButton", buttonText);
    connect(copy, &QPushButton::clicked, this, [this] { copyText(m_shareText->toPlainText()); });
    auto *layout = static_cast<QVBoxLayout *>(this->layout());
    // After the secret's row and its warning: the message is what most people send.
    layout->insertWidget(3, m_shareText);
    layout->insertWidget(4, copy, 0, Qt::AlignLeft);
}

void SecretRevealDialog::copy()
{
    copyText(m_shown);
}

void SecretRevealDialog::copyText(const QString &text)
{
    Clipboard::instance()->setText(text, true);
    m_copied = true;
    m_copiedLabel->setText(
        tr("Copied. The clipboard will be cleared in %n second(s) unless you copy something else.",
           nullptr, Clipboard::instance()->clearTimeout() / 1000));
}

void SecretRevealDialog::done(int result)
{
    if (!m_copied && !m_secret.isEmpty() &&
        !MessageBox::confirm(this, tr("Close without copying?"),
                             tr("You have not copied the secret. Once this window closes it "
                                "cannot be shown again."),
                             tr("Close without copying"), true))
        return;
    wipe();
    QDialog::done(result);
}

void SecretRevealDialog::wipe()
{
    // Drop the label's reference first so the wipe below reaches the only copy.
    m_secretLabel->clear();
    if (m_shareText) {
        QString shown = m_shareText->toPlainText();
        m_shareText->clear();
        crypto::wipe(shown);
    }
    crypto::wipe(m_shown);
    m_shown.clear();
    crypto::wipe(m_secret);
    m_secret.clear();
}

} // namespace latchkey::ui
