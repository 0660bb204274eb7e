#pragma once
// Keeps a UserRevocationCache in step with the database on every replica: per-user refreshes from
// the md_cache notifications, a full reload after the listener reconnects (notifications sent
// while it was away are lost), and a full reload once the listener is first connected, which
// closes the gap between the start-up load and the moment LISTEN took effect. Whenever the cache
// cannot be trusted (no load has succeeded, or a refresh failed) it refuses tokens, and a
// background thread retries a full load with backoff until it succeeds.
//
// While the listener is down (lost, or failing its liveness check) no notification arrives, so the
// cache is re-read from the database at once and then every pollWhileListenerDown: what it knows is
// never older than that, however long the listener stays away.

#include "auth/UserRevocationCache.h"
#include "db/ConnectionPool.h"
#include "db/NotificationListener.h"

#include <chrono>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <thread>

namespace md::auth {

class RevocationCacheSync {
public:
    // Subscribes to the listener (call before listener.start()) and loads the cache once.
    RevocationCacheSync(db::ConnectionPool& pool, db::NotificationListener& listener,
                        std::shared_ptr<UserRevocationCache> cache,
                        std::chrono::milliseconds pollWhileListenerDown = std::chrono::milliseconds(5000));
    ~RevocationCacheSync();
    RevocationCacheSync(const RevocationCacheSync&) = delete;
    RevocationCacheSync& operator=(const RevocationCacheSync&) = delete;

    // "user:42" -> 42; nullopt for other payloads (products share the channel).
    static std::optional<long long> userIdFromPayload(const std::string& payload);
    // "session:<refresh-token family id>" -> the id; nullopt for other payloads.
    static std::optional<std::string> sessionIdFromPayload(const std::string& payload);

private:
    // Shared with the listener callbacks, which may in theory outlive this object.
    struct ReloadSignal {
        std::mutex mutex;
        std::condition_variable wake;
        bool reloadWanted = true; // the first reload is the one after LISTEN took effect
        unsigned long long requests = 0; // wakes the loader early when it changes
        bool stopping = false;
        void request();
    };

    void runLoader();
    bool tryLoad(const char* reason, bool quiet = false);

    db::ConnectionPool& m_pool;
    db::NotificationListener& m_listener;
    std::shared_ptr<UserRevocationCache> m_cache;
    std::chrono::milliseconds m_pollWhileListenerDown;
    std::shared_ptr<ReloadSignal> m_signal;
    std::thread m_loader;
};

} // namespace md::auth
