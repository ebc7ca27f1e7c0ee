#!/usr/bin/env bash
# Builds the Debian packages from a built tree and checks them the way a user meets them:
# lintian (no errors), apt-get install, the installed latchkeyd (init, serve, /healthz,
# SIGTERM), the installed latchkey (--screenshot, offscreen), desktop-file-validate,
# appstreamcli validate and systemd-analyze verify on the installed files.
#
#   scripts/check-packages.sh BUILD_DIR
#
# BUILD_DIR must be configured and built (cmake -S . -B BUILD_DIR -G Ninja
# -DCMAKE_BUILD_TYPE=RelWithDebInfo && cmake --build BUILD_DIR). Needs root or sudo (it
# installs the packages), and the Debian packages lintian, desktop-file-utils, appstream,
# systemd, curl. Exits non-zero with a message naming the failed check.
set -euo pipefail

die() {
    echo "check-packages: FAILED: $*" >&2
    exit 1
}
step() { echo "check-packages: == [${SECONDS}s] $*"; }

[ $# -eq 1 ] || die "usage: $0 BUILD_DIR"
[ -f "$1/CMakeCache.txt" ] || die "$1 is not a configured build directory"
build="$(cd "$1" && pwd)"

for tool in cmake cpack lintian dpkg-shlibdeps desktop-file-validate appstreamcli \
    systemd-analyze curl apt-get dpkg-deb setpriv; do
    command -v "$tool" >/dev/null || die "missing tool '$tool' (see scripts/install-deps.sh)"
done
sudo=""
if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || die "need root or sudo to install the packages"
    sudo="sudo"
fi

app_id="io.github.latchkey.Latchkey"
version="$(sed -n 's/^CMAKE_PROJECT_VERSION:STATIC=//p' "$build/CMakeCache.txt")"
[ -n "$version" ] || die "no CMAKE_PROJECT_VERSION in $build/CMakeCache.txt"

tmp="$(mktemp -d)"
serve_pid=""
cleanup() {
    if [ -n "$serve_pid" ] && kill -0 "$serve_pid" 2>/dev/null; then
        kill -KILL "$serve_pid" 2>/dev/null || true
    fi
    $sudo rm -rf "$tmp"
}
trap cleanup EXIT

step "build (no-op when up to date)"
cmake --build "$build" --parallel 2 >/dev/null || die "cmake --build $build"

step "cpack -G DEB"
out="$build/packages"
rm -rf "$out"
(cd "$build" && cpack -G DEB -B "$out" >"$tmp/cpack.log" 2>&1) || {
    cat "$tmp/cpack.log" >&2
    die "cpack -G DEB"
}
debs=("$out"/latchkey_"$version"-*.deb "$out"/latchkeyd_"$version"-*.deb)
for deb in "${debs[@]}"; do
    [ -f "$deb" ] || die "cpack did not write $deb"
    echo "check-packages: $(basename "$deb"): $(dpkg-deb -f "$deb" Depends)"
done
dpkg-deb -f "${debs[0]}" Depends | grep -q 'libqt6widgets6' ||
    die "latchkey's Depends lacks the libraries dpkg-shlibdeps should have found"

step "lintian (errors fail, warnings shown)"
# --allow-root: CI runs as root; lintian refuses to by default.
lintian --allow-root --fail-on error "${debs[@]}" | tee "$tmp/lintian.log" ||
    die "lintian found errors (see above)"

step "apt-get install"
# --reinstall: the packages of this build even when this version is installed already.
$sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --reinstall \
    --no-install-recommends "${debs[@]}" >"$tmp/apt.log" 2>&1 || {
    cat "$tmp/apt.log" >&2
    die "apt-get install ${debs[*]}"
}
for p in latchkey latchkeyd; do
    [ "$(dpkg-query -W -f='${Status} ${Version}' "$p")" = "install ok installed $version-1" ] ||
        die "package $p $version-1 is not installed"
done
[ "$(/usr/bin/latchkeyd --version)" = "latchkeyd $version" ] || die "latchkeyd --version"
getent passwd latchkeyd >/dev/null || die "postinst did not create the latchkeyd user"
[ "$(stat -c '%U %a' /var/lib/latchkeyd)" = "latchkeyd 700" ] ||
    die "postinst did not create /var/lib/latchkeyd (latchkeyd, 0700)"

step "installed latchkeyd: init, serve, /healthz, SIGTERM (as the latchkeyd user)"
# setpriv execs latchkeyd itself (runuser would stay in between and turn SIGTERM into 143).
as_daemon=(setpriv --reuid=latchkeyd --regid=latchkeyd --init-groups --)
[ -z "$sudo" ] || as_daemon=(sudo "${as_daemon[@]}")
srv="$tmp/server"
$sudo install -d -o latchkeyd -g latchkeyd -m 0700 "$srv"
chmod 0755 "$tmp"
store="sqlite:$srv/latchkey.db"
printf '%s\n' 'check-packages-password' |
    "${as_daemon[@]}" /usr/bin/latchkeyd init --store "$store" --email owner@example.com \
        --password-stdin >"$tmp/init.log" 2>&1 || {
    cat "$tmp/init.log" >&2
    die "latchkeyd init"
}
grep -q 'owner@example.com' "$tmp/init.log" || die "latchkeyd init printed no workspace"
"${as_daemon[@]}" /usr/bin/latchkeyd serve --listen 127.0.0.1:0 --store "$store" \
    >"$tmp/serve.log" 2>&1 &
serve_pid=$!
url=""
for _ in $(seq 1 300); do
    url="$(sed -n 's/^latchkeyd listening on \(http:\/\/127\.0\.0\.1:[0-9]*\)$/\1/p' "$tmp/serve.log")"
    [ -n "$url" ] && break
    kill -0 "$serve_pid" 2>/dev/null || break
    sleep 0.1
done
[ -n "$url" ] || {
    cat "$tmp/serve.log" >&2
    die "latchkeyd serve did not print 'latchkeyd listening on http://127.0.0.1:PORT'"
}
code="$(curl -s -o "$tmp/healthz" -w '%{http_code}' "$url/healthz")" || true
[ "$code" = 200 ] || die "GET $url/healthz answered '$code', not 200"
echo "check-packages: GET $url/healthz -> $code"
# SIGTERM drains in-flight requests; latchkeyd exits 0.
kill -TERM "$serve_pid"
rc=0
wait "$serve_pid" || rc=$?
serve_pid=""
[ "$rc" = 0 ] || {
    cat "$tmp/serve.log" >&2
    die "latchkeyd serve exited $rc after SIGTERM, not 0"
}

step "installed latchkey --screenshot (offscreen)"
shots="$tmp/shots"
QT_QPA_PLATFORM=offscreen /usr/bin/latchkey --data-dir "$tmp/sandbox" --screenshot "$shots" \
    >"$tmp/shots.log" 2>&1 || {
    cat "$tmp/shots.log" >&2
    die "latchkey --screenshot"
}
n="$(find "$shots" -name '*.png' -size +1k | wc -l)"
[ "$n" -ge 20 ] || die "latchkey --screenshot wrote $n PNG files, expected at least 20"
for f in main-apikeys-light main-apikeys-dark dialog-create-secret-light; do
    head -c 8 "$shots/$f.png" | cmp -s - <(printf '\x89PNG\r\n\x1a\n') ||
        die "$shots/$f.png is not a PNG"
done
echo "check-packages: $n screenshots"

step "desktop-file-validate, appstreamcli validate, systemd-analyze verify"
desktop="/usr/share/applications/$app_id.desktop"
metainfo="/usr/share/metainfo/$app_id.metainfo.xml"
unit="/lib/systemd/system/latchkeyd.service"
for f in "$desktop" "$metainfo" "$unit" /etc/default/latchkeyd \
    "/usr/share/icons/hicolor/scalable/apps/$app_id.svg" \
    "/usr/share/icons/hicolor/256x256/apps/$app_id.png"; do
    [ -f "$f" ] || die "the packages did not install $f"
done
desktop-file-validate "$desktop" || die "desktop-file-validate $desktop"
# --no-net: CI has no network; the screenshot and homepage URLs are not fetched.
appstreamcli validate --no-net "$metainfo" || die "appstreamcli validate $metainfo"
# man:latchkeyd(1) is checked when man and the page are there (Docker images may drop
# /usr/share/man; then only the page's presence in the package is checked).
man_opt="--man=yes"
if ! command -v man >/dev/null || ! man -w latchkeyd >/dev/null 2>&1; then
    man_opt="--man=no"
    dpkg -L latchkeyd | grep -q '/man1/latchkeyd\.1\.gz$' || die "latchkeyd ships no man page"
fi
systemd-analyze verify "$man_opt" "$unit" || die "systemd-analyze verify $unit"
grep -q '^/etc/default/latchkeyd$' /var/lib/dpkg/info/latchkeyd.conffiles ||
    die "/etc/default/latchkeyd is not a conffile"

echo "check-packages: OK: ${debs[*]##*/}"
