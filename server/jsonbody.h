// SPDX-License-Identifier: MIT
#pragma once
// Strict reading of a JSON request body: the body must be a UTF-8 JSON object, every field has
// the right type, no unknown field is accepted, and every problem becomes a 400
// invalid_request whose `param` names the field.

#include "core/apierror.h"
#include "core/restrictions.h"

#include <QJsonObject>
#include <QMap>
#include <QStringList>

#include <optional>

namespace latchkey::server {

class JsonBody
{
    Q_DECLARE_TR_FUNCTIONS(JsonBody)

public:
    /// Parses \p body; an empty body reads as {} when \p emptyIsObject.
    explicit JsonBody(const QByteArray &body, bool emptyIsObject = false);

    bool ok() const { return !m_error.has_value(); }
    const ApiError &error() const { return *m_error; }

    bool has(const char *field) const;
    /// A string of at most \p maxLength characters; absent → std::nullopt (an error when
    /// \p required).
    std::optional<QString> string(const char *field, bool required = false, int maxLength = 1000);
    std::optional<QStringList> stringList(const char *field, int maxItems = 100,
                                          int maxLength = 300);
    /// An object whose values are strings; null is an empty map.
    std::optional<QMap<QString, QString>> stringMap(const char *field, int maxEntries,
                                                    int maxLength);
    std::optional<qint64> integer(const char *field, bool required = false);
    std::optional<bool> boolean(const char *field);
    /// `null` → inner nullopt; absent → outer nullopt.
    std::optional<std::optional<qint64>> timeOrNull(const char *field);
    std::optional<std::optional<RateLimit>> rateLimitOrNull(const char *field);
    /// The "restrictions" object: {"ip_allowlist": [...], "endpoints": [...]}.
    void restrictions(std::optional<QStringList> &ips, std::optional<QStringList> &endpoints);

    /// Call last: an error for the first field that was never read.
    void rejectUnknownFields();

private:
    void fail(const QString &param, const QString &message);
    QJsonObject m_object;
    QStringList m_read;
    std::optional<ApiError> m_error;
};

} // namespace latchkey::server
