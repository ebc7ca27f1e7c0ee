#!/usr/bin/env python3
"""Receive latchkeyd's webhook deliveries and check their Latchkey-Signature.

    LATCHKEY_WEBHOOK_SECRET=whsec_... PORT=8000 python3 webhook_receiver.py

latchkeyd POSTs a JSON event with the header

    Latchkey-Signature: t=<unix seconds>,v1=<hex>[,v1=<hex>...]

where each v1 is HMAC-SHA256, keyed with the endpoint's signing secret (the whole whsec_...
text), of "<t>.<raw body>". After a secret is rotated, the old and the new one both sign for
7 days: one v1 each. A delivery is genuine when t is within 5 minutes of now and one v1 matches.
Answer 2xx to accept it. Listens on 127.0.0.1 (put your TLS proxy in front); port 0 takes a
free one. Standard library only; the secret is never printed.
"""
import hashlib
import hmac
import json
import os
import sys
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

TOLERANCE_SECONDS = 300  # older (or future) timestamps are refused: a replay, or a clock off
MAX_BODY = 1 << 20


def signature_ok(header, body, secret, now=None):
    """header: the Latchkey-Signature value; body: the raw bytes, as received; secret: bytes."""
    timestamp, signatures = None, []
    for part in header.split(","):
        name, _, value = part.strip().partition("=")
        if name == "t" and value.isascii() and value.isdigit():
            timestamp = int(value)
        elif name == "v1":
            signatures.append(value.strip().lower().encode())
    now = time.time() if now is None else now
    if timestamp is None or abs(now - timestamp) > TOLERANCE_SECONDS:
        return False
    expected = hmac.new(secret, f"{timestamp}.".encode() + body, hashlib.sha256).hexdigest()
    # Constant time, and every v1 is compared: which one matched reveals nothing.
    return any([hmac.compare_digest(expected.encode(), s) for s in signatures])


class Receiver(BaseHTTPRequestHandler):
    secret = b""

    def do_POST(self):
        try:
            length = int(self.headers.get("Content-Length", ""))
        except ValueError:
            return self.answer(411)
        if not 0 <= length <= MAX_BODY:
            return self.answer(413)
        body = self.rfile.read(length)  # the raw bytes: never a re-serialised JSON object
        if not signature_ok(self.headers.get("Latchkey-Signature", ""), body, self.secret):
            print("rejected: signature missing, wrong or too old", flush=True)
            return self.answer(400)
        event = json.loads(body)
        # Handle the event here. A delivery may arrive twice: event["id"] tells them apart.
        print(f"accepted {event['type']} {event['id']}", flush=True)
        self.answer(204)

    def answer(self, status):
        self.send_response(status)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, *args):  # one line per delivery above is enough
        pass


def main():
    secret = os.environ.get("LATCHKEY_WEBHOOK_SECRET", "")
    if not secret.startswith("whsec_"):
        sys.exit("webhook_receiver.py: set LATCHKEY_WEBHOOK_SECRET to the endpoint's whsec_ secret")
    Receiver.secret = secret.encode()
    server = ThreadingHTTPServer(("127.0.0.1", int(os.environ.get("PORT", "8000"))), Receiver)
    print(f"listening on http://127.0.0.1:{server.server_port}", flush=True)
    server.serve_forever()


if __name__ == "__main__":
    main()
