#pragma once
// The replica's in-memory view of the namespace's Deployments, kept current by list + watch as a
// Kubernetes informer does: a paginated list gives the state and a resourceVersion, a watch from
// that version streams the changes, a watch that ends is resumed from the last version seen
// (bookmarks included), a 410 Gone (history compacted) forces a fresh list, and a failure
// reconnects with capped exponential backoff. The list endpoint pages from this cache, so listing
// 2,000 Deployments costs no API call. Each change is reported to a listener (the event
// publisher), except for the initial list.

#include "ops/kube/KubeClient.h"

#include <nlohmann/json.hpp>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <functional>
#include <map>
#include <mutex>
#include <optional>
#include <shared_mutex>
#include <string>
#include <thread>
#include <vector>

namespace md::ops::kube {

class DeploymentInformer {
public:
    using Listener = std::function<void(const std::string& name)>;

    explicit DeploymentInformer(KubeClient& client);
    ~DeploymentInformer();
    DeploymentInformer(const DeploymentInformer&) = delete;
    DeploymentInformer& operator=(const DeploymentInformer&) = delete;

    void setListener(Listener listener); // before start()
    void start();
    void stop(); // bounded: the watch notices within about a second

    // True once a list succeeded and no list/watch failed since.
    bool isConnected() const { return m_connected.load(); }
    std::string lastError() const;

    struct Page {
        std::vector<nlohmann::json> items;
        bool more = false;
    };
    // Deployments sorted by name, after `afterName` (exclusive; "" from the start), whose name
    // contains `nameFilter`, at most limit.
    Page page(const std::string& afterName, const std::string& nameFilter, std::size_t limit) const;
    std::optional<nlohmann::json> find(const std::string& name) const;
    std::size_t size() const;

    // Counters for tests and logs.
    std::uint64_t listCount() const { return m_lists.load(); }

private:
    void run();
    std::string relist();
    void watchFrom(std::string resourceVersion);
    void apply(const std::string& type, const nlohmann::json& object);
    void notify(const std::string& name);
    void fail(const std::string& message);
    bool sleepFor(std::chrono::milliseconds duration); // false when stopping

    KubeClient& m_client;
    Listener m_listener;
    mutable std::shared_mutex m_cacheMutex;
    std::map<std::string, nlohmann::json> m_views; // name -> Deployment view (DeploymentView.h)
    std::map<std::string, std::string> m_versions; // name -> resourceVersion
    std::atomic<bool> m_connected{false};
    std::atomic<bool> m_stopping{false};
    std::atomic<std::uint64_t> m_lists{0};
    mutable std::mutex m_stateMutex;
    std::condition_variable m_wake;
    std::string m_lastError;
    std::thread m_thread;
};

} // namespace md::ops::kube
