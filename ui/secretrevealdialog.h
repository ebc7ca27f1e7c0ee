// SPDX-License-Identifier: MIT
#pragma once
// The one-time reveal of a secret (sk_ key or whsec_ signing secret): monospace text, Copy,
// the plain warning that it will not be shown again, a confirmation before closing if it was
// never copied, and the secret wiped from memory when the dialog closes.

#include <QDialog>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace latchkey::ui {

class SecretRevealDialog : public QDialog
{
    Q_OBJECT

public:
    /// Takes the secret; \p secret is wiped by the caller's move, ours when the dialog closes.
    SecretRevealDialog(QByteArray secret, const QString &title, const QString &intro,
                       QWidget *parent = nullptr);
    ~SecretRevealDialog() override;

    /// Replaces the warning under the secret (the default speaks of keys).
    void setWarning(const QString &warning);
    /// Shows a message to send with the secret (an invitation), read-only: \p before, the
    /// secret, \p after; and a button \p buttonText that copies it whole.
    void setShareText(const QString &before, const QString &after, const QString &buttonText);

    bool wasCopied() const { return m_copied; }
    bool isWiped() const { return m_secret.isEmpty(); }

    void done(int result) override;

private:
    void copy();
    void copyText(const QString &text);
    void wipe();

    QByteArray m_secret;
    QString m_shown;
    QLabel *m_secretLabel;
    QPushButton *m_copyButton;
    QLabel *m_copiedLabel;
    QLabel *m_warning;
    QPlainTextEdit *m_shareText = nullptr;
    bool m_copied = false;
};

} // namespace latchkey::ui
