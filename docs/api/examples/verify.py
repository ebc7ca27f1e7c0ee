#!/usr/bin/env python3
"""Ask latchkeyd whether an API key may make a call: POST /v1/verify.

    LATCHKEY_URL=http://127.0.0.1:8080 LATCHKEY_KEY=sk_test_... python3 verify.py [SCOPE]

Exit status: 0 valid, 1 refused (the error code is printed), 2 latchkeyd unreachable.
Standard library only. The key is read from the environment, never from the command line
(other users can read a process's arguments), and is never printed.
"""
import json
import os
import sys
import urllib.error
import urllib.request


def verify(base_url, key, scope=None, **context):
    """Returns (True, data) for an allowed key, (False, error) for a refused one.

    context: origin, ip, method, path of the call being authorised, when you know them.
    """
    body = {"key": key, **({"scope": scope} if scope else {}), **context}
    request = urllib.request.Request(
        base_url.rstrip("/") + "/v1/verify",
        data=json.dumps(body).encode(),
        headers={"Content-Type": "application/json"},
        method="POST",
    )
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return True, json.load(response)["data"]
    except urllib.error.HTTPError as refused:
        # 401, 402, 403, 429: {"success": false, "error": {"code": ..., "message": ...}}
        with refused:
            try:
                error = json.load(refused)["error"]
            except (ValueError, KeyError):
                error = {"code": f"http_{refused.code}", "message": refused.reason}
        error["status"] = refused.code
        if refused.headers.get("Retry-After"):
            error["retry_after"] = int(refused.headers["Retry-After"])
        return False, error


def main():
    url = os.environ.get("LATCHKEY_URL", "http://127.0.0.1:8080")
    key = os.environ.get("LATCHKEY_KEY")
    if not key:
        sys.exit("verify.py: set LATCHKEY_KEY to the API key to check")
    scope = sys.argv[1] if len(sys.argv) > 1 else None
    try:
        valid, answer = verify(url, key, scope)
    except (urllib.error.URLError, OSError) as e:
        print(f"latchkeyd unreachable: {e}", file=sys.stderr)
        return 2
    if valid:
        print(f"valid key_id={answer['key_id']} workspace={answer['workspace_id']} "
              f"environment={answer['environment']} type={answer['type']} "
              f"scopes={','.join(answer['scopes'])} expires_at={answer['expires_at'] or 'never'}")
        return 0
    print(f"invalid {answer['status']} {answer['code']}: {answer.get('message', '')}")
    return 1


if __name__ == "__main__":
    sys.exit(main())
