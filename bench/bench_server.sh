#!/usr/bin/env bash
# Server benchmark, all in one run on loopback with wrk (-t1 -c32 by default, --latency):
#   nginx     nginx answering `return 204` (the machine's HTTP ceiling, for scale)
#   bare      latchkeyd's own HTTP layer with one bare route (bench/ceiling_server), answered
#             on the event loop as latchkeyd's routes are
#   bare-io   the same route answered on the I/O threads (no hop to the event loop)
#   verify    POST /v1/verify with a key that is not rate limited (200 expected)
#   auth      GET /v1/auth with the same key (204 expected)
#   limited   GET /v1/auth with a key over its limit (429 expected): the 429 path, apart
# latchkeyd logs every request (text, to a file) as it does in production, and answers verify
# and auth on its I/O threads when the key is in its cache (a warm-up call puts it there).
# The cases run in ROUNDS interleaved rounds (nginx, bare, …, limited; again …) and each figure
# is the median over the rounds, so that a noisy neighbour slows every case alike instead of
# the one that happened to run then.
# Every answer's status is counted; the run FAILS when any answer of a case is not the status
# that case means to time (a 429 is not a verify).
#
#   bench/bench_server.sh [BUILD_DIR]      (default: ./build; also $BUILD_DIR)
#   KEYS=100000 DURATION=5s ROUNDS=3 CONNECTIONS=32 THREADS=1 to change the load; LATCHKEYD=… and
#   CEILING=… to time another build's latchkeyd and bare route.
#
# Prints req/s, p50, p99 per case and the ratios; the targets (verify and auth >= 0.8x bare,
# auth >= 0.5x nginx, p99 < 5 ms) are printed next to them, never asserted.
set -euo pipefail

build=${1:-${BUILD_DIR:-build}}
keys=${KEYS:-100000}
duration=${DURATION:-5s}
rounds=${ROUNDS:-3}
connections=${CONNECTIONS:-32}
threads=${THREADS:-1}

# LATCHKEYD / CEILING point at another build's programs, to compare two builds in one run.
latchkeyd=${LATCHKEYD:-$build/app/latchkeyd}
ceiling=${CEILING:-$build/bench/ceiling_server}
seed=$build/bench/seed_keys
for exe in "$latchkeyd" "$ceiling" "$seed"; do
  [ -x "$exe" ] || { echo "bench_server: $exe is missing: build first (ninja -C $build latchkeyd ceiling_server seed_keys)" >&2; exit 2; }
done
command -v wrk >/dev/null || { echo "bench_server: wrk is missing (apt-get install wrk)" >&2; exit 2; }
nginx=$(command -v nginx || echo /usr/sbin/nginx)
[ -x "$nginx" ] || { echo "bench_server: nginx is missing (apt-get install nginx-light)" >&2; exit 2; }

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
seeded=$("$seed" "$store" "$keys")
key=$(sed -n 1p <<<"$seeded")     # no rate limit
limited=$(sed -n 2p <<<"$seeded") # 1 call an hour

# nginx answering 204 on a free port, in the foreground of its own process.
nginx_port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
mkdir -p "$tmp/nginx"
cat >"$tmp/nginx/nginx.conf" <<NGINX
daemon off;
worker_processes auto;
pid $tmp/nginx/nginx.pid;
error_log $tmp/nginx/error.log;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path $tmp/nginx; proxy_temp_path $tmp/nginx; fastcgi_temp_path $tmp/nginx;
  uwsgi_temp_path $tmp/nginx; scgi_temp_path $tmp/nginx;
  server { listen 127.0.0.1:$nginx_port; location / { return 204; } }
}
NGINX
"$nginx" -c "$tmp/nginx/nginx.conf" -p "$tmp/nginx" 2>"$tmp/nginx/stderr" &
pids+=($!)
nginx_pid=$!
for _ in $(seq 1 100); do curl -s -o /dev/null "http://127.0.0.1:$nginx_port/" && break; sleep 0.05; done

