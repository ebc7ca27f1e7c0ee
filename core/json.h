// SPDX-License-Identifier: MIT
#pragma once
// The JSON shapes of the REST API, in one place: latchkeyd writes them, the dashboard's REST
// backend reads them back. Times are RFC 3339 UTC ("2026-11-23T08:00:00Z").

#include "keyservice.h"
#include "store.h"
#include "webhookservice.h"

#include <QJsonObject>
#include <QJsonValue>

namespace latchkey::json {

QString rfc3339(qint64 ms);
std::optional<qint64> parseRfc3339(const QString &text);
QJsonValue timeOrNull(const std::optional<qint64> &ms);

/// {"key": "value", …}: a key's metadata.
QJsonObject stringMap(const QMap<QString, QString> &map);
QJsonObject apiKey(const ApiKeyRecord &key, qint64 nowMs);
Result<ApiKeyRecord> apiKeyFrom(const QJsonObject &o);
QJsonObject webhookEndpoint(const WebhookEndpointRecord &e,
                            const QList<SigningSecretInfo> &secrets = {});
Result<WebhookEndpointRecord> webhookEndpointFrom(const QJsonObject &o);
QJsonObject auditEvent(const AuditRecord &r);
Result<AuditRecord> auditEventFrom(const QJsonObject &o);
QJsonObject keyUsage(const UsageReport &report);
Result<UsageReport> keyUsageFrom(const QJsonObject &o);
QJsonValue rateLimit(const std::optional<RateLimit> &rl);
QJsonObject member(const MemberRecord &m);
Result<MemberRecord> memberFrom(const QJsonObject &o);
QJsonObject invitation(const InvitationRecord &i);
Result<InvitationRecord> invitationFrom(const QJsonObject &o);

} // namespace latchkey::json
