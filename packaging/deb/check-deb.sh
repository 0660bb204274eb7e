#!/usr/bin/env bash
# Builds the .deb packages with CPack, unpacks them into a staging root (dpkg -x: nothing is
# installed on this machine), checks their contents and maintainer scripts, then runs the
# packaged server from the staging root against a fresh database in the test PostgreSQL:
# migrate, serve, the container HEALTHCHECK probe, readiness, and a clean SIGTERM shutdown.
#   check-deb.sh BUILD_DIR PACKAGING_SOURCE_DIR POSTGRES_CONNECTION_ENV "COMPONENTS"
set -euo pipefail
build=$1 packaging=$2 connection=$3 components=$4
packages="$build/packages"
staging="$build/packaging/deb-staging"
fail() { echo "check-deb: FAIL $*" >&2; exit 1; }

rm -rf "$packages"/*.deb "$staging"
mkdir -p "$staging"
(cd "$build" && timeout 400 cpack -G DEB -B "$packages" -D "CPACK_COMPONENTS_ALL=${components// /;}" \
  >"$build/packaging/cpack.log" 2>&1) ||
  { tail -30 "$build/packaging/cpack.log" >&2; fail "cpack -G DEB failed (log: $build/packaging/cpack.log)"; }

declare -A package_of=([server]=marketdesk-server [console]=marketdesk)
for component in $components; do
  name=${package_of[$component]}
  deb=$(ls "$packages/${name}_"*.deb 2>/dev/null | head -1)
  [ -n "$deb" ] || fail "no ${name}_*.deb in $packages"
  echo "check-deb: $(basename "$deb"): $(dpkg-deb -f "$deb" Depends)"
  [ "$(dpkg-deb -f "$deb" Package)" = "$name" ] || fail "$deb is not package $name"
  dpkg-deb -x "$deb" "$staging"
  mkdir -p "$staging/DEBIAN-$name"
  dpkg-deb -e "$deb" "$staging/DEBIAN-$name"
  for script in "$staging/DEBIAN-$name"/{preinst,postinst,prerm,postrm}; do
    if [ -e "$script" ]; then sh -n "$script" || fail "$(basename "$script") of $name has a syntax error"; fi
  done
  # Each package's program is named after it.
  for file in "usr/share/doc/$name/copyright" "usr/share/doc/$name/changelog.gz" "usr/share/man/man1/$name.1.gz"; do
    [ -e "$staging/$file" ] || fail "$name package lacks /$file"
  done
  changelog_version=$(gzip -dc "$staging/usr/share/doc/$name/changelog.gz" | sed -n '1s/^[^ ]* (\([^)]*\)).*/\1/p')
  [ "$changelog_version" = "$(dpkg-deb -f "$deb" Version)" ] ||
    fail "packaging/deb/changelog is at version '$changelog_version', $name at $(dpkg-deb -f "$deb" Version): add an entry"