"$ceiling" >"$tmp/ceiling.out" 2>"$tmp/ceiling.out.err" &
pids+=($!)
ceiling_url=$(wait_url "$tmp/ceiling.out" "${pids[-1]}")
bare_pid=${pids[-1]}
"$ceiling" 0 --io-threads >"$tmp/io.out" 2>"$tmp/io.out.err" &
pids+=($!)
io_url=$(wait_url "$tmp/io.out" "${pids[-1]}")
io_pid=${pids[-1]}

"$latchkeyd" serve --listen 127.0.0.1:0 --store "$store" --master-key-file "$tmp/master.key" \
  >"$tmp/latchkeyd.out" 2>"$tmp/latchkeyd.out.err" &
pids+=($!)
latchkeyd_url=$(wait_url "$tmp/latchkeyd.out" "${pids[-1]}")
latchkeyd_pid=${pids[-1]}

# CPU time (user + system, in clock ticks) a server and its child processes (nginx's workers)
# have used so far. Per request it is the steadiest figure on a shared machine: a neighbour
# who takes the CPU away lowers req/s but not the work each request costs.
cpu_ticks() {
  local total=0 pid
  for pid in "$1" $(pgrep -P "$1" || true); do
    total=$((total + $(awk '{print $14 + $15}' "/proc/$pid/stat")))
  done
  echo "$total"
}
hz=$(getconf CLK_TCK)

# Every case counts its answers' statuses; done() prints "status CODE COUNT" lines.
cat >"$tmp/count.lua" <<'LUA'
local threads = {}
function setup(thread) table.insert(threads, thread) end
function init(args) statuses = {} end
function response(status, headers, body) statuses[status] = (statuses[status] or 0) + 1 end
function done(summary, latency, requests)
  local total = {}
  for _, t in ipairs(threads) do
    for code, n in pairs(t:get("statuses")) do total[code] = (total[code] or 0) + n end
  end
  for code, n in pairs(total) do io.write(string.format("status %d %d\n", code, n)) end
end
LUA
{ cat "$tmp/count.lua"; cat <<LUA; } >"$tmp/verify.lua"
wrk.method = "POST"
wrk.body = '{"key":"$key","scope":"service.forms.submit"}'
wrk.headers["Content-Type"] = "application/json"
LUA

# run NAME STATUS SERVER-PID wrk-arguments…: one round of one case; remembers req/s, p50, p99
# (ms), the server's CPU µs per answer and the statuses; fails when an answer's status is not
# STATUS.
declare -A rps p50 p99 cpu seen
failed=0
run() {
  local name=$1 want=$2 pid=$3; shift 3
  local out="$tmp/$name.$round.wrk"
  [ "$round" -eq 1 ] && wrk -t"$threads" -c"$connections" -d1s "$@" >/dev/null # warm-up
  local before after
  before=$(cpu_ticks "$pid")
  wrk -t"$threads" -c"$connections" -d"$duration" --latency "$@" >"$out"
  after=$(cpu_ticks "$pid")
  cpu[$name]+=" $(awk -v t=$((after - before)) -v hz="$hz" '$1 == "status" {n += $3}
    END {printf "%.1f", n ? t * 1e6 / hz / n : 0}' "$out")"
  rps[$name]+=" $(awk '/^Requests\/sec:/ {print $2}' "$out")"
  p50[$name]+=" $(awk '$1 == "50%" {print $2}' "$out" | to_ms)"
  p99[$name]+=" $(awk '$1 == "99%" {print $2}' "$out" | to_ms)"
  local statuses others errors
  statuses=$(awk '$1 == "status" {printf "%s%s×%s", sep, $2, $3; sep=" "}' "$out")
  others=$(awk -v w="$want" '$1 == "status" && $2 != w {n += $3} END {print n + 0}' "$out")
  errors=$(grep -E 'Socket errors' "$out" || true)
  seen[$name]+=" [$statuses${errors:+ $errors}]"
  if [ "$others" -ne 0 ] || [ -z "$statuses" ]; then
    echo "bench_server: $name: $others answers were not $want: these figures time something else" >&2
    failed=1
  fi
}
median() { tr ' ' '\n' | awk 'NF' | sort -g | awk '{v[NR] = $1} END {print v[int((NR + 1) / 2)]}'; }
to_ms() {
  awk '{ v = $1; u = v; sub(/[0-9.]+/, "", u); sub(/[a-z]+$/, "", v);
         if (u == "us") v /= 1000; else if (u == "s") v *= 1000; else if (u == "m") v *= 60000;
         printf "%.3f\n", v }'
}

