// Receive latchkeyd's webhook deliveries and check their Latchkey-Signature.
//
//   LATCHKEY_WEBHOOK_SECRET=whsec_... PORT=8000 node webhook_receiver.mjs
//
// latchkeyd POSTs a JSON event with the header
//
//   Latchkey-Signature: t=<unix seconds>,v1=<hex>[,v1=<hex>...]
//
// where each v1 is HMAC-SHA256, keyed with the endpoint's signing secret (the whole whsec_...
// text), of "<t>.<raw body>". After a secret is rotated, the old and the new one both sign for
// 7 days: one v1 each. A delivery is genuine when t is within 5 minutes of now and one v1
// matches. Answer 2xx to accept it. Listens on 127.0.0.1 (put your TLS proxy in front); port 0
// takes a free one. Node 18 or newer, no packages; the secret is never printed.
import { createHmac, timingSafeEqual } from "node:crypto";
import { createServer } from "node:http";
import { realpathSync } from "node:fs";
import { pathToFileURL } from "node:url";

const TOLERANCE_SECONDS = 300; // older (or future) timestamps are refused: a replay, or a clock off
const MAX_BODY = 1 << 20;

/** header: the Latchkey-Signature value; body: the raw Buffer, as received. */
export function signatureOk(header, body, secret, nowSeconds = Date.now() / 1000) {
  let timestamp = null;
  const signatures = [];
  for (const part of (header ?? "").split(",")) {
    const eq = part.indexOf("=");
    if (eq < 0) continue;
    const name = part.slice(0, eq).trim();
    const value = part.slice(eq + 1).trim();
    if (name === "t" && /^[0-9]+$/.test(value)) timestamp = Number(value);
    else if (name === "v1") signatures.push(Buffer.from(value.toLowerCase()));
  }
  if (timestamp === null || Math.abs(nowSeconds - timestamp) > TOLERANCE_SECONDS) return false;
  const expected = Buffer.from(
    createHmac("sha256", secret).update(`${timestamp}.`).update(body).digest("hex"));
  // Constant time, and every v1 is compared: which one matched reveals nothing.
  return signatures
    .map((s) => s.length === expected.length && timingSafeEqual(s, expected))
    .includes(true);
}

export function receiver(secret, onEvent) {
  return createServer((req, res) => {
    const answer = (status) => res.writeHead(status, { "Content-Length": "0" }).end();
    if (req.method !== "POST") return answer(405);
    const chunks = [];
    let size = 0;
    req.on("data", (chunk) => {
      size += chunk.length;
      if (size > MAX_BODY) {
        answer(413);
        req.destroy();
      } else chunks.push(chunk);
    });
    req.on("end", () => {
      const body = Buffer.concat(chunks); // the raw bytes: never a re-serialised JSON object
      if (!signatureOk(req.headers["latchkey-signature"], body, secret)) {
        console.log("rejected: signature missing, wrong or too old");
        return answer(400);
      }
      onEvent(JSON.parse(body));
      answer(204);
    });
  });
}

// Run as a program (also through a symbolic link), not when imported.
const isMain = import.meta.url === pathToFileURL(realpathSync(process.argv[1])).href;
if (isMain) {
  const secret = process.env.LATCHKEY_WEBHOOK_SECRET ?? "";
  if (!secret.startsWith("whsec_")) {
    console.error("webhook_receiver.mjs: set LATCHKEY_WEBHOOK_SECRET to the endpoint's " +
      "whsec_ secret");
    process.exit(2);
  }
  // Handle the event here. A delivery may arrive twice: event.id tells them apart.
  const server = receiver(secret, (event) => console.log(`accepted ${event.type} ${event.id}`));
  server.listen(Number(process.env.PORT ?? 8000), "127.0.0.1", () =>
    console.log(`listening on http://127.0.0.1:${server.address().port}`));
}
