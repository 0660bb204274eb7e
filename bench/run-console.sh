#!/usr/bin/env bash
# Console benchmark: the real Orders page of the console (bench/console/ConsoleBench.cpp) against
# marketdesk-server over a large order book, loopback only, offscreen. Seeds a fresh database with
# seed-demo (default 100,000 products and 1,000,000 orders), starts the server, and prints the time
# to the first rows painted, scrolling rows/s, the longest GUI-thread stalls and the console's RSS,
# with the targets. Everything it starts is stopped on exit and its temporary folder under the
# build tree is removed (unless --keep).
#
#   bench/run-console.sh [BUILD_DIR] [options]
#     BUILD_DIR            cmake build folder with backend/marketdesk-server and
#                          bench/console/marketdesk-console-bench (default: $MARKETDESK_BUILD_DIR or build/)
#     --products N         products to seed (default 100000)
#     --orders N           orders to seed (default 1000000)
#     --rows N             rows to scroll through in the console (default 100000)
#     --seconds S          time bound of the scrolling phase (default 300)
#     --runs N             console runs against the same server (default 3; the table shows each)
#     --env NAME=VALUE     extra environment for the server (repeatable)
#     --server-binary P    a marketdesk-server other than BUILD_DIR's
#     --keep               keep the temporary folder (PostgreSQL data, logs) after the run
#     --reuse DIR          skip PostgreSQL setup and seeding: use the folder a --keep run left
# Ports: BENCH_PG_PORT (default 55516), BENCH_PORT (default 18116).
# Needs: psql (postgresql-client), curl. The console runs with QT_QPA_PLATFORM=offscreen.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
source "$root/scripts/lib.sh"

build=""
products=100000
orders=1000000
rows=100000
seconds=300
runs=3
keep=0
reuse=""
server=""
server_env=()
pg_port=${BENCH_PG_PORT:-55516}
api_port=${BENCH_PORT:-18116}

usage() { awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "$0"; }
while [ $# -gt 0 ]; do
  case "$1" in
    --products) products=$2; shift 2 ;;
    --orders) orders=$2; shift 2 ;;
    --rows) rows=$2; shift 2 ;;
    --seconds) seconds=$2; shift 2 ;;
    --runs) runs=$2; shift 2 ;;
    --env) server_env+=("$2"); shift 2 ;;
    --server-binary) server=$2; shift 2 ;;
    --keep) keep=1; shift ;;
    --reuse) reuse=$2; keep=1; shift 2 ;;
    -h|--help) usage; exit 0 ;;
    -*) echo "run-console.sh: unknown option '$1' (try --help)" >&2; exit 2 ;;
    *) [ -z "$build" ] || { echo "run-console.sh: one build folder only" >&2; exit 2; }; build=$1; shift ;;
  esac
done
build=$(cd "${build:-${MARKETDESK_BUILD_DIR:-$root/build}}" && pwd)
server=${server:-$build/backend/marketdesk-server}
console_bench=$build/bench/console/marketdesk-console-bench

for program in psql curl; do
  command -v "$program" >/dev/null || { echo "run-console.sh: '$program' is missing (apt-get install postgresql-client curl)" >&2; exit 1; }
done
[ -x "$server" ] || { echo "run-console.sh: no server at $server; build first (ninja -C $build marketdesk-server)" >&2; exit 1; }
[ -x "$console_bench" ] ||
  { echo "run-console.sh: no $console_bench; build first (ninja -C $build marketdesk-console-bench)" >&2; exit 1; }
require_free_port PostgreSQL "$pg_port" BENCH_PG_PORT
require_free_port "the API server" "$api_port" BENCH_PORT

if [ -n "$reuse" ]; then
  work=$(cd "$reuse" && pwd)
else
  work=$(mktemp -d "$build/bench-console.XXXXXX")
  chmod 755 "$work" # the postgres user must reach its data folder inside
fi
server_pid=""

stop_server() { stop_pid "$server_pid"; server_pid=""; }
cleanup() {
  trap - EXIT INT TERM
  stop_server
  pg_stop "$work/pg"
  if [ $keep -eq 1 ]; then echo "bench: kept $work (reuse with --reuse $work)"; else rm -rf "$work"; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

SAY_PREFIX=bench
sql() { psql -h 127.0.0.1 -p "$pg_port" -U postgres -d md -v ON_ERROR_STOP=1 -qtAX "$@"; }

export MARKETDESK_DATABASE_URL="postgresql://postgres@127.0.0.1:$pg_port/md"
export MARKETDESK_LISTEN="127.0.0.1:$api_port"
export MARKETDESK_JWT_SECRET=$(head -c 48 /dev/urandom | base64 -w0)
# One person scrolling fetches pages as fast as the server answers them; the per-user limiter
# would turn that into a measurement of the limiter.
export MARKETDESK_RATE_LIMIT_RPS=0
export MARKETDESK_LOG_FORMAT=json

# --- PostgreSQL: our own cluster (the one pg_start in scripts/lib.sh makes), default settings.
say "PostgreSQL 15 on 127.0.0.1:$pg_port in $work/pg"
pg_start "$work/pg" "$pg_port"
seed_note="reused $work"
if [ -z "$reuse" ]; then
  psql -h 127.0.0.1 -p "$pg_port" -U postgres -qc "CREATE DATABASE md"
  "$server" migrate >"$work/migrate.log" 2>&1 || { cat "$work/migrate.log" >&2; exit 1; }
  say "seeding $products products and $orders orders (marketdesk-server seed-demo)"
  seed_started=$SECONDS
  "$server" seed-demo --products "$products" --orders "$orders" >"$work/seed.log" 2>&1 ||
    { cat "$work/seed.log" >&2; exit 1; }
  seed_note="seed-demo took $((SECONDS - seed_started)) s"
  say "$seed_note"
  sql -c "VACUUM ANALYZE"
fi
order_count=$(sql -c "SELECT count(*) FROM orders")
product_count=$(sql -c "SELECT count(*) FROM products")

say "server on 127.0.0.1:$api_port (rate limit off)"
env ${server_env[@]+"${server_env[@]}"} "$server" serve >>"$work/server.log" 2>&1 &
server_pid=$!
wait_http "http://127.0.0.1:$api_port/healthz/ready" 30 ||
  { echo "the server did not become ready; see $work/server.log" >&2; tail -5 "$work/server.log" >&2; exit 1; }

echo
echo "Marketdesk console benchmark, $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores ($(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -1)), PostgreSQL $(sql -c 'SHOW server_version')"
echo "data: $order_count orders, $product_count products ($seed_note); signed in as the demo admin; offscreen; load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
status=0
for run in $(seq 1 "$runs"); do
  echo
  echo "--- run $run of $runs (load average $(cut -d' ' -f1-3 /proc/loadavg))"
  QT_QPA_PLATFORM=offscreen "$console_bench" --server "http://127.0.0.1:$api_port" --rows "$rows" \
    --seconds "$seconds" 2>"$work/console-$run.log" || { status=$?; tail -20 "$work/console-$run.log" >&2; }
done
exit $status
