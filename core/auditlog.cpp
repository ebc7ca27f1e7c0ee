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

bool AuditLog::Walk::feed(const AuditRecord &r)
{
    ++m_check.checked;
    QString problem;
    if (r.seq != m_expectedSeq)
        problem =
            tr("record %1 is missing or out of order (found %2)").arg(m_expectedSeq).arg(r.seq);
    else if (!crypto::constantTimeEquals(r.prevHash, m_prev))
        problem = tr("its link to the previous record does not match");
    else if (!crypto::constantTimeEquals(r.hash, chainHash(m_prev, r)))
        problem = tr("its contents do not match its hash");
    if (!problem.isEmpty()) {
        m_check.intact = false;
        m_check.firstBadSeq = r.seq;
        m_check.firstBadId = r.id;
        m_check.reason = problem;
        return false;
    }
    m_prev = r.hash;
    ++m_expectedSeq;
    return true;
}

Result<AuditLog::ChainCheck> AuditLog::verify(Store &store, const QString &workspaceId)
{
    Walk walk;
    const Status walked =
        store.forEachAudit(workspaceId, [&](const AuditRecord &r) { return walk.feed(r); });
    if (!walked.ok())
        return walked.error();
    return walk.check();
}

Result<QMap<QString, AuditLog::ChainCheck>> AuditLog::verifyAll(Store &store)
{
    auto workspaces = store.auditedWorkspaces();
    if (!workspaces.ok())
        return workspaces.error();
    QMap<QString, ChainCheck> out;
    for (const QString &ws : std::as_const(*workspaces)) {
        auto check = verify(store, ws);
        if (!check.ok())
            return check.error();
        out.insert(ws, *check);
    }
    return out;
}

} // namespace latchkey
