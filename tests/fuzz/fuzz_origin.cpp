// SPDX-License-Identifier: MIT
// Fuzzes the origin normaliser and origin patterns (core/restrictions). Line 1 is an origin or
// pattern, line 2 an origin to match against it. Normalising is idempotent, a parsed pattern
// re-parses to itself, an exact pattern matches its own origin, and an accepted wildcard
// stands over a registrable domain by libpsl's own reckoning (or localhost).

#include "core/restrictions.h"
#include "fuzzcheck.h"

#include <libpsl.h>

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
        const QString text = p->toString();
        if (const qsizetype star = text.indexOf(QStringLiteral("://*.")); star > 0) {
            QString host = text.mid(star + 5);
            host = host.left(host.indexOf(u':') < 0 ? host.size() : host.indexOf(u':'));
            const QByteArray utf8 = host.toUtf8();
            // An independent question to libpsl: is there a registrable domain at or above it?
            static psl_ctx_t *const psl = psl_latest(nullptr); // the list the product reads
            FUZZ_CHECK(host == u"localhost" || psl_registrable_domain(psl ? psl : psl_builtin(),
                                                                      utf8.constData()) != nullptr);
        }
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
