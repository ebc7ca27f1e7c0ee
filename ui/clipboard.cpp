// SPDX-License-Identifier: MIT
#include "clipboard.h"

#include "core/crypto.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QMimeData>

namespace latchkey::ui {

Clipboard *Clipboard::instance()
{
    static Clipboard *self = new Clipboard(qApp);
    return self;
}

Clipboard::Clipboard(QObject *parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &Clipboard::clearCopiedText);
    connect(qApp, &QCoreApplication::aboutToQuit, this, &Clipboard::clearCopiedText);
}

void Clipboard::setText(const QString &text, bool sensitive)
{
    QClipboard *clipboard = QGuiApplication::clipboard();
    if (!clipboard)
        return;
    auto *mime = new QMimeData;
    mime->setText(text);
    if (sensitive) {
#if defined(Q_OS_MACOS)
        // Needs a pasteboard MIME converter to reach NSPasteboard under this exact type name.
        mime->setData(QStringLiteral("org.nspasteboard.ConcealedType"), QByteArray());
#elif defined(Q_OS_WIN)
        mime->setData(QStringLiteral("ExcludeClipboardContentFromMonitorProcessing"),
                      QByteArray(4, '\0'));
#else
        mime->setData(QStringLiteral("x-kde-passwordManagerHint"), QByteArrayLiteral("secret"));
#endif
    }
    clipboard->setMimeData(mime, QClipboard::Clipboard);
    if (clipboard->supportsSelection() && !sensitive)
        clipboard->setText(text, QClipboard::Selection);
    if (sensitive) {
        m_copiedHash = crypto::sha256(text.toUtf8());
        m_timer.start(m_clearMs);
    } else {
        m_copiedHash.clear();
        m_timer.stop();
    }
}

void Clipboard::clearCopiedText()
{
    m_timer.stop();
    if (m_copiedHash.isEmpty())
        return;
    QClipboard *clipboard = QGuiApplication::clipboard();
    if (clipboard &&
        crypto::constantTimeEquals(crypto::sha256(clipboard->text().toUtf8()), m_copiedHash)) {
        clipboard->clear(QClipboard::Clipboard);
        emit cleared();
    }
    m_copiedHash.clear();
}

} // namespace latchkey::ui
