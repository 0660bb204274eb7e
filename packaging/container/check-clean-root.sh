#!/usr/bin/env bash
# Starts marketdesk-server in a root that holds only the Dockerfile's RUNTIME_PACKAGES and their
# dependencies: each package is fetched with `apt-get download` (cached in CACHE_DIR, so later runs
# are offline) and unpacked with `dpkg -x`; the server is copied in and run with chroot (as root)
# or through the root's own dynamic loader with only the root's library directories (otherwise).
# Skips (exit code SKIP_CODE, 77) when the packages cannot be downloaded.
#   check-clean-root.sh SERVER_BINARY DOCKERFILE CACHE_DIR
set -euo pipefail
server=$1 dockerfile=$2 cache=$3
source "$(dirname "$0")/runtime-packages.sh"

mapfile -t listed < <(dockerfile_runtime_packages "$dockerfile")
closure=$(package_closure "${listed[@]}")
mapfile -t packages <<<"$closure"
mkdir -p "$cache/debs"
cd "$cache/debs"
to_fetch=()
for package in "${packages[@]}"; do
  compgen -G "${package}_*.deb" >/dev/null || to_fetch+=("$package")
done
if [ ${#to_fetch[@]} -gt 0 ]; then
  echo "check-clean-root: downloading ${#to_fetch[@]} packages into $cache/debs"
  if ! timeout 300 apt-get -q -o Acquire::Retries=1 -o Acquire::http::Timeout=20 download "${to_fetch[@]}" >"$cache/download.log" 2>&1; then
    tail -5 "$cache/download.log"
    echo "check-clean-root: SKIP: cannot download the packages (offline, or no apt lists: apt-get update)"
    exit 77
  fi
fi

root="$cache/root"
rm -rf "$root"
mkdir -p "$root"
for package in "${packages[@]}"; do
  debs=("${package}"_*.deb)
  dpkg -x "${debs[-1]}" "$root"
done
install -D -m 755 "$server" "$root/usr/bin/marketdesk-server"
echo "check-clean-root: root of ${#packages[@]} packages, $(du -sh "$root" | cut -f1)"

run_in_root() {
  if [ "$(id -u)" -eq 0 ]; then
    env -i PATH=/usr/bin:/bin "$(command -v chroot)" "$root" /usr/bin/marketdesk-server "$@"
  else
    local loader
    loader=$(find "$root/lib/x86_64-linux-gnu" "$root/usr/lib/x86_64-linux-gnu" \
      -maxdepth 1 -type f -name "ld-linux*.so*" 2>/dev/null | head -1)
    [ -n "$loader" ] || { echo "check-clean-root: no dynamic loader in the root" >&2; return 1; }
    env -i "$loader" --inhibit-cache \
      --library-path "$root/lib/x86_64-linux-gnu:$root/usr/lib/x86_64-linux-gnu" "$root/usr/bin/marketdesk-server" "$@"
  fi
}
version=$(run_in_root --version)
echo "check-clean-root: $version"
[[ "$version" == "marketdesk-server "* ]] || { echo "check-clean-root: unexpected --version output" >&2; exit 1; }
run_in_root --help | grep -q '^commands:' || { echo "check-clean-root: --help did not print the commands" >&2; exit 1; }
# A configuration error must be reported by the server itself (this exercises its libraries and
# locale-independent startup), not by the loader.
set +e
message=$(run_in_root serve --listen not-an-address 2>&1)
code=$?
set -e
if [ $code -ne 2 ] || ! grep -q 'configuration error' <<<"$message"; then
  echo "check-clean-root: 'serve' with a bad setting gave exit $code: $message" >&2
  exit 1
fi
echo "check-clean-root: the server starts with only the Dockerfile's packages"
