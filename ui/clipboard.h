// SPDX-License-Identifier: MIT
#pragma once
// The only place that touches the system clipboard. Secrets are copied with the platform's
// "sensitive" hint so clipboard managers keep them out of their history, and cleared after a
// timeout — but only while the clipboard still holds what we put there — and on quit.

#include <QByteArray>
#include <QObject>
#include <QTimer>

namespace latchkey::ui {

class Clipboard : public QObject
{
    Q_OBJECT

public:
    static constexpr int kDefaultClearMs = 30'000;

    static Clipboard *instance();

    /// Copies \p text; when \p sensitive, marks it so and schedules the clear.
    void setText(const QString &text, bool sensitive = true);
    /// Clears the clipboard now if it still holds the last sensitive text we copied.
    void clearCopiedText();
    void setClearTimeout(int ms) { m_clearMs = ms; }
    int clearTimeout() const { return m_clearMs; }
    bool isClearPending() const { return m_timer.isActive(); }

signals:
    void cleared();

private:
    explicit Clipboard(QObject *parent);

    QTimer m_timer;
    int m_clearMs = kDefaultClearMs;
    QByteArray m_copiedHash; ///< SHA-256 of what we copied: the secret itself is not kept
};

} // namespace latchkey::ui
