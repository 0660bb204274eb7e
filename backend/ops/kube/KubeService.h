#pragma once
// The Kubernetes side of operations: owns the API client, the Deployment informer (list + watch
// cache), the deployment.updated publisher and the actions; reads the cluster, its deployments and
// pod logs, and changes deployments with an audit row per change. Failures are DomainErrors: the
// client's (KubeError: 503 cluster_unavailable, 404, 409 invalid_state, 422, 502 cluster_error) and
// the service's own (404 for a deployment it cannot find, 422 for an action's body). Built only when
// MARKETDESK_KUBE_MODE is not off (ops/OpsModule); a configuration it cannot use is a
// KubeConfigError at start-up. Its HTTP face is KubeRoutes.

#include "core/Actor.h"
#include "db/ConnectionPool.h"
#include "ops/kube/ClusterAccess.h"
#include "ops/kube/DeploymentActions.h"
#include "ops/kube/DeploymentEventPublisher.h"
#include "ops/kube/DeploymentInformer.h"
#include "ops/kube/KubeClient.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <functional>
#include <optional>
#include <string>
#include <string_view>

namespace md::ops::kube {

struct KubeSettings {
    std::string mode;                      // "in-cluster" or "kubeconfig"
    std::optional<std::string> kubeconfig; // path, for kubeconfig mode
    std::optional<std::string> namespaceOverride;
    std::string serviceAccountDirectory = "/var/run/secrets/kubernetes.io/serviceaccount";
    std::chrono::milliseconds callTimeout{5000};
    std::chrono::seconds maxLogFollow{3600};
    std::size_t workerThreads = 8; // the HTTP worker pool size: log follows may take a quarter
    std::string databaseUrl;       // for the deployment.updated publisher's own connection

    // A followed log holds a worker of the bounded pool for as long as it streams, so only a quarter of
    // the workers may follow at once: the rest of the API stays served whatever the viewers do.
    int maxLogFollows() const { return static_cast<int>(std::max<std::size_t>(1, workerThreads / 4)); }
};

// Reads the cluster access for settings (kubeconfig file, or service account + the
// KUBERNETES_SERVICE_HOST/PORT environment); throws KubeConfigError naming the setting.
ClusterAccess loadClusterAccess(const KubeSettings& settings);

struct DeploymentPage {
    nlohmann::json items = nlohmann::json::array(); // DeploymentView summaries, by name
    std::optional<std::string> nextCursor;
};

class KubeService {
public:
    // Starts the informer and the publisher.
    KubeService(const KubeSettings& settings, ClusterAccess access, db::ConnectionPool& pool);
    ~KubeService();
    KubeService(const KubeService&) = delete;
    KubeService& operator=(const KubeService&) = delete;

    const KubeSettings& settings() const { return m_settings; }

    // Namespace, server, mode, whether it is the simulator, whether the watch is connected.
    nlohmann::json cluster();
    // From the informer's cache: names after `after` containing `query` (lowercase), at most limit.
    // 503 cluster_unavailable while the watch is not connected.
    DeploymentPage deployments(const std::string& after, const std::string& query, std::size_t limit) const;
    // The deployment with its revisions, pods and recent events.
    nlohmann::json deployment(const std::string& name);
    // scale, restart, rollback, image, pause or resume. body is judged after the deployment was found
    // (404) and its state allows the action (409), as on every endpoint (API.md, order of checks).
    // Audited with actor; returns the deployment's view after the change.
    nlohmann::json act(const Actor& actor, const std::string& action, const std::string& name,
                       const nlohmann::json& body);
    // A pod's log, at most kMaxLogBytes (options.follow false).
    std::string podLog(const std::string& pod, LogOptions options);
    // For a follow: 404 for no such pod, 422 when it has no container of that name ("" for its only
    // one), before the caller commits to streaming.
    void checkFollowable(const std::string& pod, const std::string& container);
    // Streams the log to onChunk until it returns false, keepGoing says stop or the log ends. Throws
    // DomainError when the API server refuses or fails.
    void followPodLog(const std::string& pod, const LogOptions& options,
                      const std::function<bool(std::string_view)>& onChunk, const std::function<bool()>& keepGoing);

    // Stops the informer and publisher; followed logs end at their next check. Bounded (about a second).
    void shutdown();
    bool isStopping() const { return m_stopping.load(); }

    static constexpr long long kMaxLogBytes = 8 << 20; // a log answer that is not followed is at most 8 MiB

private:
    void audit(const Actor& actor, const std::string& action, const std::string& name, const ActionResult& result);

    KubeSettings m_settings;
    db::ConnectionPool& m_pool;
    KubeClient m_client;
    DeploymentInformer m_informer;
    DeploymentEventPublisher m_publisher;
    DeploymentActions m_actions;
    std::atomic<bool> m_stopping{false};
    std::atomic<int> m_simulated{-1}; // -1 unknown, 0 no, 1 yes (from /version)
};

} // namespace md::ops::kube
