#pragma once
// The operations endpoints (/api/v1/ops/...): the Kubernetes routes (ops/kube) when a cluster is
// configured, the Prometheus routes (ops/prometheus) when MARKETDESK_PROMETHEUS_URL is set. Without
// them, those endpoints answer 503 not_configured with a message that says what to set, as API.md
// specifies.

#include "http/Router.h"

#include <memory>
#include <optional>
#include <string>

namespace md::ops {

namespace kube {
class KubeOps;
}

class OpsModule {
public:
    OpsModule(std::optional<std::string> prometheusUrl, std::string kubeMode);
    ~OpsModule();
    // The Kubernetes endpoints, when a cluster is configured (MARKETDESK_KUBE_MODE not off).
    void setKubernetes(std::unique_ptr<kube::KubeOps> kubernetes);
    void registerRoutes(http::Router& router);
    // Ends pod log follows and stops the Kubernetes watch; called when the server drains.
    void shutdown();

private:
    std::optional<std::string> m_prometheusUrl;
    std::string m_kubeMode;
    std::unique_ptr<kube::KubeOps> m_kubernetes;
};

} // namespace md::ops
