// SPDX-License-Identifier: MIT
#pragma once
// Rolling a secret key as one command: asks for the old key's grace period (now … 7 days),
// rolls, and reveals the new secret once.

#include "client/backend.h"

#include <QDialog>
#include <QPointer>

class QComboBox;

namespace latchkey::ui {

class RollKeyDialog : public QDialog
{
    Q_OBJECT

public:
    RollKeyDialog(const ApiKeyRecord &key, QWidget *parent = nullptr);
    qint64 graceSeconds() const;

private:
    QComboBox *m_grace;
};

class RollKeyCommand : public QObject
{
    Q_OBJECT

public:
    RollKeyCommand(client::Backend &backend, const QString &workspaceId, const ApiKeyRecord &key,
                   QWidget *parentWidget);

    /// Whether \p key can be rolled now, as core decides (KeyService::rollable): an active
    /// secret key that no roll has replaced yet; otherwise why not.
    static Status whyNot(const ApiKeyRecord *key);
    static bool canRun(const ApiKeyRecord *key) { return whyNot(key).ok(); }
    void start();

signals:
    /// The new key (its secret already handed to the reveal dialog).
    void succeeded(const latchkey::ApiKeyRecord &newKey);
    void failed(const QString &message);
    void finished();

private:
    void run(qint64 graceSeconds);
    void finish();

    client::Backend &m_backend;
    QString m_workspaceId;
    ApiKeyRecord m_key;
    QPointer<QWidget> m_parentWidget;
};

} // namespace latchkey::ui
