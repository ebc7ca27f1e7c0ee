// SPDX-License-Identifier: MIT
#include "clipboard.h"

#include "core/crypto.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QMimeData>

#if defined(Q_OS_MACOS) && QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
#include <QUtiMimeConverter>
#define LATCHKEY_CONCEALED_PASTEBOARD 1
#endif // portable: no-op on Windows and Linux because the concealed type is macOS's own

namespace latchkey::ui {

namespace {
#if defined(LATCHKEY_CONCEALED_PASTEBOARD)
// Qt hands macOS only the pasteboard types it can map from MIME types; this maps ours to the
// type clipboard managers honour (nspasteboard.org), so they keep the secret out of history.
const QString kConcealedMime = QStringLiteral("application/x-nspasteboard-concealed-type");
const QString kConcealedUti = QStringLiteral("org.nspasteboard.ConcealedType");

class ConcealedTypeConverter final : public QUtiMimeConverter
{
public:
    QString utiForMime(const QString &mime) const override
    {
        return mime == kConcealedMime ? kConcealedUti : QString();
    }
    QString mimeForUti(const QString &uti) const override
    {
        return uti == kConcealedUti ? kConcealedMime : QString();
    }
    QVariant convertToMime(const QString &mime, const QList<QByteArray> &data,
                           const QString &uti) const override
    {
        if (mime != kConcealedMime || uti != kConcealedUti)
            return {};
        return data.value(0);
    }
    QList<QByteArray> convertFromMime(const QString &mime, const QVariant &data,
                                      const QString &uti) const override
    {
        if (mime != kConcealedMime || uti != kConcealedUti)
            return {};
        return {data.toByteArray()};
    }
};
#endif
} // namespace

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
#if defined(LATCHKEY_CONCEALED_PASTEBOARD)
    new ConcealedTypeConverter; // registers itself; Qt deletes it with the application
#endif
}

void Clipboard::setText(const QString &text, bool sensitive)
{
    QClipboard *clipboard = QGuiApplication::clipboard();
    if (!clipboard)
        return;
    auto *mime = new QMimeData;
    mime->setText(text);
    if (sensitive) {
#if defined(LATCHKEY_CONCEALED_PASTEBOARD)
        mime->setData(kConcealedMime, QByteArray());
#elif defined(Q_OS_MACOS)
        // Qt before 6.5 has no public way to add a pasteboard type: the hint cannot reach
        // NSPasteboard there, and the 30 s clearing is the only protection.
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
