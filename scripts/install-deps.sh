#!/usr/bin/env bash
# Installs the Debian packages Latchkey needs to build, run and test, on Debian 12 (bookworm,
# Qt 6.4), Debian 13 (trixie, Qt 6.8) and Ubuntu 24.04 or newer. Works as root or through sudo;
# does nothing when everything is already there.
#   install-deps.sh            everything the README's test command runs
#   install-deps.sh --build    only what the build and the ctest suites need (the qt6.8 stage's
#                              Debian 13 root uses this)
set -euo pipefail

only_build=0
[ "${1:-}" = "--build" ] && only_build=1

# The one place where the releases' package names differ.
. /etc/os-release
codename="${VERSION_CODENAME:-}"
case "$codename" in
  # The SVG icon and image plugins are inside libqt6svg6 on bookworm, a package of their own later.
  bookworm) nginx=nginx-light; clang_rt=libclang-rt-14-dev; svg_plugins=libqt6svg6 ;;
  jammy) echo "install-deps: Ubuntu 22.04 has Qt 6.2; Latchkey needs Qt 6.4 or newer (Ubuntu 24.04)" >&2; exit 1 ;;
  *) nginx=nginx; clang_rt=libclang-rt-dev; svg_plugins=qt6-svg-plugins ;; # trixie, noble, newer
esac

packages=(
  build-essential cmake ninja-build pkg-config git
  qt6-base-dev qt6-base-dev-tools qt6-qpa-plugins libqt6sql6-sqlite libqt6sql6-psql
  qt6-svg-dev "$svg_plugins" qt6-tools-dev qt6-tools-dev-tools
  qt6-l10n-tools qtkeychain-qt6-dev libssl-dev openssl libbenchmark-dev libboost-dev libpsl-dev publicsuffix
  qt6-translations-l10n
  postgresql "$nginx" caddy wrk xvfb xauth fonts-dejavu-core curl procps
  # online SQLite backups of a serving latchkeyd (tests/server/tst_operations, docs/operations.md)
  sqlite3
  # the AT-SPI walk (tests/a11y): a private session bus, the accessibility bus, its Python client
  dbus-daemon dbus-bin at-spi2-core python3 python3-pyatspi
  # the API contract (tests/contract) and the OpenAPI lint: Node.js runs Ajv and Redocly; the
  # client snippets (tests/snippets) run in Python, Node.js and Go
  nodejs golang-go
)
# The npm packages of docs/api (Redocly, Ajv, yaml) are installed below, exactly as its lock
# file names them, when the lock changed since the last install. Only then is npm needed:
# Debian's nodejs comes without it, and a Node.js that brings its own needs no other.
api="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)/docs/api"
npm_ci=0
cmp -s "$api/package-lock.json" "$api/node_modules/.latchkey-installed-lock" || npm_ci=1
[ "$npm_ci" -eq 1 ] && ! command -v npm >/dev/null && packages+=(npm)
if [ "$only_build" -eq 0 ]; then
  packages+=(
    # the qt6.8 stage (scripts/check-qt68.sh)
    debootstrap
    # packaging checks (scripts/check-packages.sh)
    lintian desktop-file-utils appstream systemd man-db adduser file dpkg-dev
    # static checks, sanitizers and fuzzing (check-lint.sh, check-sanitizers.sh, fuzz.sh)
    clang clang-format clang-tidy cppcheck "$clang_rt"
  )
fi

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done
if [ ${#missing[@]} -gt 0 ]; then
  sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || { echo "install-deps: need root or sudo to install: ${missing[*]}" >&2; exit 1; }
    sudo="sudo"
  fi
  echo "install-deps: installing ${missing[*]}" >&2
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -qq
  $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

if [ "$npm_ci" -eq 1 ]; then
  echo "install-deps: npm ci in docs/api" >&2
  (cd "$api" && npm ci --no-audit --no-fund --loglevel=error)
  cp "$api/package-lock.json" "$api/node_modules/.latchkey-installed-lock"
fi