done
if command -v lintian >/dev/null; then
  # Errors and warnings fail; info and pedantic tags are not shown (lintian's defaults).
  lintian --tag-display-limit 0 --fail-on error,warning "$packages"/*.deb || fail "lintian: errors or warnings above"
  echo "check-deb: lintian: no errors or warnings"
else
  echo "check-deb: NOTE lintian is not installed (a large package); policy not checked"
fi

if [[ " $components " == *" console "* ]]; then
  for file in usr/bin/marketdesk usr/share/applications/marketdesk.desktop usr/share/icons/hicolor/scalable/apps/marketdesk.svg; do
    [ -e "$staging/$file" ] || fail "marketdesk package lacks /$file"
  done
  if command -v desktop-file-validate >/dev/null; then
    desktop-file-validate "$staging/usr/share/applications/marketdesk.desktop" || fail "desktop entry"
  fi
  version=$(QT_QPA_PLATFORM=offscreen timeout 30 "$staging/usr/bin/marketdesk" --version) || fail "marketdesk --version"
  echo "check-deb: console: $version"
fi

[[ " $components " == *" server "* ]] || exit 0
server="$staging/usr/bin/marketdesk-server"
for file in usr/bin/marketdesk-server usr/lib/systemd/system/marketdesk-server.service etc/marketdesk/marketdesk-server.env.example; do
  [ -e "$staging/$file" ] || fail "marketdesk-server package lacks /$file"
done
grep -q '^/etc/marketdesk/marketdesk-server.env.example$' "$staging/DEBIAN-marketdesk-server/conffiles" ||
  fail "the example settings are not a conffile"
grep -q '^User=marketdesk$' "$staging/usr/lib/systemd/system/marketdesk-server.service" || fail "the unit does not run as marketdesk"
grep -q 'adduser --system' "$staging/DEBIAN-marketdesk-server/postinst" || fail "postinst creates no system user"
if command -v systemd-analyze >/dev/null; then
  # The unit as installed, with its paths pointed into the staging root; any message (an unknown
  # key, a missing program) fails, though systemd-analyze itself only warns about those.
  mkdir -p "$build/packaging/unit-check"
  sed -e "s#/usr/bin/marketdesk-server#$staging/usr/bin/marketdesk-server#g" -e "s#/etc/marketdesk/#$staging/etc/marketdesk/#g" \
    "$staging/usr/lib/systemd/system/marketdesk-server.service" >"$build/packaging/unit-check/marketdesk-server.service"
  cp "$staging/etc/marketdesk/marketdesk-server.env.example" "$staging/etc/marketdesk/marketdesk-server.env"
  verify=$(timeout 60 systemd-analyze verify "$build/packaging/unit-check/marketdesk-server.service" 2>&1) ||
    fail "systemd-analyze verify: $verify"
  [ -z "$verify" ] || fail "systemd-analyze verify: $verify"
  echo "check-deb: systemd-analyze verify: the unit is clean"
fi
"$server" --version | grep -q '^marketdesk-server ' || fail "the packaged server does not start"

# A database of our own in the test cluster.
[ -f "$connection" ] || fail "no PostgreSQL fixture ($connection)"
host=$(sed -n 's/^host=//p' "$connection") port=$(sed -n 's/^port=//p' "$connection") user=$(sed -n 's/^user=//p' "$connection")
database="packaging_deb_$$"
export PGCONNECT_TIMEOUT=10
psql -h "$host" -p "$port" -U "$user" -d postgres -qc "CREATE DATABASE $database" || fail "cannot create $database"
server_pid=
cleanup() {
  if [ -n "$server_pid" ]; then kill -KILL "$server_pid" 2>/dev/null || true; fi
  psql -h "$host" -p "$port" -U "$user" -d postgres -qc "DROP DATABASE IF EXISTS $database WITH (FORCE)" || true
}
trap cleanup EXIT
export MARKETDESK_DATABASE_URL="postgresql://$user@$host:$port/$database"
MARKETDESK_JWT_SECRET=$(head -c 48 /dev/urandom | base64 -w0)
export MARKETDESK_JWT_SECRET
export MARKETDESK_LOG_FORMAT=text MARKETDESK_DRAIN_TIMEOUT_MS=2000
timeout 120 "$server" migrate || fail "migrate"
api_port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
"$server" serve --listen "127.0.0.1:$api_port" 2>"$build/packaging/deb-server.log" &
server_pid=$!
healthy=0
for _ in $(seq 1 100); do
  if bash "$packaging/container/healthcheck.sh" "$api_port" 2>/dev/null; then healthy=1; break; fi
  kill -0 "$server_pid" 2>/dev/null || break
  sleep 0.2
done
[ $healthy -eq 1 ] || { tail -20 "$build/packaging/deb-server.log" >&2; fail "the HEALTHCHECK probe never passed"; }
status=$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "http://127.0.0.1:$api_port/healthz/ready")
[ "$status" = 200 ] || fail "/healthz/ready answered $status after migrate"
bash "$packaging/container/healthcheck.sh" 1 2>/dev/null && fail "the HEALTHCHECK probe passed against a closed port"
kill -TERM "$server_pid"
code=0
timeout 30 tail --pid="$server_pid" -f /dev/null || fail "the server did not stop within 30 s of SIGTERM"
wait "$server_pid" || code=$?
server_pid=
[ $code -eq 0 ] || { tail -20 "$build/packaging/deb-server.log" >&2; fail "the server exited $code on SIGTERM"; }
echo "check-deb: the packaged server migrated, served (HEALTHCHECK and readiness passed) and stopped cleanly"
