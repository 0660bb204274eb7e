# shellcheck shell=bash
# Shared helpers for the scripts: a local PostgreSQL cluster in a folder of ours, run as the
# postgres user when we are root (initdb refuses root), and free-port checks.

PGBIN=${PGBIN:-/usr/lib/postgresql/15/bin}

as_pg_owner() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

# pg_start DIR PORT: initdb on first use, then start on 127.0.0.1:PORT with the socket in DIR.
pg_start() {
  local dir=$1 port=$2
  if [ "$(id -u)" -eq 0 ]; then
    install -d -o postgres -g postgres -m 700 "$dir"
  else
    install -d -m 700 "$dir"
  fi
  if [ ! -f "$dir/data/PG_VERSION" ]; then
    as_pg_owner "$PGBIN/initdb" -D "$dir/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 ||
      { echo "initdb failed; see $dir/initdb.log" >&2; return 1; }
  fi
  as_pg_owner "$PGBIN/pg_ctl" -D "$dir/data" -l "$dir/postgres.log" -w -t 60 \
    -o "-p $port -k $dir -c listen_addresses=127.0.0.1" start >/dev/null ||
    { echo "PostgreSQL did not start; see $dir/postgres.log" >&2; return 1; }
}

pg_stop() {
  local dir=$1
  [ -f "$dir/data/postmaster.pid" ] && as_pg_owner "$PGBIN/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 || true
}

# stop_pid PID: SIGTERM a child of this script and reap it; nothing when PID is empty.
stop_pid() {
  if [ -n "$1" ]; then
    kill -TERM "$1" 2>/dev/null || true
    wait "$1" 2>/dev/null || true
  fi
}

# say TEXT: a timestamped progress line on stderr (the benches keep stdout for their figures).
say() { printf '%s %s: %s\n' "$(date +%H:%M:%S)" "${SAY_PREFIX:-marketdesk}" "$*" >&2; }

# port_free PORT: true when nothing listens on 127.0.0.1:PORT.
port_free() {
  ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

# require_free_port NAME PORT VARIABLE: explains how to choose another port when taken.
require_free_port() {
  if ! port_free "$2"; then
    echo "marketdesk: port $2 for $1 is already in use; stop whatever uses it or set $3 to a free port" >&2
    exit 1
  fi
}

# wait_http URL SECONDS: polls until the URL answers 200.
wait_http() {
  local url=$1 deadline=$((SECONDS + $2))
  until curl -fsS -o /dev/null "$url" 2>/dev/null; do
    [ $SECONDS -ge $deadline ] && return 1
    sleep 0.1
  done
}
