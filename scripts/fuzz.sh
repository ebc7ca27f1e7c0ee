#!/usr/bin/env bash
# Builds the libFuzzer targets (tests/fuzz) in the clang ASan + UBSan tree and runs each one for
# a bounded time, two at a time (docs/hardening.md). Fails on any crash, leak, timeout or
# sanitizer report, and keeps the input that caused it.
#
#   scripts/fuzz.sh [SECONDS_PER_TARGET] [TARGET...]     default: 30 s, every target
#
# Each run starts from a temporary copy of tests/fuzz/corpus/<target>, so the source tree is
# never written. Build folder: $LATCHKEY_ASAN_BUILD_DIR (default build-asan, shared with
# scripts/check-sanitizers.sh asan). Runs at once: $LATCHKEY_FUZZ_JOBS (default 2).
# Crashing inputs are copied to <build>/fuzz-artifacts/<target>/.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
seconds="${1:-30}"
shift || true
build="${LATCHKEY_ASAN_BUILD_DIR:-$here/build-asan}"
jobs="${LATCHKEY_FUZZ_JOBS:-2}"
targets=("$@")
if [[ ${#targets[@]} -eq 0 ]]; then
  targets=(fuzz_keytext fuzz_origin fuzz_webhook_url fuzz_cidr fuzz_endpoint fuzz_scopes fuzz_json_body
    fuzz_http)
fi

command -v clang++ >/dev/null || { echo "fuzz: clang++ is missing" >&2; exit 1; }
start=$SECONDS
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DCMAKE_CXX_COMPILER=clang++ -DLATCHKEY_SANITIZE=address -DLATCHKEY_BUILD_FUZZERS=ON \
  -DLATCHKEY_BUILD_BENCH=OFF -DLATCHKEY_SANITIZER_LOG_DIR="$build/sanitizer-logs" >/dev/null
cmake --build "$build" --parallel "$(nproc)" --target "${targets[@]}"
echo "fuzz: build took $((SECONDS - start)) s"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export ASAN_OPTIONS="halt_on_error=1:detect_leaks=1:detect_stack_use_after_return=1"
export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1"
export LSAN_OPTIONS="suppressions=$here/tests/sanitizers/lsan.supp:print_suppressions=0"
export QT_QPA_PLATFORM=offscreen

run_one() {
  local t="$1"
  mkdir -p "$work/$t/corpus" "$work/$t/artifacts"
  cp -r "$here/tests/fuzz/corpus/$t/." "$work/$t/corpus/"
  local status=0
  "$build/tests/fuzz/$t" -max_total_time="$seconds" -timeout=30 -rss_limit_mb=2048 \
    -print_final_stats=1 -artifact_prefix="$work/$t/artifacts/" "$work/$t/corpus" \
    >"$work/$t/log" 2>&1 || status=$?
  echo "$status" >"$work/$t/status"
}

pids=()
for t in "${targets[@]}"; do
  while [[ $(jobs -rp | wc -l) -ge $jobs ]]; do
    wait -n || true
  done
  run_one "$t" &
  pids+=($!)
done
for p in "${pids[@]}"; do
  wait "$p" || true
done

failed=0
for t in "${targets[@]}"; do
  status="$(cat "$work/$t/status" 2>/dev/null || echo 99)"
  execs="$(sed -n 's/^stat::number_of_executed_units: *//p' "$work/$t/log" | tail -1)"
  cov="$(grep -o 'cov: [0-9]*' "$work/$t/log" | tail -1 || true)"
  printf 'fuzz: %-16s exit %s, %s executions, %s\n' "$t" "$status" "${execs:-?}" "${cov:-?}"
  if [[ "$status" != 0 ]]; then
    failed=1
    echo "=== $t: last 60 lines of its log" >&2
    tail -n 60 "$work/$t/log" >&2
    mkdir -p "$build/fuzz-artifacts/$t"
    cp -r "$work/$t/artifacts/." "$build/fuzz-artifacts/$t/" 2>/dev/null || true
    echo "=== $t: inputs kept in $build/fuzz-artifacts/$t" >&2
  fi
done
echo "fuzz: took $((SECONDS - start)) s"
exit $failed
