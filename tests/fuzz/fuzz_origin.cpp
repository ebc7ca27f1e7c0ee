// SPDX-License-Identifier: MIT
// Fuzzes the origin normaliser and origin patterns (core/restrictions). Line 1 is an origin or
// pattern, line 2 an origin to match against it. Normalising is idempotent, a parsed pattern
// re-parses to itself, and an exact pattern matches its own origin.

#include "core/restrictions.h"
#include "fuzzcheck.h"

using namespace latchkey;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 4096)
        return 0;
    const auto [first, second] = fuzz::splitTwo(data, size);

    const Result<QString> n = Origin::normalise(first);
    if (n.ok()) {
        const Result<QString> again = Origin::normalise(*n);
        FUZZ_CHECK(again.ok() && *again == *n);
    } else {
        FUZZ_CHECK(n.error().status == 400);
    }

    const Result<OriginPattern> p = OriginPattern::parse(first);
    if (p.ok()) {
        const Result<OriginPattern> again = OriginPattern::parse(p->toString());
        FUZZ_CHECK(again.ok() && again->toString() == p->toString());
        if (n.ok() && !p->toString().contains(u'*'))
            FUZZ_CHECK(p->matches(*n));
        const Result<QString> other = Origin::normalise(second);
        if (other.ok())
            (void)p->matches(*other);
        const Result<OriginAllowlist> list = OriginAllowlist::parse({first});
        FUZZ_CHECK(list.ok());
        (void)list->allows(second);
        FUZZ_CHECK(list->toStringList() == QStringList{p->toString()});
    }
    // The allowlist parser over every line of the input.
    const Result<OriginAllowlist> all = OriginAllowlist::parse(fuzz::lines(data, size));
    if (all.ok())
        (void)all->allows(second);
    return 0;
}
