#pragma once
// The operations endpoints (/api/v1/ops/...). The Kubernetes and Prometheus integrations are a
// later piece of work; until a cluster and a Prometheus are configured and supported, every ops
// endpoint answers 503 not_configured with a message that says what to set, as API.md specifies.

#include "http/Router.h"

#include <optional>
#include <string>

namespace md::ops {

class OpsModule {
public:
    OpsModule(std::optional<std::string> prometheusUrl, std::string kubeMode);
    void registerRoutes(http::Router& router);

private:
    std::optional<std::string> m_prometheusUrl;
    std::string m_kubeMode;
};

} // namespace md::ops
