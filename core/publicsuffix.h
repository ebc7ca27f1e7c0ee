// SPDX-License-Identifier: MIT
#pragma once
// The Public Suffix List (publicsuffix.org) through libpsl: which domains are suffixes under
// which unrelated parties register names (`com`, `co.uk`, `github.io`). An origin wildcard must
// stand over a registrable domain, never over one of these (SECURITY.md, "Rules").

#include <QStringView>

namespace latchkey {

class PublicSuffixList
{
public:
    /// Whether \p asciiHost (lower case, IDN already in punycode, no trailing dot) is a public
    /// suffix, by the ICANN and the private sections of the list (`github.io` is one). A name
    /// in a top-level domain the list does not know counts as a suffix too (the list's implicit
    /// `*` rule), so `*.internal` is refused as `*.com` is. The list is the newer of libpsl's
    /// built-in copy and the system's (Debian's publicsuffix package), read once.
    static bool isPublicSuffix(QStringView asciiHost);
};

} // namespace latchkey
