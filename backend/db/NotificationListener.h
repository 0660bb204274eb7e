#pragma once
// One dedicated connection LISTENing for PostgreSQL notifications (the event outbox, cache
// invalidation) on a thread of its own. It reconnects by itself when the database goes away;
// after a reconnection the onReconnected callbacks run, because notifications sent while it was
// away are lost and caches must assume anything changed.

#include <atomic>
#include <functional>
#include <map>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace md::db {

class NotificationListener {
public:
    using Callback = std::function<void(const std::string& payload)>;

    explicit NotificationListener(std::string databaseUrl);
    ~NotificationListener();

    // Register before start().
    void subscribe(const std::string& channel, Callback callback);
    void onReconnected(std::function<void()> callback);

    void start();
    void stop();
    bool isConnected() const { return m_connected.load(); }

private:
    void run();

    std::string m_url;
    std::map<std::string, std::vector<Callback>> m_subscribers;
    std::vector<std::function<void()>> m_reconnectCallbacks;
    std::thread m_thread;
    std::atomic<bool> m_stop{false};
    std::atomic<bool> m_connected{false};
};

} // namespace md::db
