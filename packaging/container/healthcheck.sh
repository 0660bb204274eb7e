#!/bin/bash
# Container HEALTHCHECK: GET /healthz/live on the port from MARKETDESK_LISTEN over bash's /dev/tcp
# (the image has no curl); healthy when the status line says 200. Bounded by `timeout`.
#   healthcheck.sh [PORT]
port=${1:-${MARKETDESK_LISTEN##*:}}
port=${port:-8080}
exec timeout 3 bash -c '
  exec 3<>"/dev/tcp/127.0.0.1/$1" || exit 1
  printf "GET /healthz/live HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n" >&3
  IFS=" " read -r _ status _ <&3
  [ "$status" = 200 ]
' healthcheck "$port"
