// SPDX-License-Identifier: MIT
#include "auditlog.h"

#include "crypto.h"

#include <QJsonDocument>

namespace latchkey {

namespace {
void put(QByteArray &out, QByteArrayView field)
{
    out += QByteArray::number(field.size());
    out += ':';
    out += field;
    out += ';';
}
} // namespace

QByteArray AuditLog::chainHash(const QByteArray &prevHash, const AuditRecord &r)
{
    QByteArray buf;
    buf.reserve(256);
    put(buf, "latchkey-audit-v1");
    put(buf, prevHash);
    put(buf, QByteArray::number(r.seq));
    put(buf, r.id.toUtf8());
    put(buf, r.workspaceId.toUtf8());
    put(buf, r.environment.toUtf8());
    put(buf, r.actor.toUtf8());
    put(buf, r.action.toUtf8());
    put(buf, r.target.toUtf8());
    put(buf, QJsonDocument(r.details).toJson(QJsonDocument::Compact));
    put(buf, QByteArray::number(r.createdAt));
    return crypto::sha256(buf);
}

Result<AuditLog::ChainCheck> AuditLog::verify(Store &store)
{
    ChainCheck check;
    QByteArray prev = genesisHash();
    qint64 expectedSeq = 1;
    const Status walked = store.forEachAudit([&](const AuditRecord &r) {
        ++check.checked;
        QString problem;
        if (r.seq != expectedSeq)
            problem =
                tr("record %1 is missing or out of order (found %2)").arg(expectedSeq).arg(r.seq);
        else if (!crypto::constantTimeEquals(r.prevHash, prev))
            problem = tr("its link to the previous record does not match");
        else if (!crypto::constantTimeEquals(r.hash, chainHash(prev, r)))
            problem = tr("its contents do not match its hash");
        if (!problem.isEmpty()) {
            check.intact = false;
            check.firstBadSeq = r.seq;
            check.firstBadId = r.id;
            check.reason = problem;
            return false;
        }
        prev = r.hash;
        ++expectedSeq;
        return true;
    });
    if (!walked.ok())
        return walked.error();
    return check;
}

} // namespace latchkey
