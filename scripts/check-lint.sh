#!/usr/bin/env bash
# Static checks of the product code (core, server, client, models, ui, app): the portability
# check (scripts/check-portability.sh, after its own self-test), clang-tidy with the checked-in
# .clang-tidy and cppcheck. All must report nothing.
#   scripts/check-lint.sh BUILD_DIR   (a configured and built tree: it has compile_commands.json
#                                      and the moc headers the sources include)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="$(cd "${1:?usage: check-lint.sh BUILD_DIR}" && pwd)"

# Platform-only code only in a platform branch that has the other platforms' way too.
selftest="$("$here/scripts/check-portability.sh" --self-test 2>&1)" ||
  { echo "$selftest" >&2; echo "check-lint: the portability check's self-test failed" >&2; exit 1; }
echo "${selftest##*$'\n'}" # its last line: "… N passed, 0 failed"
"$here/scripts/check-portability.sh" "$here"

# The API contract's document: Redocly's recommended rules (docs/api/redocly.yaml), and the
# readable reference docs/api.md as docs/api/render.mjs makes it from the document.
redocly="$here/docs/api/node_modules/.bin/redocly"
[ -x "$redocly" ] || { echo "check-lint: $redocly is missing (scripts/install-deps.sh runs npm ci in docs/api)" >&2; exit 1; }
echo "check-lint: OpenAPI lint (Redocly $("$redocly" --version 2>/dev/null | tail -1))"
# Redocly's own notices (a framed box about Node.js versions) are left out of the log.
lint_status=0
lint_out="$(REDOCLY_TELEMETRY=off REDOCLY_SUPPRESS_UPDATE_NOTICE=true NO_COLOR=1 "$redocly" lint \
  "$here/docs/api/openapi.yaml" --config "$here/docs/api/redocly.yaml" --format stylish 2>&1)" ||
  lint_status=$?
printf '%s\n' "$lint_out" | grep -v '[║╔╚]' | grep -v '^[[:space:]]*$' || true
[ "$lint_status" -eq 0 ] ||
  { echo "check-lint: docs/api/openapi.yaml does not pass the Redocly lint (above)" >&2; exit 1; }
echo "check-lint: OpenAPI lint clean"
node "$here/docs/api/render.mjs" --check

for tool in clang-tidy run-clang-tidy cppcheck python3; do
  command -v "$tool" >/dev/null || { echo "check-lint: $tool is missing" >&2; exit 1; }
done
[ -f "$build/compile_commands.json" ] || { echo "check-lint: no $build/compile_commands.json" >&2; exit 1; }

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
# Only the product's own translation units (no tests, benchmarks, fuzzers or generated code).
python3 - "$build/compile_commands.json" "$work/compile_commands.json" "$here" <<'PY'
import json, re, sys
src, dst, root = sys.argv[1], sys.argv[2], re.escape(sys.argv[3])
keep = re.compile(root + r'/(core|server|client|models|ui|app)/[^/]+\.cpp$')
entries = [e for e in json.load(open(src)) if keep.search(e['file'])]
json.dump(entries, open(dst, 'w'))
print(f"check-lint: {len(entries)} translation units")
PY

jobs="$(nproc)"
echo "check-lint: clang-tidy ($(clang-tidy --version | sed -n 's/.*version \([0-9.]*\).*/\1/p' | head -1))"
tidy_log="$work/tidy.log"
if ! run-clang-tidy -p "$work" -j "$jobs" -quiet "$here/(core|server|client|models|ui|app)/[^/]+\.cpp$" \
    >"$tidy_log" 2>&1; then
  grep -E 'warning:|error:' -A3 "$tidy_log" | grep -v '^--$' | head -200 >&2 || cat "$tidy_log" >&2
  echo "check-lint: clang-tidy found problems (above)" >&2
  exit 1
fi
if grep -qE '(warning|error):' "$tidy_log"; then
  grep -E '(warning|error):' -A3 "$tidy_log" >&2
  echo "check-lint: clang-tidy found problems (above)" >&2
  exit 1
fi
echo "check-lint: clang-tidy clean"

echo "check-lint: cppcheck ($(cppcheck --version))"
cppcheck --project="$work/compile_commands.json" --library=qt \
  --enable=warning,performance,portability --inline-suppr --error-exitcode=1 -q -j "$jobs" \
  --suppress=missingIncludeSystem
echo "check-lint: cppcheck clean"
