#pragma once
// What the token verifier must know about users without asking the database (it runs on the I/O
// thread): which users are disabled and which token_version their tokens must carry. Only users
// that are disabled or whose token_version moved past 1 are kept, so the map stays small.
//
// The cache is filled from the database at start, refreshed for one user when the md_cache
// notification "user:<id>" arrives (every replica receives it), reloaded whole after the listener
// reconnects, and updated directly by this replica right after it commits a change, so the change
// takes effect here without waiting for the notification.

#include "db/ConnectionPool.h"

#include <atomic>
#include <optional>
#include <shared_mutex>
#include <unordered_map>

namespace md::auth {

struct UserTokenState {
    bool disabled = false;
    long long tokenVersion = 1;
};

class UserRevocationCache {
public:
    enum class Verdict { Accepted, Disabled, Revoked, NotLoaded };

    // Whether a token for userId carrying tokenVersion may still be used. Never blocks on I/O.
    Verdict check(long long userId, long long tokenVersion) const;

    // Replaces everything with the database's current state. Throws (DomainError or pqxx) when the
    // database cannot be read; the cache then counts as not loaded until a later load succeeds.
    void loadAll(db::ConnectionPool& pool);
    // Re-reads one user. A user that no longer exists is treated as disabled.
    void refreshUser(db::ConnectionPool& pool, long long userId);
    // Records a state this replica has just committed.
    void apply(long long userId, UserTokenState state);
    // Marks the cache untrustworthy (a refresh failed): tokens are refused until loadAll succeeds.
    void invalidate() { m_loaded.store(false, std::memory_order_release); }

    bool isLoaded() const { return m_loaded.load(std::memory_order_acquire); }
    std::size_t size() const;

    static void registerStatements();

private:
    mutable std::shared_mutex m_mutex;
    std::unordered_map<long long, UserTokenState> m_states;
    std::atomic<bool> m_loaded{false};
};

} // namespace md::auth
