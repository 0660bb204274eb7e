#pragma once
// The deployment and replica-set controllers of the simulated cluster, reconciling on the
// simulator thread whenever a Deployment is written or one of its pods changes:
// - finds the ReplicaSet whose pod template equals the Deployment's (ignoring pod-template-hash);
//   if none, creates "<deployment>-<hash>" with revision max+1; an older one that matches again
//   (a rollback) is reused and gets revision max+1, as kube-controller-manager does;
// - rolls RollingUpdate deployments with maxSurge/maxUnavailable (default 25%), Recreate by
//   scaling the old ReplicaSets to zero first; keeps revisionHistoryLimit old ReplicaSets;
// - keeps each ReplicaSet's pod count (PodSimulator creates and runs them) and status;
// - writes Deployment status: observedGeneration, replica counts and the Available and
//   Progressing conditions (NewReplicaSetCreated, FoundNewReplicaSet, ReplicaSetUpdated,
//   NewReplicaSetAvailable, ProgressDeadlineExceeded after progressDeadlineSeconds/speed without
//   progress, DeploymentPaused / DeploymentResumed), and Normal ScalingReplicaSet events.

#include "EventRecorder.h"
#include "ObjectStore.h"
#include "PodSimulator.h"
#include "Scheduler.h"
#include "SimClock.h"

#include <map>
#include <set>
#include <string>

namespace md::kubesim {

class DeploymentController {
public:
    DeploymentController(ObjectStore& store, Scheduler& scheduler, EventRecorder& events, PodSimulator& pods,
                         const SimClock& clock);

    // Queue a reconcile (coalesced, run on the next turn of the event loop).
    void deploymentChanged(const std::string& name);
    void replicaSetChanged(const std::string& replicaSetName);
    // Reconcile now (seeding, tests of the controller itself).
    void syncNow();

    // "<deployment>-<hash>" the way Kubernetes derives the pod-template-hash label.
    static std::string templateHash(const nlohmann::json& podTemplate);
    // The template with the pod-template-hash label removed, for comparison with a Deployment's.
    static nlohmann::json templateWithoutHash(const nlohmann::json& podTemplate);
    static long long revisionOf(const nlohmann::json& object);
    // A ReplicaSet's metadata.annotations: the Deployment's desired replicas (and the most a
    // rollout may run) and the revision it stands for.
    static nlohmann::json replicaSetAnnotations(long long desired, long long revision);

private:
    void scheduleSync();
    void syncDeployment(const std::string& name);
    std::vector<nlohmann::json> ownedReplicaSets(const nlohmann::json& deployment) const;
    nlohmann::json createReplicaSet(const nlohmann::json& deployment, long long revision);
    void scaleReplicaSet(nlohmann::json& replicaSet, long long replicas, const nlohmann::json& deployment);
    void syncPods(nlohmann::json& replicaSet);
    void cleanupHistory(const nlohmann::json& deployment, std::vector<nlohmann::json>& oldSets);
    nlohmann::json computeStatus(const nlohmann::json& deployment, const nlohmann::json* newSet,
                                 const std::vector<nlohmann::json>& allSets, const std::string& progressHint);

    ObjectStore& m_store;
    Scheduler& m_scheduler;
    EventRecorder& m_events;
    PodSimulator& m_pods;
    const SimClock& m_clock;
    std::set<std::string> m_dirty;
    bool m_syncQueued = false;
    std::map<std::string, SteadyTime> m_lastProgress;
    std::map<std::string, SteadyTime> m_deadlineCheck;
};

} // namespace md::kubesim
