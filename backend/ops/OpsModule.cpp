#include "ops/OpsModule.h"

#include "core/DomainError.h"
#include "ops/kube/KubeRoutes.h"
#include "ops/kube/KubeService.h"
#include "ops/prometheus/PrometheusRoutes.h"

namespace md::ops {

namespace {

http::Handler notConfigured(std::string what)
{
    return [what = std::move(what)](http::Request&) -> http::Response { throw DomainError::notConfigured(what); };
}

} // namespace

OpsModule::OpsModule(std::optional<std::string> prometheusUrl, std::string kubeMode)
    : m_prometheusUrl(std::move(prometheusUrl)), m_kubeMode(std::move(kubeMode))
{
}

OpsModule::~OpsModule() = default;

void OpsModule::setKubernetes(std::unique_ptr<kube::KubeService> kubernetes, http::StreamLimiter* streams,
                              const SessionCheck* sessions)
{
    m_kubernetesRoutes = std::make_unique<kube::KubeRoutes>(*kubernetes, streams, sessions);
    m_kubernetes = std::move(kubernetes);
}

void OpsModule::shutdown()
{
    if (m_kubernetes) m_kubernetes->shutdown();
}

void OpsModule::registerRoutes(http::Router& router)
{
    const std::string cluster =
        "no Kubernetes cluster is configured: set MARKETDESK_KUBE_MODE=in-cluster or kubeconfig "
        "(with MARKETDESK_KUBECONFIG) and MARKETDESK_KUBE_NAMESPACE";
    const std::string prometheus = "no Prometheus is configured: set MARKETDESK_PROMETHEUS_URL";
    const char* deployment = "/api/v1/ops/deployments/{name}";
    if (m_kubernetesRoutes) {
        m_kubernetesRoutes->registerRoutes(router);
    } else {
        router.add("GET", "/api/v1/ops/cluster", Permission::OpsRead, notConfigured(cluster));
        router.add("GET", "/api/v1/ops/deployments", Permission::OpsRead, notConfigured(cluster));
        router.add("GET", deployment, Permission::OpsRead, notConfigured(cluster));
        for (const char* action : {"scale", "restart", "rollback", "image", "pause", "resume"})
            router.add("POST", std::string(deployment) + "/" + action, Permission::OpsWrite, notConfigured(cluster));
        router.add("GET", "/api/v1/ops/pods/{name}/logs", Permission::OpsRead, notConfigured(cluster));
    }
    if (m_prometheusUrl) {
        ops::prometheus::PrometheusRoutes(*m_prometheusUrl).registerRoutes(router);
    } else {
        router.add("GET", "/api/v1/ops/metrics/query_range", Permission::OpsRead, notConfigured(prometheus));
        router.add("GET", "/api/v1/ops/metrics/query", Permission::OpsRead, notConfigured(prometheus));
        router.add("GET", "/api/v1/ops/alerts", Permission::OpsRead, notConfigured(prometheus));
    }
}

} // namespace md::ops
