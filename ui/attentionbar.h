// SPDX-License-Identifier: MIT
#pragma once
// What needs the admin's attention above a key table: keys that expire within 7 days and
// secret keys older than 90 days, each with Roll… at hand. The store finds them (a status and
// an age filter), so keys on pages not loaded yet are named too. Keys already replaced by a
// roll are left out: they expire on purpose.

#include "client/backend.h"

#include <QFrame>

#include <functional>

class QLabel;
class QPushButton;
class QVBoxLayout;

namespace latchkey::ui {

class AttentionBar : public QFrame
{
    Q_OBJECT

public:
    /// At most this many keys of each kind are named; a link shows the rest in the table.
    static constexpr int kShown = 3;

    AttentionBar(client::Backend &backend, KeyType type, QWidget *parent = nullptr);

    /// Looks again at \p workspaceId / \p environment; hides when nothing needs attention.
    void refresh(const QString &workspaceId, Environment environment, qint64 nowMs);
    /// Whether each key's Roll… button is offered (the member's right, as core says).
    void setRollAllowed(bool allowed, const QString &whyNot = {});

    /// The keys named, as the last refresh found them.
    const QList<ApiKeyRecord> &expiring() const { return m_expiring; }
    const QList<ApiKeyRecord> &old() const { return m_old; }
    /// The sentence the bar says for \p key ("“Billing” expires in 3 days").
    QString sentence(const ApiKeyRecord &key) const;

signals:
    /// Both store queries of a refresh() answered and the bar shows what they found.
    void refreshed();
    void rollRequested(const latchkey::ApiKeyRecord &key);
    /// "Show all": the table should list keys with \p status.
    void showStatus(latchkey::KeyStatus status);

private:
    void rebuild();
    void addRow(const ApiKeyRecord &key);

    client::Backend &m_backend;
    KeyType m_type;
    qint64 m_now = 0;
    int m_generation = 0;
    int m_pending = 0;
    bool m_rollAllowed = false;
    QString m_rollWhyNot;
    bool m_moreExpiring = false;
    bool m_moreOld = false;
    QList<ApiKeyRecord> m_expiring;
    QList<ApiKeyRecord> m_old;
    QLabel *m_title;
    QVBoxLayout *m_rows;
    QWidget *m_rowHolder;
};

} // namespace latchkey::ui
