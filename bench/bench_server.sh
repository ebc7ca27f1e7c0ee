#!/usr/bin/env bash
# Server benchmark: latchkeyd's verify and forward-auth against a bare QHttpServer ceiling,
# measured with wrk on loopback (-t2 -c32 -d10s --latency). Builds nothing: pass the build
# folder that holds app/latchkeyd, bench/ceiling_server and bench/seed_keys.
#
#   bench/bench_server.sh [BUILD_DIR]      (default: ./build; also $BUILD_DIR)
#   KEYS=100000 DURATION=10s CONNECTIONS=32 THREADS=2 to change the load.
#
# Prints req/s, p50 and p99 per case and the ratios to the ceiling. The targets (ratio >= 0.8,
# p99 < 5 ms at 32 connections) are printed next to the figures, never asserted.
set -euo pipefail

build=${1:-${BUILD_DIR:-build}}
keys=${KEYS:-100000}
duration=${DURATION:-10s}
connections=${CONNECTIONS:-32}
threads=${THREADS:-2}

latchkeyd=$build/app/latchkeyd
ceiling=$build/bench/ceiling_server
seed=$build/bench/seed_keys
for exe in "$latchkeyd" "$ceiling" "$seed"; do
  [ -x "$exe" ] || { echo "bench_server: $exe is missing: build first (ninja -C $build latchkeyd ceiling_server seed_keys)" >&2; exit 2; }
done
command -v wrk >/dev/null || { echo "bench_server: wrk is missing (apt-get install wrk)" >&2; exit 2; }

tmp=$(mktemp -d "${TMPDIR:-/tmp}/lk-bench-XXXXXX")
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
  rm -rf "$tmp"
}
trap cleanup EXIT

# Waits for "<what> listening on http://HOST:PORT" in $1 and prints the URL.
wait_url() {
  local file=$1 pid=$2
  for _ in $(seq 1 300); do
    if url=$(grep -o 'listening on http://[^[:space:]]*' "$file" 2>/dev/null | head -n1); then
      [ -n "$url" ] && { echo "${url#listening on }"; return 0; }
    fi
    kill -0 "$pid" 2>/dev/null || { echo "bench_server: the server exited early:" >&2; cat "$file" "$file.err" >&2 || true; return 1; }
    sleep 0.1
  done
  echo "bench_server: no 'listening on' line from the server" >&2
  return 1
}

store="sqlite:$tmp/bench.db"
echo "== seeding $keys keys into $store"
key=$("$seed" "$store" "$keys")

"$ceiling" >"$tmp/ceiling.out" 2>"$tmp/ceiling.out.err" &
pids+=($!)
ceiling_url=$(wait_url "$tmp/ceiling.out" "${pids[-1]}")

"$latchkeyd" serve --listen 127.0.0.1:0 --store "$store" --master-key-file "$tmp/master.key" \
  >"$tmp/latchkeyd.out" 2>"$tmp/latchkeyd.out.err" &
pids+=($!)
latchkeyd_url=$(wait_url "$tmp/latchkeyd.out" "${pids[-1]}")

cat >"$tmp/verify.lua" <<LUA
wrk.method = "POST"
wrk.body = '{"key":"$key","scope":"service.forms.submit"}'
wrk.headers["Content-Type"] = "application/json"
LUA

# run NAME wrk-arguments…: prints a summary line and remembers req/s, p50, p99 (ms).
declare -A rps p50 p99 bad
run() {
  local name=$1; shift
  local out="$tmp/$name.wrk"
  wrk -t"$threads" -c"$connections" -d1s "$@" >/dev/null # warm-up: caches, connections
  wrk -t"$threads" -c"$connections" -d"$duration" --latency "$@" >"$out"
  rps[$name]=$(awk '/^Requests\/sec:/ {print $2}' "$out")
  p50[$name]=$(awk '$1 == "50%" {print $2}' "$out" | to_ms)
  p99[$name]=$(awk '$1 == "99%" {print $2}' "$out" | to_ms)
  bad[$name]=$(awk -F: '/Non-2xx or 3xx responses/ {gsub(/ /, "", $2); print $2}' "$out")
  bad[$name]=${bad[$name]:-0}
  local errors
  errors=$(grep -E 'Socket errors' "$out" || true)
  printf '%-8s %10s req/s   p50 %7s ms   p99 %7s ms   non-2xx %s %s\n' "$name" \
    "${rps[$name]}" "${p50[$name]}" "${p99[$name]}" "${bad[$name]}" "$errors"
}
to_ms() {
  awk '{ v = $1; u = v; sub(/[0-9.]+/, "", u); sub(/[a-z]+$/, "", v);
         if (u == "us") v /= 1000; else if (u == "s") v *= 1000; else if (u == "m") v *= 60000;
         printf "%.3f\n", v }'
}

echo "== wrk -t$threads -c$connections -d$duration --latency on loopback ($(nproc) CPUs, wrk shares them)"
run ceiling "$ceiling_url/ping"
run verify -s "$tmp/verify.lua" "$latchkeyd_url/v1/verify"
run auth -H "Authorization: Bearer $key" -H "X-Required-Scope: service.forms.submit" \
  "$latchkeyd_url/v1/auth"

echo "== against the ceiling (target: ratio >= 0.80, p99 < 5 ms; printed, not asserted)"
for name in verify auth; do
  awk -v n="$name" -v r="${rps[$name]}" -v c="${rps[ceiling]}" -v p="${p99[$name]}" -v b="${bad[$name]}" 'BEGIN {
    ratio = r / c
    verdict = (ratio >= 0.8) ? "meets" : "BELOW target"
    tail = (p < 5) ? "meets" : "ABOVE target"
    warn = (b > 0) ? ("   WARNING: " b " non-2xx answers") : ""
    printf("%-8s ratio %.2f (%s)   p99 %.3f ms (%s)%s\n", n, ratio, verdict, p, tail, warn)
  }'
done
