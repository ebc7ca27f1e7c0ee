// SPDX-License-Identifier: MIT
// Fuzzes the scope matcher (core/scopes): syntax check, scopeCovers, ScopeSet, catalog expansion
// and the no-escalation rule, over the built-in catalog. Line 1 is the held scope(s)
// (comma-separated), line 2 the requested scope(s). The first byte picks the grantor.

#include "core/scopes.h"
#include "fuzzcheck.h"

using namespace latchkey;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1 || size > 4096)
        return 0;
    const uint8_t selector = data[0];
    const auto [first, second] = fuzz::splitTwo(data + 1, size - 1);
    const QStringList held = first.split(u',');
    const QStringList requested = second.split(u',');
    const ScopeCatalog &catalog = ScopeCatalog::builtin();

    for (const QString &h : held) {
        if (isValidScopeSyntax(h))
            FUZZ_CHECK(scopeCovers(h, h)); // a valid pattern covers itself
        for (const QString &r : requested)
            (void)scopeCovers(h, r);
        const QStringList expanded = catalog.expand(h);
        for (const QString &s : expanded)
            FUZZ_CHECK(catalog.find(s) != nullptr);
    }
    const ScopeSet set(held);
    for (const QString &r : requested) {
        const bool covered = set.covers(r);
        bool any = false;
        for (const QString &h : held)
            any = any || scopeCovers(h, r);
        FUZZ_CHECK(covered == any);
    }

    Grantor grantor;
    switch (selector % 6) {
    case 0:
        grantor = Grantor::platformAdmin();
        break;
    case 1:
        grantor = Grantor::member(Role::Owner);
        break;
    case 2:
        grantor = Grantor::member(Role::Admin);
        break;
    case 3:
        grantor = Grantor::member(Role::Developer);
        break;
    case 4:
        grantor = Grantor::member(Role::Viewer);
        break;
    default:
        grantor = Grantor::key(held);
        break;
    }
    GrantTarget target;
    if (selector & 0x40) {
        target.type = KeyType::Public;
        target.serviceId = held.value(0);
    }
    const QList<ScopeDenial> denials = ungrantableScopes(catalog, grantor, requested, target);
    FUZZ_CHECK(denials.size() <= requested.size());
    for (const ScopeDenial &d : denials) {
        const ApiError e = toApiError(d);
        FUZZ_CHECK(e.status == 400 || e.status == 403);
    }
    // The catalog loader, when the input looks like JSON.
    if (selector == '{')
        (void)ScopeCatalog::fromJson(QByteArray(reinterpret_cast<const char *>(data), size));
    return 0;
}
