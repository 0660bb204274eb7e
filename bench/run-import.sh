#!/usr/bin/env bash
# CSV import benchmark: marketdesk-server imports generated product files (dry run, then for real)
# as a seller, loopback only, and prints rows/s and the server's peak RSS over each import (VmHWM,
# reset before each request through /proc/PID/clear_refs) next to its RSS before it. Everything it
# starts (PostgreSQL, the server) is stopped on exit and the temporary folder under the build tree
# is removed (unless --keep).
#
#   bench/run-import.sh [BUILD_DIR] [options]
#     BUILD_DIR            cmake build folder holding backend/marketdesk-server (default: $MARKETDESK_BUILD_DIR or build/)
#     --files "SHAPE:SIZE ..."  the files to import (default: full, wide, short, bad and empty at 2MB
#                          and 18MiB, and short, bad and empty at the row limit, 100000rows). SIZE is
#                          NMB (10^6 bytes), NMiB, Nrows or a byte count. Shapes: full = every
#                          column a seller imports, ~220 bytes a row; wide = ~4 KB rows; short =
#                          sku,title,price_cents, ~15 bytes a row (the most rows per byte); bad =
#                          every row fails with three errors; empty = rows of empty cells.
#                          Each file is imported as a dry run, then applied; full, wide and short
#                          are then applied again with every price changed ("update").
#     --together N         finally send N full 18 MiB imports at once, each by a seller of its own
#                          (default 3; 0: skip), and print the statuses (429: refused, the server
#                          runs 2 at once) and the peak
#     --rss-cap-mib C      kill the server when its RSS passes C MiB, as a memory limit would, and
#                          report the import as killed (default 2048; 0: no cap)
#     --env NAME=VALUE     extra environment for the server (repeatable)
#     --keep               keep the temporary folder (server log, the files) after the run
# Ports: BENCH_PG_PORT and BENCH_PORT, else free ones the kernel picks.
# Needs: psql (postgresql-client), python3, curl.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
source "$root/scripts/lib.sh"

build=""
files="full:2MB full:18MiB wide:2MB wide:18MiB short:2MB short:18MiB short:100000rows bad:2MB bad:18MiB
bad:100000rows empty:2MB empty:18MiB empty:100000rows"
rss_cap=2048
together=3
keep=0
server_env=()

usage() { awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "$0"; }
while [ $# -gt 0 ]; do
  case "$1" in
    --files) files=$2; shift 2 ;;
    --rss-cap-mib) rss_cap=$2; shift 2 ;;
    --together) together=$2; shift 2 ;;
    --env) server_env+=("$2"); shift 2 ;;
    --keep) keep=1; shift ;;
    -h|--help) usage; exit 0 ;;
    -*) echo "run-import.sh: unknown option '$1' (try --help)" >&2; exit 2 ;;
    *) [ -z "$build" ] || { echo "run-import.sh: one build folder only" >&2; exit 2; }; build=$1; shift ;;
  esac
