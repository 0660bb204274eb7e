#!/usr/bin/env bash
# The main job: installs what is missing, builds, and starts the whole stack on loopback:
# PostgreSQL (data kept in .demo/), the server (migrated, demo data on first run), Prometheus
# scraping the server and node_exporter with Marketdesk's alert rules, Alertmanager, a simulated
# Kubernetes cluster holding the marketplace's Deployments (the server's Deployments page talks to
# it), and a rate-limited traffic generator so every chart moves; then opens the console signed in
# as the demo admin. Closing the console or Ctrl+C stops everything this script started. A second
# run reuses the data.
#   scripts/demo.sh [--headless]     (--headless: no console window)
# Ports (variable, default): MARKETDESK_DEMO_PORT 8080 (API), MARKETDESK_DEMO_PG_PORT 55432,
#   MARKETDESK_DEMO_PROMETHEUS_PORT 9090, MARKETDESK_DEMO_ALERTMANAGER_PORT 9093,
#   MARKETDESK_DEMO_NODE_EXPORTER_PORT 9100, MARKETDESK_DEMO_KUBE_PORT 16443.
# MARKETDESK_DEMO_TRAFFIC_RATE: activities per second of the traffic generator (6; 0 turns it off).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
source "$root/scripts/lib.sh"
build=${MARKETDESK_BUILD_DIR:-$root/build}
state=${MARKETDESK_DEMO_DIR:-$root/.demo}
pg_port=${MARKETDESK_DEMO_PG_PORT:-55432}
api_port=${MARKETDESK_DEMO_PORT:-8080}
prometheus_port=${MARKETDESK_DEMO_PROMETHEUS_PORT:-9090}
alertmanager_port=${MARKETDESK_DEMO_ALERTMANAGER_PORT:-9093}
node_exporter_port=${MARKETDESK_DEMO_NODE_EXPORTER_PORT:-9100}
kube_port=${MARKETDESK_DEMO_KUBE_PORT:-16443}
traffic_rate=${MARKETDESK_DEMO_TRAFFIC_RATE:-6}
headless=0
for arg in "$@"; do
  case "$arg" in
    --headless) headless=1 ;;
    -h|--help) sed -n '2,15p' "$0"; exit 0 ;;
    *) echo "demo.sh: unknown argument '$arg' (try --help)" >&2; exit 2 ;;
  esac
done

bash "$root/scripts/install-deps.sh"
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$build" -j "${MARKETDESK_JOBS:-2}"
server="$build/backend/marketdesk-server"
kube_sim="$build/backend/tools/kube-sim/marketdesk-kube-sim"

mkdir -p "$state"
# Traversable for the postgres user, whatever the checkout's parents allow.
[ "$(id -u)" -eq 0 ] && chmod 755 "$state"

# Every port first, so a clash is reported before anything starts.
reuse_pg=0
if [ -f "$state/postgres/data/postmaster.pid" ] && ! port_free "$pg_port"; then
  reuse_pg=1
else
  require_free_port PostgreSQL "$pg_port" MARKETDESK_DEMO_PG_PORT
fi
require_free_port "the API server" "$api_port" MARKETDESK_DEMO_PORT
require_free_port Prometheus "$prometheus_port" MARKETDESK_DEMO_PROMETHEUS_PORT
require_free_port Alertmanager "$alertmanager_port" MARKETDESK_DEMO_ALERTMANAGER_PORT
require_free_port node_exporter "$node_exporter_port" MARKETDESK_DEMO_NODE_EXPORTER_PORT
[ -x "$kube_sim" ] && require_free_port "the simulated Kubernetes API" "$kube_port" MARKETDESK_DEMO_KUBE_PORT

