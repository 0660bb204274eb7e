#!/usr/bin/env bash
# Deployments page benchmark: the console's Deployments page (bench/console/DeploymentsBench.cpp)
# against marketdesk-server watching the Kubernetes test server seeded with 2,000 Deployments and
# 30,000 pods (marketdesk-kube-sim --seed bench:2000:30000), loopback only, offscreen. Prints the
# time to the first rows painted, the time to scroll every row in through fetchMore(), the longest
# GUI-thread stall and the console's RSS, with the targets. Everything it starts is stopped on exit
# and its temporary folder under the build tree is removed (unless --keep).
#
#   bench/run-deployments.sh [BUILD_DIR] [options]
#     BUILD_DIR        cmake build folder (default: $MARKETDESK_BUILD_DIR or build/)
#     --seed SPEC      kube-sim seed (default bench:2000:30000)
#     --runs N         console runs against the same server (default 3)
#     --keep           keep the temporary folder (logs) after the run
#     --server-binary P  a marketdesk-server other than BUILD_DIR's
#     --sim-binary P     a marketdesk-kube-sim other than BUILD_DIR's
# Ports: BENCH_PG_PORT (default 55517), BENCH_PORT (default 18117).
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
source "$root/scripts/lib.sh"

build=""
seed="bench:2000:30000"
runs=3
keep=0
server=""
sim=""
pg_port=${BENCH_PG_PORT:-55517}
api_port=${BENCH_PORT:-18117}

usage() { awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "$0"; }
while [ $# -gt 0 ]; do
  case "$1" in
    --seed) seed=$2; shift 2 ;;
    --runs) runs=$2; shift 2 ;;
    --keep) keep=1; shift ;;
    --server-binary) server=$2; shift 2 ;;
    --sim-binary) sim=$2; shift 2 ;;
    -h|--help) usage; exit 0 ;;
    -*) echo "run-deployments.sh: unknown option '$1' (try --help)" >&2; exit 2 ;;
    *) [ -z "$build" ] || { echo "run-deployments.sh: one build folder only" >&2; exit 2; }; build=$1; shift ;;
  esac
done
build=$(cd "${build:-${MARKETDESK_BUILD_DIR:-$root/build}}" && pwd)
server=${server:-$build/backend/marketdesk-server}
sim=${sim:-$build/backend/tools/kube-sim/marketdesk-kube-sim}
bench=$build/bench/console/marketdesk-deployments-bench
for program in "$server" "$sim" "$bench"; do
  [ -x "$program" ] || { echo "run-deployments.sh: no $program; build it first" >&2; exit 1; }
done
command -v psql >/dev/null || { echo "run-deployments.sh: psql is missing (apt-get install postgresql-client)" >&2; exit 1; }
require_free_port PostgreSQL "$pg_port" BENCH_PG_PORT
require_free_port "the API server" "$api_port" BENCH_PORT

work=$(mktemp -d "$build/bench-deployments.XXXXXX")
chmod 755 "$work" # the postgres user must reach its data folder inside
server_pid=""
sim_pid=""
cleanup() {
  trap - EXIT INT TERM
  stop_pid "$server_pid"
  stop_pid "$sim_pid"
  pg_stop "$work/pg"
  if [ $keep -eq 1 ]; then echo "bench: kept $work"; else rm -rf "$work"; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM
SAY_PREFIX=bench

say "kube-sim --seed $seed"
"$sim" --listen 127.0.0.1:0 --port-file "$work/sim.port" --namespace marketplace --seed "$seed" >"$work/sim.log" 2>&1 &
sim_pid=$!
for _ in $(seq 1 600); do [ -s "$work/sim.port" ] && break; sleep 0.1; done
[ -s "$work/sim.port" ] || { echo "kube-sim did not start; see $work/sim.log" >&2; tail -5 "$work/sim.log" >&2; exit 1; }
sim_port=$(cat "$work/sim.port")
cat >"$work/kubeconfig" <<KUBECONFIG
apiVersion: v1
kind: Config
clusters:
- name: sim
  cluster:
    server: http://127.0.0.1:$sim_port
users:
- name: bench
  user: {}
contexts:
- name: sim
  context: {cluster: sim, user: bench, namespace: marketplace}
current-context: sim
KUBECONFIG

export MARKETDESK_DATABASE_URL="postgresql://postgres@127.0.0.1:$pg_port/md"
export MARKETDESK_LISTEN="127.0.0.1:$api_port"
export MARKETDESK_JWT_SECRET=$(head -c 48 /dev/urandom | base64 -w0)
export MARKETDESK_RATE_LIMIT_RPS=0
export MARKETDESK_LOG_FORMAT=json
export MARKETDESK_KUBE_MODE=kubeconfig
export MARKETDESK_KUBECONFIG="$work/kubeconfig"
export MARKETDESK_KUBE_NAMESPACE=marketplace

say "PostgreSQL 15 on 127.0.0.1:$pg_port"
pg_start "$work/pg" "$pg_port"
psql -h 127.0.0.1 -p "$pg_port" -U postgres -qc "CREATE DATABASE md"
"$server" migrate >"$work/migrate.log" 2>&1 || { cat "$work/migrate.log" >&2; exit 1; }
password=$(head -c 18 /dev/urandom | base64 -w0)
printf '%s\n' "$password" | "$server" create-user --email ops@bench.example --role operator >"$work/user.log" 2>&1 ||
  { cat "$work/user.log" >&2; exit 1; }

say "server on 127.0.0.1:$api_port"
"$server" serve >>"$work/server.log" 2>&1 &
server_pid=$!
wait_http "http://127.0.0.1:$api_port/healthz/ready" 60 ||
  { echo "the server did not become ready; see $work/server.log" >&2; tail -5 "$work/server.log" >&2; exit 1; }

echo
echo "Marketdesk Deployments page benchmark, $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores; kube-sim seed $seed; offscreen"
status=0
for run in $(seq 1 "$runs"); do
  echo
  echo "--- run $run of $runs (load average $(cut -d' ' -f1-3 /proc/loadavg))"
  QT_QPA_PLATFORM=offscreen "$bench" --server "http://127.0.0.1:$api_port" --email ops@bench.example \
    --password "$password" 2>"$work/console-$run.log" || { status=$?; tail -20 "$work/console-$run.log" >&2; }
done
exit $status
