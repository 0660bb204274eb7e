#pragma once
// The Kubernetes half of the ops endpoints: owns the API client, the Deployment informer (list +
// watch cache), the deployment.updated publisher and the actions, and serves
// /api/v1/ops/cluster, /deployments (list, detail, actions) and /pods/{name}/logs.
// Built only when MARKETDESK_KUBE_MODE is not off; a configuration it cannot use is a
// KubeConfigError at start-up.

#include "core/SessionCheck.h"
#include "db/ConnectionPool.h"
#include "http/Router.h"
#include "ops/kube/ClusterAccess.h"
#include "ops/kube/DeploymentActions.h"
#include "ops/kube/DeploymentEventPublisher.h"
#include "ops/kube/DeploymentInformer.h"
#include "ops/kube/KubeClient.h"

#include <atomic>
#include <chrono>
#include <memory>
#include <optional>
#include <string>

namespace md::http {
class StreamLimiter;
}

namespace md::ops::kube {

struct KubeSettings {
    std::string mode;                        // "in-cluster" or "kubeconfig"
    std::optional<std::string> kubeconfig;   // path, for kubeconfig mode
    std::optional<std::string> namespaceOverride;
    std::string serviceAccountDirectory = "/var/run/secrets/kubernetes.io/serviceaccount";
    std::chrono::milliseconds callTimeout{5000};
    std::chrono::seconds maxLogFollow{3600};
    std::size_t workerThreads = 8;           // the HTTP worker pool size: log follows may take a quarter
    std::string databaseUrl;                 // for the deployment.updated publisher's own connection
};

// Reads the cluster access for settings (kubeconfig file, or service account + the
// KUBERNETES_SERVICE_HOST/PORT environment); throws KubeConfigError naming the setting.
ClusterAccess loadClusterAccess(const KubeSettings& settings);

class KubeOps {
public:
    // A followed pod log is a long-lived stream: streams caps it with the event streams (per user and
    // per replica), sessions ends it when the caller's token expires or is revoked. Either may be null.
    KubeOps(const KubeSettings& settings, ClusterAccess access, db::ConnectionPool& pool,
            http::StreamLimiter* streams = nullptr, const SessionCheck* sessions = nullptr);
    ~KubeOps();

    void registerRoutes(http::Router& router);
    // Ends log follows and stops the informer and publisher; bounded (about a second).
    void shutdown();

private:
    http::Response cluster();
    http::Response listDeployments(const http::Request& request);
    http::Response deploymentDetail(const std::string& name);
    http::Response action(http::Request& request, const std::string& action);
    http::Response podLogs(const http::Request& request);
    void audit(const http::Request& request, const std::string& action, const std::string& name,
               const ActionResult& result);

    KubeSettings m_settings;
    db::ConnectionPool& m_pool;
    KubeClient m_client;
    DeploymentInformer m_informer;
    DeploymentEventPublisher m_publisher;
    DeploymentActions m_actions;
    std::atomic<bool> m_stopping{false};
    http::StreamLimiter* m_streams;
    const SessionCheck* m_sessions;
    std::shared_ptr<std::atomic<int>> m_activeFollows = std::make_shared<std::atomic<int>>(0);
    int m_maxFollows;
    std::atomic<int> m_simulated{-1}; // -1 unknown, 0 no, 1 yes (from /version)
};

// DNS-1123 subdomain (Deployment and Pod names) and label (container names) checks.
bool isObjectName(const std::string& name);
bool isContainerName(const std::string& name);

} // namespace md::ops::kube
