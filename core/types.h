// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <optional>

namespace latchkey {

/// `sk_` keys live on the customer's server; `pk_` keys live in web pages.
enum class KeyType
{
    Secret,
    Public
};
/// `live` has real side effects; `test` is the paired sandbox of every workspace.
enum class Environment
{
    Live,
    Test
};
/// Which environments a deployment keeps keys for. latchkeyd: both. The dashboard's offline
/// sandbox and its loopback server: test only (Authorization::environmentAllowed says so).
enum class KeyEnvironments
{
    All,
    TestOnly
};
/// Member roles, strongest first (docs/teams.md).
enum class Role
{
    Owner,
    Admin,
    Developer,
    Viewer
};

QString name(KeyType t);     ///< "secret" | "public"
QString name(Environment e); ///< "live" | "test"
QString name(Role r);        ///< "owner" | "admin" | "developer" | "viewer"

std::optional<KeyType> keyTypeFromString(QStringView s);
std::optional<Environment> environmentFromString(QStringView s);
std::optional<Role> roleFromString(QStringView s);

} // namespace latchkey
