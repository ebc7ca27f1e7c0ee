// SPDX-License-Identifier: MIT
#include "types.h"

namespace latchkey {

QString name(KeyType t)
{
    return t == KeyType::Secret ? QStringLiteral("secret") : QStringLiteral("public");
}

QString name(Environment e)
{
    return e == Environment::Live ? QStringLiteral("live") : QStringLiteral("test");
}

QString name(Role r)
{
    switch (r) {
    case Role::Owner:
        return QStringLiteral("owner");
    case Role::Admin:
        return QStringLiteral("admin");
    case Role::Developer:
        return QStringLiteral("developer");
    case Role::Viewer:
        return QStringLiteral("viewer");
    }
    return {};
}

std::optional<KeyType> keyTypeFromString(QStringView s)
{
    if (s == u"secret")
        return KeyType::Secret;
    if (s == u"public")
        return KeyType::Public;
    return std::nullopt;
}

std::optional<Environment> environmentFromString(QStringView s)
{
    if (s == u"live")
        return Environment::Live;
    if (s == u"test")
        return Environment::Test;
    return std::nullopt;
}

std::optional<Role> roleFromString(QStringView s)
{
    for (Role r : {Role::Owner, Role::Admin, Role::Developer, Role::Viewer})
        if (s == name(r))
            return r;
    return std::nullopt;
}

} // namespace latchkey
