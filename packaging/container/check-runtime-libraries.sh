#!/usr/bin/env bash
# Proves the Dockerfile's RUNTIME_PACKAGES cover every shared library marketdesk-server loads:
# each library ldd resolves is mapped to its Debian package (dpkg -S), and that package must be in
# the listed packages or what they depend on. Fails naming the missing package and library.
#   check-runtime-libraries.sh SERVER_BINARY DOCKERFILE
set -euo pipefail
server=$1 dockerfile=$2
source "$(dirname "$0")/runtime-packages.sh"

mapfile -t listed < <(dockerfile_runtime_packages "$dockerfile")
[ ${#listed[@]} -gt 0 ] || { echo "check-runtime-libraries: no ARG RUNTIME_PACKAGES=\"...\" in $dockerfile" >&2; exit 1; }
closure=$(package_closure "${listed[@]}")

ldd_output=$(ldd "$server")
if grep -q 'not found' <<<"$ldd_output"; then
  echo "check-runtime-libraries: ldd cannot resolve every library here:" >&2
  grep 'not found' <<<"$ldd_output" >&2
  exit 1
fi
missing=0 checked=0 needed=()
while read -r library; do
  [ -n "$library" ] || continue
  owner=$(dpkg -S "$(readlink -f "$library")" 2>/dev/null || dpkg -S "$library" 2>/dev/null || true)
  package=${owner%%:*}
  if [ -z "$package" ]; then
    echo "check-runtime-libraries: $library belongs to no Debian package" >&2
    missing=$((missing + 1))
    continue
  fi
  checked=$((checked + 1))
  needed+=("$package")
  if ! grep -qx "$package" <<<"$closure"; then
    echo "check-runtime-libraries: MISSING $package (for $library): add it to RUNTIME_PACKAGES in $dockerfile" >&2
    missing=$((missing + 1))
  fi
done < <(awk '/=>/ { print $3 } /^[[:space:]]*\// { print $1 }' <<<"$ldd_output" | sort -u)

direct=$(objdump -p "$server" 2>/dev/null | awk '/NEEDED/ { print $2 }' | tr '\n' ' ')
echo "check-runtime-libraries: $checked libraries from $(printf '%s\n' "${needed[@]}" | sort -u | wc -l) packages; NEEDED: $direct"
for package in "${listed[@]}"; do
  printf '%s\n' "${needed[@]}" | grep -qx "$package" ||
    echo "check-runtime-libraries: note: $package is listed but no loaded library comes from it"
done
[ $missing -eq 0 ] || { echo "check-runtime-libraries: $missing library(ies) not covered" >&2; exit 1; }
echo "check-runtime-libraries: RUNTIME_PACKAGES covers every library"
