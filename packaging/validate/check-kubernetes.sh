#!/usr/bin/env bash
# Renders one Kustomize overlay offline and validates every object it produces (schemas,
# references, Pod Security; validate-manifests.mjs), then lints the YAML with yamllint when it is
# installed. Renders a copy of the tree under the build directory whose git-ignored env files come
# from the committed .example files, so neither the source tree nor real secrets are involved.
#   check-kubernetes.sh SOURCE_PACKAGING_DIR NODE_DIR WORK_DIR OVERLAY [--external-secret NAME ...]
set -euo pipefail
packaging=$1 node_dir=$2 work=$3 overlay=$4
shift 4
command -v kubectl >/dev/null || { echo "check-kubernetes: kubectl is not installed" >&2; exit 1; }
[ -f "$node_dir/installed-package-lock.json" ] ||
  { echo "check-kubernetes: the npm packages are missing in $node_dir (test packaging_node_deps installs them)" >&2; exit 1; }

rm -rf "$work/kubernetes"
mkdir -p "$work"
cp -r "$packaging/kubernetes" "$work/kubernetes"
# Never a developer's real secrets in the build tree: always the committed examples.
find "$work/kubernetes" -name '*.env' -delete
for example in "$work/kubernetes/overlays/$overlay"/*.env.example; do
  [ -e "$example" ] || continue
  cp "$example" "${example%.example}"
done
rendered="$work/$overlay.yaml"
timeout 60 kubectl kustomize "$work/kubernetes/overlays/$overlay" >"$rendered"
echo "check-kubernetes: rendered overlay '$overlay' to $rendered"
(cd "$node_dir" && timeout 120 node validate-manifests.mjs "$@" "$rendered")

if command -v yamllint >/dev/null; then
  yamllint -c "$packaging/validate/yamllint.yml" "$packaging/kubernetes" "$packaging/monitoring" "$rendered"
  echo "check-kubernetes: yamllint clean"
else
  echo "check-kubernetes: NOTE yamllint is not installed; YAML style not linted (apt-get install yamllint)"
fi
