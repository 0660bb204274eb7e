#include "ops/kube/DeploymentActions.h"

#include "core/DomainError.h"
#include "observability/Log.h"
#include "ops/kube/DeploymentView.h"

#include <chrono>
#include <random>
#include <thread>

namespace md::ops::kube {

namespace {

using nlohmann::json;

std::string resourceVersion(const json& object)
{
    return object.value("metadata", json::object()).value("resourceVersion", "");
}

} // namespace

std::string imageProblem(const std::string& image)
{
    if (image.empty()) return "must not be empty";
    if (image.size() > 1024) return "must be at most 1024 characters";
    for (unsigned char c : image)
        if (c <= ' ' || c == 0x7f) return "must not contain spaces or control characters";
    return {};
}

ActionResult DeploymentActions::withConflictRetry(const std::string& name, const std::function<ActionResult()>& attempt)
{
    for (int tries = 1;; ++tries) {
        try {
            return attempt();
        } catch (const KubeError& error) {
            if (error.kubeKind() != KubeError::Kind::Conflict) throw;
            if (tries >= kMaxAttempts)
                throw DomainError::conflict("invalid_state",
                                            "deployment " + name + " kept changing while this change was applied (" +
                                                std::to_string(kMaxAttempts) + " attempts); reload and try again");
            obs::logInfo("kubernetes write conflict; retrying", {{"deployment", name}, {"attempt", tries}});
            // A short jittered pause (as client-go's RetryOnConflict) so two writers do not keep
            // colliding in lockstep; at most ~100 ms over all attempts.
            thread_local std::minstd_rand random(std::random_device{}());
            std::this_thread::sleep_for(std::chrono::milliseconds(5 + random() % 20));
        }
    }
}

ActionResult DeploymentActions::scale(const std::string& name, long long replicas)
{
    if (replicas < 0 || replicas > kMaxReplicas)
        throw DomainError::invalidField("replicas", "must be between 0 and " + std::to_string(kMaxReplicas));
    return withConflictRetry(name, [&] {
        json scale = m_client.getScale(name);
        const long long before = scale.value("spec", json::object()).value("replicas", 0LL);
        scale["spec"]["replicas"] = replicas;
        scale.erase("status");
        m_client.replaceScale(name, scale); // carries metadata.resourceVersion: a precondition
        return ActionResult{m_client.getDeployment(name), {{"replicas", before}}, {{"replicas", replicas}}};
    });
}

ActionResult DeploymentActions::restart(const std::string& name, const std::string& restartedAt)
{
    return withConflictRetry(name, [&] {
        json current = m_client.getDeployment(name);
        json patch = {{"metadata", {{"resourceVersion", resourceVersion(current)}}},
                      {"spec",
                       {{"template",
                         {{"metadata", {{"annotations", {{"kubectl.kubernetes.io/restartedAt", restartedAt}}}}}}}}}};
        json updated = m_client.patchDeployment(name, patch);
        return ActionResult{updated, {{"revision", revisionOf(current)}}, {{"restarted_at", restartedAt}}};
    });
}

ActionResult DeploymentActions::setPaused(const std::string& name, bool paused)
{
    return withConflictRetry(name, [&] {
        json current = m_client.getDeployment(name);
        const bool wasPaused = current.value("spec", json::object()).value("paused", false);
        json patch = {{"metadata", {{"resourceVersion", resourceVersion(current)}}}, {"spec", {{"paused", paused}}}};
        json updated = m_client.patchDeployment(name, patch);
        return ActionResult{updated, {{"paused", wasPaused}}, {{"paused", paused}}};
    });
}

ActionResult DeploymentActions::setImage(const std::string& name, const std::string& container, const std::string& image)
{
    json fields = json::object();
    if (container.empty()) fields["container"] = "must not be empty";
    if (auto problem = imageProblem(image); !problem.empty()) fields["image"] = problem;
    if (!fields.empty()) throw DomainError::validation(fields);
    return withConflictRetry(name, [&] {
        json current = m_client.getDeployment(name);
        std::string oldImage;
        std::string known;
        bool found = false;
        const json containers = current.value("spec", json::object())
                                    .value("template", json::object())
                                    .value("spec", json::object())
                                    .value("containers", json::array());
        for (const auto& entry : containers) {
            const std::string entryName = entry.value("name", "");
            known += (known.empty() ? "" : ", ") + entryName;
            if (entryName == container) {
                found = true;
                oldImage = entry.value("image", "");
            }
        }
        if (!found)
            throw DomainError::invalidField("container", "deployment " + name + " has no container named '" + container +
                                                             "' (containers: " + known + ")");
        // Strategic merge: the containers list merges by name, so the other containers stay as they are.
        json patch = {{"metadata", {{"resourceVersion", resourceVersion(current)}}},
                      {"spec", {{"template", {{"spec", {{"containers", {{{"name", container}, {"image", image}}}}}}}}}}};
        json updated = m_client.patchDeployment(name, patch, true);
        return ActionResult{updated, {{"container", container}, {"image", oldImage}},
                            {{"container", container}, {"image", image}}};
    });
}

void DeploymentActions::checkRollbackState(const std::string& name, const json& deployment)
{
    if (deployment.value("spec", json::object()).value("paused", false))
        throw DomainError::conflict("invalid_state", "deployment " + name +
                                                         " is paused; resume it before rolling back (as kubectl does)");
}

ActionResult DeploymentActions::rollback(const std::string& name, long long revision)
{
    if (revision < 1) throw DomainError::invalidField("revision", "must be a positive revision number");
    return withConflictRetry(name, [&] {
        json current = m_client.getDeployment(name);
        checkRollbackState(name, current);
        const json spec = current.value("spec", json::object());
        const std::string selector = labelSelectorText(spec.value("selector", json::object()));
        const json owned = ownedReplicaSets(current, m_client.listReplicaSets(selector));
        const json* target = nullptr;
        std::string available;
        for (const auto& replicaSet : owned) {
            const long long candidate = revisionOf(replicaSet);
            if (candidate > 0) available += (available.empty() ? "" : ", ") + std::to_string(candidate);
            if (candidate == revision) target = &replicaSet;
        }
        if (!target)
            throw DomainError::invalidField("revision", "deployment " + name + " has no revision " +
                                                            std::to_string(revision) + " (revisions: " + available + ")");
        const long long currentRevision = revisionOf(current);
        if (revision == currentRevision) // kubectl: "skipped rollback (current template already matches revision)"
            return ActionResult{current, {{"revision", currentRevision}}, {{"revision", revision}}};
        json podTemplate = target->value("spec", json::object()).value("template", json::object());
        if (podTemplate.contains("metadata") && podTemplate["metadata"].contains("labels"))
            podTemplate["metadata"]["labels"].erase("pod-template-hash");
        // A replace, not a merge: the template becomes exactly the old one (a merge would keep
        // annotations such as restartedAt that the old template lacks, and so never match it).
        json replacement = current;
        replacement["spec"]["template"] = podTemplate;
        replacement.erase("status");
        json updated = m_client.replaceDeployment(name, replacement); // metadata.resourceVersion: precondition
        return ActionResult{updated, {{"revision", currentRevision}}, {{"revision", revision}}};
    });
}

} // namespace md::ops::kube
