#include "ops/kube/DeploymentView.h"

#include <algorithm>
#include <charconv>

namespace md::ops::kube {

namespace {

using nlohmann::json;

const json& at(const json& object, std::initializer_list<const char*> path)
{
    static const json null;
    const json* current = &object;
    for (const char* key : path) {
        if (!current->is_object()) return null;
        auto it = current->find(key);
        if (it == current->end()) return null;
        current = &*it;
    }
    return *current;
}

long long integer(const json& value, long long fallback = 0)
{
    return value.is_number_integer() ? value.get<long long>() : fallback;
}

std::string text(const json& value)
{
    return value.is_string() ? value.get<std::string>() : std::string();
}

json findCondition(const json& deployment, const std::string& type)
{
    const json& conditions = at(deployment, {"status", "conditions"});
    if (conditions.is_array())
        for (const auto& condition : conditions)
            if (text(condition["type"]) == type) return condition;
    return nullptr;
}

json containersOf(const json& podTemplate)
{
    json containers = json::array();
    const json& list = at(podTemplate, {"spec", "containers"});
    if (list.is_array())
        for (const auto& container : list)
            containers.push_back({{"name", text(container["name"])}, {"image", text(container["image"])}});
    return containers;
}

json imagesOf(const json& podTemplate)
{
    json images = json::array();
    for (const auto& container : containersOf(podTemplate)) images.push_back(container["image"]);
    return images;
}

} // namespace

long long revisionOf(const json& object)
{
    const std::string value = text(at(object, {"metadata", "annotations", "deployment.kubernetes.io/revision"}));
    long long revision = 0;
    auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), revision);
    if (ec != std::errc() || end != value.data() + value.size()) return 0;
    return revision;
}

json rolloutState(const json& deployment)
{
    const long long desired = integer(at(deployment, {"spec", "replicas"}), 1);
    const long long updated = integer(at(deployment, {"status", "updatedReplicas"}));
    const long long current = integer(at(deployment, {"status", "replicas"}));
    const long long available = integer(at(deployment, {"status", "availableReplicas"}));
    const long long generation = integer(at(deployment, {"metadata", "generation"}));
    const long long observed = integer(at(deployment, {"status", "observedGeneration"}));
    const json progressing = findCondition(deployment, "Progressing");

    if (at(deployment, {"spec", "paused"}) == true)
        return {{"state", "paused"}, {"message", "the rollout is paused"}};
    if (progressing.is_object() && text(progressing["reason"]) == "ProgressDeadlineExceeded")
        return {{"state", "failed"},
                {"message", text(progressing["message"]).empty() ? "the rollout exceeded its progress deadline"
                                                                 : text(progressing["message"])}};
    // The same order of checks as `kubectl rollout status`.
    if (observed < generation)
        return {{"state", "progressing"}, {"message", "waiting for the deployment spec update to be observed"}};
    if (updated < desired)
        return {{"state", "progressing"},
                {"message", std::to_string(updated) + " of " + std::to_string(desired) + " new replicas updated"}};
    if (current > updated)
        return {{"state", "progressing"},
                {"message", std::to_string(current - updated) + " old replicas pending termination"}};
    if (available < updated)
        return {{"state", "progressing"},
                {"message", std::to_string(available) + " of " + std::to_string(updated) + " updated replicas available"}};
    return {{"state", "complete"}, {"message", "successfully rolled out"}};
}

json deploymentView(const json& deployment)
{
    const json& podTemplate = at(deployment, {"spec", "template"});
    const long long desired = integer(at(deployment, {"spec", "replicas"}), 1);
    json conditions = json::array();
    const json& list = at(deployment, {"status", "conditions"});
    if (list.is_array())
        for (const auto& condition : list)
            conditions.push_back({{"type", text(condition["type"])},
                                  {"status", text(condition["status"])},
                                  {"reason", text(condition["reason"])},
                                  {"message", text(condition["message"])},
                                  {"last_update", text(condition.value("lastUpdateTime", json()))}});
    std::string strategy = text(at(deployment, {"spec", "strategy", "type"}));
    if (strategy.empty()) strategy = "RollingUpdate";
    return {
        {"name", text(at(deployment, {"metadata", "name"}))},
        {"namespace", text(at(deployment, {"metadata", "namespace"}))},
        {"images", imagesOf(podTemplate)},
        {"containers", containersOf(podTemplate)},
        {"replicas",
         {{"desired", desired},
          {"ready", integer(at(deployment, {"status", "readyReplicas"}))},
          {"updated", integer(at(deployment, {"status", "updatedReplicas"}))},
          {"available", integer(at(deployment, {"status", "availableReplicas"}))},
          {"unavailable", integer(at(deployment, {"status", "unavailableReplicas"}))}}},
        {"revision", revisionOf(deployment)},
        {"generation", integer(at(deployment, {"metadata", "generation"}))},
        {"observed_generation", integer(at(deployment, {"status", "observedGeneration"}))},
        {"conditions", conditions},
        {"paused", at(deployment, {"spec", "paused"}) == true},
        {"rollout", rolloutState(deployment)},
        {"strategy", strategy},
        {"resource_version", text(at(deployment, {"metadata", "resourceVersion"}))},
        {"created_at", text(at(deployment, {"metadata", "creationTimestamp"}))},
    };
}

