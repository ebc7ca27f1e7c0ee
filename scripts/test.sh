#!/usr/bin/env bash
# The README's test command: installs the Debian packages Latchkey needs, builds it and runs
# every test, in stages:
#   build        RelWithDebInfo build (gcc) and the whole ctest suite: core, latchkeyd, PostgreSQL,
#                nginx, TLS, backends, GUI, translations, crash, races, leaks, bad input
#   packages     the .deb files from that build: lintian, apt-get install, the installed
#                latchkeyd and latchkey run; desktop-file-validate, appstreamcli, systemd-analyze
#   lint         clang-tidy (.clang-tidy) and cppcheck over the product code
#   sanitizers   clang AddressSanitizer + UBSan build, the whole suite again; ThreadSanitizer
#                over the suites that run on several threads
#   fuzz         each libFuzzer target for 30 s in the sanitizer build
#   qt6.8        a Debian 13 root (debootstrap, cached in /var/cache/latchkey) with Qt 6.8: the
#                whole build and ctest suite again there (scripts/check-qt68.sh)
# LATCHKEY_STAGES picks some (e.g. LATCHKEY_STAGES="build lint"); the default is all of them.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
./scripts/install-deps.sh

stages="${LATCHKEY_STAGES:-build packages lint sanitizers fuzz qt6.8}"
build="${LATCHKEY_BUILD_DIR:-$here/build}"
export LATCHKEY_ASAN_BUILD_DIR="${LATCHKEY_ASAN_BUILD_DIR:-$here/build-asan}"
export LATCHKEY_TSAN_BUILD_DIR="${LATCHKEY_TSAN_BUILD_DIR:-$here/build-tsan}"
timings=()

stage() { # stage NAME COMMAND...
  local name="$1" start=$SECONDS
  shift
  echo "=== test.sh: $name ==="
  "$@"
  timings+=("$name $((SECONDS - start)) s")
  echo "=== test.sh: $name passed in $((SECONDS - start)) s ==="
}

build_and_test() {
  cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DLATCHKEY_WERROR=ON
  cmake --build "$build" --parallel "$(nproc)"
  (cd "$build" && ctest --output-on-failure --parallel "$(nproc)" --timeout 900)
}

wants() { [[ " $stages " == *" $1 "* ]]; }
needs_build() { [ -f "$build/build.ninja" ] || { echo "test.sh: $1 needs the build stage first" >&2; exit 1; }; }

wants build && stage build build_and_test
if wants packages; then needs_build packages; stage packages ./scripts/check-packages.sh "$build"; fi
if wants lint; then needs_build lint; stage lint ./scripts/check-lint.sh "$build"; fi
wants sanitizers && stage sanitizers ./scripts/check-sanitizers.sh
wants fuzz && stage fuzz ./scripts/fuzz.sh 30
wants qt6.8 && stage qt6.8 ./scripts/check-qt68.sh

echo "test.sh: every stage passed:"
printf '  %s\n' "${timings[@]}"
