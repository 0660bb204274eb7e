#include "auth/UserRevocationCache.h"

#include "db/Transaction.h"

#include <mutex>

namespace md::auth {

namespace {

bool isDefaultState(const UserTokenState& state) { return !state.disabled && state.tokenVersion <= 1; }

} // namespace

void UserRevocationCache::registerStatements()
{
    db::Statements::add("auth_revocation_all",
                        "SELECT id, disabled, token_version FROM users WHERE disabled OR token_version > 1");
    db::Statements::add("auth_revocation_one", "SELECT disabled, token_version FROM users WHERE id = $1");
}

UserRevocationCache::Verdict UserRevocationCache::check(long long userId, long long tokenVersion) const
{
    if (!m_loaded.load(std::memory_order_acquire)) return Verdict::NotLoaded;
    std::shared_lock lock(m_mutex);
    auto it = m_states.find(userId);
    if (it == m_states.end()) return tokenVersion >= 1 ? Verdict::Accepted : Verdict::Revoked;
    if (it->second.disabled) return Verdict::Disabled;
    return tokenVersion >= it->second.tokenVersion ? Verdict::Accepted : Verdict::Revoked;
}

void UserRevocationCache::loadAll(db::ConnectionPool& pool)
{
    try {
        std::unordered_map<long long, UserTokenState> fresh;
        db::withTransaction(pool, [&](pqxx::work& tx) {
            fresh.clear(); // the transaction may be retried
            for (const auto& row : tx.exec_prepared("auth_revocation_all"))
                fresh[row[0].as<long long>()] = UserTokenState{row[1].as<bool>(), row[2].as<long long>()};
        });
        std::unique_lock lock(m_mutex);
        m_states.swap(fresh);
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

std::size_t UserRevocationCache::size() const
{
    std::shared_lock lock(m_mutex);
    return m_states.size();
}

} // namespace md::auth
