#!/usr/bin/env bash
# Backend benchmark: marketdesk-server against PostgreSQL and pgbench on the same database, in one
# run, loopback only. Prints a table of requests/s, latency percentiles, CPU split and server RSS,
# and which targets are met. Everything it starts (PostgreSQL, the server, samplers) is stopped on
# exit, and its temporary folder under the build tree is removed (unless --keep).
#
#   bench/run-backend.sh [BUILD_DIR] [options]
#     BUILD_DIR            cmake build folder holding backend/marketdesk-server (default: $MARKETDESK_BUILD_DIR or build/)
#     --products N         products to seed (default 20000)
#     --duration S         measured seconds per load (default 10)
#     --warmup S           warm-up seconds before each load (default 5)
#     --connections C      wrk connections and pgbench clients (default 32)
#     --config "I P W"     server MARKETDESK_IO_THREADS, MARKETDESK_DB_POOL_SIZE, MARKETDESK_WORKER_THREADS
#                          (default "2 16 32")
#     --sweep "I P W,..."  before the full run, measure GET /products/{id} and POST /orders under each
#                          configuration (e.g. --sweep "1 8 8,1 16 16,2 16 16")
#     --env NAME=VALUE     extra environment for the server (repeatable), e.g. MALLOC_ARENA_MAX=2
#     --starts N           server starts for the start-to-ready figure (default 7)
#     --search WORD        q= for the search load (default 무선, "wireless")
#     --keep               keep the temporary folder (logs, pgbench logs) after the run
# Ports: BENCH_PG_PORT (default 55506), BENCH_PORT (default 18106).
# Needs: wrk, pgbench and psql (postgresql-client), python3, curl.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
source "$root/scripts/lib.sh"

build=""
products=20000
duration=10
warmup=5
connections=32
wrk_threads=2
config="2 16 32"
sweep=""
starts=7
search_word="무선"
keep=0
server_env=()
pg_port=${BENCH_PG_PORT:-55506}
api_port=${BENCH_PORT:-18106}

usage() { awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "$0"; }
while [ $# -gt 0 ]; do
  case "$1" in
    --products) products=$2; shift 2 ;;
    --duration) duration=$2; shift 2 ;;
    --warmup) warmup=$2; shift 2 ;;
    --connections) connections=$2; shift 2 ;;
    --config) config=$2; shift 2 ;;
    --sweep) sweep=$2; shift 2 ;;
    --starts) starts=$2; shift 2 ;;
    --env) server_env+=("$2"); shift 2 ;;
    --search) search_word=$2; shift 2 ;;
    --keep) keep=1; shift ;;
    -h|--help) usage; exit 0 ;;
    -*) echo "run-backend.sh: unknown option '$1' (try --help)" >&2; exit 2 ;;
    *) [ -z "$build" ] || { echo "run-backend.sh: one build folder only" >&2; exit 2; }; build=$1; shift ;;
  esac
done
build=$(cd "${build:-${MARKETDESK_BUILD_DIR:-$root/build}}" && pwd)
server=$build/backend/marketdesk-server
tool="python3 $here/benchtool.py"

for program in wrk pgbench psql python3 curl; do
  command -v "$program" >/dev/null ||
    { echo "run-backend.sh: '$program' is missing (apt-get install wrk postgresql-client python3 curl)" >&2; exit 1; }
done
[ -x "$server" ] || { echo "run-backend.sh: no server at $server; build first (ninja -C $build marketdesk-server)" >&2; exit 1; }
require_free_port PostgreSQL "$pg_port" BENCH_PG_PORT
require_free_port "the API server" "$api_port" BENCH_PORT

work=$(mktemp -d "$build/bench-backend.XXXXXX")
chmod 755 "$work" # the postgres user must reach its data folder inside
results=$work/results.jsonl
: >"$results"
server_pid=""
sampler_pid=""

