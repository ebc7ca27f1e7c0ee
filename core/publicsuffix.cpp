// SPDX-License-Identifier: MIT
#include "publicsuffix.h"

#include <QByteArray>
#include <QString>

#include <libpsl.h>

#include <memory>

namespace latchkey {

namespace {
struct PslFree
{
    void operator()(psl_ctx_t *p) const { psl_free(p); }
};

const psl_ctx_t *context()
{
    // psl_latest(nullptr): the system's list if it is newer than the built-in one. Read-only
    // after this, so lookups from several threads need no lock.
    static const std::unique_ptr<psl_ctx_t, PslFree> loaded(psl_latest(nullptr));
    return loaded ? loaded.get() : psl_builtin();
}
} // namespace

bool PublicSuffixList::isPublicSuffix(QStringView asciiHost)
{
    const psl_ctx_t *psl = context();
    if (!psl) // no list at all: every wildcard is refused rather than one over a suffix allowed
        return true;
    const QByteArray host = asciiHost.toString().toUtf8();
    return psl_is_public_suffix2(psl, host.constData(), PSL_TYPE_ANY) != 0;
}

} // namespace latchkey
