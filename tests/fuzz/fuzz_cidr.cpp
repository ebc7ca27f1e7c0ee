// SPDX-License-Identifier: MIT
// Fuzzes the CIDR parser and the IP allowlist (core/restrictions). Line 1 is a network, line 2
// an address. A parsed network re-parses to itself and contains its own network address.

#include "core/restrictions.h"
#include "fuzzcheck.h"

using namespace latchkey;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 4096)
        return 0;
    const auto [first, second] = fuzz::splitTwo(data, size);

    const Result<Cidr> c = Cidr::parse(first);
    if (c.ok()) {
        const QString canonical = c->toString();
        const Result<Cidr> again = Cidr::parse(canonical);
        FUZZ_CHECK(again.ok() && again->toString() == canonical);
        const QHostAddress network(canonical.section(u'/', 0, 0));
        FUZZ_CHECK(!network.isNull());
        FUZZ_CHECK(c->contains(network));
        const QHostAddress other(second);
        (void)c->contains(other);
        // Covering (the no-escalation rule for IP allowlists) is containing: a network that
        // covers another contains its first address, and every network covers itself.
        FUZZ_CHECK(c->covers(*c));
        if (const Result<Cidr> inner = Cidr::parse(second); inner.ok() && c->covers(*inner))
            FUZZ_CHECK(c->contains(QHostAddress(inner->toString().section(u'/', 0, 0))));
        const Result<IpAllowlist> list = IpAllowlist::parse({first});
        FUZZ_CHECK(list.ok());
        FUZZ_CHECK(list->allows(network.toString()));
        (void)list->allows(second);
    } else {
        FUZZ_CHECK(c.error().status == 400);
    }
    const Result<IpAllowlist> all = IpAllowlist::parse(fuzz::lines(data, size));
    if (all.ok()) {
        (void)all->allows(second);
        (void)all->allows(first);
    }
    return 0;
}
