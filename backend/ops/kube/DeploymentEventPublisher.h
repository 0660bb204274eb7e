#pragma once
// Publishes `deployment.updated` live events. Every replica runs an informer, but the events must
// reach every replica's SSE clients exactly once with ids that resume through Last-Event-ID, so
// they go through the events outbox table (whose trigger notifies all replicas) and only one
// replica writes them: the one holding a PostgreSQL advisory lock on a dedicated connection. When
// that replica dies its connection closes, the lock is released, and another replica takes it
// within a few seconds. Bursts are coalesced: a Deployment changed many times during a rollout
// gets at most one event per coalescing window, carrying its latest state. Each round trip on that
// connection has a deadline (db::ConnectionWatchdog), so a frozen database stalls neither the events
// nor a shutdown that joins this thread for longer than that.

#include "db/ConnectionWatchdog.h"
#include "ops/kube/DeploymentInformer.h"

#include <pqxx/pqxx>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <set>
#include <string>
#include <thread>

namespace md::ops::kube {

class DeploymentEventPublisher {
public:
    DeploymentEventPublisher(std::string databaseUrl, const DeploymentInformer& informer, std::string namespaceName,
                             std::chrono::milliseconds coalesceWindow = std::chrono::milliseconds(250));
    ~DeploymentEventPublisher();
    DeploymentEventPublisher(const DeploymentEventPublisher&) = delete;
    DeploymentEventPublisher& operator=(const DeploymentEventPublisher&) = delete;

    void start();
    void stop();
    // Called by the informer for each changed Deployment (any thread).
    void changed(const std::string& name);
    bool isLeader() const { return m_leader.load(); }

private:
    void run();
    bool ensureLeadership();
    void publish(const std::set<std::string>& names);
    void dropConnection();
    bool waitFor(std::chrono::milliseconds duration); // false when stopping

    std::string m_databaseUrl;
    const DeploymentInformer& m_informer;
    long long m_lockKey;
    std::chrono::milliseconds m_window;
    db::ConnectionWatchdog m_watchdog;
    std::unique_ptr<pqxx::connection> m_connection;
    db::ConnectionWatchdog::Watch m_watch; // of m_connection; idle (no deadline) between round trips
    std::atomic<bool> m_leader{false};
    std::atomic<bool> m_stopping{false};
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::set<std::string> m_dirty;
    std::thread m_thread;
};

} // namespace md::ops::kube
