// Ask latchkeyd about a request the way a gateway does: GET /v1/auth.
//
//   LATCHKEY_URL=http://127.0.0.1:8080 LATCHKEY_KEY=sk_test_... \
//       node forward_auth.mjs POST /v1/forms/contact service.forms.submit
//
// Arguments: the client's METHOD and URI, and the SCOPE the route needs (optional). Optional
// environment: LATCHKEY_CLIENT_IP (the client's address), LATCHKEY_ORIGIN (its Origin header),
// LATCHKEY_GATEWAY=nginx|traefik|caddy (what `latchkeyd serve --gateway` says; default nginx).
// Prints the Latchkey-* headers your upstream would receive, or the refusal.
// Exit status: 0 allowed, 1 refused, 2 latchkeyd unreachable. Node 18 or newer, no packages.
import { realpathSync } from "node:fs";
import { pathToFileURL } from "node:url";

/**
 * Resolves to the Response: 204 with the Latchkey-* facts when allowed, else 401, 402, 403 or
 * 429 with Latchkey-Error-Code. authorization is the client's header, as it sent it.
 */
export async function forwardAuth(baseUrl, { authorization, method, uri, scope, clientIp, origin,
                                             gateway = "nginx" }) {
  // latchkeyd reads only the family its --gateway sets: nginx X-Original-*, Traefik and Caddy
  // X-Forwarded-Method / X-Forwarded-Uri.
  const headers = gateway === "nginx"
    ? { "X-Original-Method": method, "X-Original-URI": uri }
    : { "X-Forwarded-Method": method, "X-Forwarded-Uri": uri };
  headers.Authorization = authorization;
  if (scope) headers["X-Required-Scope"] = scope;
  if (clientIp) headers["X-Forwarded-For"] = clientIp; // latchkeyd reads the right-most entry
  if (origin) headers.Origin = origin;
  const url = `${baseUrl.replace(/\/+$/, "")}/v1/auth`;
  return fetch(url, { headers, signal: AbortSignal.timeout(10_000) });
}

async function main() {
  const [method, uri, scope] = process.argv.slice(2);
  const key = process.env.LATCHKEY_KEY;
  if (!method || !uri || !key) {
    console.error("usage: LATCHKEY_KEY=... node forward_auth.mjs METHOD URI [SCOPE]");
    return 2;
  }
  let response;
  try {
    response = await forwardAuth(process.env.LATCHKEY_URL ?? "http://127.0.0.1:8080", {
      authorization: `Bearer ${key}`, method, uri, scope,
      clientIp: process.env.LATCHKEY_CLIENT_IP, origin: process.env.LATCHKEY_ORIGIN,
      gateway: process.env.LATCHKEY_GATEWAY ?? "nginx",
    });
  } catch (e) {
    console.error(`latchkeyd unreachable: ${e.cause?.message ?? e.message}`);
    return 2;
  }
  await response.arrayBuffer(); // the JSON error body, if any: the headers say it all
  console.log(response.ok ? `allowed ${response.status}`
    : `refused ${response.status} ${response.headers.get("Latchkey-Error-Code") ?? ""}`);
  // Latchkey-* go to your upstream, X-RateLimit-* and Retry-After to the client.
  for (const [name, value] of response.headers)
    if (/^(latchkey-|x-ratelimit-|retry-after$)/i.test(name)) console.log(`${name}: ${value}`);
  return response.ok ? 0 : 1;
}

// Run as a program (also through a symbolic link), not when imported.
if (import.meta.url === pathToFileURL(realpathSync(process.argv[1])).href) {
  process.exitCode = await main();
}
