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

    static bool canRun(const ApiKeyRecord *key)
    {
        return key && key->type == KeyType::Secret && !key->revokedAt;
    }
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
