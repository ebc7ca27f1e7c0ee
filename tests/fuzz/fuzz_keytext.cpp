// SPDX-License-Identifier: MIT
// Fuzzes the key text parser (core/keytext): KeyText::check / parse never crash, agree with
// each other, never repeat the text in an error, and a well-formed key round-trips.

#include "core/keytext.h"
#include "fuzzcheck.h"

using namespace latchkey;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView text(reinterpret_cast<const char *>(data), qsizetype(size));
    KeyText::Parsed parsed{};
    const KeyText::Problem problem = KeyText::check(text, &parsed);
    const Result<KeyText::Parsed> r = KeyText::parse(text);
    FUZZ_CHECK(r.ok() == (problem == KeyText::Problem::None));
    if (!r.ok()) {
        FUZZ_CHECK(r.error().status == 401);
        // A secret never reaches an error message.
        if (size >= 12)
            FUZZ_CHECK(!r.error().message.contains(QString::fromUtf8(text)));
        return 0;
    }
    FUZZ_CHECK(text.size() == KeyText::kLength);
    FUZZ_CHECK(r->type == parsed.type && r->environment == parsed.environment);
    const QString prefix = KeyText::prefix(parsed.type, parsed.environment);
    FUZZ_CHECK(QString::fromLatin1(text.first(KeyText::kPrefixLength)) == prefix);
    const QByteArrayView random = text.sliced(KeyText::kPrefixLength, KeyText::kRandomLength);
    FUZZ_CHECK(KeyText::encodeChecksum(KeyText::crc32(random)) ==
               text.sliced(KeyText::kPrefixLength + KeyText::kRandomLength));
    FUZZ_CHECK(KeyText::last4(text).size() == 4);
    FUZZ_CHECK(KeyText::hash(text).size() == 32);
    return 0;
}
