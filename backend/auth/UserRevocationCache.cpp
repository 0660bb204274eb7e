#include "auth/UserRevocationCache.h"

#include "db/Transaction.h"

#include <mutex>

namespace md::auth {

namespace {

constexpr long long kSessionSweepSeconds = 60;

bool isDefaultState(const UserTokenState& state) { return !state.disabled && state.tokenVersion <= 1; }

long long nowSeconds()
{
    return std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch())
        .count();
}

} // namespace

UserRevocationCache::UserRevocationCache(std::chrono::seconds sessionMemory) : m_sessionMemory(sessionMemory) {}

void UserRevocationCache::registerStatements()
{
    db::Statements::add("auth_revocation_all",
                        "SELECT id, disabled, token_version FROM users WHERE disabled OR token_version > 1");
    db::Statements::add("auth_revocation_one", "SELECT disabled, token_version FROM users WHERE id = $1");
    // Sessions signed out recently enough that an access token issued in them may still be alive,
    // each with when to forget it ($1: the session memory in seconds).
    db::Statements::add("auth_revocation_sessions",
                        "SELECT family_id::text, extract(epoch FROM max(revoked_at))::bigint + $1::integer "
                        "FROM refresh_tokens WHERE revoked_at > now() - $1::integer * interval '1 second' "
                        "GROUP BY family_id");
}

UserRevocationCache::Verdict UserRevocationCache::check(long long userId, long long tokenVersion,
                                                        std::string_view sessionId) const
{
    if (!m_loaded.load(std::memory_order_acquire)) return Verdict::NotLoaded;
    std::shared_lock lock(m_mutex);
    // The account's state first: disabling it or moving its token_version also signs out its
    // sessions, and the account's reason is the one that tells the client what happened.
    auto it = m_states.find(userId);
    if (it != m_states.end()) {
        if (it->second.disabled) return Verdict::Disabled;
        if (tokenVersion < it->second.tokenVersion) return Verdict::Revoked;
    } else if (tokenVersion < 1) {
        return Verdict::Revoked;
    }
    if (!sessionId.empty() && m_revokedSessions.find(sessionId) != m_revokedSessions.end())
        return Verdict::SessionRevoked;
    return Verdict::Accepted;
}

void UserRevocationCache::loadAll(db::ConnectionPool& pool)
{
    try {
        std::unordered_map<long long, UserTokenState> fresh;
        std::unordered_map<std::string, long long> sessions;
        db::withTransaction(pool, [&](pqxx::work& tx) {
            fresh.clear(); // the transaction may be retried
            sessions.clear();
            for (const auto& row : tx.exec_prepared("auth_revocation_all"))
                fresh[row[0].as<long long>()] = UserTokenState{row[1].as<bool>(), row[2].as<long long>()};
            for (const auto& row :
                 tx.exec_prepared("auth_revocation_sessions", static_cast<int>(m_sessionMemory.count())))
                sessions[row[0].as<std::string>()] = row[1].as<long long>();
        });
        std::unique_lock lock(m_mutex);
        m_states.swap(fresh);
        // Merged, not replaced: a session is never signed in again, and one this replica revoked
        // after the read above must stay revoked.
        for (auto& [session, forgetAt] : sessions) {
            auto [it, inserted] = m_revokedSessions.emplace(session, forgetAt);
            if (!inserted) it->second = std::max(it->second, forgetAt);
        }
        forgetOldSessions(nowSeconds());
        m_loaded.store(true, std::memory_order_release);
    } catch (...) {
        // A half-known state could let a revoked token through; refuse tokens until a load succeeds.
        m_loaded.store(false, std::memory_order_release);
        throw;
    }
}

void UserRevocationCache::refreshUser(db::ConnectionPool& pool, long long userId)
{
    auto state = db::withTransaction(pool, [&](pqxx::work& tx) {
        auto rows = tx.exec_prepared("auth_revocation_one", userId);
        if (rows.empty()) return UserTokenState{true, 1};
        return UserTokenState{rows[0][0].as<bool>(), rows[0][1].as<long long>()};
    });
    apply(userId, state);
}

void UserRevocationCache::apply(long long userId, UserTokenState state)
{
    std::unique_lock lock(m_mutex);
    if (isDefaultState(state))
        m_states.erase(userId);
    else
        m_states[userId] = state;
}

void UserRevocationCache::revokeSession(const std::string& sessionId)
{
    if (sessionId.empty()) return;
    const long long now = nowSeconds();
    std::unique_lock lock(m_mutex);
    long long& forgetAt = m_revokedSessions[sessionId];
    forgetAt = std::max(forgetAt, now + m_sessionMemory.count());
    if (now >= m_nextSessionSweep) forgetOldSessions(now);
}

void UserRevocationCache::forgetOldSessions(long long now)
{
    std::erase_if(m_revokedSessions, [now](const auto& entry) { return entry.second <= now; });
    m_nextSessionSweep = now + kSessionSweepSeconds;
}

std::size_t UserRevocationCache::size() const
{
    std::shared_lock lock(m_mutex);
    return m_states.size();
}

std::size_t UserRevocationCache::revokedSessions() const
{
    std::shared_lock lock(m_mutex);
    return m_revokedSessions.size();
}

} // namespace md::auth
