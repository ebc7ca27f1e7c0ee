// SPDX-License-Identifier: MIT
#pragma once
// The tamper-evident audit log (docs/postgresql.md, "The audit log"): every record carries the
// SHA-256 of its predecessor, so changing, removing or reordering a record breaks the chain from
// there on. Each workspace's records form their own chain, numbered 1, 2, 3, … within the
// workspace: nothing a tenant sees of it depends on what other workspaces did.

#include "store.h"

#include <QMap>

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

    /// One chain's walk: feed it the chain's records in order; it keeps the first bad one.
    class Walk
    {
    public:
        /// False once a record does not match (check() then names it): stop feeding.
        bool feed(const AuditRecord &r);
        const ChainCheck &check() const { return m_check; }

    private:
        ChainCheck m_check;
        QByteArray m_prev = genesisHash();
        qint64 m_expectedSeq = 1;
    };

    /// Walks \p workspaceId's chain in order and reports the first record whose sequence
    /// number, predecessor hash or own hash does not match.
    static Result<ChainCheck> verify(Store &store, const QString &workspaceId);
    /// Every workspace's chain, by workspace id: for operators and tests, never for a tenant.
    static Result<QMap<QString, ChainCheck>> verifyAll(Store &store);
};

} // namespace latchkey
