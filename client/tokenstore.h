// SPDX-License-Identifier: MIT
#pragma once
// Where a session token lives: the OS keychain through QtKeychain (Secret Service / KWallet,
// Windows Credential Manager, macOS Keychain), and in memory for this run. When no keychain is
// available the token stays in memory only — never in a plain file (no insecure fallback).

#include <QHash>
#include <QObject>
#include <QString>
#include <QUrl>

#include <functional>
#include <optional>

namespace latchkey::client {

class TokenStore : public QObject
{
    Q_OBJECT

public:
    explicit TokenStore(QObject *parent = nullptr);
    ~TokenStore() override;

    /// "https://keys.example.com|owner@example.com"
    static QString account(const QString &serverUrl, const QString &email);

    /// Keeps \p token in memory at once and writes it to the keychain; \p done reports whether
    /// the keychain took it (false: memory only, with the keychain's reason).
    void save(const QString &account, const QByteArray &token,
              std::function<void(bool persisted, const QString &why)> done = {});
    /// From memory, else from the keychain; an empty token when there is none.
    void load(const QString &account, std::function<void(QByteArray token)> done);
    void remove(const QString &account);

    /// Which account signed in last, so the next start can resume its session. Kept in
    /// QSettings: a server address and an email, never the token.
    struct Account
    {
        QUrl server;
        QString email;
    };
    static std::optional<Account> lastAccount();
    static void setLastAccount(const QUrl &server, const QString &email);
    static void forgetLastAccount();

    /// Tests and CI machines without a keychain: skip it entirely.
    void setKeychainEnabled(bool enabled) { m_keychain = enabled; }

private:
    QHash<QString, QByteArray> m_memory;
    bool m_keychain = true;
};

} // namespace latchkey::client
