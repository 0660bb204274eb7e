#!/usr/bin/env bash
# The main job: installs what is missing, builds, starts a local PostgreSQL (data kept in .demo/),
# migrates, loads the demo marketplace on first run, serves the API and opens the desktop console
# signed in as the demo admin. Closing the console or Ctrl+C stops everything this script started.
# A second run reuses the data.
#   scripts/demo.sh [--headless]     (--headless: serve only, no console window)
# Ports: MARKETDESK_DEMO_PG_PORT (default 55432), MARKETDESK_DEMO_PORT (default 8080).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
source "$root/scripts/lib.sh"
build=${MARKETDESK_BUILD_DIR:-$root/build}
state=${MARKETDESK_DEMO_DIR:-$root/.demo}
pg_port=${MARKETDESK_DEMO_PG_PORT:-55432}
api_port=${MARKETDESK_DEMO_PORT:-8080}
headless=0
for arg in "$@"; do
  case "$arg" in
    --headless) headless=1 ;;
    -h|--help) sed -n '2,8p' "$0"; exit 0 ;;
    *) echo "demo.sh: unknown argument '$arg' (try --help)" >&2; exit 2 ;;
  esac
done

bash "$root/scripts/install-deps.sh"
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$build" -j "${MARKETDESK_JOBS:-2}"
server="$build/backend/marketdesk-server"

mkdir -p "$state"
# Traversable for the postgres user, whatever the checkout's parents allow.
[ "$(id -u)" -eq 0 ] && chmod 755 "$state"
pids=()
cleanup() {
  trap - EXIT INT TERM
  for pid in "${pids[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
  pg_stop "$state/postgres"
  echo "marketdesk demo: stopped (data kept in $state)"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

if [ -f "$state/postgres/data/postmaster.pid" ] && ! port_free "$pg_port"; then
  echo "marketdesk demo: reusing the PostgreSQL already running from $state"
else
  require_free_port PostgreSQL "$pg_port" MARKETDESK_DEMO_PG_PORT
  pg_start "$state/postgres" "$pg_port"
fi
require_free_port "the API server" "$api_port" MARKETDESK_DEMO_PORT

export MARKETDESK_DATABASE_URL="postgresql://postgres@127.0.0.1:$pg_port/marketdesk"
psql -h 127.0.0.1 -p "$pg_port" -U postgres -tAc "SELECT 1 FROM pg_database WHERE datname = 'marketdesk'" | grep -q 1 ||
  psql -h 127.0.0.1 -p "$pg_port" -U postgres -qc "CREATE DATABASE marketdesk"
"$server" migrate
if [ ! -f "$state/seeded" ]; then
  "$server" seed-demo && touch "$state/seeded"
fi

if [ ! -s "$state/jwt-secret" ]; then
  (umask 077; head -c 48 /dev/urandom | base64 -w0 >"$state/jwt-secret")
fi
export MARKETDESK_JWT_SECRET=$(cat "$state/jwt-secret")
export MARKETDESK_LOG_FORMAT=${MARKETDESK_LOG_FORMAT:-text}
"$server" serve --listen "127.0.0.1:$api_port" 2>>"$state/server.log" &
pids+=($!)
wait_http "http://127.0.0.1:$api_port/healthz/ready" 30 ||
  { echo "marketdesk demo: the server did not become ready; see $state/server.log" >&2; exit 1; }

cat <<TXT

  Marketdesk is running.
    API         http://127.0.0.1:$api_port   (OpenAPI: /api/openapi.json, metrics: /metrics)
    PostgreSQL  127.0.0.1:$pg_port, data in $state/postgres
    Sign in     admin@marketdesk.kr / marketdesk-demo   (also support@, ops@, seller1@marketdesk.kr)
    Logs        $state/server.log
  Press Ctrl+C to stop.
TXT
console="$build/app/marketdesk"
if [ $headless -eq 0 ] && [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
  echo "  No display found (DISPLAY is unset): serving headless. On a desktop, run the console with"
  echo "    $console --server http://127.0.0.1:$api_port --user admin@marketdesk.kr"
  headless=1
fi
if [ $headless -eq 0 ]; then
  echo "  Opening the console signed in as admin@marketdesk.kr; closing it stops the demo."
  # The demo password reaches the console through its environment only (never argv, which other
  # users can read in ps); the console signs in with it once and then forgets it.
  MARKETDESK_PASSWORD=marketdesk-demo "$console" --server "http://127.0.0.1:$api_port" \
    --user admin@marketdesk.kr 2>>"$state/console.log" &
  console_pid=$!
  pids+=($console_pid)
  # Whichever ends first, the console or the server, ends the demo (cleanup stops the rest).
  wait -n "${pids[@]}" || true
else
  wait "${pids[@]}"
fi
