#!/usr/bin/env bash
# The test command: installs what is missing, builds everything, and runs every test through CTest
# (real PostgreSQL started by the test fixtures). Used as-is by .ci/run.
#   scripts/test.sh [extra ctest arguments]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${MARKETDESK_BUILD_DIR:-$root/build}
jobs=${MARKETDESK_JOBS:-2}

bash "$root/scripts/install-deps.sh"

werror=OFF
[ "${CI:-}" = "true" ] && werror=ON
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DBUILD_TESTING=ON \
  -DMARKETDESK_WERROR=$werror
cmake --build "$build" -j "$jobs"
cd "$build"
ctest --output-on-failure -j "$jobs" --timeout 900 "$@"
