#pragma once
// Turns Kubernetes objects (apps/v1 Deployment and ReplicaSet, v1 Pod and Event) into the JSON the
// ops endpoints serve (API.md "Operations", interface D): names in snake_case, counts defaulted to
// 0 where Kubernetes omits them, and a rollout state computed as `kubectl rollout status` does.
// Pure functions, so the mapping is tested without a cluster.

#include <nlohmann/json.hpp>

#include <string>

namespace md::ops::kube {

nlohmann::json deploymentView(const nlohmann::json& deployment);
// {"state":"complete|progressing|failed|paused","message"}
nlohmann::json rolloutState(const nlohmann::json& deployment);
// Revisions from the ReplicaSets the Deployment owns, newest first.
nlohmann::json revisionsView(const nlohmann::json& deployment, const nlohmann::json& replicaSetList);
nlohmann::json podView(const nlohmann::json& pod);
nlohmann::json eventView(const nlohmann::json& event);

// spec.selector as a labelSelector query ("app=x,tier in (a,b),!canary"); "" for none.
std::string labelSelectorText(const nlohmann::json& selector);
// The ReplicaSets of replicaSetList owned (controller reference) by the Deployment.
nlohmann::json ownedReplicaSets(const nlohmann::json& deployment, const nlohmann::json& replicaSetList);
// The "deployment.kubernetes.io/revision" annotation of an object, 0 when absent or malformed.
long long revisionOf(const nlohmann::json& object);

} // namespace md::ops::kube
