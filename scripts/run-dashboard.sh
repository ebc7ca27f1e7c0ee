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
if [ -x "$build/app/latchkey" ]; then
  exec "$build/app/latchkey" --sandbox "$@"
fi
# Until the dashboard lands: serve the offline sandbox store with latchkeyd on loopback.
data="${XDG_DATA_HOME:-$HOME/.local/share}/Latchkey/latchkey"
mkdir -p "$data"
echo "sandbox-password" | "$build/app/latchkeyd" init --store "sqlite:$data/latchkey.db" \
  --email sandbox@localhost --workspace Sandbox --password-stdin
exec "$build/app/latchkeyd" serve --listen 127.0.0.1:8080 --store "sqlite:$data/latchkey.db" "$@"
