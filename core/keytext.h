// SPDX-License-Identifier: MIT
#pragma once
// The text of an API key: `{sk|pk}_{live|test}_` + 30 random base62 characters +
// 6 base62 characters of the CRC32 of the random part. The checksum rejects a mistyped key
// without a store look-up and lets secret scanners recognise a real one.

#include "result.h"
#include "types.h"

#include <QByteArray>
#include <QString>

namespace latchkey {

class KeyText
{
    Q_DECLARE_TR_FUNCTIONS(KeyText)

public:
    static constexpr int kPrefixLength = 8; ///< "sk_live_"
    static constexpr int kRandomLength = 30;
    static constexpr int kChecksumLength = 6;
    static constexpr int kLength = kPrefixLength + kRandomLength + kChecksumLength; // 44

    enum class Problem
    {
        None,
        Empty,
        WrongPrefix,
        WrongLength,
        BadAlphabet,
        BadChecksum
    };

    struct Parsed
    {
        KeyType type;
        Environment environment;
    };

    /// A new key text from RAND_bytes. The caller owns the secret: wipe it when done.
    static QByteArray generate(KeyType type, Environment environment);

    /// Checks prefix, length, alphabet and checksum, in that order, without any look-up.
    /// Never allocates for a well-formed key.
    static Problem check(QByteArrayView text, Parsed *parsed = nullptr);
    /// As check(), with a 401 invalid_api_key error that says which check failed and never
    /// repeats the text.
    static Result<Parsed> parse(QByteArrayView text);

    static QString prefix(KeyType type, Environment environment); ///< "sk_live_"
    /// The last four characters, kept in the clear for display.
    static QString last4(QByteArrayView text);
    /// "sk_live_…x7Qa"
    static QString displayForm(const QString &prefix, const QString &last4);
    /// SHA-256 of the whole text: the only form in which a secret key is stored.
    static QByteArray hash(QByteArrayView text);

    /// CRC32 (IEEE 802.3, as zlib) — exposed for tests.
    static quint32 crc32(QByteArrayView data);
    static QByteArray encodeChecksum(quint32 crc); ///< 6 base62 characters, big-endian
};

} // namespace latchkey
