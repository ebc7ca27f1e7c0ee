// SPDX-License-Identifier: MIT
#include "tokenstore.h"

#include "core/crypto.h"

#include <QSettings>

#include <qt6keychain/keychain.h>

namespace latchkey::client {

namespace {
const QString kService = QStringLiteral("Latchkey");
const QString kLastServer = QStringLiteral("session/server");
const QString kLastEmail = QStringLiteral("session/email");
} // namespace

TokenStore::TokenStore(QObject *parent)
    : QObject(parent)
{}

TokenStore::~TokenStore()
{
    for (QByteArray &t : m_memory)
        crypto::wipe(t);
}

QString TokenStore::account(const QString &serverUrl, const QString &email)
{
    return serverUrl + u'|' + email.toLower();
}

void TokenStore::save(const QString &account, const QByteArray &token,
                      std::function<void(bool, const QString &)> done)
{
    m_memory.insert(account, token);
    if (!m_keychain) {
        if (done)
            done(false, tr("The keychain is switched off."));
        return;
    }
    auto *job = new QKeychain::WritePasswordJob(kService, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(account);
    job->setBinaryData(token);
    connect(job, &QKeychain::Job::finished, this, [done](QKeychain::Job *j) {
        if (done)
            done(j->error() == QKeychain::NoError, j->errorString());
    });
    job->start();
}

void TokenStore::load(const QString &account, std::function<void(QByteArray)> done)
{
    if (m_memory.contains(account) || !m_keychain) {
        done(m_memory.value(account));
        return;
    }
    auto *job = new QKeychain::ReadPasswordJob(kService, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(account);
    connect(job, &QKeychain::Job::finished, this, [this, account, done](QKeychain::Job *j) {
        auto *read = static_cast<QKeychain::ReadPasswordJob *>(j);
        QByteArray token = read->error() == QKeychain::NoError ? read->binaryData() : QByteArray();
        if (!token.isEmpty())
            m_memory.insert(account, token);
        done(token);
    });
    job->start();
}

std::optional<TokenStore::Account> TokenStore::lastAccount()
{
    const QSettings settings;
    const QUrl server(settings.value(kLastServer).toString());
    const QString email = settings.value(kLastEmail).toString();
    if (!server.isValid() || server.host().isEmpty() || email.isEmpty())
        return std::nullopt;
    return Account{server, email};
}

void TokenStore::setLastAccount(const QUrl &server, const QString &email)
{
    QSettings settings;
    settings.setValue(kLastServer, server.toString());
    settings.setValue(kLastEmail, email);
}

void TokenStore::forgetLastAccount()
{
    QSettings settings;
    settings.remove(kLastServer);
    settings.remove(kLastEmail);
}

void TokenStore::remove(const QString &account)
{
    if (auto it = m_memory.find(account); it != m_memory.end()) {
        crypto::wipe(*it);
        m_memory.erase(it);
    }
    if (!m_keychain)
        return;
    auto *job = new QKeychain::DeletePasswordJob(kService, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(account);
    job->start();
}

} // namespace latchkey::client
