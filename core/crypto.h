// SPDX-License-Identifier: MIT
#pragma once
// The few cryptographic primitives Latchkey uses, all from OpenSSL: random bytes, SHA-256,
// HMAC-SHA256, constant-time comparison, AES-256-GCM, PBKDF2 password hashing, and wiping.

#include "result.h"

#include <QByteArray>
#include <QString>

namespace latchkey::crypto {

/// \p n bytes from RAND_bytes. Aborts the process if the generator fails: a weak key is
/// worse than no key.
QByteArray randomBytes(qsizetype n);
/// \p n characters of [0-9A-Za-z], uniformly distributed (rejection sampling, no modulo bias).
QByteArray randomBase62(qsizetype n);
/// An object id: \p prefix + 24 base62 characters ("key_4fT…").
QString randomId(QStringView prefix);

QByteArray sha256(QByteArrayView data);
QByteArray hmacSha256(QByteArrayView key, QByteArrayView data);
/// CRYPTO_memcmp; false when the lengths differ.
bool constantTimeEquals(QByteArrayView a, QByteArrayView b);
/// OPENSSL_cleanse over the array's bytes, then clears it.
void wipe(QByteArray &bytes);
void wipe(QString &text);
/// Frees OpenSSL's state for the calling thread (its error queue, random generators). Work run
/// on a pooled thread calls it when done: the thread may outlive OpenSSL's clean-up at exit,
/// and its state would then be lost, not freed.
void releaseThreadState();

/// AES-256-GCM with a random 96-bit nonce. Output: nonce(12) | ciphertext | tag(16).
/// \p aad binds the ciphertext to its context (e.g. the owning record's id).
QByteArray aesGcmEncrypt(QByteArrayView key32, QByteArrayView plaintext, QByteArrayView aad);
/// Fails (empty optional semantics via ok()) when the tag does not verify.
Result<QByteArray> aesGcmDecrypt(QByteArrayView key32, QByteArrayView sealed, QByteArrayView aad);

/// PBKDF2-HMAC-SHA256 with a random 16-byte salt:
/// "pbkdf2-sha256$<iterations>$<salt base64>$<hash base64>".
QByteArray hashPassword(const QString &password, int iterations = 600000);
/// Constant-time check of \p password against hashPassword()'s output.
bool verifyPassword(const QString &password, const QByteArray &encoded);

/// The 32-byte key that encrypts webhook signing secrets at rest. Loaded from \p path, or
/// created there with mode 0600 on first use. An existing file readable by group or others,
/// or of the wrong size, is refused with a message saying so.
Result<QByteArray> loadOrCreateMasterKey(const QString &path);

} // namespace latchkey::crypto
