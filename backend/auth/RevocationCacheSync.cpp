#include "auth/RevocationCacheSync.h"

#include "observability/Log.h"

#include <algorithm>
#include <charconv>

namespace md::auth {

void RevocationCacheSync::ReloadSignal::request()
{
    {
        std::lock_guard lock(mutex);
        reloadWanted = true;
        ++requests;
    }
    wake.notify_all();
}

RevocationCacheSync::RevocationCacheSync(db::ConnectionPool& pool, db::NotificationListener& listener,
                                         std::shared_ptr<UserRevocationCache> cache,
                                         std::chrono::milliseconds pollWhileListenerDown)
    : m_pool(pool), m_listener(listener), m_cache(std::move(cache)),
      m_pollWhileListenerDown(std::max(pollWhileListenerDown, std::chrono::milliseconds(100))),
      m_signal(std::make_shared<ReloadSignal>())
{
    // The callbacks run on the listener thread. They hold the cache and the signal by shared_ptr
    // so they stay safe even if the listener outlives this object in an unusual shutdown.
    db::ConnectionPool* poolPointer = &m_pool;
    auto cacheRef = m_cache;
    auto signal = m_signal;
    m_listener.subscribe("md_cache", [poolPointer, cacheRef, signal](const std::string& payload) {
        if (auto session = sessionIdFromPayload(payload)) return cacheRef->revokeSession(*session);
        auto userId = userIdFromPayload(payload);
        if (!userId) return;
        try {
            cacheRef->refreshUser(*poolPointer, *userId);
        } catch (const std::exception& error) {
            // This user's state is unknown now, so no token can be trusted until a full reload.
            obs::logWarn("could not refresh a user's token state; reloading all",
                         {{"user_id", *userId}, {"error", error.what()}});
            cacheRef->invalidate();
            signal->request();
        }
    });
    m_listener.onReconnected([poolPointer, cacheRef, signal] {
        // Notifications sent while the listener was away are lost: anything may have changed.
        try {
            cacheRef->loadAll(*poolPointer);
            obs::logInfo("user token states reloaded after reconnecting", {{"tracked_users", cacheRef->size()}});
        } catch (const std::exception& error) {
            obs::logWarn("could not reload user token states after reconnecting", {{"error", error.what()}});
            signal->request();
        }
    });
    // The notifications stop: the loader re-reads the cache at once, then periodically (runLoader).
    m_listener.onDisconnected([signal] { signal->request(); });
    tryLoad("start-up");
    m_loader = std::thread([this] { runLoader(); });
}

RevocationCacheSync::~RevocationCacheSync()
{
    {
        std::lock_guard lock(m_signal->mutex);
        m_signal->stopping = true;
    }
    m_signal->wake.notify_all();
    if (m_loader.joinable()) m_loader.join();
}

std::optional<long long> RevocationCacheSync::userIdFromPayload(const std::string& payload)
{
    constexpr std::string_view prefix = "user:";
    if (payload.size() <= prefix.size() || payload.compare(0, prefix.size(), prefix) != 0) return std::nullopt;
    long long id = 0;
    const char* begin = payload.data() + prefix.size();
    const char* end = payload.data() + payload.size();
    auto [stop, error] = std::from_chars(begin, end, id);
    if (error != std::errc() || stop != end || id <= 0) return std::nullopt;
    return id;
}

std::optional<std::string> RevocationCacheSync::sessionIdFromPayload(const std::string& payload)
{
    constexpr std::string_view prefix = "session:";
    if (payload.size() <= prefix.size() || payload.compare(0, prefix.size(), prefix) != 0) return std::nullopt;
    return payload.substr(prefix.size());
}

bool RevocationCacheSync::tryLoad(const char* reason, bool quiet)
{
    try {
        m_cache->loadAll(m_pool);
        const nlohmann::json fields = {{"reason", reason},
                                       {"tracked_users", m_cache->size()},
                                       {"revoked_sessions", m_cache->revokedSessions()}};
        if (quiet) obs::logDebug("user token states loaded", fields);
        else obs::logInfo("user token states loaded", fields);
        return true;
    } catch (const std::exception& error) {
        obs::logWarn("could not load user token states; access tokens are refused until it works",
                     {{"reason", reason}, {"error", error.what()}});
        return false;
    }
}

void RevocationCacheSync::runLoader()
{
    // A reload is wanted first once LISTEN is in effect (a change committed between the start-up
    // load and LISTEN sent a notification nobody heard), then whenever a refresh failed.
    constexpr auto kFirstPause = std::chrono::milliseconds(50);
    constexpr auto kLongestPause = std::chrono::milliseconds(2000);
    auto pause = kFirstPause;
    auto lastLoad = std::chrono::steady_clock::now(); // the constructor's
    bool listenerWasDown = false;
    auto retryPause = kFirstPause;
    std::unique_lock lock(m_signal->mutex);
    while (!m_signal->stopping) {
        const auto seenRequests = m_signal->requests;
        m_signal->wake.wait_for(lock, pause,
                                [&] { return m_signal->stopping || m_signal->requests != seenRequests; });
        if (m_signal->stopping) break;
        if (!m_listener.isConnected()) {
            // No notification reaches this replica: re-read at once (the disconnection asked for it),
            // then every m_pollWhileListenerDown until the listener is back. A re-read that fails
            // leaves the cache untrusted (tokens are refused), so it is retried sooner, with backoff.
            const auto now = std::chrono::steady_clock::now();
            const auto due = m_cache->isLoaded() ? m_pollWhileListenerDown : retryPause;
            if (m_signal->requests != seenRequests || now - lastLoad >= due) {
                lock.unlock();
                const bool loaded = tryLoad("notification listener down", listenerWasDown);
                lock.lock();
                retryPause = loaded ? kFirstPause : std::min(retryPause * 2, kLongestPause);
                lastLoad = std::chrono::steady_clock::now();
                listenerWasDown = true;
            }
            const auto next = (m_cache->isLoaded() ? m_pollWhileListenerDown : retryPause) -
                              (std::chrono::steady_clock::now() - lastLoad);
            pause = std::max(kFirstPause, std::chrono::duration_cast<std::chrono::milliseconds>(next));
            continue;
        }
        listenerWasDown = false;
        if (!m_signal->reloadWanted && m_cache->isLoaded()) {
            pause = kLongestPause; // idle: nothing to do, look again later
            continue;
        }
        m_signal->reloadWanted = false;
        lock.unlock();
        const bool loaded = tryLoad("listener connected");
        lock.lock();
        lastLoad = std::chrono::steady_clock::now();
        if (loaded) {
            pause = kLongestPause;
        } else {
            m_signal->reloadWanted = true;
            pause = std::min(pause * 2, kLongestPause);
        }
    }
}

} // namespace md::auth
