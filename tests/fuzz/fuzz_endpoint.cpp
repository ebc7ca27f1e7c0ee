// SPDX-License-Identifier: MIT
// Fuzzes endpoint patterns (core/restrictions). Line 1 is a pattern "METHOD /path/*", line 2 a
// request "METHOD /path?query". A parsed pattern re-parses to itself.

#include "core/restrictions.h"
#include "fuzzcheck.h"

#include <QRegularExpression>

using namespace latchkey;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 4096)
        return 0;
    const auto [first, second] = fuzz::splitTwo(data, size);
    const qsizetype space = second.indexOf(u' ');
    const QString method = space < 0 ? QString() : second.left(space);
    const QString path = space < 0 ? second : second.mid(space + 1);

    const Result<EndpointPattern> p = EndpointPattern::parse(first);
    if (p.ok()) {
        const QString canonical = p->toString();
        const Result<EndpointPattern> again = EndpointPattern::parse(canonical);
        FUZZ_CHECK(again.ok() && again->toString() == canonical);
        const bool m = p->matches(method, path);
        FUZZ_CHECK(again->matches(method, path) == m);
        // A request path with a "." or ".." segment never matches. The query and a fragment
        // are not part of the path ('#' too: nginx stops the path there, and so do we).
        const qsizetype cut = path.indexOf(QRegularExpression(QStringLiteral("[?#]")));
        if (path.first(cut < 0 ? path.size() : cut).split(u'/').contains(QStringLiteral("..")))
            FUZZ_CHECK(!m);
        const Result<EndpointAllowlist> list = EndpointAllowlist::parse({first});
        FUZZ_CHECK(list.ok());
        FUZZ_CHECK(list->allows(method, path) == m);
        // Covering (the no-escalation rule for endpoint allowlists): every pattern covers
        // itself, and when line 2 is a pattern this one covers, a request that pattern
        // matches (its '*' segments filled in) this one matches too.
        FUZZ_CHECK(p->covers(*p));
        if (const Result<EndpointPattern> inner = EndpointPattern::parse(second);
            inner.ok() && p->covers(*inner)) {
            const QString text = inner->toString();
            const qsizetype sp = text.indexOf(u' ');
            const QString innerMethod = sp < 0 ? QStringLiteral("GET") : text.left(sp);
            QString innerPath = sp < 0 ? text : text.mid(sp + 1);
            innerPath.replace(QStringLiteral("*"), QStringLiteral("x"));
            if (inner->matches(innerMethod, innerPath))
                FUZZ_CHECK(p->matches(innerMethod, innerPath));
        }
    } else {
        FUZZ_CHECK(p.error().status == 400);
    }
    const Result<EndpointAllowlist> all = EndpointAllowlist::parse(fuzz::lines(data, size));
    if (all.ok())
        (void)all->allows(method, path);
    return 0;
}
