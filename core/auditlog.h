// SPDX-License-Identifier: MIT
#pragma once
// The tamper-evident audit log (SPEC §1 Lifecycle): every record carries the SHA-256 of its
// predecessor, so changing, removing or reordering a record breaks the chain from there on.

#include "store.h"

namespace latchkey {

class AuditLog
{
    Q_DECLARE_TR_FUNCTIONS(AuditLog)

public:
    /// SHA-256 over the predecessor's hash and a canonical, length-prefixed serialisation of
    /// every field of \p r except its own hash.
    static QByteArray chainHash(const QByteArray &prevHash, const AuditRecord &r);
    static QByteArray genesisHash() { return QByteArray(32, '\0'); }

    struct ChainCheck
    {
        bool intact = true;
        qint64 checked = 0;     ///< records read
        qint64 firstBadSeq = 0; ///< 0 when intact
        QString firstBadId;
        QString reason; ///< for people: what is wrong with the first bad record
    };
    /// Walks the whole log in order and reports the first record whose sequence number,
    /// predecessor hash or own hash does not match.
    static Result<ChainCheck> verify(Store &store);
};

} // namespace latchkey
