#!/usr/bin/env bash
# Installs the Debian packages Latchkey needs to build, run and test.
# Works as root or through sudo; does nothing when everything is already there.
set -euo pipefail

packages=(
  build-essential cmake ninja-build pkg-config git
  qt6-base-dev qt6-base-dev-tools qt6-qpa-plugins libqt6sql6-sqlite libqt6sql6-psql
  qt6-httpserver-dev qt6-websockets-dev qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools
  qt6-l10n-tools qtkeychain-qt6-dev libssl-dev openssl libbenchmark-dev
  qt6-translations-l10n
  postgresql nginx-light wrk xvfb xauth fonts-dejavu-core curl
  # packaging checks (scripts/check-packages.sh)
  lintian desktop-file-utils appstream systemd man-db adduser file dpkg-dev
  # static checks, sanitizers and fuzzing (check-lint.sh, check-sanitizers.sh, fuzz.sh)
  clang clang-format clang-tidy cppcheck libclang-rt-14-dev
)

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done
[ ${#missing[@]} -eq 0 ] && exit 0

sudo=""
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null || { echo "install-deps: need root or sudo to install: ${missing[*]}" >&2; exit 1; }
  sudo="sudo"
fi
echo "install-deps: installing ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
