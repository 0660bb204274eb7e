#!/usr/bin/env bash
# Checks the demo stack's monitoring settings the way scripts/demo.sh uses them: prometheus.yml.in
# filled in with sample ports (promtool check config, which also checks the rule file it names)
# and alertmanager.yml (amtool check-config).
#   check-demo-config.sh MONITORING_DIR WORK_DIR
set -euo pipefail
monitoring=$1 work=$2
mkdir -p "$work"
sed -e "s#@RULES_FILE@#$monitoring/rules/marketdesk-alerts.yml#" -e 's/@API_PORT@/8080/' \
    -e 's/@NODE_EXPORTER_PORT@/9100/' -e 's/@PROMETHEUS_PORT@/9090/' -e 's/@ALERTMANAGER_PORT@/9093/' \
    "$monitoring/demo/prometheus.yml.in" >"$work/prometheus.yml"
if grep -n '@[A-Z_]*@' "$work/prometheus.yml"; then
  echo "check-demo-config: placeholders left unfilled (scripts/demo.sh must fill them too)" >&2
  exit 1
fi
promtool check config "$work/prometheus.yml"
amtool check-config "$monitoring/demo/alertmanager.yml"
