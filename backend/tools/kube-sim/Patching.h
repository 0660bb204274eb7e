#pragma once
// The three PATCH flavours of the Kubernetes API, applied to a whole object:
// - application/merge-patch+json (RFC 7386): objects merge, null deletes, lists are replaced;
// - application/json-patch+json (RFC 6902): a list of operations;
// - application/strategic-merge-patch+json: like merge patch, but lists of named things merge by
//   their key (containers/initContainers/env/volumes by "name", ports by "containerPort",
//   volumeMounts by "mountPath"), with the "$patch": "delete"/"replace" directives; the ordering
//   hints ($setElementOrder, $retainKeys) kubectl sends are accepted and ignored.

#include <nlohmann/json.hpp>

#include <string>

namespace md::kubesim {

enum class PatchType { Merge, Json, StrategicMerge };

// From the Content-Type header (parameters ignored); throws KubeError 415 for anything else.
PatchType patchTypeFromContentType(const std::string& contentType);
// Throws KubeError 400 when the patch body is not what its type requires.
nlohmann::json applyPatch(const nlohmann::json& target, const std::string& patchBody, PatchType type);

void strategicMerge(nlohmann::json& target, const nlohmann::json& patch);

} // namespace md::kubesim
