// SPDX-License-Identifier: MIT
#pragma once
// A real SQLite store in a temporary folder with one workspace, its owner and a fixed clock:
// the starting point of the core suites.

#include "core/keyservice.h"
#include "core/sqlstore.h"
#include "core/workspaceservice.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace latchkey::testing {

struct Fixture
{
    QTemporaryDir dir;
    QString path;
    std::unique_ptr<SqlStore> store;
    qint64 now = 1'790'000'000'000; // 2026-09-21, fixed: tests move it by hand
    std::function<qint64()> clock = [this] { return now; };
    WorkspaceRecord ws;
    UserRecord owner;

    Fixture()
    {
        path = dir.filePath(QStringLiteral("latchkey.db"));
        auto opened = SqlStore::open(QStringLiteral("sqlite:") + path);
        if (!opened.ok())
            qFatal("fixture: %s", qPrintable(opened.error().message));
        store = std::move(*opened);
        WorkspaceService workspaces(*store, clock);
        auto init =
            workspaces.init(QStringLiteral("Acme"), QStringLiteral("owner@acme.test"), QString(),
                            {QStringLiteral("forms"), QStringLiteral("bookings")});
        if (!init.ok())
            qFatal("fixture: %s", qPrintable(init.error().message));
        ws = init->workspace;
        owner = init->owner;
    }

    Actor member(Role role) const
    {
        return Actor::member(owner.id, QStringLiteral("%1@acme.test").arg(name(role)), ws.id, role);
    }

    QByteArray rawFileBytes() const
    {
        QByteArray all;
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
            QFile f(path + suffix);
            if (f.open(QIODevice::ReadOnly))
                all += f.readAll();
        }
        return all;
    }
};

inline CreateKeyRequest secretKey(const QString &name, Environment env = Environment::Test,
                                  QStringList scopes = {QStringLiteral("service.forms.submit")})
{
    CreateKeyRequest r;
    r.name = name;
    r.environment = env;
    r.type = KeyType::Secret;
    r.scopes = std::move(scopes);
    return r;
}

inline CreateKeyRequest publicKey(const QString &name, const QString &service, QStringList scopes,
                                  QStringList origins, Environment env = Environment::Test)
{
    CreateKeyRequest r;
    r.name = name;
    r.environment = env;
    r.type = KeyType::Public;
    r.serviceId = service;
    r.scopes = std::move(scopes);
    r.allowedOrigins = std::move(origins);
    return r;
}

} // namespace latchkey::testing
