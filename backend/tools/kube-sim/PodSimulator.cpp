#include "PodSimulator.h"

#include <algorithm>
#include <cmath>

namespace md::kubesim {

namespace {

const char* const kNodes[] = {"node-a", "node-b", "node-c"};
const char* const kNodeIps[] = {"10.0.1.11", "10.0.1.12", "10.0.1.13"};
constexpr double kScheduleDelay = 0.3; // seconds until the scheduler binds the pod
constexpr double kStartDelay = 1.5;    // image pull and container start
constexpr double kCrashAfter = 2.5;    // a broken container's life
constexpr std::size_t kKeptRuns = 3;

const std::string kSafeAlphabet = "bcdfghjklmnpqrstvwxz2456789";

nlohmann::json condition(const char* type, bool status, const std::string& time, const char* reason = nullptr,
                         const std::string& message = {})
{
    nlohmann::json out = {{"type", type},
                          {"status", status ? "True" : "False"},
                          {"lastProbeTime", nullptr},
                          {"lastTransitionTime", time}};
    if (reason) out["reason"] = reason;
    if (!message.empty()) out["message"] = message;
    return out;
}

} // namespace

PodSimulator::PodSimulator(ObjectStore& store, Scheduler& scheduler, EventRecorder& events, const SimClock& clock)
    : m_store(store), m_scheduler(scheduler), m_events(events), m_clock(clock)
{
}

bool PodSimulator::isBrokenImage(const std::string& image)
{
    auto colon = image.rfind(':');
    if (colon == std::string::npos || image.find('/', colon) != std::string::npos) return false;
    const std::string suffix = "-broken";
    std::string tag = image.substr(colon + 1);
    return tag.size() >= suffix.size() && tag.compare(tag.size() - suffix.size(), suffix.size(), suffix) == 0;
}

const PodRuntime* PodSimulator::runtime(const std::string& podName) const
{
    auto it = m_runtimes.find(podName);
    return it == m_runtimes.end() ? nullptr : &it->second;
}

std::string PodSimulator::newPodName(const std::string& replicaSetName)
{
    for (int attempt = 0; attempt < 100; ++attempt) {
        std::string name = replicaSetName + "-";
        for (int i = 0; i < 5; ++i)
            name += kSafeAlphabet[m_random() % kSafeAlphabet.size()];
        if (!m_store.get(Kind::Pod, name)) return name;
    }
    return replicaSetName + "-" + std::to_string(m_store.resourceVersion());
}

nlohmann::json PodSimulator::podFromTemplate(const nlohmann::json& replicaSet, const std::string& name,
                                             PodRuntime& runtime)
{
    const nlohmann::json& templ = replicaSet["spec"]["template"];
    nlohmann::json metadata = templ.value("metadata", nlohmann::json::object());
    metadata.erase("creationTimestamp");
    metadata["name"] = name;
    metadata["generateName"] = replicaSet["metadata"]["name"].get<std::string>() + "-";
    metadata["ownerReferences"] = controllerReference(Kind::ReplicaSet, replicaSet);
    nlohmann::json spec = templ.value("spec", nlohmann::json::object());
    if (!spec.contains("restartPolicy")) spec["restartPolicy"] = "Always";
    if (!spec.contains("serviceAccountName")) spec["serviceAccountName"] = "default";
    if (!spec.contains("terminationGracePeriodSeconds")) spec["terminationGracePeriodSeconds"] = 30;
    runtime.app = metadata.value("labels", nlohmann::json::object())
                      .value("app", replicaSet["metadata"]["name"].get<std::string>());
    for (const auto& container : spec.value("containers", nlohmann::json::array())) {
        ContainerRuntime containerRuntime;
        containerRuntime.name = container.value("name", "");
        containerRuntime.image = container.value("image", "");
        containerRuntime.broken = isBrokenImage(containerRuntime.image);
        runtime.containers.push_back(std::move(containerRuntime));
    }
    return {{"metadata", std::move(metadata)}, {"spec", std::move(spec)}};
}

void PodSimulator::createPod(const nlohmann::json& replicaSet)
{
    std::string name = newPodName(replicaSet["metadata"]["name"]);
    PodRuntime runtime;
    runtime.incarnation = m_nextIncarnation++;
    nlohmann::json pod = podFromTemplate(replicaSet, name, runtime);
    pod["status"] = statusFor(pod, runtime);
    m_runtimes[name] = std::move(runtime);
    m_store.create(Kind::Pod, std::move(pod));
    later(name, kScheduleDelay, &PodSimulator::schedulePod);
}

void PodSimulator::createRunningPod(const nlohmann::json& replicaSet, WallTime startedAt, int restarts)
{
    std::string name = newPodName(replicaSet["metadata"]["name"]);
    PodRuntime runtime;
    runtime.incarnation = m_nextIncarnation++;
    nlohmann::json pod = podFromTemplate(replicaSet, name, runtime);
    unsigned index = m_random() % 3;
    runtime.node = kNodes[index];
    runtime.podIp = "10.244." + std::to_string(index + 1) + "." + std::to_string(2 + m_random() % 250);
    runtime.startTime = startedAt;
    runtime.stage = PodRuntime::Stage::Ready;
    for (auto& container : runtime.containers) {
        // The main (first) container restarted; it has a previous instance whose log previous=true shows.
        const bool restarted = restarts > 0 && &container == &runtime.containers.front();
        container.restartCount = restarted ? restarts : 0;
        if (restarted)
            container.runs.push_back({startedAt - std::chrono::minutes(50), startedAt - std::chrono::seconds(3)});
        container.runs.push_back({startedAt, std::nullopt});
    }
    pod["spec"]["nodeName"] = runtime.node;
    pod["metadata"]["creationTimestamp"] = formatTime(startedAt - std::chrono::seconds(2));
    pod["status"] = statusFor(pod, runtime);
    m_runtimes[name] = std::move(runtime);
    m_store.create(Kind::Pod, std::move(pod));
}

void PodSimulator::deletePod(const std::string& name)
{
    ObjectPtr pod = m_store.get(Kind::Pod, name);
    if (!pod) return;
    m_events.record(*pod, "Normal", "Killing",
                    "Stopping container " + (*pod)["spec"]["containers"][0].value("name", ""), "kubelet");
    m_store.remove(Kind::Pod, name);
    m_runtimes.erase(name);
}

void PodSimulator::later(const std::string& name, double simulatedSeconds,
                         void (PodSimulator::*step)(const std::string&))
{
    std::uint64_t incarnation = m_runtimes.at(name).incarnation;
    m_scheduler.after(m_clock.scaledSeconds(simulatedSeconds), [this, name, incarnation, step] {
        auto it = m_runtimes.find(name);
        if (it == m_runtimes.end() || it->second.incarnation != incarnation) return; // deleted meanwhile
        (this->*step)(name);
    });
}

void PodSimulator::notifyOwner(const std::string& podName)
{
    ObjectPtr pod = m_store.get(Kind::Pod, podName);
    if (!pod || !m_podChanged) return;
    for (const auto& owner : (*pod)["metadata"].value("ownerReferences", nlohmann::json::array()))
        if (owner.value("kind", "") == "ReplicaSet") m_podChanged(owner.value("name", ""));
}

void PodSimulator::writeStatus(const std::string& name)
{
    ObjectPtr current = m_store.get(Kind::Pod, name);
    if (!current) return;
    nlohmann::json pod = *current;
    pod["spec"]["nodeName"] = m_runtimes.at(name).node;
    if (m_runtimes.at(name).node.empty()) pod["spec"].erase("nodeName");
    pod["status"] = statusFor(pod, m_runtimes.at(name));
    m_store.replace(Kind::Pod, std::move(pod));
    notifyOwner(name);
}

void PodSimulator::schedulePod(const std::string& name)
{
    PodRuntime& runtime = m_runtimes.at(name);
    unsigned index = m_random() % 3;
    runtime.node = kNodes[index];
    runtime.podIp = "10.244." + std::to_string(index + 1) + "." + std::to_string(2 + m_random() % 250);
    runtime.stage = PodRuntime::Stage::Scheduled;
    runtime.startTime = SimClock::wallNow();
    writeStatus(name);
    if (ObjectPtr pod = m_store.get(Kind::Pod, name))
        m_events.record(*pod, "Normal", "Scheduled",
                        "Successfully assigned " + m_store.namespaceName() + "/" + name + " to " + runtime.node,
                        "default-scheduler");
    later(name, kStartDelay, &PodSimulator::startContainers);
}

void PodSimulator::startContainers(const std::string& name)
{
    PodRuntime& runtime = m_runtimes.at(name);
    const WallTime now = SimClock::wallNow();
    const bool restarting = runtime.stage == PodRuntime::Stage::CrashLoop;
    bool anyBroken = false;
    for (auto& container : runtime.containers) {
        if (restarting && !container.broken) continue; // healthy sidecars kept running
        container.runs.push_back({now, std::nullopt});
        if (container.runs.size() > kKeptRuns) container.runs.erase(container.runs.begin());
        anyBroken = anyBroken || container.broken;
    }
    runtime.stage = PodRuntime::Stage::Started;
    writeStatus(name);
    if (ObjectPtr pod = m_store.get(Kind::Pod, name)) {
        for (const auto& container : runtime.containers) {
            if (restarting && !container.broken) continue;
            m_events.record(*pod, "Normal", "Pulled",
                            "Container image \"" + container.image + "\" already present on machine", "kubelet");
            m_events.record(*pod, "Normal", "Created", "Created container " + container.name, "kubelet");
            m_events.record(*pod, "Normal", "Started", "Started container " + container.name, "kubelet");
        }
    }
    if (anyBroken) {
        later(name, kCrashAfter, &PodSimulator::crash);
    } else {
        // Readiness probes pass after 2-4 simulated seconds, differently per pod.
        later(name, 2.0 + static_cast<double>(m_random() % 2000) / 1000.0, &PodSimulator::becomeReady);
    }
}

void PodSimulator::becomeReady(const std::string& name)
{
    m_runtimes.at(name).stage = PodRuntime::Stage::Ready;
    writeStatus(name);
}

void PodSimulator::crash(const std::string& name)
{
    PodRuntime& runtime = m_runtimes.at(name);
    const WallTime now = SimClock::wallNow();
    int restarts = 0;
    std::string brokenName;
    for (auto& container : runtime.containers) {
        if (!container.broken) continue;
        if (!container.runs.empty()) container.runs.back().finishedAt = now;
        restarts = ++container.restartCount;
        brokenName = container.name;
    }
    runtime.stage = PodRuntime::Stage::CrashLoop;
    writeStatus(name);
    if (ObjectPtr pod = m_store.get(Kind::Pod, name))
        m_events.record(*pod, "Warning", "BackOff",
                        "Back-off restarting failed container " + brokenName + " in pod " + name + "_" +
                            m_store.namespaceName() + "(" + (*pod)["metadata"].value("uid", "") + ")",
                        "kubelet");
    // The kubelet's back-off: 10 s, doubling, at most 5 minutes.
    double backOff = std::min(300.0, 10.0 * std::pow(2.0, std::max(0, restarts - 1)));
    later(name, backOff, &PodSimulator::startContainers);
}

nlohmann::json PodSimulator::statusFor(const nlohmann::json& pod, const PodRuntime& runtime) const
{
    using Stage = PodRuntime::Stage;
    const std::string created = pod["metadata"].value("creationTimestamp", formatTime(SimClock::wallNow()));
    nlohmann::json status = {{"phase", "Pending"}, {"qosClass", "Burstable"}};
    if (runtime.stage == Stage::Pending) {
        status["conditions"] = {condition("PodScheduled", false, created, "Unschedulable", "")};
        status["conditions"][0]["status"] = "False";
        status["conditions"][0]["reason"] = "Pending";
        return status;
    }
    const std::string started = formatTime(runtime.startTime);
    const bool podReady = runtime.stage == Stage::Ready;
    status["hostIP"] = kNodeIps[runtime.node == "node-a" ? 0 : runtime.node == "node-b" ? 1 : 2];
    status["podIP"] = runtime.podIp;
    status["podIPs"] = {{{"ip", runtime.podIp}}};
    status["startTime"] = started;
    status["phase"] = runtime.stage == Stage::Scheduled ? "Pending" : "Running";
    status["conditions"] = {condition("Initialized", true, started),
                            condition("Ready", podReady, started, podReady ? nullptr : "ContainersNotReady"),
                            condition("ContainersReady", podReady, started, podReady ? nullptr : "ContainersNotReady"),
                            condition("PodScheduled", true, started)};
    nlohmann::json containerStatuses = nlohmann::json::array();
    for (const auto& container : runtime.containers) {
        nlohmann::json entry = {{"name", container.name},
                                {"image", container.image},
                                {"imageID", "registry.example.com/sha256:" + std::string(16, 'a')},
                                {"restartCount", container.restartCount},
                                {"lastState", nlohmann::json::object()}};
        bool running = runtime.stage == Stage::Started || runtime.stage == Stage::Ready ||
                       (runtime.stage == Stage::CrashLoop && !container.broken);
        bool ready =
            running && (runtime.stage == Stage::Ready || (runtime.stage == Stage::CrashLoop && !container.broken));
        if (running && !container.runs.empty()) {
            entry["state"] = {{"running", {{"startedAt", formatTime(container.runs.back().startedAt)}}}};
            entry["containerID"] =
                "containerd://" +
                std::to_string(std::hash<std::string>()(pod["metadata"].value("name", "") + container.name +
                                                        std::to_string(container.runs.size())));
        } else if (runtime.stage == Stage::CrashLoop && container.broken) {
            int restarts = container.restartCount;
            int backOff = static_cast<int>(std::min(300.0, 10.0 * std::pow(2.0, std::max(0, restarts - 1))));
            entry["state"] = {
                {"waiting",
                 {{"reason", "CrashLoopBackOff"},
                  {"message", "back-off " + std::to_string(backOff) + "s restarting failed container=" +
                                  container.name + " pod=" + pod["metadata"].value("name", "") + "_" +
                                  m_store.namespaceName() + "(" + pod["metadata"].value("uid", "") + ")"}}}};
        } else {
            entry["state"] = {{"waiting", {{"reason", "ContainerCreating"}}}};
        }
        if (container.restartCount > 0 && !container.runs.empty()) {
            const ContainerRun* last = nullptr;
            for (auto it = container.runs.rbegin(); it != container.runs.rend(); ++it)
                if (it->finishedAt) {
                    last = &*it;
                    break;
                }
            if (last)
                entry["lastState"] = {{"terminated",
                                       {{"exitCode", 1},
                                        {"reason", "Error"},
                                        {"startedAt", formatTime(last->startedAt)},
                                        {"finishedAt", formatTime(*last->finishedAt)}}}};
        }
        entry["ready"] = ready;
        entry["started"] = running;
        containerStatuses.push_back(std::move(entry));
    }
    status["containerStatuses"] = std::move(containerStatuses);
    return status;
}

} // namespace md::kubesim
