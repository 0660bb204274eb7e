#pragma once
// The HTTP face of the Kubernetes operations: /api/v1/ops/cluster, /deployments (list, detail,
// actions) and /pods/{name}/logs. Reads requests into KubeService's terms (names, paging, log
// options, action bodies) and renders its answers; a followed pod log becomes a streamed body,
// capped with the caller's event streams (StreamLimiter) and by the share of the worker pool follows
// may hold (KubeSettings::maxLogFollows), and ended when the caller's token expires or is revoked
// (SessionCheck), the follow reaches KubeSettings::maxLogFollow, or the server drains.

#include "core/SessionCheck.h"
#include "http/Router.h"
#include "ops/kube/KubeService.h"

#include <atomic>
#include <memory>
#include <string>

namespace md::http {
class StreamLimiter;
}

namespace md::ops::kube {

class KubeRoutes {
public:
    // streams and sessions may be null (no stream cap, no re-check).
    KubeRoutes(KubeService& service, http::StreamLimiter* streams = nullptr, const SessionCheck* sessions = nullptr);

    void registerRoutes(http::Router& router);

private:
    http::Response listDeployments(const http::Request& request) const;
    http::Response action(http::Request& request, const std::string& action);
    http::Response podLogs(const http::Request& request);
    http::Response followPodLog(const http::Request& request, const std::string& pod, const LogOptions& options);

    KubeService& m_service;
    http::StreamLimiter* m_streams;
    const SessionCheck* m_sessions;
    std::shared_ptr<std::atomic<int>> m_activeFollows = std::make_shared<std::atomic<int>>(0);
    int m_maxFollows;
};

// DNS-1123 subdomain (Deployment and Pod names) and label (container names) checks.
bool isObjectName(const std::string& name);
bool isContainerName(const std::string& name);

} // namespace md::ops::kube
