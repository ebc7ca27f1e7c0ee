#!/bin/sh
# Ask latchkeyd about a request the way a gateway does: GET /v1/auth, with curl.
#
#   LATCHKEY_URL=http://127.0.0.1:8080 LATCHKEY_KEY=sk_test_... \
#       ./forward_auth.sh POST /v1/forms/contact service.forms.submit
#
# Arguments: the client's METHOD and URI, and the SCOPE the route needs (optional); optional
# LATCHKEY_CLIENT_IP. For `latchkeyd serve --gateway nginx` (the default); with traefik or caddy
# send X-Forwarded-Method and X-Forwarded-Uri instead of the X-Original-* pair.
# Prints the response headers: 204 and Latchkey-Key-Id, -Workspace, -Environment, -Key-Type
# (-Service) when allowed; 401/402/403/429 and Latchkey-Error-Code when refused (exit 22).
# The Authorization header goes through a file on standard input (-H @-, curl 7.55 or newer),
# so the key never appears in a process's arguments.
set -eu
: "${LATCHKEY_KEY:?set LATCHKEY_KEY to the API key the client sends}"
[ $# -ge 2 ] || { echo "usage: $0 METHOD URI [SCOPE]" >&2; exit 2; }
url="${LATCHKEY_URL:-http://127.0.0.1:8080}"

printf 'Authorization: Bearer %s\n' "$LATCHKEY_KEY" |
  curl --silent --show-error --fail --max-time 10 --output /dev/null --dump-header - \
    --header @- \
    --header "X-Original-Method: $1" \
    --header "X-Original-URI: $2" \
    ${3:+--header "X-Required-Scope: $3"} \
    ${LATCHKEY_CLIENT_IP:+--header "X-Forwarded-For: $LATCHKEY_CLIENT_IP"} \
    "$url/v1/auth"
