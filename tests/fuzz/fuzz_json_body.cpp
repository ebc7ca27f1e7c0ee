// SPDX-License-Identifier: MIT
// Fuzzes the strict JSON body reader (server/jsonbody) with the exact field reads of every
// write route of server/apiserver_*.cpp (keep them in step). The first byte picks the route, the
// rest is the body. Whatever the body, the reader either succeeds or gives one 400
// invalid_request naming a param. fuzz_http drives the same routes through latchkeyd itself.

#include "fuzzcheck.h"
#include "server/jsonbody.h"

#include <vector>

using namespace latchkey;
using latchkey::server::JsonBody;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const uint8_t route = data[0];
    const QByteArray bytes(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));

    // The team routes (docs/teams.md) read required strings only: (field, max length) each.
    struct Field
    {
        const char *name;
        int max;
    };
    static const std::vector<std::vector<Field>> stringRoutes = {
        {{"email", 254}, {"role", 20}},                       // POST /v1/invitations
        {{"role", 20}},                                       // PATCH /v1/members/{id}
        {{"token", 100}, {"email", 254}, {"password", 1024}}, // POST /v1/invitations/accept
        {{"name", 200}},                                      // POST, PATCH /v1/workspaces
        {{"status", 20}},                                     // PUT …/services/{service}
        {{"current_password", 1024}, {"new_password", 1024}}, // POST …/current/password
    };
    if (route % 13 >= 7) {
        JsonBody body(bytes);
        for (const Field &f : stringRoutes[route % 13 - 7])
            (void)body.string(f.name, true, f.max);
        body.rejectUnknownFields();
        if (!body.ok())
            FUZZ_CHECK(body.error().status == 400 && !body.error().message.isEmpty());
        return 0;
    }
    switch (route % 7) {
    case 0: { // POST /v1/sessions
        JsonBody body(bytes);
        (void)body.string("email", true, 254);
        (void)body.string("password", true, 1024);
        body.rejectUnknownFields();
        if (!body.ok())
            FUZZ_CHECK(body.error().status == 400);
        break;
    }
    case 1: { // POST /v1/api-keys
        JsonBody body(bytes);
        (void)body.string("name", true, 200);
        (void)body.string("environment", false, 10);
        (void)body.string("type", false, 10);
        (void)body.string("service_id", false, 64);
        (void)body.stringList("scopes", 100, 200);
        (void)body.stringList("allowed_origins", 100, 300);
        std::optional<QStringList> ips, endpoints;
        body.restrictions(ips, endpoints);
        (void)body.rateLimitOrNull("rate_limit");
        (void)body.timeOrNull("expires_at");
        (void)body.has("environment");
        body.rejectUnknownFields();
        if (!body.ok()) // param may be empty: an unknown field named "" is named ""
            FUZZ_CHECK(body.error().status == 400 && !body.error().message.isEmpty());
        break;
    }
    case 2: { // PATCH /v1/api-keys/{id}
        JsonBody body(bytes);
        (void)body.string("name", false, 200);
        (void)body.stringList("scopes", 100, 200);
        (void)body.stringList("allowed_origins", 100, 300);
        std::optional<QStringList> ips, endpoints;
        body.restrictions(ips, endpoints);
        const auto rate = body.rateLimitOrNull("rate_limit");
        if (rate && *rate)
            FUZZ_CHECK((*rate)->limit >= 1 && (*rate)->window >= 1);
        (void)body.timeOrNull("expires_at");
        body.rejectUnknownFields();
        if (!body.ok())
            FUZZ_CHECK(body.error().status == 400);
        break;
    }
    case 3: { // POST /v1/api-keys/{id}/roll
        JsonBody body(bytes, true);
        (void)body.integer("old_expires_in");
        body.rejectUnknownFields();
        if (!body.ok())
            FUZZ_CHECK(body.error().status == 400);
        break;
    }
    case 4: { // POST /v1/webhook-endpoints
        JsonBody body(bytes);
        (void)body.string("url", true, 2048);
        (void)body.string("description", false, 500);
        (void)body.stringList("events", 100, 100);
        (void)body.string("environment", false, 10);
        body.rejectUnknownFields();
        if (!body.ok())
            FUZZ_CHECK(body.error().status == 400);
        break;
    }
    case 5: { // POST /v1/webhook-endpoints/{id}/rotate-secret (…/test reads no body)
        JsonBody body(bytes, true);
        body.rejectUnknownFields();
        if (!body.ok())
            FUZZ_CHECK(body.error().status == 400);
        break;
    }
    default: { // POST /v1/verify
        JsonBody body(bytes);
        (void)body.string("key", true, 200);
        (void)body.string("scope", false, 200);
        (void)body.string("origin", false, 300);
        (void)body.string("ip", false, 64);
        (void)body.string("method", false, 16);
        (void)body.string("path", false, 2048);
        body.rejectUnknownFields();
        if (!body.ok())
            FUZZ_CHECK(body.error().status == 400);
        break;
    }
    }
    return 0;
}
