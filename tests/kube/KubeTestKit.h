#pragma once
// Shared bits of the marketdesk-kube-sim tests: the resource paths of the simulated namespace, PATCH
// with a Kubernetes patch content type, and a bounded poll for a Deployment reaching a state.

#include "support/HttpClient.h"

#include <chrono>
#include <functional>
#include <optional>
#include <string>

namespace md::test::kube {

inline const std::string kDeployments = "/apis/apps/v1/namespaces/marketplace/deployments";
inline const std::string kReplicaSets = "/apis/apps/v1/namespaces/marketplace/replicasets";
inline const std::string kPods = "/api/v1/namespaces/marketplace/pods";
inline const std::string kEvents = "/api/v1/namespaces/marketplace/events";

inline constexpr const char* kMergePatch = "application/merge-patch+json";
inline constexpr const char* kStrategicMergePatch = "application/strategic-merge-patch+json";
inline constexpr const char* kJsonPatch = "application/json-patch+json";

HttpResponse patchAs(HttpClient& client, const std::string& target, const nlohmann::json& body,
                     const char* contentType);
HttpResponse putJson(HttpClient& client, const std::string& target, const nlohmann::json& body);

// GETs the Deployment every 50 ms until `done` holds or `timeout` passes; returns the last one read
// (check `done` again in the test to report what it was instead).
nlohmann::json pollDeployment(HttpClient& client, const std::string& name,
                              const std::function<bool(const nlohmann::json&)>& done,
                              std::chrono::milliseconds timeout = std::chrono::seconds(30));

// status.conditions[type].reason ("" when absent).
std::string conditionReason(const nlohmann::json& deployment, const std::string& type);
std::string conditionStatus(const nlohmann::json& deployment, const std::string& type);
long long statusCount(const nlohmann::json& deployment, const char* field);
// A copy of the Deployment's first container's image.
std::string firstImage(const nlohmann::json& deployment);
// The ReplicaSets whose "app" label is `app`, by name.
nlohmann::json replicaSetsOf(HttpClient& client, const std::string& app);

} // namespace md::test::kube

namespace md::test::kube {

// Reads newline-delimited JSON watch events (or log lines) from a streamed response.
class LineReader {
public:
    explicit LineReader(HttpStream& stream) : m_stream(stream) {}
    // The next complete line, or nullopt when the timeout passes or the body ended first.
    std::optional<std::string> nextLine(std::chrono::milliseconds timeout);
    // The next watch event whose object satisfies `match` (other events are skipped).
    std::optional<nlohmann::json> nextEvent(const std::function<bool(const nlohmann::json&)>& match,
                                            std::chrono::milliseconds timeout);

private:
    HttpStream& m_stream;
    std::string m_buffer;
};

} // namespace md::test::kube