done
build=$(cd "${build:-${MARKETDESK_BUILD_DIR:-$root/build}}" && pwd)
server=$build/backend/marketdesk-server
tool="python3 $here/benchtool.py"
free_port() { python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
pg_port=${BENCH_PG_PORT:-$(free_port)}
api_port=${BENCH_PORT:-$(free_port)}

for program in psql python3 curl; do
  command -v "$program" >/dev/null || { echo "run-import.sh: '$program' is missing" >&2; exit 1; }
done
[ -x "$server" ] || { echo "run-import.sh: no server at $server; build first (ninja -C $build marketdesk-server)" >&2; exit 1; }
require_free_port PostgreSQL "$pg_port" BENCH_PG_PORT
require_free_port "the API server" "$api_port" BENCH_PORT

work=$(mktemp -d "$build/bench-import.XXXXXX")
chmod 755 "$work" # the postgres user must reach its data folder inside
server_pid=""
cleanup() {
  trap - EXIT INT TERM
  stop_pid "$server_pid"
  pg_stop "$work/pg"
  if [ $keep -eq 1 ]; then echo "bench: kept $work"; else rm -rf "$work"; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM
SAY_PREFIX=bench-import
sql() { psql -h 127.0.0.1 -p "$pg_port" -U postgres -d md -v ON_ERROR_STOP=1 -qtAX "$@"; }

say "PostgreSQL 15 on 127.0.0.1:$pg_port in $work/pg"
pg_start "$work/pg" "$pg_port"
psql -h 127.0.0.1 -p "$pg_port" -U postgres -qc "CREATE DATABASE md"
export MARKETDESK_DATABASE_URL="postgresql://postgres@127.0.0.1:$pg_port/md"
export MARKETDESK_LISTEN="127.0.0.1:$api_port"
export MARKETDESK_JWT_SECRET=$(head -c 48 /dev/urandom | base64 -w0)
export MARKETDESK_RATE_LIMIT_RPS=0
export MARKETDESK_ACCESS_TOKEN_TTL_SECONDS=7200
export MARKETDESK_LOG_FORMAT=json
"$server" migrate >"$work/migrate.log" 2>&1 || { cat "$work/migrate.log" >&2; exit 1; }
password=$(head -c 18 /dev/urandom | base64 -w0)
# Seller 1 imports the files one by one; sellers 1..N send the imports at once (one each, so the
# per-seller import lock does not decide who is refused).
for i in $(seq 1 $(( together > 1 ? together : 1 ))); do
  seller_id=$(sql -c "INSERT INTO sellers (name) VALUES ('벤치 판매자 $i') RETURNING id")
  echo "$password" | "$server" create-user --email "bench-seller-$i@marketdesk.test" --role seller \
    --seller-id "$seller_id" --display-name "벤치 판매자 $i" >/dev/null
done
login() { # N -> access token of seller N
  curl -fsS -X POST -H 'Content-Type: application/json' \
    -d "{\"email\":\"bench-seller-$1@marketdesk.test\",\"password\":\"$password\"}" \
    "http://127.0.0.1:$api_port/api/v1/auth/login" | $tool json-get access_token
}

start_server() {
  env ${server_env[@]+"${server_env[@]}"} "$server" serve >>"$work/server.log" 2>&1 &
  server_pid=$!
  wait_http "http://127.0.0.1:$api_port/healthz/ready" 30 ||
    { echo "the server did not become ready; see $work/server.log" >&2; tail -5 "$work/server.log" >&2; exit 1; }
  token=$(login 1)
}

echo
echo "Marketdesk CSV import benchmark, $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, server $server"
printf '%-26s %7s %6s %8s %9s %7s %8s %8s %9s  %s\n' "import" "rows" "status" "seconds" "rows/s" "CPU s" "RSS MiB" "peak MiB" "delta MiB" "report"
index=0
for spec in $files; do
  index=$((index + 1))
  shape=${spec%%:*}
  size=${spec#*:}
  case "$size" in
    *MiB) limit=(--bytes $(( ${size%MiB} * 1048576 ))) ;;
    *MB) limit=(--bytes $(( ${size%MB} * 1000000 ))) ;;
    *rows) limit=(--rows "${size%rows}") ;;
    *) limit=(--bytes "$size") ;;
  esac
  file=$work/import-$index.csv
  rows=$($tool import-csv "${limit[@]}" --out "$file" --prefix "B$index-" --shape "$shape" | $tool json-get rows)
  modes=("dry run" "apply")
  case "$shape" in full|wide|short) modes+=("update") ;; esac
  for mode in "${modes[@]}"; do
    query=""
    [ "$mode" = "dry run" ] && query="?dry_run=true"
    [ "$mode" = "update" ] && $tool import-csv "${limit[@]}" --out "$file" --prefix "B$index-" --shape "$shape" --variant 1 >/dev/null
    # A fresh server for each import: freed memory that glibc keeps from one import would otherwise
    # serve the next, and "RSS before" would not be the idle figure.
    stop_pid "$server_pid"
    start_server
    $tool import --url "http://127.0.0.1:$api_port/api/v1/products/import$query" --token "$token" \
      --file "$file" --rows "$rows" --server-pid "$server_pid" --rss-cap-mib "$rss_cap" --label "$shape $size $mode"
  done
  rm -f "$file"
done
# Imports at once: more than the server runs together (MARKETDESK_IMPORT_CONCURRENCY, default 2).
if [ "$together" -gt 0 ]; then
  together_files=()
  together_tokens=()
  stop_pid "$server_pid"
  start_server
  for i in $(seq 1 "$together"); do
    $tool import-csv --bytes 18874368 --out "$work/together-$i.csv" --prefix "T$i-" >/dev/null
    together_files+=("$work/together-$i.csv")
    together_tokens+=(--token "$(login "$i")")
  done
  $tool import-together --url "http://127.0.0.1:$api_port/api/v1/products/import" "${together_tokens[@]}" \
    --server-pid "$server_pid" --label "$together × full 18MiB at once" "${together_files[@]}"
  rm -f "${together_files[@]}"
fi
echo
echo "Each import runs on a freshly started server. peak = its VmHWM during the request (reset just"
echo "before it); delta = peak - RSS before (the idle server); CPU s = the server's CPU time for it."
[ "$rss_cap" -gt 0 ] && echo "killed = the server's RSS passed --rss-cap-mib $rss_cap and it was killed, as a memory limit would."
