# shellcheck shell=bash
# Shared by the container checks (sourced): the Dockerfile's runtime package list and its closure.

# dockerfile_runtime_packages DOCKERFILE: the packages of ARG RUNTIME_PACKAGES="...", one per line.
dockerfile_runtime_packages() {
  sed -n 's/^ARG RUNTIME_PACKAGES="\([^"]*\)".*/\1/p' "$1" | tr ' ' '\n' | sed '/^$/d'
}

# package_closure PACKAGE...: the packages plus everything they Depend or Pre-Depend on, as
# installed on this machine (first alternative of each dependency; virtual packages resolved to
# the installed provider). Prints one name per line, sorted.
package_closure() {
  local -A seen=()
  local queue=("$@") package deps dep
  while [ ${#queue[@]} -gt 0 ]; do
    package=${queue[0]}
    queue=("${queue[@]:1}")
    [ -n "${seen[$package]:-}" ] && continue
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed'; then
      # A virtual package: take the installed package that provides it.
      local provider
      provider=$(dpkg-query -W -f='${Package} ${Provides}\n' 2>/dev/null |
        awk -v want="$package" '{ for (i = 2; i <= NF; i++) { p = $i; sub(/[,(].*/, "", p); if (p == want && !found) { print $1; found = 1 } } }')
      if [ -z "$provider" ]; then echo "package_closure: $package is not installed here" >&2; return 1; fi
      seen[$package]=virtual
      queue+=("$provider")
      continue
    fi
    seen[$package]=1
    deps=$(dpkg-query -W -f='${Pre-Depends}, ${Depends}' "$package")
    while IFS= read -r dep; do
      dep=${dep%%|*}; dep=${dep%%(*}; dep=${dep%%:*}; dep=$(echo "$dep" | tr -d ' ')
      [ -n "$dep" ] && [ -z "${seen[$dep]:-}" ] && queue+=("$dep")
    done < <(echo "$deps" | tr ',' '\n')
  done
  for package in "${!seen[@]}"; do [ "${seen[$package]}" = 1 ] && echo "$package"; done | sort
}
