#!/usr/bin/env bash
# The qt6.8 stage: builds Latchkey against Debian 13's Qt 6.8 and runs the whole ctest suite
# (PostgreSQL, nginx, Caddy, GUI offscreen included) inside a Debian 13 ("trixie") root.
#
# The root is made with debootstrap from the Debian mirror this machine's apt already uses, and
# kept in a cache folder between runs ($LATCHKEY_TRIXIE_ROOT, default
# /var/cache/latchkey/trixie-root); it is made again when missing or unfinished. Inside it,
# scripts/install-deps.sh --build installs the Qt 6.8 packages; the source tree is bound at
# /src and built into /src/build-qt6.8. Mounts live in a private mount namespace, so nothing is
# left mounted when the stage ends, however it ends.
#   scripts/check-qt68.sh
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
root="${LATCHKEY_TRIXIE_ROOT:-/var/cache/latchkey/trixie-root}"
ready="$root/.latchkey-root-ready"

fail() { echo "check-qt68: $*" >&2; exit 1; }
[ "$(id -u)" -eq 0 ] || fail "needs root (debootstrap, chroot and mounts); run it as root or with sudo"
for tool in debootstrap chroot unshare mount; do
  command -v "$tool" >/dev/null || fail "$tool is missing (scripts/install-deps.sh installs debootstrap)"
done

if [ ! -f "$ready" ]; then
  start=$SECONDS
  # The Debian archive this machine's apt is configured with: no mirror is named here.
  mirror="$(apt-get indextargets --format '$(ORIGIN)|$(LABEL)|$(REPO_URI)' 2>/dev/null |
    awk -F'|' '$1 == "Debian" && $2 == "Debian" { print $3; exit }')"
  [ -n "$mirror" ] || fail "cannot make the Debian 13 root: apt has no Debian archive configured (run apt-get update)"
  echo "check-qt68: making the Debian 13 root in $root from $mirror"
  rm -rf "$root"
  mkdir -p "$root"
  log="$(mktemp)"
  if ! debootstrap --variant=minbase trixie "$root" "$mirror" >"$log" 2>&1; then
    tail -20 "$log" >&2
    reason="$(grep -E '^(E|W):' "$root/debootstrap/debootstrap.log" "$log" 2>/dev/null | tail -3 || true)"
    rm -f "$log"
    fail "cannot make the Debian 13 root: debootstrap failed${reason:+: $reason}"
  fi
  rm -f "$log"
  # Package installs inside the root must not start services (PostgreSQL, nginx).
  printf '#!/bin/sh\nexit 101\n' >"$root/usr/sbin/policy-rc.d"
  chmod 755 "$root/usr/sbin/policy-rc.d"
  touch "$ready"
  echo "check-qt68: root made in $((SECONDS - start)) s"
fi
cp /etc/resolv.conf "$root/etc/resolv.conf" 2>/dev/null || true
mkdir -p "$root/src"

# Everything below runs in its own mount namespace: the binds vanish with it.
exec unshare --mount --propagation private bash -euo pipefail -c '
  root="$1" here="$2"
  mount --rbind /dev "$root/dev"
  mount -t proc proc "$root/proc"
  mount --rbind /sys "$root/sys"
  mount -t tmpfs tmpfs "$root/tmp"
  mount --bind "$here" "$root/src"
  exec chroot "$root" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 \
    CI="${CI:-}" bash -euo pipefail -c "
      cd /src
      start=\$SECONDS
      ./scripts/install-deps.sh --build
      echo \"check-qt68: packages ready in \$((SECONDS - start)) s\"
      qmake_version=\$(/usr/lib/qt6/bin/qtpaths6 --qt-version 2>/dev/null || qtpaths6 --qt-version)
      echo \"check-qt68: Debian \$(cat /etc/debian_version), Qt \$qmake_version, \$(g++ --version | head -1)\"
      case \"\$qmake_version\" in 6.8.*) ;; *) echo \"check-qt68: expected Qt 6.8, found \$qmake_version\" >&2; exit 1 ;; esac
      start=\$SECONDS
      cmake -S . -B build-qt6.8 -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DLATCHKEY_WERROR=ON
      cmake --build build-qt6.8 --parallel \$(nproc)
      echo \"check-qt68: built in \$((SECONDS - start)) s\"
      start=\$SECONDS
      cd build-qt6.8
      ctest --output-on-failure --parallel \$(nproc) --timeout 900
      echo \"check-qt68: ctest passed in \$((SECONDS - start)) s\"
    "
' check-qt68 "$root" "$here"
