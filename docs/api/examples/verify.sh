#!/bin/sh
# Ask latchkeyd whether an API key may make a call: POST /v1/verify, with curl.
#
#   LATCHKEY_URL=http://127.0.0.1:8080 LATCHKEY_KEY=sk_test_... ./verify.sh [SCOPE]
#
# Prints latchkeyd's JSON answer. Exit status: 0 valid, 22 refused (curl's code for an HTTP
# error: 401, 402, 403 or 429), another curl code when latchkeyd is unreachable. The request
# body goes through standard input, so the key never appears in a process's arguments.
set -eu
: "${LATCHKEY_KEY:?set LATCHKEY_KEY to the API key to check}"
url="${LATCHKEY_URL:-http://127.0.0.1:8080}"
scope="${1:-}"

# Keys and scopes are letters, digits, '_' and '.': nothing to escape inside the JSON strings.
printf '{"key":"%s"%s}' "$LATCHKEY_KEY" "${scope:+,\"scope\":\"$scope\"}" |
  curl --silent --show-error --fail-with-body --max-time 10 \
    --header 'Content-Type: application/json' --data-binary @- "$url/v1/verify"
echo
