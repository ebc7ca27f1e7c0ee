#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""tst_snippets: the client snippets in docs/api/examples, run against a real latchkeyd (issue 16).

    python3 tst_snippets.py LATCHKEYD EXAMPLES_DIR

Starts `latchkeyd init` and `latchkeyd serve --listen 127.0.0.1:0 --allow-loopback-webhooks`
(and a second serve with `--gateway caddy` on the same store), signs in, creates keys, and runs:

- verify.py, verify.mjs, verify.sh: a good key is valid (its key_id printed), a missing scope,
  a revoked key and a made-up key are refused with their codes, an unreachable server is
  exit 2, and the .py and .mjs ones also run through a symbolic link;
- forward_auth.py, .mjs, .sh: an allowed call prints the Latchkey-* facts, the method and the
  client address reach latchkeyd (a key restricted to `POST /v1/forms/*` and 203.0.113.0/24 is
  refused for GET and for another address), a revoked key is 401, a rate-limited key shows
  X-RateLimit-* and then a 429 with Retry-After; .py and .mjs also with the Caddy/Traefik header
  family against `--gateway caddy`;
- webhook_receiver.py and .mjs, each as a server: a real signed ping (sent by webhook_test.sh,
  through a relay in this script that keeps a copy) is accepted; that delivery with its body,
  signature or timestamp changed, without a signature, signed with another secret or 10 minutes
  old is answered 400; after a rotation the delivery carries two v1 signatures and receivers
  holding the old and the new secret each accept it.

The Go snippets are built with `go build` (Debian package golang-go) and their binaries run
through the same checks as the Python and Node ones (not through a symbolic link, and not in
the Caddy family where noted). No output of a snippet may contain a key, token or signing
secret. Exits 1 on the first failed check, with the servers' logs.
Python 3 standard library only; every wait is bounded.
"""
import http.client
import hashlib
import hmac
import json
import os
import queue
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import traceback
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

EMAIL = "owner@snippets.test"
PASSWORD = "correct horse battery staple"
DEADLINE_SECONDS = 240  # ctest's TIMEOUT is longer: this script stops itself first


class Failure(Exception):
    pass


def check(condition, what, detail=""):
    if not condition:
        raise Failure(f"{what}\n{detail}".rstrip())
    print(f"ok   {what}", flush=True)


class Process:
    """A child whose standard output is read line by line on a thread."""

    def __init__(self, args, env=None, stderr=subprocess.STDOUT, name=""):
        self.name = name or os.path.basename(args[0])
        self.proc = subprocess.Popen(args, env=env, stdin=subprocess.DEVNULL,
                                     stdout=subprocess.PIPE, stderr=stderr, text=True)
        self.lines = []
        self.fresh = queue.Queue()
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self):
        for line in self.proc.stdout:
            self.lines.append(line)
            self.fresh.put(line)

    def wait_for(self, pattern, timeout=20):
        """The first match of pattern in a line not looked at yet, or None after timeout."""
        regex = re.compile(pattern)
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            try:
                line = self.fresh.get(timeout=min(0.2, max(0.01, end - time.monotonic())))
            except queue.Empty:
                if self.proc.poll() is not None and self.fresh.empty():
                    return None
                continue
            if m := regex.search(line):
                return m
        return None

    def output(self):
        return "".join(self.lines)

    def stop(self):
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(5)


def api(base, method, path, body=None, token=None):
    """One JSON call to latchkeyd: (status, parsed body)."""
    conn = http.client.HTTPConnection(base.split("//", 1)[1], timeout=30)
    headers = {"Content-Type": "application/json"}
    if token:
        headers["Authorization"] = f"Bearer {token}"
    try:
        conn.request(method, path, body=None if body is None else json.dumps(body),
                     headers=headers)
        response = conn.getresponse()
        text = response.read()
    finally:
        conn.close()
    return response.status, (json.loads(text) if text else {})


def post_raw(port, body, signature, path="/hook"):
    """A delivery sent by this script to a receiver: the receiver's status."""
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    headers = {"Content-Type": "application/json"}
    if signature is not None:
        headers["Latchkey-Signature"] = signature
    try:
        conn.request("POST", path, body=body, headers=headers)
        response = conn.getresponse()
        response.read()
        return response.status
    finally:
        conn.close()


