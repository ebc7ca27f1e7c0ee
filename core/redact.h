// SPDX-License-Identifier: MIT
#pragma once
// The last line of defence for logs: whatever text is about to be logged, anything shaped like
// a Latchkey secret (sk_/pk_ keys, lks_ session tokens, whsec_ signing secrets) is cut to its
// prefix first.

#include <QByteArray>
#include <QString>

namespace latchkey {

/// "GET /v1/api-keys/sk_live_abc…" → "GET /v1/api-keys/sk_live_[redacted]".
QByteArray redactSecretBytes(QByteArrayView text);
QString redactSecrets(const QString &text);

} // namespace latchkey
