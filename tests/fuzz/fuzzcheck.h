// SPDX-License-Identifier: MIT
#pragma once
// Shared helpers for the libFuzzer targets: an invariant that does not hold is a crash with a
// message, so libFuzzer saves the input that broke it.

#include <QByteArrayView>
#include <QString>
#include <QStringList>

#include <cstdio>
#include <cstdlib>

#define FUZZ_CHECK(cond)                                                                           \
    do {                                                                                           \
        if (!(cond)) {                                                                             \
            std::fprintf(stderr, "FUZZ_CHECK failed: %s at %s:%d\n", #cond, __FILE__, __LINE__);   \
            std::abort();                                                                          \
        }                                                                                          \
    } while (false)

namespace latchkey::fuzz {

/// Splits the input at the first '\n': two independent strings from one input.
inline std::pair<QString, QString> splitTwo(const uint8_t *data, size_t size)
{
    const QByteArrayView all(reinterpret_cast<const char *>(data), qsizetype(size));
    const qsizetype nl = all.indexOf('\n');
    if (nl < 0)
        return {QString::fromUtf8(all), QString()};
    return {QString::fromUtf8(all.first(nl)), QString::fromUtf8(all.sliced(nl + 1))};
}

/// The input as a list of strings, one per line.
inline QStringList lines(const uint8_t *data, size_t size)
{
    return QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size)).split(u'\n');
}

} // namespace latchkey::fuzz
