// SPDX-License-Identifier: MIT
// Fuzzes the webhook-address rule (core/webhookservice; SECURITY.md, "Rules"). Line 1 is a URL; the
// first byte of line 2 picks the environment and the loopback option. Whatever the rule accepts
// must not name an internal address in any reading of its host: QUrl's, the stored URL's, and
// inet_aton's (which getaddrinfo applies to a numeric-looking name before asking DNS).

#include "core/webhookservice.h"
#include "fuzzcheck.h"

#include <arpa/inet.h>

using namespace latchkey;

namespace {

void checkHost(const QString &host, Environment env, LoopbackWebhooks loopback, const QUrl &url)
{
    QString h = host;
    if (h.endsWith(u'.'))
        h.chop(1);
    const QByteArray ascii = h.toLatin1();
    in_addr v4{};
    if (!h.contains(u':') && inet_aton(ascii.constData(), &v4) == 1) {
        const QHostAddress a(ntohl(v4.s_addr));
        FUZZ_CHECK(WebhookService::mayConnect(url, env, loopback, a));
        if (!WebhookService::isPublicAddress(a))
            FUZZ_CHECK(env == Environment::Test && loopback == LoopbackWebhooks::AllowedForTest &&
                       a == QHostAddress(QHostAddress::LocalHost));
    }
    in6_addr v6{};
    QString bare = h;
    if (const qsizetype pct = bare.indexOf(u'%'); pct >= 0)
        bare.truncate(pct);
    if (inet_pton(AF_INET6, bare.toLatin1().constData(), &v6) == 1)
        FUZZ_CHECK(WebhookService::isPublicAddress(QHostAddress(v6.s6_addr)));
    const QString lower = h.toLower();
    FUZZ_CHECK(!lower.endsWith(QLatin1String(".localhost")));
    if (lower == QLatin1String("localhost"))
        FUZZ_CHECK(env == Environment::Test && loopback == LoopbackWebhooks::AllowedForTest);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 4096)
        return 0;
    const auto [text, rest] = fuzz::splitTwo(data, size);
    const ushort pick = rest.isEmpty() ? 0 : rest.at(0).unicode();
    const Environment env = (pick & 1) ? Environment::Live : Environment::Test;
    const LoopbackWebhooks loopback =
        (pick & 2) ? LoopbackWebhooks::AllowedForTest : LoopbackWebhooks::Refused;

    const Status s = WebhookService::validateUrl(text, env, loopback);
    if (!s.ok()) {
        FUZZ_CHECK(s.error().status == 400 && s.error().param == QLatin1String("url"));
        FUZZ_CHECK(!s.error().message.isEmpty());
        // Refusing never depends on the option being on: it only widens.
        if (loopback == LoopbackWebhooks::AllowedForTest)
            FUZZ_CHECK(!WebhookService::validateUrl(text, env, LoopbackWebhooks::Refused).ok());
        return 0;
    }
    // Accepted: so is the form that is stored and delivered to, and every reading of its host
    // is a public address or a name.
    const QUrl strict(text, QUrl::StrictMode);
    const QUrl stored(text);
    const QString storedText = stored.toString(QUrl::FullyEncoded);
    FUZZ_CHECK(WebhookService::validateUrl(storedText, env, loopback).ok());
    for (const QUrl &u : {strict, stored, QUrl(storedText)}) {
        FUZZ_CHECK(u.isValid() && !u.host().isEmpty());
        checkHost(u.host(), env, loopback, u);
        checkHost(u.host(QUrl::FullyEncoded), env, loopback, u);
    }
    if (env == Environment::Live || loopback == LoopbackWebhooks::Refused)
        FUZZ_CHECK(stored.scheme() == QLatin1String("https"));
    // Whatever loopback the option allows never includes live endpoints.
    if (env == Environment::Live)
        FUZZ_CHECK(WebhookService::validateUrl(text, env, LoopbackWebhooks::Refused).ok());
    return 0;
}
