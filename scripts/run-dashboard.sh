#!/usr/bin/env bash
# Builds Latchkey and starts the dashboard on the offline sandbox (no account, no server).
# Installs the Debian packages it needs first. Extra arguments go to `latchkey`.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
./scripts/install-deps.sh
build="${LATCHKEY_BUILD_DIR:-$here/build}"
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
cmake --build "$build" --parallel "$(nproc)"
exec "$build/app/latchkey" --sandbox "$@"
