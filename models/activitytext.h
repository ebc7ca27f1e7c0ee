// SPDX-License-Identifier: MIT
#pragma once
// The audit log for people: one sentence per event, built from its action, actor, target and
// details ("owner@example.com revoked the secret key “Billing backend” (live)"), and the names
// of the actions for the Activity page's filter. Every action core writes has a sentence
// (tst_activity reads core's sources to make sure); an unknown one still reads plainly.

#include "core/store.h"

#include <QCoreApplication>
#include <QStringList>

namespace latchkey::models {

class ActivityText
{
    Q_DECLARE_TR_FUNCTIONS(ActivityText)

public:
    /// The sentence for \p r, without a final full stop (a table cell).
    static QString sentence(const AuditRecord &r);
    /// Every action that has a sentence of its own.
    static QStringList knownActions();
    /// What an action or a family ("api_key.*") is, for a filter's list: "Key revoked".
    static QString actionLabel(const QString &action);
    /// The families of actions the filter offers, in order: "api_key.*", "member.*", …
    static QStringList families();
};

} // namespace latchkey::models
