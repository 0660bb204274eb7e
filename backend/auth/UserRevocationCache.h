#pragma once
// What the token verifier must know about users without asking the database (it runs on the I/O
// thread): which users are disabled, which token_version their tokens must carry, and which
// sessions (refresh-token families) were signed out. Only users that are disabled or whose
// token_version moved past 1 are kept, and a signed-out session only as long as an access token
// issued in it can live, so the maps stay small.
//
// The cache is filled from the database at start, refreshed for one user when the md_cache
// notification "user:<id>" arrives and told of a signed-out session by "session:<family id>" (every
// replica receives both), reloaded whole after the listener reconnects or, while the listener is
// down, every few seconds (RevocationCacheSync), and updated directly by this replica right after
// it commits a change, so the change takes effect here without waiting for the notification.

#include "db/ConnectionPool.h"

#include <atomic>
#include <chrono>
#include <optional>
#include <shared_mutex>
#include <string>
#include <string_view>
#include <unordered_map>

namespace md::auth {

struct UserTokenState {
    bool disabled = false;
    long long tokenVersion = 1;
};

class UserRevocationCache {
public:
    enum class Verdict { Accepted, Disabled, Revoked, SessionRevoked, NotLoaded };

    // sessionMemory: how long a signed-out session is remembered, at least the access tokens'
    // lifetime plus the clock skew tolerated between replicas.
    explicit UserRevocationCache(std::chrono::seconds sessionMemory = std::chrono::seconds(960));

    // Whether a token for userId carrying tokenVersion (and issued in sessionId, if not empty) may
    // still be used. Never blocks on I/O.
    Verdict check(long long userId, long long tokenVersion, std::string_view sessionId = {}) const;

    // Replaces the user states with the database's current state and adds the sessions signed out
    // within the session memory. Throws (DomainError or pqxx) when the database cannot be read; the
    // cache then counts as not loaded until a later load succeeds.
    void loadAll(db::ConnectionPool& pool);
    // Re-reads one user. A user that no longer exists is treated as disabled.
    void refreshUser(db::ConnectionPool& pool, long long userId);
    // Records a state this replica has just committed.
    void apply(long long userId, UserTokenState state);
    // Records that a session was signed out (its refresh-token family revoked): every access token
    // issued in it is refused from now on.
    void revokeSession(const std::string& sessionId);
    // Marks the cache untrustworthy (a refresh failed): tokens are refused until loadAll succeeds.
    void invalidate() { m_loaded.store(false, std::memory_order_release); }

    bool isLoaded() const { return m_loaded.load(std::memory_order_acquire); }
    std::size_t size() const;
    std::size_t revokedSessions() const;
    std::chrono::seconds sessionMemory() const { return m_sessionMemory; }

    static void registerStatements();

private:
    // Drops sessions nobody can present a live token of any more; caller holds the lock exclusively.
    void forgetOldSessions(long long nowSeconds);

    const std::chrono::seconds m_sessionMemory;
    mutable std::shared_mutex m_mutex;
    std::unordered_map<long long, UserTokenState> m_states;
    // Heterogeneous lookup by string_view, so checking a token's session copies nothing.
    struct SessionHash {
        using is_transparent = void;
        std::size_t operator()(std::string_view text) const { return std::hash<std::string_view>{}(text); }
    };
    // Signed-out session -> when to forget it (seconds since the epoch).
    std::unordered_map<std::string, long long, SessionHash, std::equal_to<>> m_revokedSessions;
    long long m_nextSessionSweep = 0;
    std::atomic<bool> m_loaded{false};
};

} // namespace md::auth
