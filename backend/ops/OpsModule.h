#pragma once
// The operations endpoints (/api/v1/ops/...): the Kubernetes service and routes (ops/kube) when a
// cluster is configured, the Prometheus routes (ops/prometheus) when MARKETDESK_PROMETHEUS_URL is
// set. Without them, those endpoints answer 503 not_configured (DomainError::notConfigured) with a
// message that says what to set, as API.md specifies.

#include "core/SessionCheck.h"
#include "http/Router.h"

#include <memory>
#include <optional>
#include <string>

namespace md::http {
class StreamLimiter;
}

namespace md::ops {

namespace kube {
class KubeRoutes;
class KubeService;
}

class OpsModule {
public:
    OpsModule(std::optional<std::string> prometheusUrl, std::string kubeMode);
    ~OpsModule();
    // The Kubernetes endpoints, when a cluster is configured (MARKETDESK_KUBE_MODE not off). A followed
    // pod log counts with the caller's event streams (streams) and ends when their token does
    // (sessions); either may be null.
    void setKubernetes(std::unique_ptr<kube::KubeService> kubernetes, http::StreamLimiter* streams,
                       const SessionCheck* sessions);
    void registerRoutes(http::Router& router);
    // Ends pod log follows and stops the Kubernetes watch; called when the server drains.
    void shutdown();

private:
    std::optional<std::string> m_prometheusUrl;
    std::string m_kubeMode;
    std::unique_ptr<kube::KubeService> m_kubernetes;
    std::unique_ptr<kube::KubeRoutes> m_kubernetesRoutes;
};

} // namespace md::ops
