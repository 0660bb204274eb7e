#include "ops/kube/DeploymentInformer.h"

#include "observability/Log.h"
#include "ops/kube/DeploymentView.h"

#include <algorithm>

namespace md::ops::kube {

namespace {

constexpr long long kListPageSize = 500;
constexpr int kListPageLimit = 1000;              // 500,000 Deployments: far beyond any namespace
constexpr int kWatchTimeoutSeconds = 240;         // the API server ends the watch; we resume it
constexpr std::chrono::seconds kWatchIdleLimit{300};
constexpr std::chrono::milliseconds kFirstBackoff{250};
constexpr std::chrono::milliseconds kMaxBackoff{5000};

struct RelistNeeded {};

std::string resourceVersionOf(const nlohmann::json& object)
{
    auto metadata = object.find("metadata");
    if (metadata == object.end() || !metadata->is_object()) return {};
    return metadata->value("resourceVersion", "");
}

} // namespace

DeploymentInformer::DeploymentInformer(KubeClient& client) : m_client(client) {}

DeploymentInformer::~DeploymentInformer()
{
    stop();
}

void DeploymentInformer::setListener(Listener listener)
{
    m_listener = std::move(listener);
}

void DeploymentInformer::start()
{
    if (m_thread.joinable()) return;
    m_stopping = false;
    m_thread = std::thread([this] { run(); });
}

void DeploymentInformer::stop()
{
    {
        std::lock_guard lock(m_stateMutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    if (m_thread.joinable()) m_thread.join();
}

std::string DeploymentInformer::lastError() const
{
    std::lock_guard lock(m_stateMutex);
    return m_lastError;
}

bool DeploymentInformer::sleepFor(std::chrono::milliseconds duration)
{
    std::unique_lock lock(m_stateMutex);
    m_wake.wait_for(lock, duration, [this] { return m_stopping.load(); });
    return !m_stopping.load();
}

void DeploymentInformer::fail(const std::string& message)
{
    const bool wasConnected = m_connected.exchange(false);
    bool firstFailure = false;
    {
        std::lock_guard lock(m_stateMutex);
        firstFailure = m_lastError.empty() && m_lists.load() == 0;
        m_lastError = message;
    }
    // Once per outage (not per retry): when the watch is lost, or when the first list fails.
    if (wasConnected) obs::logWarn("kubernetes watch lost", {{"error", message}});
    else if (firstFailure) obs::logWarn("kubernetes API server not reachable yet; retrying", {{"error", message}});
}

void DeploymentInformer::run()
{
    auto backoff = kFirstBackoff;
    while (!m_stopping.load()) {
        try {
            std::string version = relist();
            backoff = kFirstBackoff;
            watchFrom(std::move(version));
        } catch (const RelistNeeded&) {
            obs::logInfo("kubernetes watch history expired; listing Deployments again");
            continue;
        } catch (const KubeError& error) {
            if (error.kubeKind() == KubeError::Kind::Gone) continue;
            fail(error.what());
        } catch (const std::exception& error) {
            fail(error.what());
        }
        if (!sleepFor(backoff)) break;
        backoff = std::min(backoff * 2, kMaxBackoff);
    }
}

std::string DeploymentInformer::relist()
{
    std::map<std::string, nlohmann::json> views;
    std::map<std::string, std::string> versions;
    std::string continueToken;
    std::string listVersion;
    for (int page = 0; page < kListPageLimit && !m_stopping.load(); ++page) {
        nlohmann::json list = m_client.listDeployments(kListPageSize, continueToken);
        if (list.contains("items") && list["items"].is_array())
            for (const auto& deployment : list["items"]) {
                nlohmann::json view = deploymentView(deployment);
                const std::string name = view["name"];
                versions[name] = resourceVersionOf(deployment);
                views[name] = std::move(view);
            }
        const auto& metadata = list.value("metadata", nlohmann::json::object());
        if (listVersion.empty()) listVersion = metadata.value("resourceVersion", "");
        continueToken = metadata.value("continue", "");
        if (continueToken.empty()) break;
    }
    // A relist after a gap reports what changed in it; the very first list reports nothing.
    std::vector<std::string> changed;
    const bool initial = m_lists.load() == 0;
    {
        std::unique_lock lock(m_cacheMutex);
        if (!initial) {
            for (const auto& [name, version] : versions) {
                auto old = m_versions.find(name);
                if (old == m_versions.end() || old->second != version) changed.push_back(name);
            }
        }
        m_views = std::move(views);
        m_versions = std::move(versions);
    }
    ++m_lists;
    if (!m_connected.exchange(true) && !initial) obs::logInfo("kubernetes watch restored");
    for (const auto& name : changed) notify(name);
    return listVersion;
}

void DeploymentInformer::watchFrom(std::string resourceVersion)
{
    auto keepGoing = [this] { return !m_stopping.load(); };
    // Bounded by the stop flag; each round is one watch request the API server ends after
    // kWatchTimeoutSeconds (or sooner), resumed from the last version seen.
    while (!m_stopping.load()) {
        bool relistNeeded = false;
        std::optional<KubeError> watchError;
        m_client.watchDeployments(
            resourceVersion, kWatchTimeoutSeconds, kWatchIdleLimit,
            [&](const nlohmann::json& event) {
                const std::string type = event.value("type", "");
                const auto& object = event.contains("object") ? event["object"] : nlohmann::json::object();
                if (type == "ERROR") {
                    const long code = object.value("code", 0L);
                    const std::string reason = object.value("reason", "");
                    if (code == 410 || reason == "Gone" || reason == "Expired") {
                        relistNeeded = true;
                        return false;
                    }
                    // Never throw through libcurl's callback: note it and stop the stream.
                    watchError = KubeError(KubeError::Kind::Other, code, reason,
                                           "watch error: " + object.value("message", std::string("unknown")));
                    return false;
                }
                const std::string version = resourceVersionOf(object);
                if (!version.empty()) resourceVersion = version;
                if (type != "BOOKMARK") apply(type, object);
                return true;
            },
            keepGoing);
        if (relistNeeded) throw RelistNeeded{};
        if (watchError) throw *watchError;
        m_connected = true;
    }
}

void DeploymentInformer::apply(const std::string& type, const nlohmann::json& object)
{
    nlohmann::json view = deploymentView(object);
    const std::string name = view["name"];
    if (name.empty()) return;
    {
        std::unique_lock lock(m_cacheMutex);
        if (type == "DELETED") {
            m_views.erase(name);
            m_versions.erase(name);
        } else {
            m_versions[name] = resourceVersionOf(object);
            m_views[name] = std::move(view);
        }
    }
    if (type != "DELETED") notify(name);
}

void DeploymentInformer::notify(const std::string& name)
{
    if (m_listener) m_listener(name);
}

DeploymentInformer::Page DeploymentInformer::page(const std::string& afterName, const std::string& nameFilter,
                                                  std::size_t limit) const
{
    Page page;
    std::shared_lock lock(m_cacheMutex);
    for (auto it = m_views.upper_bound(afterName); it != m_views.end(); ++it) {
        if (!nameFilter.empty() && it->first.find(nameFilter) == std::string::npos) continue;
        if (page.items.size() == limit) {
            page.more = true;
            break;
        }
        page.items.push_back(it->second);
    }
    return page;
}

std::optional<nlohmann::json> DeploymentInformer::find(const std::string& name) const
{
    std::shared_lock lock(m_cacheMutex);
    auto it = m_views.find(name);
    if (it == m_views.end()) return std::nullopt;
    return it->second;
}

std::size_t DeploymentInformer::size() const
{
    std::shared_lock lock(m_cacheMutex);
    return m_views.size();
}

} // namespace md::ops::kube
