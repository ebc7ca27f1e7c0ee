// Ask latchkeyd whether an API key may make a call: POST /v1/verify.
//
//   LATCHKEY_URL=http://127.0.0.1:8080 LATCHKEY_KEY=sk_test_... node verify.mjs [SCOPE]
//
// Exit status: 0 valid, 1 refused (the error code is printed), 2 latchkeyd unreachable.
// Node 18 or newer, no packages. The key comes from the environment and is never printed.
import { realpathSync } from "node:fs";
import { pathToFileURL } from "node:url";

/**
 * Resolves to { valid: true, data } for an allowed key, { valid: false, error } for a refused one.
 * context: { origin, ip, method, path } of the call being authorised, when you know them.
 */
export async function verify(baseUrl, key, scope, context = {}) {
  const response = await fetch(`${baseUrl.replace(/\/+$/, "")}/v1/verify`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ key, ...(scope ? { scope } : {}), ...context }),
    signal: AbortSignal.timeout(10_000),
  });
  const body = await response.json().catch(() => ({}));
  if (response.ok) return { valid: true, data: body.data };
  // 401, 402, 403, 429: {"success": false, "error": {"code", "message", ...}}
  const error = body.error ?? { code: `http_${response.status}`, message: response.statusText };
  error.status = response.status;
  const retryAfter = response.headers.get("Retry-After");
  if (retryAfter) error.retry_after = Number(retryAfter);
  return { valid: false, error };
}

async function main() {
  const url = process.env.LATCHKEY_URL ?? "http://127.0.0.1:8080";
  const key = process.env.LATCHKEY_KEY;
  if (!key) {
    console.error("verify.mjs: set LATCHKEY_KEY to the API key to check");
    return 2;
  }
  let answer;
  try {
    answer = await verify(url, key, process.argv[2]);
  } catch (e) {
    console.error(`latchkeyd unreachable: ${e.cause?.message ?? e.message}`);
    return 2;
  }
  if (answer.valid) {
    const d = answer.data;
    console.log(`valid key_id=${d.key_id} workspace=${d.workspace_id} ` +
      `environment=${d.environment} type=${d.type} scopes=${d.scopes.join(",")} ` +
      `expires_at=${d.expires_at ?? "never"}`);
    return 0;
  }
  const e = answer.error;
  console.log(`invalid ${e.status} ${e.code}: ${e.message ?? ""}`);
  return 1;
}

// Run as a program (also through a symbolic link), not when imported.
if (import.meta.url === pathToFileURL(realpathSync(process.argv[1])).href) {
  process.exitCode = await main();
}
