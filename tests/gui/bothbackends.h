// SPDX-License-Identifier: MIT
#pragma once
// The GUI suites' one harness over both backends (issue 15): each case runs as a "sandbox"
// row (the offline LocalBackend, served on loopback so real HTTP verifies reach its store) and
// a "server" row (RestBackend signed in to a real latchkeyd). A suite adds backends() as its
// cases' _data, calls startServer() from initTestCase, open() from init and close() from
// cleanup; the rest of each case is the same code for both.

#include "../server/harness.h"
#include "fixture.h"

#include "client/restbackend.h"
#include "client/tokenstore.h"
#include "ui/mainwindow.h"
#include "ui/messagebox.h"
#include "ui/secretrevealdialog.h"
#include "ui/translations.h"

#include <QApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

namespace latchkey::test {

constexpr int kWait = 15000;

/// Runs \p call and waits for its answer; empty when none came.
template<class T>
std::optional<Result<T>> await(const std::function<void(client::Callback<T>)> &call)
{
    std::optional<Result<T>> out;
    call([&](Result<T> r) { out.emplace(std::move(r)); });
    (void)QTest::qWaitFor([&] { return out.has_value(); }, kWait);
    return out;
}

/// A secret key named \p name holding service.forms.submit, expiring at \p expiresAt if given.
inline CreateKeyRequest secretKey(const QString &name, std::optional<qint64> expiresAt = {})
{
    CreateKeyRequest r;
    r.name = name;
    r.scopes = {QStringLiteral("service.forms.submit")};
    r.expiresAt = expiresAt;
    return r;
}

/// \p name made unique to the running row: the server keeps its keys from case to case and
/// row to row, the sandbox does not.
inline QString uniqueName(const QString &name)
{
    return name + QLatin1Char(' ') + QString::fromLatin1(QTest::currentDataTag());
}

class BothBackends
{
public:
    /// The data column every case of a two-backend suite takes.
    static void backends()
    {
        QTest::addColumn<bool>("server");
        QTest::newRow("sandbox") << false;
        QTest::newRow("server") << true;
    }

    /// Once per suite: settings in a temporary place, English plurals, and a real latchkeyd
    /// with \p owner signed in. Empty on success, else what failed.
    QString startServer(const QString &owner, const QByteArray &password,
                        const QStringList &serveArgs = {})
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
        if (ui::installTranslations(*qApp, QStringLiteral("en")).isEmpty())
            return QStringLiteral("no English translation");
        m_tokens.setKeychainEnabled(false);
        QByteArray out;
        if (server.init(owner, password, &out) != 0)
            return QString::fromUtf8(out);
        if (!server.start(serveArgs))
            return QString::fromUtf8(server.logs());
        std::optional<Result<client::RestBackend *>> r;
        client::RestBackend::signIn(
            QUrl(server.url), owner, QString::fromUtf8(password), &m_tokens, &context,
            [&](Result<client::RestBackend *> x) { r.emplace(std::move(x)); });
        if (!QTest::qWaitFor([&] { return r.has_value(); }, kWait))
            return QStringLiteral("no answer to the sign-in");
        if (!r->ok())
            return r->error().message;
        m_rest.reset(r->value());
        return {};
    }

    /// Before each case: the backend of the row, its first workspace and a shown main window.
    QString open()
    {
        QFETCH(bool, server);
        if (server) {
            backend = m_rest.get();
            verifyBase = this->server.url;
        } else {
            sandbox = std::make_unique<Sandbox>();
            backend = sandbox->backend.get();
            auto served = await<QUrl>([&](client::Callback<QUrl> done) {
                sandbox->backend->serveLocally(0, &context, std::move(done));
            });
            if (!served || !served->ok())
                return QStringLiteral("the sandbox does not serve");
            verifyBase = (*served)->toString(QUrl::StripTrailingSlash);
            // The sandbox's loopback server answers the same API: its answers are held to the
            // same contract (tests/contract).
            testing::ContractLog::addListener(verifyBase, QStringLiteral("api"));
        }
        auto spaces = await<QList<WorkspaceView>>([&](client::Callback<QList<WorkspaceView>> done) {
            backend->workspaces(&context, std::move(done));
        });
        if (!spaces || !spaces->ok() || (*spaces)->isEmpty())
            return QStringLiteral("no workspace");
        workspace = (*spaces)->constFirst().workspace.id;
        window = std::make_unique<ui::MainWindow>(*backend);
        window->resize(1100, 760);
        window->show();
        if (!QTest::qWaitFor([&] { return window->workspaceId() == workspace; }, kWait))
            return QStringLiteral("the window shows no workspace");
        return {};
    }

    /// After each case: closes what the case left open, then the window and the sandbox.
    void close()
    {
        ui::MessageBox::setNextAnswer(ui::MessageBox::Answer::Confirm);
        for (QWidget *w : QApplication::topLevelWidgets())
            if (auto *d = qobject_cast<QDialog *>(w); d && d->isVisible()) {
                ui::MessageBox::setNextAnswer(ui::MessageBox::Answer::Confirm);
                d->reject();
            }
        ui::MessageBox::setNextAnswer(ui::MessageBox::Answer::None);
        window.reset();
        if (sandbox)
            sandbox->backend->stopServing();
        sandbox.reset();
    }

    /// Creates a key through the backend under test; its secret text in \p secret.
    ApiKeyRecord create(const CreateKeyRequest &request, QByteArray *secret = nullptr)
    {
        auto issued = await<IssuedKey>([&](client::Callback<IssuedKey> done) {
            backend->createKey(workspace, request, &context, std::move(done));
        });
        if (!issued || !issued->ok())
            qFatal("cannot create a key: %s",
                   issued ? qPrintable(issued->error().message) : "no answer");
        if (secret)
            *secret = (*issued)->secret;
        return (*issued)->key;
    }

    /// POST /v1/verify to the backend under test; the HTTP status.
    int verify(const QByteArray &key, const QString &scope, const QString &ip) const
    {
        testing::Http http;
        http.base = verifyBase;
        return http
            .post(QStringLiteral("/v1/verify"), {{QStringLiteral("key"), QString::fromLatin1(key)},
                                                 {QStringLiteral("scope"), scope},
                                                 {QStringLiteral("ip"), ip}})
            .status;
    }

    testing::Latchkeyd server;
    QObject context;
    std::unique_ptr<Sandbox> sandbox;
    client::Backend *backend = nullptr;
    QString workspace;
    QString verifyBase;
    std::unique_ptr<ui::MainWindow> window;

private:
    QTemporaryDir m_settingsDir;
    client::TokenStore m_tokens;
    std::unique_ptr<client::RestBackend> m_rest;
};

} // namespace latchkey::test
