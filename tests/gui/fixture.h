// SPDX-License-Identifier: MIT
#pragma once
// A fresh offline sandbox per test, in its own temporary directory.

#include "client/localbackend.h"

#include <QApplication>
#include <QTemporaryDir>
#include <QTest>
#include <QWidget>

#include <memory>

namespace latchkey::test {

struct Sandbox
{
    QTemporaryDir dir;
    std::unique_ptr<client::LocalBackend> backend;
    QString workspaceId;
    UserRecord owner;

    Sandbox()
    {
        auto opened = client::LocalBackend::open(dir.path());
        if (!opened.ok())
            qFatal("cannot open the sandbox: %s", qPrintable(opened.error().message));
        backend = std::move(opened).value();
        workspaceId = backend->store().workspaces()->constFirst().id;
        owner = **backend->store().userByEmail(
            QString::fromLatin1(client::LocalBackend::kSandboxEmail));
    }

    Actor ownerActor() const
    {
        return Actor::member(owner.id, owner.email, workspaceId, Role::Owner);
    }

    /// Creates a key straight through core's KeyService (for setting up, not for testing).
    ApiKeyRecord makeKey(const QString &name, Environment env = Environment::Test,
                         KeyType type = KeyType::Secret)
    {
        KeyService keys(backend->store(), ScopeCatalog::builtin());
        CreateKeyRequest r;
        r.name = name;
        r.environment = env;
        r.type = type;
        r.scopes = {QStringLiteral("service.forms.submit")};
        if (type == KeyType::Public)
            r.serviceId = QStringLiteral("forms");
        auto issued = keys.create(ownerActor(), r);
        if (!issued.ok())
            qFatal("cannot create a key: %s", qPrintable(issued.error().message));
        return issued->key;
    }
};

/// The visible top-level widget (a dialog opened with open()) of that object name, or null.
template<class T = QWidget> T *visibleWindow(const QString &objectName)
{
    for (QWidget *w : QApplication::topLevelWidgets())
        if (w->isVisible() && w->objectName() == objectName)
            if (auto *t = qobject_cast<T *>(w))
                return t;
    return nullptr;
}

} // namespace latchkey::test
