#!/usr/bin/env bash
# Installs the validator's pinned npm packages (package-lock.json) into NODE_DIR in the build tree,
# never into the source tree. Skips the install when NODE_DIR already holds this exact lockfile.
# Bounded: npm gets a fetch timeout and the whole install 5 minutes, so an unreachable registry
# fails the test with a message instead of hanging it.
#   install-node-deps.sh SOURCE_DIR NODE_DIR
set -euo pipefail
source_dir=$1 node_dir=$2
command -v npm >/dev/null || { echo "install-node-deps: npm is not installed (scripts/install-deps.sh installs it)" >&2; exit 1; }
mkdir -p "$node_dir"
if [ -d "$node_dir/node_modules" ] && cmp -s "$source_dir/package-lock.json" "$node_dir/installed-package-lock.json"; then
  echo "install-node-deps: $node_dir/node_modules is current"
  exit 0
fi
cp "$source_dir/package.json" "$source_dir/package-lock.json" "$node_dir/"
rm -f "$node_dir/installed-package-lock.json"
cd "$node_dir"
if ! timeout 300 npm ci --ignore-scripts --no-audit --no-fund --fetch-timeout=30000 --fetch-retries=1 \
    --cache "$node_dir/.npm-cache" >npm-ci.log 2>&1; then
  cat npm-ci.log >&2
  echo "install-node-deps: 'npm ci' failed or timed out; is the npm registry ($(npm config get registry)) reachable?" >&2
  exit 1
fi
cp package-lock.json installed-package-lock.json
echo "install-node-deps: installed $(ls node_modules | wc -l) packages into $node_dir/node_modules"
