// Validates rendered Kubernetes manifests (the output of `kubectl kustomize`), offline:
//  1. every object against its schema: Kubernetes' own from `kubernetes-models`, and the CRDs we
//     use (CloudNativePG, Prometheus Operator) from their `@kubernetes-models/*` packages; an
//     object of any other kind is an error, so nothing goes unchecked silently;
//  2. names unique per kind and namespace, every namespaced object in a namespace;
//  3. references inside the render resolve: ConfigMaps and Secrets used by pods, the service
//     account, the Service, Ingress, HPA and PodDisruptionBudget targets (Secrets that operators
//     create, such as cert-manager's TLS Secret, are named with --external-secret);
//  4. every pod template meets the restricted Pod Security profile the namespace enforces, and
//     every container declares memory requests and limits.
//   node validate-manifests.mjs [--external-secret NAME ...] RENDERED.yaml ...
// The schemas accept unknown fields (Kubernetes' OpenAPI does not forbid them), so a misspelt
// optional field is not caught here; the API server's strict field validation would reject it.
import { readFileSync } from "node:fs";
import YAML from "yaml";

const schemaModules = [
  { group: "", module: (version) => `kubernetes-models/${version}` },
  { group: "postgresql.cnpg.io", module: (version) => `@kubernetes-models/cloudnative-pg/postgresql.cnpg.io/${version}` },
  { group: "monitoring.coreos.com", module: (version) => `@kubernetes-models/prometheus-operator/monitoring.coreos.com/${version}` },
];
const clusterScopedKinds = new Set(["Namespace", "ClusterRole", "ClusterRoleBinding", "CustomResourceDefinition",
  "PriorityClass", "StorageClass", "IngressClass", "PersistentVolume"]);
const podTemplatePaths = { Deployment: ["spec", "template"], StatefulSet: ["spec", "template"], DaemonSet: ["spec", "template"],
  Job: ["spec", "template"], CronJob: ["spec", "jobTemplate", "spec", "template"] };

const externalSecrets = new Set();
const files = [];
const args = process.argv.slice(2);
for (let i = 0; i < args.length; ++i) {
  if (args[i] === "--external-secret" && i + 1 < args.length) externalSecrets.add(args[++i]);
  else if (args[i].startsWith("--")) {
    console.error(`validate-manifests: unknown option '${args[i]}'`);
    process.exit(2);
  } else files.push(args[i]);
}
if (files.length === 0) {
  console.error("usage: node validate-manifests.mjs [--external-secret NAME ...] RENDERED.yaml ...");
  process.exit(2);
}

async function modelFor(apiVersion, kind) {
  const [group, version] = apiVersion.includes("/") ? apiVersion.split("/") : ["", apiVersion];
  const known = schemaModules.find((entry) => entry.group === group) ?? (group.endsWith(".k8s.io") || !group.includes(".") ? null : undefined);
  let specifier;
  if (known) specifier = known.module(version);
  else if (known === null) specifier = `kubernetes-models/${group}/${version}`; // apps, batch, *.k8s.io …
  else return { error: `no schema package for the API group ${group}` };
  try {
    const module = await import(specifier);
    if (typeof module[kind] !== "function") return { error: `${specifier} has no kind ${kind}` };
    return { model: module[kind] };
  } catch (error) {
    return { error: `no schema for ${apiVersion} (${error.code ?? error.message})` };
  }
}

const at = (object, path) => path.reduce((value, key) => (value == null ? undefined : value[key]), object);
const matches = (selector, labels) => selector && Object.entries(selector).every(([key, value]) => labels?.[key] === value);

function checkPodTemplate(name, template, complain) {
  const spec = template?.spec ?? {};
  const pod = spec.securityContext ?? {};
  if (pod.seccompProfile?.type !== "RuntimeDefault" && pod.seccompProfile?.type !== "Localhost")
    complain(`${name}: pod securityContext.seccompProfile.type must be RuntimeDefault`);
  for (const container of [...(spec.initContainers ?? []), ...(spec.containers ?? [])]) {
    const where = `${name} container ${container.name}`;
    const security = container.securityContext ?? {};
    if (security.runAsNonRoot !== true && pod.runAsNonRoot !== true) complain(`${where}: runAsNonRoot is not set`);
    if ((security.runAsUser ?? pod.runAsUser) === 0) complain(`${where}: runs as uid 0`);
    if (security.allowPrivilegeEscalation !== false) complain(`${where}: allowPrivilegeEscalation must be false`);
    if (security.privileged === true) complain(`${where}: privileged`);
    if (security.readOnlyRootFilesystem !== true) complain(`${where}: readOnlyRootFilesystem must be true`);
    if (!(security.capabilities?.drop ?? []).includes("ALL")) complain(`${where}: capabilities must drop ALL`);
    if (!container.resources?.requests?.memory || !container.resources?.limits?.memory)
      complain(`${where}: memory request and limit are required`);
  }
}

