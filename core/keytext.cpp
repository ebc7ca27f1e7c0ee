// SPDX-License-Identifier: MIT
#include "keytext.h"

#include "crypto.h"

#include <array>

namespace latchkey {

namespace {
constexpr char kBase62[] = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

constexpr std::array<quint32, 256> makeCrcTable()
{
    std::array<quint32, 256> t{};
    for (quint32 i = 0; i < 256; ++i) {
        quint32 c = i;
        for (int k = 0; k < 8; ++k)
            c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
        t[i] = c;
    }
    return t;
}
constexpr auto kCrcTable = makeCrcTable();

constexpr std::array<signed char, 256> makeDecodeTable()
{
    std::array<signed char, 256> t{};
    for (auto &v : t)
        v = -1;
    for (int i = 0; i < 62; ++i)
        t[static_cast<unsigned char>(kBase62[i])] = static_cast<signed char>(i);
    return t;
}
constexpr auto kDecode = makeDecodeTable();
} // namespace

quint32 KeyText::crc32(QByteArrayView data)
{
    quint32 c = 0xFFFFFFFFu;
    for (char ch : data)
        c = kCrcTable[(c ^ static_cast<unsigned char>(ch)) & 0xFF] ^ (c >> 8);
    return c ^ 0xFFFFFFFFu;
}

QByteArray KeyText::encodeChecksum(quint32 crc)
{
    QByteArray out(kChecksumLength, '0');
    quint64 v = crc;
    for (int i = kChecksumLength - 1; i >= 0; --i) {
        out[i] = kBase62[v % 62];
        v /= 62;
    }
    return out;
}

QString KeyText::prefix(KeyType type, Environment environment)
{
    if (type == KeyType::Secret)
        return environment == Environment::Live ? QStringLiteral("sk_live_")
                                                : QStringLiteral("sk_test_");
    return environment == Environment::Live ? QStringLiteral("pk_live_")
                                            : QStringLiteral("pk_test_");
}

QByteArray KeyText::generate(KeyType type, Environment environment)
{
    QByteArray random = crypto::randomBase62(kRandomLength);
    QByteArray text = prefix(type, environment).toLatin1();
    text.reserve(kLength);
    text += random;
    text += encodeChecksum(crc32(random));
    crypto::wipe(random);
    return text;
}

KeyText::Problem KeyText::check(QByteArrayView text, Parsed *parsed)
{
    if (text.isEmpty())
        return Problem::Empty;
    if (text.size() < kPrefixLength)
        return Problem::WrongPrefix;
    Parsed p{};
    const QByteArrayView head = text.first(3);
    if (head == "sk_")
        p.type = KeyType::Secret;
    else if (head == "pk_")
        p.type = KeyType::Public;
    else
        return Problem::WrongPrefix;
    const QByteArrayView env = text.sliced(3, 5);
    if (env == "live_")
        p.environment = Environment::Live;
    else if (env == "test_")
        p.environment = Environment::Test;
    else
        return Problem::WrongPrefix;
    if (text.size() != kLength)
        return Problem::WrongLength;
    const QByteArrayView body = text.sliced(kPrefixLength);
    for (char c : body)
        if (kDecode[static_cast<unsigned char>(c)] < 0)
            return Problem::BadAlphabet;
    quint64 sum = 0;
    for (char c : body.sliced(kRandomLength))
        sum = sum * 62 + quint64(kDecode[static_cast<unsigned char>(c)]);
    if (sum > 0xFFFFFFFFull || quint32(sum) != crc32(body.first(kRandomLength)))
        return Problem::BadChecksum;
    if (parsed)
        *parsed = p;
    return Problem::None;
}

Result<KeyText::Parsed> KeyText::parse(QByteArrayView text)
{
    Parsed p{};
    switch (check(text, &p)) {
    case Problem::None:
        return p;
    case Problem::Empty:
        return ApiError::invalidApiKey(tr("The API key is empty."));
    case Problem::WrongPrefix:
        return ApiError::invalidApiKey(tr("The API key does not start with sk_live_, sk_test_, "
                                          "pk_live_ or pk_test_."));
    case Problem::WrongLength:
        return ApiError::invalidApiKey(
            tr("The API key has the wrong length: it must be %1 characters.").arg(kLength));
    case Problem::BadAlphabet:
        return ApiError::invalidApiKey(
            tr("The API key contains a character other than letters and digits after its "
               "prefix."));
    case Problem::BadChecksum:
        return ApiError::invalidApiKey(
            tr("The API key's checksum does not match: it was probably mistyped or cut short."));
    }
    return ApiError::invalidApiKey(tr("Invalid API key."));
}

QString KeyText::last4(QByteArrayView text)
{
    return QString::fromLatin1(text.size() >= 4 ? text.last(4) : text);
}

QString KeyText::displayForm(const QString &prefix, const QString &last4)
{
    return prefix + QChar(0x2026) + last4;
}

QByteArray KeyText::hash(QByteArrayView text)
{
    return crypto::sha256(text);
}

} // namespace latchkey
