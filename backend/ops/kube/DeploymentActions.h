#pragma once
// The changes an operator makes to a Deployment, each done as kubectl does it: scale through the
// scale subresource, restart by stamping the pod template's restartedAt annotation, roll back by
// restoring an owned ReplicaSet's template (`kubectl rollout undo --to-revision`), set one
// container's image, pause and resume. Every write carries the resourceVersion it was computed
// from; a 409 (someone changed the Deployment in between) is retried from a fresh read a bounded
// number of times before it is reported. Input errors are DomainError (422/404); API failures are
// KubeError. Returns the Deployment as the API server answered after the change.

#include "ops/kube/KubeClient.h"

#include <nlohmann/json.hpp>

#include <functional>
#include <string>

namespace md::ops::kube {

struct ActionResult {
    nlohmann::json deployment; // the Kubernetes object after the change
    nlohmann::json before;     // what the audit row records as before/after
    nlohmann::json after;
};

class DeploymentActions {
public:
    static constexpr int kMaxAttempts = 5;
    static constexpr int kMaxReplicas = 1000;

    explicit DeploymentActions(KubeClient& client) : m_client(client) {}

    ActionResult scale(const std::string& name, long long replicas);
    ActionResult restart(const std::string& name, const std::string& restartedAt);
    ActionResult rollback(const std::string& name, long long revision);
    ActionResult setImage(const std::string& name, const std::string& container, const std::string& image);
    ActionResult setPaused(const std::string& name, bool paused);

    // 409 invalid_state when the deployment cannot be rolled back as it is (paused, as kubectl
    // refuses it), whatever revision is asked for.
    static void checkRollbackState(const std::string& name, const nlohmann::json& deployment);

private:
    // Runs attempt() until it does not end in a Conflict, at most kMaxAttempts times.
    ActionResult withConflictRetry(const std::string& name, const std::function<ActionResult()>& attempt);

    KubeClient& m_client;
};

// An image reference as Kubernetes accepts it: non-empty, no whitespace or control characters, at
// most 1,024 bytes. Returns the problem, or "" when it is fine.
std::string imageProblem(const std::string& image);

} // namespace md::ops::kube