stop_sampler() { stop_pid "$sampler_pid"; sampler_pid=""; }
stop_server() { stop_pid "$server_pid"; server_pid=""; }
cleanup() {
  trap - EXIT INT TERM
  stop_sampler
  stop_server
  pg_stop "$work/pg"
  if [ $keep -eq 1 ]; then echo "bench: kept $work"; else rm -rf "$work"; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

SAY_PREFIX=bench
info() { # NAME VALUE(JSON): a figure that is not a load, for the report
  printf '{"kind":"info","name":"%s","value":%s}\n' "$1" "$2" >>"$results"
}
sql() { psql -h 127.0.0.1 -p "$pg_port" -U postgres -d md -v ON_ERROR_STOP=1 -qtAX "$@"; }

# --- PostgreSQL: our own cluster, default settings except enough connections for the server's pool
# plus the pgbench clients at once.
say "PostgreSQL 15 on 127.0.0.1:$pg_port in $work/pg"
if [ "$(id -u)" -eq 0 ]; then install -d -o postgres -g postgres -m 700 "$work/pg"; else install -d -m 700 "$work/pg"; fi
as_pg_owner "$PGBIN/initdb" -D "$work/pg/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >"$work/initdb.log" 2>&1 ||
  { echo "initdb failed; see $work/initdb.log" >&2; exit 1; }
as_pg_owner "$PGBIN/pg_ctl" -D "$work/pg/data" -l "$work/pg/postgres.log" -w -t 60 \
  -o "-p $pg_port -k $work/pg -c listen_addresses=127.0.0.1 -c max_connections=200" start >/dev/null ||
  { echo "PostgreSQL did not start; see $work/pg/postgres.log" >&2; exit 1; }
postmaster_pid=$(head -1 "$work/pg/data/postmaster.pid")
psql -h 127.0.0.1 -p "$pg_port" -U postgres -qc "CREATE DATABASE md" -c "CREATE DATABASE pgbench"

export MARKETDESK_DATABASE_URL="postgresql://postgres@127.0.0.1:$pg_port/md"
export MARKETDESK_LISTEN="127.0.0.1:$api_port"
export MARKETDESK_JWT_SECRET=$(head -c 48 /dev/urandom | base64 -w0)
export MARKETDESK_RATE_LIMIT_RPS=0 # the per-user limiter would throttle a single benchmark user
export MARKETDESK_ACCESS_TOKEN_TTL_SECONDS=7200
export MARKETDESK_LOG_FORMAT=json
"$server" migrate >"$work/migrate.log" 2>&1 || { cat "$work/migrate.log" >&2; exit 1; }

say "seeding $products products (marketdesk-server seed-demo)"
seed_started=$SECONDS
"$server" seed-demo --products "$products" >"$work/seed.log" 2>&1 || { cat "$work/seed.log" >&2; exit 1; }
echo "($((SECONDS - seed_started)) s)" >>"$work/seed.log"
info seed "$(python3 -c 'import json, sys; print(json.dumps(" ".join(sys.stdin.read().split())[:400]))' <"$work/seed.log")"
sql -c "VACUUM ANALYZE"

password=$(head -c 18 /dev/urandom | base64 -w0)
echo "$password" | "$server" create-user --email bench-admin@marketdesk.test --role admin --display-name "벤치 관리자" >/dev/null
echo "$password" | "$server" create-user --email bench-customer@marketdesk.test --role customer --display-name "벤치 고객" >/dev/null

max_id=$(sql -c "SELECT max(id) FROM products")
product_count=$(sql -c "SELECT count(*) FROM products")
[ "$max_id" = "$product_count" ] || say "warning: product ids are not contiguous (max $max_id, count $product_count); some GETs will 404"
# Orders: one line of a random active product whose stock is raised far beyond what the run can
# take, so no order fails for stock. The raise is recorded as a movement like any adjustment.
sql -c "SELECT id FROM products WHERE status = 'active' ORDER BY id" >"$work/order-ids.txt"
sql <<'SQL'
INSERT INTO inventory (product_id, on_hand)
SELECT id, 0 FROM products WHERE status = 'active' ON CONFLICT (product_id) DO NOTHING;
INSERT INTO inventory_movements (product_id, delta, reason)
SELECT id, 1000000, 'benchmark stock' FROM products WHERE status = 'active';
UPDATE inventory SET on_hand = on_hand + 1000000, version = version + 1
WHERE product_id IN (SELECT id FROM products WHERE status = 'active');
SQL
search_matches=$(sql -v word="$search_word" <<<"SELECT count(*) FROM products WHERE search_document LIKE '%' || lower(:'word') || '%'")
info data "\"$product_count products (max id $max_id), $(wc -l <"$work/order-ids.txt") active; q=$search_word matches $search_matches\""

say "pgbench -i (standard tables, scale 10) in database pgbench"
pgbench -h 127.0.0.1 -p "$pg_port" -U postgres -i -q -s 10 pgbench >"$work/pgbench-init.log" 2>&1 ||
  { cat "$work/pgbench-init.log" >&2; exit 1; }

# --- the server --------------------------------------------------------------------------------
start_server() { # IO POOL WORKERS [NAME=VALUE...]
  env ${server_env[@]+"${server_env[@]}"} MARKETDESK_IO_THREADS="$1" MARKETDESK_DB_POOL_SIZE="$2" \
    MARKETDESK_WORKER_THREADS="$3" "${@:4}" \
    "$server" serve >>"$work/server.log" 2>&1 &
  server_pid=$!
  wait_http "http://127.0.0.1:$api_port/healthz/ready" 30 ||
    { echo "the server did not become ready; see $work/server.log" >&2; tail -5 "$work/server.log" >&2; exit 1; }
}
login() { # EMAIL -> access token
  local answer
  answer=$(curl -fsS -X POST -H 'Content-Type: application/json' \
    -d "{\"email\":\"$1\",\"password\":\"$password\"}" "http://127.0.0.1:$api_port/api/v1/auth/login") ||
    { echo "login as $1 failed" >&2; exit 1; }
  echo "$answer" | $tool json-get access_token
}
rss_mib() { awk '/^VmRSS:/ { printf "%.1f", $2 / 1024 }' "/proc/$server_pid/status"; }

# --- loads -------------------------------------------------------------------------------------
start_sampler() {
  $tool sample --out "$work/cpu.json" --server-pid "${server_pid:--1}" --postmaster-pid "$postmaster_pid" \
    --loadgen-parent $$ &
  sampler_pid=$!
  sleep 0.2 # its first sample is the baseline
}
record() { # NAME FIGURES-JSON WITH-SERVER(0|1)
  stop_sampler
  printf '{"kind":"load","name":"%s","server":%s,"config":"%s","cpu":%s,%s\n' "$1" "$3" "$current_config" \
    "$(cat "$work/cpu.json")" "${2#\{}" >>"$results"
  local rps p99
  rps=$(echo "$2" | $tool json-get rps)
  p99=$(echo "$2" | $tool json-get p99_us)
  say "$(awk -v n="$1" -v r="$rps" -v p="$p99" 'BEGIN { printf "%-40s %8.0f req/s  p99 %6.2f ms", n, r, p / 1000 }')"
}
run_wrk() { # NAME SCRIPT URL [TOKEN]
  local name=$1 script=$2 url=$3 figures
  export BENCH_TOKEN=${4:-}
  wrk -t"$wrk_threads" -c"$connections" -d"${warmup}s" -s "$here/lua/$script" "$url" >/dev/null
  start_sampler
  wrk -t"$wrk_threads" -c"$connections" -d"${duration}s" --latency -s "$here/lua/$script" "$url" >"$work/wrk.out"
  figures=$(sed -n 's/^BENCH //p' "$work/wrk.out")
  [ -n "$figures" ] || { cat "$work/wrk.out" >&2; exit 1; }
  # Every non-2xx answer and socket error counts as an error: a fast error is not throughput.
  figures=$(echo "$figures" | python3 -c 'import json,sys; f=json.load(sys.stdin); f["errors"]=sum(f[k] for k in ("connect_errors","read_errors","write_errors","status_errors","timeouts")); print(json.dumps(f))')
  record "$name" "$figures" 1
}
run_pgbench() { # NAME DATABASE PGBENCH-ARGS...
  local name=$1 database=$2 figures
  shift 2
  pgbench -h 127.0.0.1 -p "$pg_port" -U postgres -n -M prepared -c "$connections" -j "$wrk_threads" \
    -T "$warmup" "$@" "$database" >/dev/null 2>&1
  rm -rf "$work/pgbench-log" && mkdir "$work/pgbench-log"
  start_sampler
  (cd "$work/pgbench-log" && pgbench -h 127.0.0.1 -p "$pg_port" -U postgres -n -M prepared -c "$connections" \
    -j "$wrk_threads" -T "$duration" -l --log-prefix=run "$@" "$database") >"$work/pgbench.out" 2>&1 ||
    { cat "$work/pgbench.out" >&2; exit 1; }
  figures=$($tool pgbench --log-prefix "$work/pgbench-log/run" --stdout "$work/pgbench.out")
  figures=$(echo "$figures" | python3 -c 'import json,sys; f=json.load(sys.stdin); f["errors"]=f["failed"]; print(json.dumps(f))')
  record "$name" "$figures" 0
}

api="http://127.0.0.1:$api_port"
export BENCH_LUA_DIR="$here/lua" BENCH_MAX_ID="$max_id" BENCH_ORDER_IDS="$work/order-ids.txt"

# --sweep: the two loads that depend most on threads and pool size, under each configuration.
if [ -n "$sweep" ]; then
  IFS=',' read -r -a sweep_configs <<<"$sweep"
  for sweep_config in "${sweep_configs[@]}"; do
    read -r io pool workers <<<"$sweep_config"
    current_config="io=$io pool=$pool workers=$workers"
    say "sweep: $current_config"
    start_server "$io" "$pool" "$workers"
    admin_token=$(login bench-admin@marketdesk.test)
    customer_token=$(login bench-customer@marketdesk.test)
    run_wrk "sweep $io/$pool/$workers GET /products/{id}" get-product.lua "$api" "$admin_token"
    run_wrk "sweep $io/$pool/$workers POST /orders" post-order.lua "$api" "$customer_token"
    stop_server
  done
fi

read -r io pool workers <<<"$config"
current_config="io=$io pool=$pool workers=$workers"
say "server: $current_config, rate limit off, JSON access log to a file"
info config "\"MARKETDESK_IO_THREADS=$io MARKETDESK_DB_POOL_SIZE=$pool MARKETDESK_WORKER_THREADS=$workers MARKETDESK_RATE_LIMIT_RPS=0 ${server_env[*]-}; wrk -t$wrk_threads -c$connections, pgbench -c$connections -j$wrk_threads -M prepared; ${warmup} s warm-up + ${duration} s per load\""
start_server "$io" "$pool" "$workers"
admin_token=$(login bench-admin@marketdesk.test)
customer_token=$(login bench-customer@marketdesk.test)
sleep 1
info rss_idle_mib "$(rss_mib)"

run_wrk "GET /products/{id}" get-product.lua "$api" "$admin_token"
run_pgbench "pgbench select by id" md -f "$here/select-product.sql" -D maxid="$max_id"

run_wrk "GET /products?limit=50" get-fixed.lua "$api/api/v1/products?limit=50" "$admin_token"
# A cursor 90% of the way through the catalogue, reached by following next_cursor in pages of 500.
cursor=""
position=0
while [ $((position + 500)) -le $((product_count * 9 / 10)) ]; do
  page=$(curl -fsS -H "Authorization: Bearer $admin_token" "$api/api/v1/products?limit=500${cursor:+&cursor=$cursor}")
  cursor=$(echo "$page" | $tool json-get next_cursor | python3 -c 'import sys,urllib.parse; print(urllib.parse.quote(sys.stdin.read().strip(), safe=""))')
  position=$((position + 500))
done
run_wrk "GET /products?limit=50 at ${position}th" get-fixed.lua "$api/api/v1/products?limit=50&cursor=$cursor" "$admin_token"
encoded_word=$(python3 -c 'import sys,urllib.parse; print(urllib.parse.quote(sys.argv[1]))' "$search_word")
run_wrk "GET /products?q=$search_word&limit=50" get-fixed.lua "$api/api/v1/products?q=$encoded_word&limit=50" "$admin_token"

metric() { curl -fsS "$api/metrics" | awk -v name="$1" '$1 == name { print $2 }'; }
orders_before=$(sql -c "SELECT count(*) FROM orders")
groups_before=$(metric orders_placement_group_size_count)
grouped_before=$(metric orders_placement_group_size_sum)
run_wrk "POST /orders" post-order.lua "$api" "$customer_token"
info orders_created "$(( $(sql -c "SELECT count(*) FROM orders") - orders_before ))"
# How the orders were grouped (PlacementGroups), warm-up included.
info order_groups "\"$(awk -v g="$(metric orders_placement_group_size_count)" -v g0="$groups_before" \
  -v o="$(metric orders_placement_group_size_sum)" -v o0="$grouped_before" \
  'BEGIN { printf "%d orders in %d groups, %.1f orders per group on average", o - o0, g - g0, (o - o0) / (g - g0) }')\""
run_pgbench "pgbench -N" pgbench -N

sleep 2
info rss_after_load_mib "$(rss_mib)"
stop_server

# The same GET with the product cache off: every request goes through a worker to PostgreSQL, the
# like-for-like counterpart of the pgbench lookup.
current_config="$current_config cache=0"
start_server "$io" "$pool" "$workers" MARKETDESK_PRODUCT_CACHE_ENTRIES=0
admin_token=$(login bench-admin@marketdesk.test)
run_wrk "GET /products/{id} (cache off)" get-product.lua "$api" "$admin_token"
stop_server

say "start to ready, $starts starts"
startup=$($tool startup --runs "$starts" --url "$api/healthz/ready" --log "$work/server.log" -- \
  env ${server_env[@]+"${server_env[@]}"} MARKETDESK_IO_THREADS="$io" MARKETDESK_DB_POOL_SIZE="$pool" \
  MARKETDESK_WORKER_THREADS="$workers" "$server" serve)
info startup "$startup"

echo
echo "Marketdesk backend benchmark, $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores ($(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -1)), PostgreSQL $(sql -c 'SHOW server_version')"
$tool report "$results"
