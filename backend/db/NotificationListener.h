#pragma once
// One dedicated connection LISTENing for PostgreSQL notifications (the event outbox, cache
// invalidation) on a thread of its own. It reconnects by itself when the database goes away;
// after a reconnection the onReconnected callbacks run, because notifications sent while it was
// away are lost and caches must assume anything changed.
//
// A connection the network silently dropped (a half-open TCP connection, a frozen firewall state)
// looks exactly like a quiet database: no notification arrives, and none is missed as far as the
// socket can tell. So every checkInterval the listener makes a round trip on that connection
// (SELECT 1) that must come back within timeout, measured here and not by the server; when it does
// not, the connection counts as lost and is replaced. isConnected() is false from the moment a
// check fails until a new connection LISTENs again, and callers stop trusting what the
// notifications keep up to date (the product cache is bypassed, revocations are re-read).
//
// Written on libpq's asynchronous API directly, so that connecting, LISTEN and the check all have
// deadlines of their own and a stop() is never stuck behind a blocking call.

#include <atomic>
#include <chrono>
#include <functional>
#include <map>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace md::db {

struct ListenerOptions {
    std::chrono::milliseconds checkInterval{5000}; // between liveness round trips
    std::chrono::milliseconds timeout{5000};       // for a round trip, for connecting and for LISTEN
};

class NotificationListener {
public:
    using Callback = std::function<void(const std::string& payload)>;

    explicit NotificationListener(std::string databaseUrl, ListenerOptions options = {});
    ~NotificationListener();
    NotificationListener(const NotificationListener&) = delete;
    NotificationListener& operator=(const NotificationListener&) = delete;

    // Register before start(). Callbacks run on the listener's thread.
    void subscribe(const std::string& channel, Callback callback);
    // After a connection other than the first one LISTENs (notifications may have been missed).
    void onReconnected(std::function<void()> callback);
    // When a connection was lost or failed its liveness check (the caches' notifications stop).
    void onDisconnected(std::function<void()> callback);

    void start();
    void stop();
    bool isConnected() const { return m_connected.load(); }
    // Whether a connection has been LISTENing at some point since start().
    bool hasConnected() const { return m_everConnected.load(); }
    const ListenerOptions& options() const { return m_options; }

    // Registers the gauge db_listener_connected and the counter db_listener_reconnects_total.
    void exportMetrics();

private:
    void run();
    // Connects, LISTENs and serves until the connection is lost (throws) or stop() is called.
    void serveOneConnection(bool& everConnected);
    void dispatch(void* connection);

    std::string m_url;
    ListenerOptions m_options;
    std::map<std::string, std::vector<Callback>> m_subscribers;
    std::vector<std::function<void()>> m_reconnectCallbacks;
    std::vector<std::function<void()>> m_disconnectCallbacks;
    std::thread m_thread;
    std::atomic<bool> m_stop{false};
    std::atomic<bool> m_connected{false};
    std::atomic<bool> m_everConnected{false};
    std::atomic<long long> m_reconnects{0};
};

} // namespace md::db
