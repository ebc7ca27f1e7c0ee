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
    } else {
        FUZZ_CHECK(p.error().status == 400);
    }
    const Result<EndpointAllowlist> all = EndpointAllowlist::parse(fuzz::lines(data, size));
    if (all.ok())
        (void)all->allows(method, path);
    return 0;
}
