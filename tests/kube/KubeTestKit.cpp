#include "KubeTestKit.h"

#include <thread>

namespace md::test::kube {

HttpResponse patchAs(HttpClient& client, const std::string& target, const nlohmann::json& body, const char* contentType)
{
    return client.request("PATCH", target, body.dump(), {{"Content-Type", contentType}});
}

HttpResponse putJson(HttpClient& client, const std::string& target, const nlohmann::json& body)
{
    return client.request("PUT", target, body.dump(), {{"Content-Type", "application/json"}});
}

nlohmann::json pollDeployment(HttpClient& client, const std::string& name,
                              const std::function<bool(const nlohmann::json&)>& done, std::chrono::milliseconds timeout)
{
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    nlohmann::json last;
    for (;;) {
        HttpResponse response = client.get(kDeployments + "/" + name);
        if (response.status == 200) {
            last = response.json();
            if (done(last)) return last;
        }
        if (std::chrono::steady_clock::now() > deadline) return last;
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
}

std::string conditionReason(const nlohmann::json& deployment, const std::string& type)
{
    for (const auto& condition : deployment["status"].value("conditions", nlohmann::json::array()))
        if (condition.value("type", "") == type) return condition.value("reason", "");
    return {};
}

std::string conditionStatus(const nlohmann::json& deployment, const std::string& type)
{
    for (const auto& condition : deployment["status"].value("conditions", nlohmann::json::array()))
        if (condition.value("type", "") == type) return condition.value("status", "");
    return {};
}

long long statusCount(const nlohmann::json& deployment, const char* field)
{
    return deployment.value("status", nlohmann::json::object()).value(field, 0LL);
}

std::string firstImage(const nlohmann::json& deployment)
{
    return deployment["spec"]["template"]["spec"]["containers"][0].value("image", "");
}

nlohmann::json replicaSetsOf(HttpClient& client, const std::string& app)
{
    return client.get(kReplicaSets + "?labelSelector=app%3D" + app).items();
}

} // namespace md::test::kube

namespace md::test::kube {

std::optional<std::string> LineReader::nextLine(std::chrono::milliseconds timeout)
{
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    for (;;) {
        auto newline = m_buffer.find('\n');
        if (newline != std::string::npos) {
            std::string line = m_buffer.substr(0, newline);
            m_buffer.erase(0, newline + 1);
            return line;
        }
        auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now());
        if (left.count() <= 0 || m_stream.finished()) return std::nullopt;
        std::optional<std::string> piece = m_stream.readSome(left);
        if (!piece) return std::nullopt;
        m_buffer += *piece;
    }
}

std::optional<nlohmann::json> LineReader::nextEvent(const std::function<bool(const nlohmann::json&)>& match,
                                                    std::chrono::milliseconds timeout)
{
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    for (int guard = 0; guard < 100000; ++guard) {
        auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now());
        if (left.count() <= 0) return std::nullopt;
        std::optional<std::string> line = nextLine(left);
        if (!line) return std::nullopt;
        nlohmann::json event = nlohmann::json::parse(*line, nullptr, false);
        if (!event.is_discarded() && match(event)) return event;
    }
    return std::nullopt;
}

} // namespace md::test::kube
