#!/bin/sh
# Have latchkeyd send a signed test event (a "ping") to a webhook endpoint, with curl:
# POST /v1/webhook-endpoints/{id}/test. Run your receiver first.
#
#   LATCHKEY_URL=http://127.0.0.1:8080 LATCHKEY_TOKEN=lks_... ./webhook_test.sh we_...
#
# LATCHKEY_TOKEN is a session token (POST /v1/sessions) of a member who may send test
# deliveries. Prints latchkeyd's answer, e.g.
#   {"success":true,"data":{"delivered":true,"status":204,"duration_ms":3}}
# where status is what your receiver answered (null when it could not be reached). The
# Authorization header goes through standard input (-H @-, curl 7.55 or newer), so the token
# never appears in a process's arguments.
set -eu
: "${LATCHKEY_TOKEN:?set LATCHKEY_TOKEN to a session token}"
[ $# -eq 1 ] || { echo "usage: $0 ENDPOINT_ID" >&2; exit 2; }
url="${LATCHKEY_URL:-http://127.0.0.1:8080}"

printf 'Authorization: Bearer %s\n' "$LATCHKEY_TOKEN" |
  curl --silent --show-error --fail-with-body --max-time 30 --header @- \
    --header 'Content-Type: application/json' --data '{}' \
    "$url/v1/webhook-endpoints/$1/test"
echo
