#pragma once
// The kubelet and scheduler of the simulated cluster: creates pods from a ReplicaSet's template and
// walks them through their life on the scheduler (Pending -> scheduled on node-a/b/c -> containers
// started -> ready), emitting the kubelet's events. A container whose image tag ends in "-broken"
// crashes a few seconds after each start and restarts with Kubernetes' growing back-off
// (CrashLoopBackOff), so it is never ready. Delays are simulated seconds (divided by --speed).
// Keeps per-pod runtime facts (container runs) the log generator needs.

#include "EventRecorder.h"
#include "ObjectStore.h"
#include "Scheduler.h"
#include "SimClock.h"

#include <functional>
#include <random>
#include <string>
#include <unordered_map>
#include <vector>

namespace md::kubesim {

struct ContainerRun {
    WallTime startedAt;
    std::optional<WallTime> finishedAt; // set when it crashed
};

struct ContainerRuntime {
    std::string name;
    std::string image;
    bool broken = false;
    int restartCount = 0;
    std::vector<ContainerRun> runs; // the last few runs, newest last
};

struct PodRuntime {
    enum class Stage { Pending, Scheduled, Started, Ready, CrashLoop };
    Stage stage = Stage::Pending;
    std::uint64_t incarnation = 0; // guards timers against a pod deleted and recreated by name
    std::string app;
    std::string node;
    std::string podIp;
    WallTime startTime;
    std::vector<ContainerRuntime> containers;
};

class PodSimulator {
public:
    using PodChanged = std::function<void(const std::string& replicaSetName)>;

    PodSimulator(ObjectStore& store, Scheduler& scheduler, EventRecorder& events, const SimClock& clock);
    void setPodChangedHandler(PodChanged handler) { m_podChanged = std::move(handler); }

    // A new pod for the ReplicaSet, starting its life now.
    void createPod(const nlohmann::json& replicaSet);
    // A pod that has been running and ready since `startedAt` (seeds).
    void createRunningPod(const nlohmann::json& replicaSet, WallTime startedAt, int restarts = 0);
    void deletePod(const std::string& name);

    const PodRuntime* runtime(const std::string& podName) const;
    static bool isBrokenImage(const std::string& image);

private:
    std::string newPodName(const std::string& replicaSetName);
    nlohmann::json podFromTemplate(const nlohmann::json& replicaSet, const std::string& name, PodRuntime& runtime);
    void writeStatus(const std::string& name);
    nlohmann::json statusFor(const nlohmann::json& pod, const PodRuntime& runtime) const;
    void later(const std::string& name, double simulatedSeconds, void (PodSimulator::*step)(const std::string&));
    void schedulePod(const std::string& name);
    void startContainers(const std::string& name);
    void becomeReady(const std::string& name);
    void crash(const std::string& name);
    void notifyOwner(const std::string& podName);

    ObjectStore& m_store;
    Scheduler& m_scheduler;
    EventRecorder& m_events;
    const SimClock& m_clock;
    PodChanged m_podChanged;
    std::unordered_map<std::string, PodRuntime> m_runtimes;
    std::uint64_t m_nextIncarnation = 1;
    std::mt19937 m_random{20261201};
};

} // namespace md::kubesim
