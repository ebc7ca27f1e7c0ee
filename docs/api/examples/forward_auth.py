#!/usr/bin/env python3
"""Ask latchkeyd about a request the way a gateway does: GET /v1/auth.

    LATCHKEY_URL=http://127.0.0.1:8080 LATCHKEY_KEY=sk_test_... \\
        python3 forward_auth.py POST /v1/forms/contact service.forms.submit

Arguments: the client's METHOD and URI, and the SCOPE the route needs (optional). Optional
environment: LATCHKEY_CLIENT_IP (the client's address), LATCHKEY_ORIGIN (its Origin header),
LATCHKEY_GATEWAY=nginx|traefik|caddy (what `latchkeyd serve --gateway` says; default nginx).
Prints the Latchkey-* headers your upstream would receive, or the refusal.
Exit status: 0 allowed, 1 refused, 2 latchkeyd unreachable.
"""
import os
import sys
import urllib.error
import urllib.request

# The headers latchkeyd answers that a gateway hands on: Latchkey-* to your upstream,
# X-RateLimit-* and Retry-After to the client.
PASSED_ON = ("Latchkey-", "X-RateLimit-", "Retry-After")


def forward_auth(base_url, authorization, method, uri, scope=None, client_ip=None,
                 origin=None, gateway="nginx"):
    """Returns (status, headers): 204 and the Latchkey-* facts when allowed, else 401, 402,
    403 or 429 with Latchkey-Error-Code. authorization is the client's header, as it sent it."""
    # latchkeyd reads only the family its --gateway sets: nginx X-Original-*, Traefik and
    # Caddy X-Forwarded-Method / X-Forwarded-Uri.
    family = "X-Original-" if gateway == "nginx" else "X-Forwarded-"
    headers = {
        "Authorization": authorization,
        family + "Method": method,
        family + ("URI" if gateway == "nginx" else "Uri"): uri,
    }
    if scope:
        headers["X-Required-Scope"] = scope
    if client_ip:
        headers["X-Forwarded-For"] = client_ip  # latchkeyd reads the right-most entry
    if origin:
        headers["Origin"] = origin
    request = urllib.request.Request(base_url.rstrip("/") + "/v1/auth", headers=headers)
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, response.headers
    except urllib.error.HTTPError as refused:
        with refused:
            return refused.code, refused.headers


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    key = os.environ.get("LATCHKEY_KEY")
    if not key:
        sys.exit("forward_auth.py: set LATCHKEY_KEY to the API key the client sends")
    method, uri, scope = sys.argv[1], sys.argv[2], (sys.argv[3:] or [None])[0]
    try:
        status, headers = forward_auth(
            os.environ.get("LATCHKEY_URL", "http://127.0.0.1:8080"), f"Bearer {key}",
            method, uri, scope, os.environ.get("LATCHKEY_CLIENT_IP"),
            os.environ.get("LATCHKEY_ORIGIN"), os.environ.get("LATCHKEY_GATEWAY", "nginx"))
    except (urllib.error.URLError, OSError) as e:
        print(f"latchkeyd unreachable: {e}", file=sys.stderr)
        return 2
    if 200 <= status < 300:
        print(f"allowed {status}")
    else:
        print(f"refused {status} {headers.get('Latchkey-Error-Code', '')}")
    for name, value in headers.items():
        if name.lower().startswith(tuple(p.lower() for p in PASSED_ON)):
            print(f"{name}: {value}")
    return 0 if 200 <= status < 300 else 1


if __name__ == "__main__":
    sys.exit(main())
