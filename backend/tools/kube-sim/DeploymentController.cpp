#include "DeploymentController.h"

#include <algorithm>
#include <cmath>

namespace md::kubesim {

namespace {

const char* const kRevisionAnnotation = "deployment.kubernetes.io/revision";
const std::string kSafeAlphabet = "bcdfghjklmnpqrstvwxz2456789";

long long replicasOf(const nlohmann::json& object)
{
    return object["spec"].value("replicas", 0LL);
}
long long statusCount(const nlohmann::json& object, const char* field)
{
    auto status = object.find("status");
    return status == object.end() ? 0 : status->value(field, 0LL);
}

// maxSurge / maxUnavailable: an integer or a percentage of the desired replicas.
long long resolveIntOrPercent(const nlohmann::json& value, long long desired, bool roundUp)
{
    if (value.is_number_integer()) return std::max(0LL, value.get<long long>());
    std::string text = value.is_string() ? value.get<std::string>() : "25%";
    if (!text.empty() && text.back() == '%') {
        double percent = std::atof(text.c_str());
        double exact = percent * static_cast<double>(desired) / 100.0;
        return static_cast<long long>(roundUp ? std::ceil(exact) : std::floor(exact));
    }
    return std::max(0LL, static_cast<long long>(std::atoll(text.c_str())));
}

bool ownedBy(const nlohmann::json& object, const std::string& uid)
{
    for (const auto& owner : object["metadata"].value("ownerReferences", nlohmann::json::array()))
        if (owner.value("uid", "") == uid && owner.value("controller", false)) return true;
    return false;
}

} // namespace

DeploymentController::DeploymentController(ObjectStore& store, Scheduler& scheduler, EventRecorder& events,
                                           PodSimulator& pods, const SimClock& clock)
    : m_store(store), m_scheduler(scheduler), m_events(events), m_pods(pods), m_clock(clock)
{
    m_pods.setPodChangedHandler([this](const std::string& replicaSet) { replicaSetChanged(replicaSet); });
}

nlohmann::json DeploymentController::replicaSetAnnotations(long long desired, long long revision)
{
    return {{"deployment.kubernetes.io/desired-replicas", std::to_string(desired)},
            {"deployment.kubernetes.io/max-replicas", std::to_string(desired + 1)},
            {kRevisionAnnotation, std::to_string(revision)}};
}

std::string DeploymentController::templateHash(const nlohmann::json& podTemplate)
{
    // FNV-1a over the canonical JSON (keys sorted), rendered with Kubernetes' "safe" alphabet
    // (rand.SafeEncodeString of the decimal hash), so names look like checkout-api-7d9f8b6c5.
    std::uint32_t hash = 2166136261u;
    for (unsigned char c : templateWithoutHash(podTemplate).dump()) {
        hash ^= c;
        hash *= 16777619u;
    }
    std::string decimal = std::to_string(hash);
    std::string out;
    for (char c : decimal)
        out += kSafeAlphabet[static_cast<unsigned char>(c) % kSafeAlphabet.size()];
    return out;
}

nlohmann::json DeploymentController::templateWithoutHash(const nlohmann::json& podTemplate)
{
    nlohmann::json copy = podTemplate;
    if (copy.contains("metadata") && copy["metadata"].contains("labels")) {
        copy["metadata"]["labels"].erase("pod-template-hash");
        if (copy["metadata"]["labels"].empty()) copy["metadata"].erase("labels");
    }
    if (copy.contains("metadata") && copy["metadata"].is_object()) {
        copy["metadata"].erase("creationTimestamp");
        if (copy["metadata"].contains("annotations") && copy["metadata"]["annotations"].empty())
            copy["metadata"].erase("annotations");
    }
    return copy;
}

long long DeploymentController::revisionOf(const nlohmann::json& object)
{
    auto annotations = object["metadata"].value("annotations", nlohmann::json::object());
    return std::atoll(annotations.value(kRevisionAnnotation, "0").c_str());
}

void DeploymentController::deploymentChanged(const std::string& name)
{
    m_dirty.insert(name);
    scheduleSync();
}

void DeploymentController::replicaSetChanged(const std::string& replicaSetName)
{
    ObjectPtr replicaSet = m_store.get(Kind::ReplicaSet, replicaSetName);
    if (!replicaSet) return;
    for (const auto& owner : (*replicaSet)["metadata"].value("ownerReferences", nlohmann::json::array()))
        if (owner.value("kind", "") == "Deployment") deploymentChanged(owner.value("name", ""));
}

void DeploymentController::scheduleSync()
{
    if (m_syncQueued) return;
    m_syncQueued = true;
    m_scheduler.after(std::chrono::milliseconds(0), [this] {
        m_syncQueued = false;
        syncNow();
    });
}

void DeploymentController::syncNow()
{
    std::set<std::string> dirty;
    dirty.swap(m_dirty);
    for (const std::string& name : dirty)
        syncDeployment(name);
}

std::vector<nlohmann::json> DeploymentController::ownedReplicaSets(const nlohmann::json& deployment) const
{
    const std::string uid = deployment["metadata"].value("uid", "");
    std::vector<nlohmann::json> sets;
    LabelSelector selector = LabelSelector::fromSelectorObject(deployment["spec"].value("selector", nlohmann::json()));
    for (const ObjectPtr& object : m_store.select(Kind::ReplicaSet, selector))
        if (ownedBy(*object, uid)) sets.push_back(*object);
    std::sort(sets.begin(), sets.end(),
              [](const nlohmann::json& a, const nlohmann::json& b) { return revisionOf(a) < revisionOf(b); });
    return sets;
}

nlohmann::json DeploymentController::createReplicaSet(const nlohmann::json& deployment, long long revision)
{
    const nlohmann::json& spec = deployment["spec"];
    const std::string hash = templateHash(spec["template"]);
    std::string name = deployment["metadata"]["name"].get<std::string>() + "-" + hash;
    if (m_store.get(Kind::ReplicaSet, name)) name += "-" + std::to_string(m_store.resourceVersion() % 100000);

    nlohmann::json podTemplate = spec["template"];
    podTemplate["metadata"]["labels"]["pod-template-hash"] = hash;
    nlohmann::json selector = spec.value("selector", nlohmann::json::object());
    selector["matchLabels"]["pod-template-hash"] = hash;
    nlohmann::json labels = podTemplate["metadata"]["labels"];
    long long desired = spec.value("replicas", 1LL);
    nlohmann::json replicaSet = {
        {"metadata",
         {{"name", name},
          {"labels", labels},
          {"annotations", replicaSetAnnotations(desired, revision)},
          {"ownerReferences", controllerReference(Kind::Deployment, deployment)}}},
        {"spec",
         {{"replicas", 0},
          {"minReadySeconds", spec.value("minReadySeconds", 0)},
          {"selector", selector},
          {"template", podTemplate}}},
        {"status", {{"replicas", 0}, {"observedGeneration", 1}}},
    };
    return *m_store.create(Kind::ReplicaSet, std::move(replicaSet));
}

void DeploymentController::scaleReplicaSet(nlohmann::json& replicaSet, long long replicas,
                                           const nlohmann::json& deployment)
{
    long long current = replicasOf(replicaSet);
    if (current == replicas) return;
    replicaSet["spec"]["replicas"] = replicas;
    long long desired = deployment["spec"].value("replicas", 1LL);
    replicaSet["metadata"]["annotations"]["deployment.kubernetes.io/desired-replicas"] = std::to_string(desired);
    replicaSet = *m_store.replace(Kind::ReplicaSet, replicaSet);
    const std::string direction = replicas > current ? "up" : "down";
    m_events.record(deployment, "Normal", "ScalingReplicaSet",
                    "Scaled " + direction + " replica set " + replicaSet["metadata"]["name"].get<std::string>() +
                        " to " + std::to_string(replicas) + " from " + std::to_string(current),
                    "deployment-controller");
}

void DeploymentController::syncPods(nlohmann::json& replicaSet)
{
    const std::string uid = replicaSet["metadata"]["uid"];
    LabelSelector selector = LabelSelector::fromSelectorObject(replicaSet["spec"]["selector"]);
    auto ownedPods = [&] {
        std::vector<ObjectPtr> pods;
        for (const ObjectPtr& pod : m_store.select(Kind::Pod, selector))
            if (ownedBy(*pod, uid)) pods.push_back(pod);
        return pods;
    };
    std::vector<ObjectPtr> pods = ownedPods();
    const long long wanted = replicasOf(replicaSet);
    auto isReady = [&](const ObjectPtr& pod) {
        const PodRuntime* runtime = m_pods.runtime((*pod)["metadata"]["name"]);
        return runtime && runtime->stage == PodRuntime::Stage::Ready;
    };
    if (static_cast<long long>(pods.size()) < wanted) {
        for (long long i = static_cast<long long>(pods.size()); i < wanted; ++i)
            m_pods.createPod(replicaSet);
        pods = ownedPods();
    } else if (static_cast<long long>(pods.size()) > wanted) {
        // Like the ReplicaSet controller: not-ready pods go first, then the youngest.
        std::stable_sort(pods.begin(), pods.end(), [&](const ObjectPtr& a, const ObjectPtr& b) {
            bool readyA = isReady(a), readyB = isReady(b);
            if (readyA != readyB) return !readyA;
            return (*a)["metadata"].value("creationTimestamp", "") > (*b)["metadata"].value("creationTimestamp", "");
        });
        std::size_t excess = pods.size() - static_cast<std::size_t>(wanted);
        for (std::size_t i = 0; i < excess; ++i)
            m_pods.deletePod((*pods[i])["metadata"]["name"]);
        pods = ownedPods();
    }
    long long ready = std::count_if(pods.begin(), pods.end(), isReady);
    nlohmann::json status = {{"replicas", static_cast<long long>(pods.size())},
                             {"fullyLabeledReplicas", static_cast<long long>(pods.size())},
                             {"readyReplicas", ready},
                             {"availableReplicas", ready},
                             {"observedGeneration", replicaSet["metadata"].value("generation", 1LL)}};
    if (replicaSet.value("status", nlohmann::json()) != status) {
        replicaSet["status"] = status;
        replicaSet = *m_store.replace(Kind::ReplicaSet, replicaSet);
    }
}

void DeploymentController::cleanupHistory(const nlohmann::json& deployment, std::vector<nlohmann::json>& oldSets)
{
    long long limit = deployment["spec"].value("revisionHistoryLimit", 10LL);
    std::vector<std::string> idle;
    for (const auto& set : oldSets) // oldest revision first
        if (replicasOf(set) == 0 && statusCount(set, "replicas") == 0) idle.push_back(set["metadata"]["name"]);
    for (std::size_t i = 0; static_cast<long long>(idle.size() - i) > limit; ++i)
        m_store.remove(Kind::ReplicaSet, idle[i]);
}

void DeploymentController::syncDeployment(const std::string& name)
{
    ObjectPtr stored = m_store.get(Kind::Deployment, name);
    if (!stored) {
        m_lastProgress.erase(name);
        return;
    }
    nlohmann::json deployment = *stored;
    const nlohmann::json& spec = deployment["spec"];
    const long long desired = spec.value("replicas", 1LL);
    const bool paused = spec.value("paused", false);
    const nlohmann::json& podTemplate = spec["template"];
    const SteadyTime now = SimClock::now();

    std::vector<nlohmann::json> sets = ownedReplicaSets(deployment);
    long long maxRevision = 0;
    int newIndex = -1;
    for (std::size_t i = 0; i < sets.size(); ++i) {
        maxRevision = std::max(maxRevision, revisionOf(sets[i]));
        if (templateWithoutHash(sets[i]["spec"]["template"]) == templateWithoutHash(podTemplate))
            newIndex = static_cast<int>(i);
    }
    std::string hint;
    if (!paused) {
        if (newIndex < 0) {
            sets.push_back(createReplicaSet(deployment, maxRevision + 1));
            newIndex = static_cast<int>(sets.size() - 1);
            hint = "NewReplicaSetCreated";
            m_lastProgress[name] = now;
        } else if (revisionOf(sets[newIndex]) < maxRevision) {
            // A rollback (or a template going back to an earlier one): the old ReplicaSet is reused.
            nlohmann::json& reused = sets[newIndex];
            auto& annotations = reused["metadata"]["annotations"];
            std::string history = annotations.value("deployment.kubernetes.io/revision-history", "");
            history += (history.empty() ? "" : ",") + annotations.value(kRevisionAnnotation, "0");
            annotations["deployment.kubernetes.io/revision-history"] = history;
            annotations[kRevisionAnnotation] = std::to_string(maxRevision + 1);
            reused = *m_store.replace(Kind::ReplicaSet, reused);
            hint = "FoundNewReplicaSet";
            m_lastProgress[name] = now;
        }
    }

    // Newest revision last; the new ReplicaSet moved to the end so "old" is everything before it.
    if (newIndex >= 0 && newIndex != static_cast<int>(sets.size() - 1)) {
        std::rotate(sets.begin() + newIndex, sets.begin() + newIndex + 1, sets.end());
        newIndex = static_cast<int>(sets.size() - 1);
    }
    // Fresh ReplicaSet statuses first: the scaling decisions below depend on available counts.
    for (auto& set : sets)
        syncPods(set);
    const std::size_t oldCount = newIndex >= 0 ? sets.size() - 1 : sets.size();
    auto totalReplicas = [&] {
        long long total = 0;
        for (const auto& set : sets)
            total += replicasOf(set);
        return total;
    };
    auto oldReplicas = [&] {
        long long total = 0;
        for (std::size_t i = 0; i < oldCount; ++i)
            total += replicasOf(sets[i]);
        return total;
    };

    const nlohmann::json rolling =
        spec.value("strategy", nlohmann::json::object()).value("rollingUpdate", nlohmann::json::object());
    long long maxSurge = resolveIntOrPercent(rolling.value("maxSurge", nlohmann::json("25%")), desired, true);
    long long maxUnavailable =
        resolveIntOrPercent(rolling.value("maxUnavailable", nlohmann::json("25%")), desired, false);
    if (maxSurge == 0 && maxUnavailable == 0) maxUnavailable = 1;
    const bool recreate = spec.value("strategy", nlohmann::json::object()).value("type", "RollingUpdate") == "Recreate";

    bool scaled = false;
    auto scale = [&](nlohmann::json& set, long long replicas) {
        if (replicasOf(set) == replicas) return;
        scaleReplicaSet(set, replicas, deployment);
        scaled = true;
    };

    if (newIndex >= 0) {
        nlohmann::json& newSet = sets[newIndex];
        if (paused) {
            // Paused: no rollout, but a scale still applies to the current ReplicaSet.
            if (oldReplicas() == 0) scale(newSet, desired);
        } else if (recreate) {
            if (oldReplicas() > 0) {
                for (std::size_t i = 0; i < oldCount; ++i)
                    scale(sets[i], 0);
            } else {
                bool oldPodsLeft = false;
                for (std::size_t i = 0; i < oldCount; ++i)
                    oldPodsLeft = oldPodsLeft || statusCount(sets[i], "replicas") > 0;
                if (!oldPodsLeft) scale(newSet, desired);
            }
        } else {
            // Scale up the new ReplicaSet within maxSurge.
            long long target = replicasOf(newSet);
            if (oldReplicas() == 0) {
                target = desired;
            } else if (target > desired) {
                target = desired;
            } else {
                long long room = desired + maxSurge - totalReplicas();
                if (room > 0) target = std::min(desired, target + room);
            }
            scale(newSet, target);
            // Scale down old ones within maxUnavailable: unhealthy pods first, then by availability.
            if (oldReplicas() > 0) {
                const long long minAvailable = desired - maxUnavailable;
                const long long newUnavailable = replicasOf(newSet) - statusCount(newSet, "availableReplicas");
                long long cleanup = totalReplicas() - minAvailable - newUnavailable;
                for (std::size_t i = 0; i < oldCount && cleanup > 0; ++i) {
                    long long unhealthy = replicasOf(sets[i]) - statusCount(sets[i], "availableReplicas");
                    long long drop = std::min(unhealthy, cleanup);
                    if (drop <= 0) continue;
                    scale(sets[i], replicasOf(sets[i]) - drop);
                    cleanup -= drop;
                }
                long long available = 0;
                for (const auto& set : sets)
                    available += std::min(replicasOf(set), statusCount(set, "availableReplicas"));
                long long scaleDown = available - minAvailable;
                for (std::size_t i = 0; i < oldCount && scaleDown > 0; ++i) {
                    long long drop = std::min(replicasOf(sets[i]), scaleDown);
                    if (drop <= 0) continue;
                    scale(sets[i], replicasOf(sets[i]) - drop);
                    scaleDown -= drop;
                }
            }
        }
    }

    for (auto& set : sets)
        syncPods(set);
    std::vector<nlohmann::json> oldSets(sets.begin(), sets.begin() + static_cast<long>(oldCount));
    cleanupHistory(deployment, oldSets);

    const nlohmann::json* newSet = newIndex >= 0 ? &sets[newIndex] : (sets.empty() ? nullptr : &sets.back());
    deployment["status"] = computeStatus(deployment, newSet, sets, hint);
    if (newSet) deployment["metadata"]["annotations"][kRevisionAnnotation] = std::to_string(revisionOf(*newSet));
    m_store.replace(Kind::Deployment, std::move(deployment));
    // Scaling one side frees room for the other: look again until nothing moves.
    if (scaled) deploymentChanged(name);
}

nlohmann::json DeploymentController::computeStatus(const nlohmann::json& deployment, const nlohmann::json* newSet,
                                                   const std::vector<nlohmann::json>& allSets, const std::string& hint)
{
    const std::string name = deployment["metadata"]["name"];
    const nlohmann::json& spec = deployment["spec"];
    const nlohmann::json oldStatus = deployment.value("status", nlohmann::json::object());
    const long long desired = spec.value("replicas", 1LL);
    const bool paused = spec.value("paused", false);
    const SteadyTime now = SimClock::now();
    const std::string nowText = formatTime(SimClock::wallNow());

    long long replicas = 0, specTotal = 0, ready = 0, available = 0;
    for (const auto& set : allSets) {
        replicas += statusCount(set, "replicas");
        specTotal += replicasOf(set);
        ready += statusCount(set, "readyReplicas");
        available += statusCount(set, "availableReplicas");
    }
    long long updated = newSet ? statusCount(*newSet, "replicas") : 0;
    const nlohmann::json rolling =
        spec.value("strategy", nlohmann::json::object()).value("rollingUpdate", nlohmann::json::object());
    long long maxUnavailable =
        resolveIntOrPercent(rolling.value("maxUnavailable", nlohmann::json("25%")), desired, false);

    nlohmann::json status = {{"observedGeneration", deployment["metadata"].value("generation", 1LL)},
                             {"replicas", replicas},
                             {"updatedReplicas", updated},
                             {"readyReplicas", ready},
                             {"availableReplicas", available},
                             {"unavailableReplicas", std::max(0LL, specTotal - available)}};
    if (oldStatus.contains("collisionCount")) status["collisionCount"] = oldStatus["collisionCount"];

    const nlohmann::json oldConditions = oldStatus.value("conditions", nlohmann::json::array());
    auto oldCondition = [&](const std::string& type) -> nlohmann::json {
        for (const auto& condition : oldConditions)
            if (condition.value("type", "") == type) return condition;
        return nullptr;
    };
    auto makeCondition = [&](const std::string& type, const std::string& value, const std::string& reason,
                             const std::string& message, bool touch) {
        nlohmann::json previous = oldCondition(type);
        if (!previous.is_null() && previous.value("status", "") == value && previous.value("reason", "") == reason &&
            previous.value("message", "") == message) {
            if (touch) previous["lastUpdateTime"] = nowText;
            return previous;
        }
        std::string transition = !previous.is_null() && previous.value("status", "") == value
                                     ? previous.value("lastTransitionTime", nowText)
                                     : nowText;
        return nlohmann::json{
            {"type", type},     {"status", value},   {"lastUpdateTime", nowText}, {"lastTransitionTime", transition},
            {"reason", reason}, {"message", message}};
    };

    const bool minimumAvailable = available >= desired - maxUnavailable;
    nlohmann::json availableCondition = minimumAvailable
                                            ? makeCondition("Available", "True", "MinimumReplicasAvailable",
                                                            "Deployment has minimum availability.", false)
                                            : makeCondition("Available", "False", "MinimumReplicasUnavailable",
                                                            "Deployment does not have minimum availability.", false);

    const std::string setName = newSet ? (*newSet)["metadata"]["name"].get<std::string>() : name;
    const std::string oldReason =
        oldCondition("Progressing").is_null() ? "" : oldCondition("Progressing").value("reason", "");
    const bool complete =
        newSet && updated == desired && replicas == desired && available == desired && replicasOf(*newSet) == desired;
    const long long oldOldPods = oldStatus.value("replicas", 0LL) - oldStatus.value("updatedReplicas", 0LL);
    const bool progressed = updated > oldStatus.value("updatedReplicas", 0LL) || (replicas - updated) < oldOldPods ||
                            ready > oldStatus.value("readyReplicas", 0LL) ||
                            available > oldStatus.value("availableReplicas", 0LL);

    nlohmann::json progressing;
    if (paused) {
        progressing = makeCondition("Progressing", "Unknown", "DeploymentPaused", "Deployment is paused", false);
    } else if (complete) {
        progressing = makeCondition("Progressing", "True", "NewReplicaSetAvailable",
                                    "ReplicaSet \"" + setName + "\" has successfully progressed.", progressed);
        m_lastProgress[name] = now;
    } else if (oldReason == "DeploymentPaused") {
        progressing = makeCondition("Progressing", "Unknown", "DeploymentResumed", "Deployment is resumed", false);
        m_lastProgress[name] = now;
    } else if (hint == "NewReplicaSetCreated") {
        progressing = makeCondition("Progressing", "True", "NewReplicaSetCreated",
                                    "Created new replica set \"" + setName + "\"", true);
    } else if (hint == "FoundNewReplicaSet") {
        progressing = makeCondition("Progressing", "True", "FoundNewReplicaSet",
                                    "Found new replica set \"" + setName + "\"", true);
    } else if (progressed) {
        progressing = makeCondition("Progressing", "True", "ReplicaSetUpdated",
                                    "ReplicaSet \"" + setName + "\" is progressing.", true);
        m_lastProgress[name] = now;
    } else if (oldReason == "ProgressDeadlineExceeded" || oldReason == "NewReplicaSetAvailable") {
        // A timed-out rollout stays failed until something changes; a completed one never times out.
        progressing = oldCondition("Progressing");
    } else {
        auto last = m_lastProgress.find(name);
        if (last == m_lastProgress.end()) last = m_lastProgress.emplace(name, now).first;
        const double deadline = static_cast<double>(spec.value("progressDeadlineSeconds", 600LL));
        if (m_clock.simulatedSecondsBetween(last->second, now) >= deadline) {
            progressing = makeCondition("Progressing", "False", "ProgressDeadlineExceeded",
                                        "ReplicaSet \"" + setName + "\" has timed out progressing.", false);
        } else {
            progressing = oldCondition("Progressing");
            if (progressing.is_null())
                progressing = makeCondition("Progressing", "True", "ReplicaSetUpdated",
                                            "ReplicaSet \"" + setName + "\" is progressing.", false);
            SteadyTime checkAt = last->second + m_clock.scaledSeconds(deadline) + std::chrono::milliseconds(20);
            auto& scheduled = m_deadlineCheck[name];
            if (scheduled != checkAt) {
                scheduled = checkAt;
                m_scheduler.at(checkAt, [this, name] { deploymentChanged(name); });
            }
        }
    }
    // A rollout that is still moving needs a deadline check even while pods keep changing.
    if (!paused && !complete && progressing.value("reason", "") != "ProgressDeadlineExceeded") {
        auto last = m_lastProgress.find(name);
        if (last != m_lastProgress.end()) {
            const double deadline = static_cast<double>(spec.value("progressDeadlineSeconds", 600LL));
            SteadyTime checkAt = last->second + m_clock.scaledSeconds(deadline) + std::chrono::milliseconds(20);
            auto& scheduled = m_deadlineCheck[name];
            if (scheduled != checkAt) {
                scheduled = checkAt;
                m_scheduler.at(checkAt, [this, name] { deploymentChanged(name); });
            }
        }
    }
    status["conditions"] = nlohmann::json::array({availableCondition, progressing});
    return status;
}

} // namespace md::kubesim
