#include "auth/UserRateLimiter.h"

#include <algorithm>
#include <cmath>

namespace md::auth {

UserRateLimiter::UserRateLimiter(double ratePerSecond, double burst)
    : m_ratePerSecond(ratePerSecond), m_burst(std::max(1.0, burst))
{
}

std::optional<int> UserRateLimiter::retryAfter(long long userId) { return retryAfter(userId, Clock::now()); }

std::optional<int> UserRateLimiter::retryAfter(long long userId, Clock::time_point now)
{
    if (m_ratePerSecond <= 0) return std::nullopt;
    Shard& shard = m_shards[static_cast<unsigned long long>(userId) % kShardCount];
    std::lock_guard lock(shard.mutex);
    if (now - shard.sweptAt >= kSweepInterval) sweep(shard, now);

    auto [it, inserted] = shard.buckets.try_emplace(userId, Bucket{m_burst, now});
    Bucket& bucket = it->second;
    if (!inserted) {
        const double elapsed = std::chrono::duration<double>(now - bucket.refilledAt).count();
        if (elapsed > 0) {
            bucket.tokens = std::min(m_burst, bucket.tokens + elapsed * m_ratePerSecond);
            bucket.refilledAt = now;
        }
    }
    if (bucket.tokens >= 1.0) {
        bucket.tokens -= 1.0;
        return std::nullopt;
    }
    const double wait = (1.0 - bucket.tokens) / m_ratePerSecond;
    return std::max(1, static_cast<int>(std::ceil(wait)));
}

void UserRateLimiter::sweep(Shard& shard, Clock::time_point now)
{
    shard.sweptAt = now;
    std::erase_if(shard.buckets, [&](const auto& entry) {
        const double elapsed = std::chrono::duration<double>(now - entry.second.refilledAt).count();
        return entry.second.tokens + elapsed * m_ratePerSecond >= m_burst;
    });
}

std::size_t UserRateLimiter::trackedUsers() const
{
    std::size_t total = 0;
    for (const auto& shard : m_shards) {
        std::lock_guard lock(shard.mutex);
        total += shard.buckets.size();
    }
    return total;
}

} // namespace md::auth
