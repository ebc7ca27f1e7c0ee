// SPDX-License-Identifier: MIT
#include "redact.h"

#include <QRegularExpression>

namespace latchkey {

namespace {
const QRegularExpression &secretPattern()
{
    static const QRegularExpression re(
        QStringLiteral("((?:sk|pk)_(?:live|test)_|lks_|whsec_)[0-9A-Za-z%]{4,}"));
    return re;
}
} // namespace

QString redactSecrets(const QString &text)
{
    QString out = text;
    out.replace(secretPattern(), QStringLiteral("\\1[redacted]"));
    return out;
}

QByteArray redactSecretBytes(QByteArrayView text)
{
    // Fast path: most log text carries no underscore-prefixed token at all.
    if (!text.contains("sk_") && !text.contains("pk_") && !text.contains("lks_") &&
        !text.contains("whsec_"))
        return text.toByteArray();
    return redactSecrets(QString::fromUtf8(text)).toUtf8();
}

} // namespace latchkey
