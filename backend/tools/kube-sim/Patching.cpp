#include "Patching.h"

#include "KubeStatus.h"

#include <algorithm>

namespace md::kubesim {

namespace {

const char* mergeKeyFor(const std::string& field)
{
    if (field == "containers" || field == "initContainers" || field == "env" || field == "volumes" ||
        field == "imagePullSecrets")
        return "name";
    if (field == "ports") return "containerPort";
    if (field == "volumeMounts") return "mountPath";
    return nullptr;
}

bool isDirective(const std::string& key)
{
    return !key.empty() && key[0] == '$';
}

// A patch value as it lands in the target: directives removed, nulls inside new maps dropped.
nlohmann::json stripped(const nlohmann::json& value)
{
    if (value.is_object()) {
        nlohmann::json out = nlohmann::json::object();
        for (auto& [key, item] : value.items())
            if (!isDirective(key) && !item.is_null()) out[key] = stripped(item);
        return out;
    }
    if (value.is_array()) {
        nlohmann::json out = nlohmann::json::array();
        for (const auto& item : value)
            out.push_back(stripped(item));
        return out;
    }
    return value;
}

void mergeList(nlohmann::json& target, const nlohmann::json& patch, const char* key)
{
    for (const auto& element : patch) {
        if (!element.is_object() || !element.contains(key)) {
            throw KubeError::badRequest(std::string("strategic merge patch: list element without merge key \"") + key +
                                        "\"");
        }
        const nlohmann::json& id = element[key];
        auto match = std::find_if(target.begin(), target.end(), [&](const nlohmann::json& existing) {
            return existing.is_object() && existing.value(key, nlohmann::json()) == id;
        });
        bool remove = element.value("$patch", "") == "delete";
        if (remove) {
            if (match != target.end()) target.erase(match);
        } else if (match != target.end()) {
            strategicMerge(*match, element);
        } else {
            target.push_back(stripped(element));
        }
    }
}

} // namespace

void strategicMerge(nlohmann::json& target, const nlohmann::json& patch)
{
    if (!patch.is_object()) {
        target = patch;
        return;
    }
    if (patch.value("$patch", "") == "replace") {
        target = stripped(patch);
        return;
    }
    if (!target.is_object()) target = nlohmann::json::object();
    for (auto& [key, value] : patch.items()) {
        if (isDirective(key)) continue;
        if (value.is_null()) {
            target.erase(key);
            continue;
        }
        const char* mergeKey = mergeKeyFor(key);
        auto existing = target.find(key);
        if (value.is_array() && mergeKey && existing != target.end() && existing->is_array()) {
            mergeList(*existing, value, mergeKey);
        } else if (value.is_object() && existing != target.end() && existing->is_object()) {
            if (value.value("$patch", "") == "delete") {
                target.erase(key);
            } else {
                strategicMerge(*existing, value);
            }
        } else {
            target[key] = stripped(value);
        }
    }
}

PatchType patchTypeFromContentType(const std::string& contentType)
{
    std::string type = contentType.substr(0, contentType.find(';'));
    type.erase(std::remove(type.begin(), type.end(), ' '), type.end());
    if (type == "application/merge-patch+json") return PatchType::Merge;
    if (type == "application/strategic-merge-patch+json") return PatchType::StrategicMerge;
    if (type == "application/json-patch+json") return PatchType::Json;
    throw KubeError::unsupportedMediaType(contentType);
}

nlohmann::json applyPatch(const nlohmann::json& target, const std::string& patchBody, PatchType type)
{
    nlohmann::json patch = nlohmann::json::parse(patchBody, nullptr, false);
    if (patch.is_discarded()) throw KubeError::badRequest("the body of the request is not valid JSON");
    nlohmann::json result = target;
    switch (type) {
    case PatchType::Merge:
        if (!patch.is_object()) throw KubeError::badRequest("a merge patch must be a JSON object");
        result.merge_patch(patch);
        return result;
    case PatchType::StrategicMerge:
        if (!patch.is_object()) throw KubeError::badRequest("a strategic merge patch must be a JSON object");
        strategicMerge(result, patch);
        return result;
    case PatchType::Json:
        if (!patch.is_array()) throw KubeError::badRequest("a JSON patch must be a JSON array of operations");
        try {
            return target.patch(patch);
        } catch (const nlohmann::json::exception& error) {
            throw KubeError(422, "Invalid", std::string("the JSON patch could not be applied: ") + error.what());
        }
    }
    return result;
}

} // namespace md::kubesim