pids=()
declare -A names=()
# start NAME LOG COMMAND...: runs a component in the background, its output in LOG.
start() {
  local name=$1 log=$2
  shift 2
  "$@" >>"$log" 2>&1 &
  pids+=($!)
  names[$!]=$name
}
cleanup() {
  # A second Ctrl+C while stopping must not leave half the stack running.
  trap - EXIT
  trap '' INT TERM
  local index pid
  # Newest first: the traffic and the console before the server, the server before its database.
  for ((index = ${#pids[@]} - 1; index >= 0; index--)); do
    pid=${pids[index]}
    kill -TERM "$pid" 2>/dev/null || continue
    # 25 s: more than the server's 20 s drain of in-flight requests.
    for _ in $(seq 1 250); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -0 "$pid" 2>/dev/null && { echo "marketdesk demo: ${names[$pid]} ignored SIGTERM for 25 s; killing it" >&2; kill -KILL "$pid" 2>/dev/null || true; }
    wait "$pid" 2>/dev/null || true
  done
  [ $reuse_pg -eq 1 ] || pg_stop "$state/postgres"
  echo "marketdesk demo: stopped (data kept in $state)"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# PostgreSQL, schema and demo data.
if [ $reuse_pg -eq 1 ]; then
  echo "marketdesk demo: reusing the PostgreSQL already running from $state (left running at the end)"
else
  pg_start "$state/postgres" "$pg_port"
fi
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
MARKETDESK_JWT_SECRET=$(cat "$state/jwt-secret")
export MARKETDESK_JWT_SECRET
export MARKETDESK_LOG_FORMAT=${MARKETDESK_LOG_FORMAT:-text}

# The simulated Kubernetes cluster (interface A), with a bearer token like a real cluster's.
kube_status="not built ($kube_sim is missing): the Deployments page answers not_configured"
if [ -x "$kube_sim" ]; then
  mkdir -p "$state/kube-sim"
  [ -s "$state/kube-sim/token" ] || (umask 077; head -c 24 /dev/urandom | base64 -w0 | tr '+/' '-_' >"$state/kube-sim/token")
  : >"$state/kube-sim/sim.log"
  start "the simulated cluster" "$state/kube-sim/sim.log" "$kube_sim" --listen "127.0.0.1:$kube_port" --seed demo \
    --namespace marketplace --token-file "$state/kube-sim/token"
  for _ in $(seq 1 100); do
    grep -q "listening on" "$state/kube-sim/sim.log" && break
    kill -0 "${pids[-1]}" 2>/dev/null || break
    sleep 0.1
  done
  grep -q "listening on" "$state/kube-sim/sim.log" ||
    { echo "marketdesk demo: the simulated cluster did not start; see $state/kube-sim/sim.log" >&2; exit 1; }
  (umask 077; cat >"$state/kube-sim/kubeconfig" <<YAML
apiVersion: v1
kind: Config
clusters:
  - name: marketdesk-sim
    cluster:
      server: http://127.0.0.1:$kube_port
contexts:
  - name: marketdesk-sim
    context:
      cluster: marketdesk-sim
      user: marketdesk-demo
      namespace: marketplace
current-context: marketdesk-sim
users:
  - name: marketdesk-demo
    user:
      token: $(cat "$state/kube-sim/token")
YAML
  )
  export MARKETDESK_KUBE_MODE=kubeconfig MARKETDESK_KUBECONFIG="$state/kube-sim/kubeconfig" MARKETDESK_KUBE_NAMESPACE=marketplace
  version=$(curl -fsS --max-time 5 -H "Authorization: Bearer $(cat "$state/kube-sim/token")" \
    "http://127.0.0.1:$kube_port/version" | sed -n 's/.*"gitVersion" *: *"\([^"]*\)".*/\1/p') ||
    { echo "marketdesk demo: the simulated cluster does not answer /version; see $state/kube-sim/sim.log" >&2; exit 1; }
  kube_status="http://127.0.0.1:$kube_port ($version, simulated; kubeconfig $state/kube-sim/kubeconfig)"
fi

# Monitoring: node_exporter, Alertmanager, Prometheus with Marketdesk's alert rules.
mkdir -p "$state/prometheus/data" "$state/alertmanager"
start node_exporter "$state/node-exporter.log" prometheus-node-exporter \
  --web.listen-address="127.0.0.1:$node_exporter_port" --no-collector.textfile
start Alertmanager "$state/alertmanager/alertmanager.log" prometheus-alertmanager \
  --config.file="$root/packaging/monitoring/demo/alertmanager.yml" --storage.path="$state/alertmanager" \
  --web.listen-address="127.0.0.1:$alertmanager_port" --cluster.listen-address=
sed -e "s#@RULES_FILE@#$root/packaging/monitoring/rules/marketdesk-alerts.yml#" -e "s/@API_PORT@/$api_port/" \
    -e "s/@NODE_EXPORTER_PORT@/$node_exporter_port/" -e "s/@PROMETHEUS_PORT@/$prometheus_port/" \
    -e "s/@ALERTMANAGER_PORT@/$alertmanager_port/" \
    "$root/packaging/monitoring/demo/prometheus.yml.in" >"$state/prometheus/prometheus.yml"
start Prometheus "$state/prometheus/prometheus.log" prometheus --config.file="$state/prometheus/prometheus.yml" \
  --storage.tsdb.path="$state/prometheus/data" --storage.tsdb.retention.time=15d \
  --web.listen-address="127.0.0.1:$prometheus_port"
export MARKETDESK_PROMETHEUS_URL="http://127.0.0.1:$prometheus_port"
wait_http "http://127.0.0.1:$prometheus_port/-/ready" 60 ||
  { echo "marketdesk demo: Prometheus did not become ready; see $state/prometheus/prometheus.log" >&2; exit 1; }
wait_http "http://127.0.0.1:$alertmanager_port/-/ready" 30 ||
  { echo "marketdesk demo: Alertmanager did not become ready; see $state/alertmanager/alertmanager.log" >&2; exit 1; }

start "the API server" "$state/server.log" "$server" serve --listen "127.0.0.1:$api_port"
wait_http "http://127.0.0.1:$api_port/healthz/ready" 30 ||
  { echo "marketdesk demo: the server did not become ready; see $state/server.log" >&2; exit 1; }

traffic_status="off (MARKETDESK_DEMO_TRAFFIC_RATE=0)"
if [ "$traffic_rate" != 0 ]; then
  start "the traffic generator" "$state/traffic.log" python3 -u "$root/scripts/demo-traffic.py" \
    --base-url "http://127.0.0.1:$api_port" --rate "$traffic_rate"
  traffic_status="$traffic_rate activities/s of browsing, search and orders (log: $state/traffic.log)"
fi

cat <<TXT

  Marketdesk is running.
    API           http://127.0.0.1:$api_port   (OpenAPI: /api/openapi.json, metrics: /metrics)
    PostgreSQL    127.0.0.1:$pg_port, data in $state/postgres
    Prometheus    http://127.0.0.1:$prometheus_port   (alerts: /alerts; data in $state/prometheus)
    Alertmanager  http://127.0.0.1:$alertmanager_port
    node_exporter http://127.0.0.1:$node_exporter_port/metrics
    Kubernetes    $kube_status
    Traffic       $traffic_status
    Sign in       admin@marketdesk.kr / marketdesk-demo   (also support@, ops@, seller1@marketdesk.kr)
    Logs          $state/*.log
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
  MARKETDESK_PASSWORD=marketdesk-demo start "the console" "$state/console.log" "$console" \
    --server "http://127.0.0.1:$api_port" --user admin@marketdesk.kr
fi
# Whichever ends first (the console, or any component failing) ends the demo; cleanup stops the rest.
ended=
wait -n -p ended "${pids[@]}" || true
if [ -n "$ended" ] && [ "${names[$ended]}" != "the console" ]; then
  echo "marketdesk demo: ${names[$ended]} exited; stopping the demo (see the logs in $state)" >&2
fi