def sign(secret, body, timestamp):
    """How latchkeyd signs (core/webhookservice.cpp WebhookService::signatureHeader)."""
    mac = hmac.new(secret.encode(), f"{timestamp}.".encode() + body, hashlib.sha256).hexdigest()
    return f"t={timestamp},v1={mac}"


class Relay(ThreadingHTTPServer):
    """Where the webhook endpoints point: keeps a copy of each delivery, byte for byte, and hands
    it on unchanged to the receiver registered for its path, answering what the receiver
    answered."""

    daemon_threads = True

    def __init__(self):
        super().__init__(("127.0.0.1", 0), RelayHandler)
        self.routes = {}  # path -> receiver port
        self.captured = {}  # path -> [(Latchkey-Signature, body)]
        threading.Thread(target=self.serve_forever, daemon=True).start()


class RelayHandler(BaseHTTPRequestHandler):
    def do_POST(self):
        body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
        signature = self.headers.get("Latchkey-Signature")
        self.server.captured.setdefault(self.path, []).append((signature, body))
        try:
            status = post_raw(self.server.routes[self.path], body, signature, self.path)
        except (KeyError, OSError):
            status = 502
        self.send_response(status)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, *args):
        pass


class Suite:
    def __init__(self, latchkeyd, examples, workdir):
        self.latchkeyd = latchkeyd
        self.examples = examples
        self.workdir = workdir
        self.store = "sqlite:" + os.path.join(workdir, "latchkey.db")
        self.processes = []
        self.secrets = []  # nothing a snippet prints may contain one of these
        self.outputs = []
        self.base_env = {k: v for k, v in os.environ.items() if not k.startswith("LATCHKEY")}

    # Processes ---------------------------------------------------------------------------------

    def serve(self, *extra):
        log = open(os.path.join(self.workdir, f"latchkeyd-{len(self.processes)}.log"), "w")
        p = Process([self.latchkeyd, "serve", "--listen", "127.0.0.1:0", "--store", self.store,
                     "--master-key-file", os.path.join(self.workdir, "master.key"), *extra],
                    stderr=log, name="latchkeyd " + " ".join(extra))
        p.log = log.name
        self.processes.append(p)
        m = p.wait_for(r"latchkeyd listening on (http://127\.0\.0\.1:\d+)", 30)
        check(m is not None, f"latchkeyd serve {' '.join(extra)} says where it listens",
              p.output() + open(log.name).read())
        return m.group(1)

    def run(self, snippet, *args, env=None, timeout=30, folder=None):
        """Runs one snippet; returns (exit status, stdout + stderr)."""
        command = self.command(snippet, folder) + list(args)
        done = subprocess.run(command, env={**self.base_env, **(env or {})},
                              stdin=subprocess.DEVNULL, capture_output=True, text=True,
                              timeout=timeout)
        out = done.stdout + done.stderr
        self.outputs.append((snippet, out))
        return done.returncode, out

    def command(self, snippet, folder=None):
        """How to run a snippet: its interpreter, or the binary go() built from it."""
        if snippet.endswith(".go"):
            return [os.path.join(self.workdir, snippet + ".bin")]
        interpreter = {".py": [sys.executable], ".mjs": ["node"], ".sh": ["sh"]}
        path = os.path.join(folder or self.examples, snippet)
        return interpreter[os.path.splitext(snippet)[1]] + [path]

    def receiver(self, snippet, secret):
        p = Process(self.command(snippet),
                    env={**self.base_env, "LATCHKEY_WEBHOOK_SECRET": secret, "PORT": "0"},
                    name=snippet)
        self.processes.append(p)
        m = p.wait_for(r"listening on http://127\.0\.0\.1:(\d+)", 20)
        check(m is not None, f"{snippet} listens on 127.0.0.1", p.output())
        return p, int(m.group(1))

    def stop_all(self):
        for p in reversed(self.processes):
            p.stop()

    # The suite ---------------------------------------------------------------------------------

    def tools(self):
        node = shutil.which("node")
        check(node is not None, "node is installed (Debian package 'nodejs')")
        version = subprocess.run(["node", "--version"], capture_output=True, text=True,
                                 timeout=30).stdout.strip()
        check(int(version.lstrip("v").split(".")[0]) >= 18,
              f"node {version} has fetch (18 or newer)")
        check(shutil.which("curl") is not None, "curl is installed (Debian package 'curl')")
        check(shutil.which("sh") is not None, "sh is installed")
        check(shutil.which("go") is not None, "go is installed (Debian package 'golang-go')")

    def setup(self):
        init = subprocess.run([self.latchkeyd, "init", "--store", self.store, "--email", EMAIL,
                               "--password-stdin"], input=PASSWORD + "\n", capture_output=True,
                              text=True, timeout=60)
        check(init.returncode == 0, "latchkeyd init", init.stdout + init.stderr)
        self.url = self.serve("--allow-loopback-webhooks")
        self.caddy_url = self.serve("--gateway", "caddy")
        status, body = api(self.url, "POST", "/v1/sessions", {"email": EMAIL, "password": PASSWORD})
        check(status == 200, "signed in (POST /v1/sessions)", json.dumps(body))
        self.token = body["data"]["token"]
        self.secrets.append(self.token)

    def create_key(self, name, **fields):
        body = {"name": name, "environment": "test", "scopes": ["service.forms.submit"], **fields}
        status, created = api(self.url, "POST", "/v1/api-keys", body, self.token)
        check(status == 201, f"key '{name}' created", json.dumps(created))
        self.secrets.append(created["data"]["secret"])
        return created["data"]["id"], created["data"]["secret"]

    def revoke(self, key_id):
        status, body = api(self.url, "DELETE", f"/v1/api-keys/{key_id}", token=self.token)
        check(status == 200, f"key {key_id} revoked", json.dumps(body))

    def verify(self):
        good_id, good = self.create_key("verify-good")
        gone_id, gone = self.create_key("verify-revoked")
        self.revoke(gone_id)
        unknown = "sk_test_" + "A" * 36
        env = {"LATCHKEY_URL": self.url}
        for snippet in ("verify.py", "verify.mjs", "verify.go", "verify.sh"):
            refused = 22 if snippet.endswith(".sh") else 1  # curl --fail-with-body
            rc, out = self.run(snippet, env={**env, "LATCHKEY_KEY": good})
            check(rc == 0 and good_id in out and "valid" in out,
                  f"{snippet}: a good key is valid", out)
            if snippet.endswith(".sh"):
                answer = json.loads(out)
                check(answer["data"]["valid"] is True and answer["data"]["key_id"] == good_id,
                      f"{snippet}: prints latchkeyd's JSON answer", out)
            rc, out = self.run(snippet, "service.forms.submit", env={**env, "LATCHKEY_KEY": good})
            check(rc == 0 and good_id in out, f"{snippet}: with the scope it has, valid", out)
            rc, out = self.run(snippet, "service.forms.manage", env={**env, "LATCHKEY_KEY": good})
            check(rc == refused and "insufficient_scope" in out,
                  f"{snippet}: a scope it lacks is refused (insufficient_scope)", out)
            rc, out = self.run(snippet, env={**env, "LATCHKEY_KEY": gone})
            check(rc == refused and "invalid_api_key" in out,
                  f"{snippet}: a revoked key is refused (invalid_api_key)", out)
            rc, out = self.run(snippet, env={**env, "LATCHKEY_KEY": unknown})
            check(rc == refused and "invalid_api_key" in out,
                  f"{snippet}: a made-up key is refused (invalid_api_key)", out)
            if not snippet.endswith(".sh"):
                nowhere = f"http://127.0.0.1:{closed_port()}"
                rc, out = self.run(snippet, env={"LATCHKEY_URL": nowhere, "LATCHKEY_KEY": good})
                check(rc == 2 and "unreachable" in out, f"{snippet}: no latchkeyd is exit 2", out)

        # Copied into a project, a snippet may well be run through a symbolic link.
        linked = os.path.join(self.workdir, "linked-examples")
        os.symlink(self.examples, linked)
        for snippet in ("verify.py", "verify.mjs"):
            rc, out = self.run(snippet, env={**env, "LATCHKEY_KEY": good}, folder=linked)
            check(rc == 0 and good_id in out, f"{snippet}: runs through a symbolic link too", out)

    def forward_auth(self):
        restricted = {"restrictions": {"endpoints": ["POST /v1/forms/*"],
                                       "ip_allowlist": ["203.0.113.0/24"]}}
        key_id, key = self.create_key("gateway", **restricted)
        gone_id, gone = self.create_key("gateway-revoked")
        self.revoke(gone_id)
        scope = "service.forms.submit"
        for snippet in ("forward_auth.py", "forward_auth.mjs", "forward_auth.go", "forward_auth.sh"):
            refused = 22 if snippet.endswith(".sh") else 1
            env = {"LATCHKEY_URL": self.url, "LATCHKEY_KEY": key,
                   "LATCHKEY_CLIENT_IP": "203.0.113.7"}
            rc, out = self.run(snippet, "POST", "/v1/forms/contact?x=1", scope, env=env)
            headers = {k.lower(): v for k, v in re.findall(r"(?m)^([A-Za-z-]+): *(\S+)", out)}
            check(rc == 0 and " 204" in out and headers.get("latchkey-key-id") == key_id
                  and headers.get("latchkey-environment") == "test"
                  and headers.get("latchkey-key-type") == "secret"
                  and headers.get("latchkey-workspace", "-").startswith("ws_"),
                  f"{snippet}: an allowed call prints 204 and the Latchkey-* facts", out)
            rc, out = self.run(snippet, "GET", "/v1/forms/contact", scope, env=env)
            check(rc == refused and "403" in out and "endpoint_not_allowed" in out,
                  f"{snippet}: the method reaches latchkeyd (GET: endpoint_not_allowed)", out)
            rc, out = self.run(snippet, "POST", "/v1/forms/contact", scope,
                               env={**env, "LATCHKEY_CLIENT_IP": "198.51.100.1"})
            check(rc == refused and "ip_not_allowed" in out,
                  f"{snippet}: the client address reaches latchkeyd (ip_not_allowed)", out)
            rc, out = self.run(snippet, "POST", "/v1/forms/contact", "service.forms.manage",
                               env=env)
            check(rc == refused and "insufficient_scope" in out,
                  f"{snippet}: X-Required-Scope reaches latchkeyd (insufficient_scope)", out)
            rc, out = self.run(snippet, "POST", "/v1/forms/contact", scope,
                               env={**env, "LATCHKEY_KEY": gone})
            check(rc == refused and "401" in out and "invalid_api_key" in out,
                  f"{snippet}: a revoked key is 401 invalid_api_key", out)
            _, limited = self.create_key(f"limited-{snippet}",
                                         rate_limit={"limit": 1, "window": 3600})
            rc, out = self.run(snippet, "POST", "/v1/forms/contact", scope,
                               env={**env, "LATCHKEY_KEY": limited})
            check(rc == 0 and re.search(r"(?mi)^x-ratelimit-limit: 1$", out)
                  and re.search(r"(?mi)^x-ratelimit-remaining: 0$", out),
                  f"{snippet}: X-RateLimit-* of an allowed call are printed", out)
            rc, out = self.run(snippet, "POST", "/v1/forms/contact", scope,
                               env={**env, "LATCHKEY_KEY": limited})
            check(rc == refused and "429" in out and "rate_limit_exceeded" in out
                  and re.search(r"(?mi)^retry-after: \d+$", out),
                  f"{snippet}: the next call is 429 with Retry-After", out)
            if snippet.endswith(".sh"):
                continue  # the curl snippet speaks nginx's family only, as it says
            caddy = {**env, "LATCHKEY_URL": self.caddy_url, "LATCHKEY_GATEWAY": "caddy"}
            rc, out = self.run(snippet, "POST", "/v1/forms/contact", scope, env=caddy)
            check(rc == 0 and key_id in out,
                  f"{snippet}: LATCHKEY_GATEWAY=caddy, allowed by latchkeyd --gateway caddy", out)
            rc, out = self.run(snippet, "GET", "/v1/forms/contact", scope, env=caddy)
            check(rc == 1 and "endpoint_not_allowed" in out,
                  f"{snippet}: X-Forwarded-Method reaches latchkeyd --gateway caddy", out)

    def webhooks(self):
        relay = Relay()
        try:
            for snippet in ("webhook_receiver.py", "webhook_receiver.mjs", "webhook_receiver.go"):
                self.webhook_receiver(relay, snippet)
        finally:
            relay.shutdown()
            relay.server_close()

    def trigger(self, endpoint_id, what):
        rc, out = self.run("webhook_test.sh", endpoint_id,
                           env={"LATCHKEY_URL": self.url, "LATCHKEY_TOKEN": self.token})
        try:
            data = json.loads(out)["data"]
        except (ValueError, KeyError):
            data = {}
        check(rc == 0 and data.get("delivered") is True and data.get("status") == 204,
              f"webhook_test.sh: {what} delivered, the receiver answered 204", out)

    def webhook_receiver(self, relay, snippet):
        path = f"/hooks/{snippet}"
        status, created = api(self.url, "POST", "/v1/webhook-endpoints",
                              {"url": f"http://127.0.0.1:{relay.server_port}{path}",
                               "description": snippet}, self.token)
        check(status == 201, f"webhook endpoint for {snippet} created", json.dumps(created))
        endpoint_id, secret = created["data"]["id"], created["data"]["secret"]
        self.secrets.append(secret)
        receiver, port = self.receiver(snippet, secret)
        relay.routes[path] = port

        self.trigger(endpoint_id, f"a signed ping to {snippet}")
        m = receiver.wait_for(r"accepted ping (evt_\w+)", 10)
        check(m is not None, f"{snippet}: accepted the genuine delivery", receiver.output())
        signature, body = relay.captured[path][-1]
        check(re.fullmatch(r"t=\d+,v1=[0-9a-f]{64}", signature or "") is not None
              and json.loads(body)["id"] == m.group(1),
              f"{snippet}: the delivery carried one v1 signature, t=...,v1=<hex>", signature)

        t = int(signature.split(",")[0][2:])
        v1 = signature.split("v1=")[1]
        flipped = v1[:-1] + ("0" if v1[-1] != "0" else "1")
        cases = [
            ("the genuine delivery again (within 5 minutes)", body, signature, 204),
            ("its body changed", body.replace(b'"ping"', b'"pong"'), signature, 400),
            ("a byte of JSON whitespace added", body + b" ", signature, 400),
            ("its signature changed", body, f"t={t},v1={flipped}", 400),
            ("its timestamp changed", body, f"t={t + 1},v1={v1}", 400),
            ("no Latchkey-Signature", body, None, 400),
            ("a timestamp but no v1", body, f"t={t}", 400),
            ("signed with another secret", body, sign("whsec_" + "x" * 32, body, t), 400),
            ("signed 10 minutes ago", body, sign(secret, body, int(time.time()) - 600), 400),
            ("signed 10 minutes ahead", body, sign(secret, body, int(time.time()) + 600), 400),
            ("signed now by this test as latchkeyd signs", body,
             sign(secret, body, int(time.time())), 204),
            ("a forged v1 before the genuine one", body,
             f"t={t},v1={'0' * 64},v1={v1}", 204),
        ]
        for what, tampered, header, expected in cases:
            got = post_raw(port, tampered, header)
            check(got == expected, f"{snippet}: {what}: {expected}", f"answered {got}")
        rejected = sum(1 for c in cases if c[3] == 400)
        deadline = time.monotonic() + 5
        while receiver.output().count("rejected") < rejected and time.monotonic() < deadline:
            time.sleep(0.05)
        check(receiver.output().count("rejected") == rejected,
              f"{snippet}: says 'rejected' once per refused delivery", receiver.output())

        # Rotation: the old and the new secret both sign for 7 days.
        status, rotated = api(self.url, "POST",
                              f"/v1/webhook-endpoints/{endpoint_id}/rotate-secret", {}, self.token)
        check(status == 200, f"{snippet}: secret rotated", json.dumps(rotated))
        new_secret = rotated["data"]["secret"]
        self.secrets.append(new_secret)
        self.trigger(endpoint_id, f"a ping after rotation, to {snippet} holding the old secret")
        check(receiver.wait_for(r"accepted ping evt_", 10) is not None,
              f"{snippet}: the old secret still accepts after rotation", receiver.output())
        signature, body = relay.captured[path][-1]
        check(signature.count("v1=") == 2, f"{snippet}: after rotation, two v1 signatures",
              signature)
        renewed, renewed_port = self.receiver(snippet, new_secret)
        check(post_raw(renewed_port, body, signature) == 204,
              f"{snippet}: holding only the new secret, accepts the same delivery")
        check(post_raw(renewed_port, body + b"\n", signature) == 400,
              f"{snippet}: holding the new secret, refuses it with its body changed")
        for p in (receiver, renewed):
            p.stop()
            self.outputs.append((snippet, p.output()))

    def go(self):
        go = shutil.which("go")
        for snippet in ("verify.go", "forward_auth.go", "webhook_receiver.go"):
            built = subprocess.run(
                [go, "build", "-o", os.path.join(self.workdir, snippet + ".bin"),
                 os.path.join(self.examples, snippet)],
                env={**self.base_env, "GOTOOLCHAIN": "local", "GOFLAGS": "",
                     "GOCACHE": os.path.join(self.workdir, "gocache"), "GO111MODULE": "on"},
                cwd=self.workdir, capture_output=True, text=True, timeout=180)
            check(built.returncode == 0, f"go build {snippet}", built.stdout + built.stderr)

    def no_secrets_printed(self):
        leaks = [(snippet, out) for snippet, out in self.outputs
                 if any(secret in out for secret in self.secrets)]
        shown = [f"{snippet} printed a secret (shown here as <secret>):\n" +
                 re.sub("|".join(map(re.escape, self.secrets)), "<secret>", out)
                 for snippet, out in leaks[:1]]
        check(not leaks, f"none of {len(self.outputs)} snippet outputs holds one of the "
              f"{len(self.secrets)} keys, tokens and signing secrets", "".join(shown))

    def logs(self):
        for p in self.processes:
            text = p.output()
            if getattr(p, "log", None):
                text += open(p.log).read()
            print(f"--- {p.name}\n{text[-4000:]}", file=sys.stderr)


def closed_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def main():
    if len(sys.argv) != 3:
        sys.exit("usage: tst_snippets.py LATCHKEYD EXAMPLES_DIR")
    def deadline(*_):
        raise Failure(f"still running after {DEADLINE_SECONDS} s")

    signal.signal(signal.SIGALRM, deadline)
    signal.alarm(DEADLINE_SECONDS)
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="tst_snippets.") as workdir:
        suite = Suite(os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2]), workdir)
        try:
            suite.tools()
            suite.go()
            suite.setup()
            suite.verify()
            suite.forward_auth()
            suite.webhooks()
            suite.no_secrets_printed()
        except Exception as e:  # noqa: BLE001 - every failure fails the test, loudly
            print(f"FAIL {e}" if isinstance(e, Failure) else traceback.format_exc(), flush=True)
            suite.logs()
            return 1
        finally:
            signal.alarm(0)
            suite.stop_all()
    print(f"PASS tst_snippets in {time.monotonic() - started:.1f} s", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
