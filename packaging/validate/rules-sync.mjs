// Keeps packaging/kubernetes/base/prometheusrule.yaml (for the Prometheus Operator) identical to
// packaging/monitoring/rules/marketdesk-alerts.yml (the plain rules file promtool checks and tests).
//   node rules-sync.mjs --rules RULES.yml --prometheus-rule PROMETHEUSRULE.yaml [--write]
// Without --write it exits 1 and names the first alert that differs; with --write it regenerates
// the PrometheusRule from the rules file. The build copies this script next to its node_modules
// (packaging/CMakeLists.txt); `cmake --build BUILD --target sync_prometheus_rule` runs --write.
import { readFileSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { isDeepStrictEqual } from "node:util";
import YAML from "yaml";

const options = { rules: null, prometheusRule: null, write: false };
const args = process.argv.slice(2);
for (let i = 0; i < args.length; ++i) {
  if (args[i] === "--write") options.write = true;
  else if (args[i] === "--rules" && i + 1 < args.length) options.rules = resolve(args[++i]);
  else if (args[i] === "--prometheus-rule" && i + 1 < args.length) options.prometheusRule = resolve(args[++i]);
  else {
    console.error(`rules-sync: unknown argument '${args[i]}' (expected --write, --rules FILE, --prometheus-rule FILE)`);
    process.exit(2);
  }
}
if (!options.rules || !options.prometheusRule) {
  console.error("rules-sync: both --rules FILE and --prometheus-rule FILE are required");
  process.exit(2);
}

function parseYaml(path) {
  const document = YAML.parseDocument(readFileSync(path, "utf8"));
  if (document.errors.length) throw new Error(`${path}: ${document.errors[0].message}`);
  return document.toJS();
}

const rules = parseYaml(options.rules);
if (!Array.isArray(rules?.groups) || rules.groups.length === 0) {
  console.error(`rules-sync: ${options.rules} has no rule groups`);
  process.exit(1);
}

if (options.write) {
  const prometheusRule = {
    apiVersion: "monitoring.coreos.com/v1",
    kind: "PrometheusRule",
    metadata: { name: "marketdesk-server", labels: { release: "kube-prometheus-stack" } },
    spec: { groups: rules.groups },
  };
  const header =
    "# GENERATED from packaging/monitoring/rules/marketdesk-alerts.yml by\n" +
    "# `cmake --build BUILD --target sync_prometheus_rule`; edit the rules file, not this one.\n";
  writeFileSync(options.prometheusRule, header + YAML.stringify(prometheusRule, { lineWidth: 120 }));
  console.log(`rules-sync: wrote ${options.prometheusRule}`);
  process.exit(0);
}

const prometheusRule = parseYaml(options.prometheusRule);
const groups = prometheusRule?.spec?.groups;
if (isDeepStrictEqual(groups, rules.groups)) {
  console.log(`rules-sync: the PrometheusRule matches ${options.rules} (${rules.groups.length} groups)`);
  process.exit(0);
}
// Name the first alert that differs so the fix is obvious.
const describe = (rule) => rule?.alert ?? rule?.record ?? "(unnamed)";
const theirs = new Map((groups ?? []).flatMap((g) => (g.rules ?? []).map((r) => [`${g.name}/${describe(r)}`, r])));
const ours = new Map(rules.groups.flatMap((g) => (g.rules ?? []).map((r) => [`${g.name}/${describe(r)}`, r])));
const differing = [...new Set([...ours.keys(), ...theirs.keys()])].filter(
  (key) => !isDeepStrictEqual(ours.get(key), theirs.get(key)),
);
console.error(
  `rules-sync: ${options.prometheusRule} differs from ${options.rules}` +
    (differing.length ? ` (first difference: ${differing[0]})` : " (group names or order)") +
    "; regenerate it with `cmake --build BUILD --target sync_prometheus_rule`",
);
process.exit(1);