echo "== wrk -t$threads -c$connections -d$duration --latency on loopback, $rounds rounds ($(nproc) CPUs, wrk shares them)"
for round in $(seq 1 "$rounds"); do
  run nginx 204 "$nginx_pid" -s "$tmp/count.lua" "http://127.0.0.1:$nginx_port/"
  run bare 200 "$bare_pid" -s "$tmp/count.lua" "$ceiling_url/ping"
  run bare-io 200 "$io_pid" -s "$tmp/count.lua" "$io_url/ping"
  run verify 200 "$latchkeyd_pid" -s "$tmp/verify.lua" "$latchkeyd_url/v1/verify"
  run auth 204 "$latchkeyd_pid" -s "$tmp/count.lua" -H "Authorization: Bearer $key" \
    -H "X-Required-Scope: service.forms.submit" "$latchkeyd_url/v1/auth"
  run limited 429 "$latchkeyd_pid" -s "$tmp/count.lua" -H "Authorization: Bearer $limited" \
    -H "X-Required-Scope: service.forms.submit" "$latchkeyd_url/v1/auth"
done
for name in nginx bare bare-io verify auth limited; do
  r=$(median <<<"${rps[$name]}"); a=$(median <<<"${p50[$name]}"); b=$(median <<<"${p99[$name]}")
  c=$(median <<<"${cpu[$name]}")
  printf '%-8s %10s req/s   p50 %7s ms   p99 %7s ms   CPU %6s µs/answer\n' "$name" "$r" "$a" "$b" "$c"
  printf '%-8s rounds: req/s%s; CPU µs%s\n' "" "${rps[$name]}" "${cpu[$name]}"
  printf '%-8s statuses%s\n' "" "${seen[$name]}"
  rps[$name]=$r; p50[$name]=$a; p99[$name]=$b; cpu[$name]=$c
done

echo "== ratios of the medians (targets: verify, auth >= 0.80x bare and bare-io; auth >= 0.50x nginx; p99 < 5 ms; printed, not asserted)"
ratio() { # ratio NAME BASE TARGET
  awk -v n="$1" -v b="$2" -v r="${rps[$1]}" -v c="${rps[$2]}" -v t="$3" -v p="${p99[$1]}" 'BEGIN {
    ratio = r / c
    printf("%-8s / %-6s %.2f (%s)   p99 %.3f ms (%s)\n", n, b, ratio,
           ratio >= t ? "meets" : "BELOW target", p, p < 5 ? "meets" : "ABOVE target")
  }'
}
ratio bare nginx 0
ratio bare-io nginx 0
ratio verify bare 0.8
ratio verify bare-io 0.8
ratio auth bare 0.8
ratio auth bare-io 0.8
ratio auth nginx 0.5
ratio limited bare 0
echo "== the server's CPU time per answer, against the bare route's (lower is better; the verify and auth"
echo "   figures include the request log line; nginx's counts its workers)"
for name in nginx bare-io verify auth limited; do
  awk -v n="$name" -v c="${cpu[$name]}" -v b="${cpu[bare]}" 'BEGIN {
    printf("%-8s %6.1f µs  = %.2fx bare (%.1f µs)\n", n, c, b > 0 ? c / b : 0, b) }'
done
exit "$failed"