let failures = 0;
for (const file of files) {
  const complain = (message) => {
    console.error(`  FAIL ${message}`);
    ++failures;
  };
  const documents = YAML.parseAllDocuments(readFileSync(file, "utf8"));
  const objects = [];
  for (const document of documents) {
    if (document.errors.length) complain(`${file}: YAML: ${document.errors[0].message}`);
    else if (document.contents !== null) objects.push(document.toJS());
  }
  console.log(`${file}: ${objects.length} objects`);
  if (objects.length === 0) complain(`${file}: nothing rendered`);

  const seen = new Map();
  const byKind = (kind) => objects.filter((object) => object.kind === kind);
  for (const object of objects) {
    const name = `${object.kind ?? "?"} ${object.metadata?.namespace ?? ""}/${object.metadata?.name ?? "?"}`;
    if (!object.apiVersion || !object.kind || !object.metadata?.name) {
      complain(`${name}: apiVersion, kind and metadata.name are required`);
      continue;
    }
    const key = `${object.apiVersion.split("/")[0]}:${name}`;
    if (seen.has(key)) complain(`${name}: defined twice`);
    seen.set(key, object);
    if (!clusterScopedKinds.has(object.kind) && !object.metadata.namespace) complain(`${name}: no namespace`);

    const { model, error } = await modelFor(object.apiVersion, object.kind);
    if (error) {
      complain(`${name}: ${error}`);
      continue;
    }
    // Kustomize folds long base64 Secret values over several lines; the API server's Go decoder
    // ignores the newlines, the schema's "byte" format does not.
    if (object.kind === "Secret" && object.data)
      for (const key of Object.keys(object.data)) object.data[key] = String(object.data[key]).replace(/\s+/g, "");
    try {
      new model(object).validate();
    } catch (validationError) {
      complain(`${name} (${object.apiVersion}): ${validationError.message}`);
    }
    const templatePath = podTemplatePaths[object.kind];
    if (templatePath) checkPodTemplate(name, at(object, templatePath), complain);
  }

  // References inside the render.
  const names = (kind) => new Set(byKind(kind).map((object) => object.metadata.name));
  const configMaps = names("ConfigMap");
  const secrets = new Set([...names("Secret"), ...externalSecrets]);
  const serviceAccounts = new Set([...names("ServiceAccount"), "default"]);
  const workloads = objects.filter((object) => podTemplatePaths[object.kind]);
  for (const workload of workloads) {
    const name = `${workload.kind} ${workload.metadata.name}`;
    const spec = at(workload, podTemplatePaths[workload.kind])?.spec ?? {};
    if (spec.serviceAccountName && !serviceAccounts.has(spec.serviceAccountName))
      complain(`${name}: service account ${spec.serviceAccountName} is not defined`);
    for (const container of [...(spec.initContainers ?? []), ...(spec.containers ?? [])]) {
      for (const source of container.envFrom ?? []) {
        if (source.configMapRef && !configMaps.has(source.configMapRef.name))
          complain(`${name}: ConfigMap ${source.configMapRef.name} is not defined`);
        if (source.secretRef && !secrets.has(source.secretRef.name))
          complain(`${name}: Secret ${source.secretRef.name} is not defined`);
      }
      for (const variable of container.env ?? []) {
        const configMap = variable.valueFrom?.configMapKeyRef, secret = variable.valueFrom?.secretKeyRef;
        if (configMap && !configMaps.has(configMap.name)) complain(`${name}: ConfigMap ${configMap.name} is not defined`);
        if (secret && !secrets.has(secret.name)) complain(`${name}: Secret ${secret.name} is not defined`);
      }
    }
    for (const volume of spec.volumes ?? []) {
      if (volume.configMap && !configMaps.has(volume.configMap.name)) complain(`${name}: ConfigMap ${volume.configMap.name} is not defined`);
      if (volume.secret && !secrets.has(volume.secret.secretName)) complain(`${name}: Secret ${volume.secret.secretName} is not defined`);
    }
  }
  const podLabels = workloads.map((workload) => at(workload, podTemplatePaths[workload.kind])?.metadata?.labels ?? {});
  const selectsPods = (selector) => podLabels.some((labels) => matches(selector, labels));
  const services = new Map(byKind("Service").map((service) => [service.metadata.name, service]));
  for (const service of services.values())
    if (service.spec?.selector && !selectsPods(service.spec.selector))
      complain(`Service ${service.metadata.name}: its selector matches no pod template`);
  for (const budget of byKind("PodDisruptionBudget"))
    if (!selectsPods(budget.spec?.selector?.matchLabels)) complain(`PodDisruptionBudget ${budget.metadata.name}: selects no pods`);
  for (const ingress of byKind("Ingress")) {
    for (const rule of ingress.spec?.rules ?? [])
      for (const path of rule.http?.paths ?? []) {
        const backend = path.backend?.service;
        const service = services.get(backend?.name);
        if (!service) complain(`Ingress ${ingress.metadata.name}: Service ${backend?.name} is not defined`);
        else if (backend.port?.name && !(service.spec?.ports ?? []).some((port) => port.name === backend.port.name))
          complain(`Ingress ${ingress.metadata.name}: Service ${backend.name} has no port ${backend.port.name}`);
      }
    for (const tls of ingress.spec?.tls ?? [])
      if (tls.secretName && !secrets.has(tls.secretName)) complain(`Ingress ${ingress.metadata.name}: TLS Secret ${tls.secretName} is not defined`);
  }
  for (const autoscaler of byKind("HorizontalPodAutoscaler")) {
    const target = autoscaler.spec?.scaleTargetRef;
    if (!workloads.some((workload) => workload.kind === target?.kind && workload.metadata.name === target?.name))
      complain(`HorizontalPodAutoscaler ${autoscaler.metadata.name}: ${target?.kind} ${target?.name} is not defined`);
  }
  for (const monitor of byKind("ServiceMonitor")) {
    const selected = [...services.values()].filter((service) => matches(monitor.spec?.selector?.matchLabels, service.metadata.labels));
    if (selected.length === 0) complain(`ServiceMonitor ${monitor.metadata.name}: selects no Service`);
    for (const endpoint of monitor.spec?.endpoints ?? [])
      if (endpoint.port && !selected.some((service) => (service.spec?.ports ?? []).some((port) => port.name === endpoint.port)))
        complain(`ServiceMonitor ${monitor.metadata.name}: no selected Service has a port named ${endpoint.port}`);
  }
}

if (failures) {
  console.error(`validate-manifests: ${failures} problem(s)`);
  process.exit(1);
}
console.log("validate-manifests: every object is valid");