json ownedReplicaSets(const json& deployment, const json& replicaSetList)
{
    const std::string uid = text(at(deployment, {"metadata", "uid"}));
    const std::string name = text(at(deployment, {"metadata", "name"}));
    json owned = json::array();
    const json& items = at(replicaSetList, {"items"});
    if (!items.is_array()) return owned;
    for (const auto& replicaSet : items) {
        const json& owners = at(replicaSet, {"metadata", "ownerReferences"});
        if (!owners.is_array()) continue;
        for (const auto& owner : owners) {
            const bool sameOwner = !uid.empty() ? text(owner["uid"]) == uid
                                                : text(owner["kind"]) == "Deployment" && text(owner["name"]) == name;
            if (sameOwner && owner.value("controller", false)) {
                owned.push_back(replicaSet);
                break;
            }
        }
    }
    return owned;
}

json revisionsView(const json& deployment, const json& replicaSetList)
{
    const long long currentRevision = revisionOf(deployment);
    json revisions = json::array();
    for (const auto& replicaSet : ownedReplicaSets(deployment, replicaSetList)) {
        const long long revision = revisionOf(replicaSet);
        if (revision <= 0) continue;
        revisions.push_back({{"revision", revision},
                             {"replicaset", text(at(replicaSet, {"metadata", "name"}))},
                             {"images", imagesOf(at(replicaSet, {"spec", "template"}))},
                             {"created_at", text(at(replicaSet, {"metadata", "creationTimestamp"}))},
                             {"replicas", integer(at(replicaSet, {"status", "replicas"}))},
                             {"current", revision == currentRevision}});
    }
    std::sort(revisions.begin(), revisions.end(),
              [](const json& a, const json& b) { return a["revision"].get<long long>() > b["revision"].get<long long>(); });
    return revisions;
}

json podView(const json& pod)
{
    long long restarts = 0;
    bool allReady = true;
    std::string waitingReason;
    const json& statuses = at(pod, {"status", "containerStatuses"});
    if (statuses.is_array() && !statuses.empty()) {
        for (const auto& status : statuses) {
            restarts += integer(status.value("restartCount", json()));
            allReady = allReady && status.value("ready", false);
            const std::string reason = text(at(status, {"state", "waiting", "reason"}));
            if (waitingReason.empty() && !reason.empty()) waitingReason = reason;
        }
    } else {
        allReady = false;
    }
    json containers = json::array();
    const json& specContainers = at(pod, {"spec", "containers"});
    if (specContainers.is_array())
        for (const auto& container : specContainers) containers.push_back(text(container["name"]));
    return {{"name", text(at(pod, {"metadata", "name"}))},
            {"phase", text(at(pod, {"status", "phase"}))},
            {"ready", allReady},
            {"restarts", restarts},
            {"node", text(at(pod, {"spec", "nodeName"}))},
            {"started_at", text(at(pod, {"status", "startTime"}))},
            {"containers", containers},
            {"reason", waitingReason}};
}

json eventView(const json& event)
{
    std::string firstSeen = text(event.value("firstTimestamp", json()));
    std::string lastSeen = text(event.value("lastTimestamp", json()));
    const std::string eventTime = text(event.value("eventTime", json()));
    if (firstSeen.empty()) firstSeen = eventTime;
    if (lastSeen.empty()) lastSeen = eventTime.empty() ? firstSeen : eventTime;
    const json& involved = at(event, {"involvedObject"});
    return {{"type", text(event.value("type", json()))},
            {"reason", text(event.value("reason", json()))},
            {"message", text(event.value("message", json()))},
            {"object", text(at(involved, {"kind"})) + "/" + text(at(involved, {"name"}))},
            {"count", integer(event.value("count", json()), 1)},
            {"first_seen", firstSeen},
            {"last_seen", lastSeen}};
}

std::string labelSelectorText(const json& selector)
{
    std::string out;
    auto add = [&out](const std::string& term) {
        if (!out.empty()) out += ",";
        out += term;
    };
    const json& labels = at(selector, {"matchLabels"});
    if (labels.is_object())
        for (auto it = labels.begin(); it != labels.end(); ++it) add(it.key() + "=" + text(it.value()));
    const json& expressions = at(selector, {"matchExpressions"});
    if (expressions.is_array())
        for (const auto& expression : expressions) {
            const std::string key = text(expression["key"]);
            const std::string op = text(expression["operator"]);
            std::string values;
            if (expression.contains("values") && expression["values"].is_array())
                for (const auto& value : expression["values"]) values += (values.empty() ? "" : ",") + text(value);
            if (op == "In") add(key + " in (" + values + ")");
            else if (op == "NotIn") add(key + " notin (" + values + ")");
            else if (op == "Exists") add(key);
            else if (op == "DoesNotExist") add("!" + key);
        }
    return out;
}

} // namespace md::ops::kube
