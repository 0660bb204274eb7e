#pragma once
// A typed client for the few Kubernetes API calls the ops endpoints need, namespace-scoped, over
// net::OutboundHttp. Every call has a connect timeout and a total timeout (streams: a low-speed
// timeout and a caller's stop condition instead), so an API server that is down or hung answers
// within seconds. Non-2xx answers carrying a v1 Status become KubeError with its reason and code.

#include "ops/kube/BearerToken.h"
#include "ops/kube/ClusterAccess.h"
#include "ops/kube/KubeError.h"

#include <nlohmann/json.hpp>

#include <chrono>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

namespace md::ops::kube {

struct LogOptions {
    std::string container;      // "" : the pod's only container
    std::optional<long long> tailLines;
    bool previous = false;
    bool follow = false;
    std::optional<long long> limitBytes;
};

class KubeClient {
public:
    KubeClient(ClusterAccess access, std::chrono::milliseconds callTimeout);

    const ClusterAccess& access() const { return m_access; }
    std::chrono::milliseconds callTimeout() const { return m_callTimeout; }

    nlohmann::json version();
    nlohmann::json listDeployments(long long limit, const std::string& continueToken);
    nlohmann::json getDeployment(const std::string& name);
    // patch: a JSON merge patch (RFC 7386) or, with strategic = true, a strategic merge patch.
    nlohmann::json patchDeployment(const std::string& name, const nlohmann::json& patch, bool strategic = false);
    nlohmann::json replaceDeployment(const std::string& name, const nlohmann::json& deployment);
    nlohmann::json getScale(const std::string& name);
    nlohmann::json replaceScale(const std::string& name, const nlohmann::json& scale);
    nlohmann::json listReplicaSets(const std::string& labelSelector);
    nlohmann::json listPods(const std::string& labelSelector);
    nlohmann::json getPod(const std::string& name);
    nlohmann::json listEvents(const std::string& fieldSelector);

    // Watches Deployments from resourceVersion; onEvent gets each {"type","object"} line. Returns
    // when the server ends the stream (timeoutSeconds), onEvent returns false, or keepGoing says
    // stop; throws KubeError when it cannot connect or the stream goes silent past idleLimit.
    void watchDeployments(const std::string& resourceVersion, int timeoutSeconds, std::chrono::seconds idleLimit,
                          const std::function<bool(const nlohmann::json&)>& onEvent,
                          const std::function<bool()>& keepGoing);

    // Pod logs, whole (tail) or streamed (follow) to onChunk until it returns false, keepGoing
    // says stop, or the stream ends. An error answer throws KubeError before anything is streamed.
    std::string podLogs(const std::string& pod, const LogOptions& options);
    void streamPodLogs(const std::string& pod, const LogOptions& options,
                       const std::function<bool(std::string_view)>& onChunk, const std::function<bool()>& keepGoing);

    std::string deploymentsPath() const;

private:
    net::OutboundRequest request(const std::string& method, const std::string& pathAndQuery);
    nlohmann::json call(const std::string& method, const std::string& pathAndQuery, const nlohmann::json* body = nullptr,
                        const std::string& contentType = "application/json");
    std::string namespacePath(const std::string& group) const;

    ClusterAccess m_access;
    std::chrono::milliseconds m_callTimeout;
    std::unique_ptr<BearerToken> m_token;
};

// Query-string encoding of one value.
std::string urlEncode(std::string_view text);
// Turns a non-2xx answer (a v1 Status body, or anything else) into the matching KubeError.
KubeError errorFromResponse(long status, const std::string& body, const std::string& what);
// Transport failures: always Unavailable, with the reason (timeout, unreachable, TLS).
KubeError errorFromTransport(const std::exception& error, const std::string& what);

} // namespace md::ops::kube
