#pragma once
// The per-user request rate limit: a token bucket per user that refills at `ratePerSecond` up to
// `burst`. Called on the I/O thread for every authenticated request, so the buckets are spread
// over independently locked shards and each call holds one shard's lock for a few instructions.
// Buckets of users who have been idle long enough to be full again carry no information and are
// swept out, so memory follows the number of recently active users.

#include "http/Dispatcher.h"

#include <array>
#include <chrono>
#include <mutex>
#include <optional>
#include <unordered_map>

namespace md::auth {

class UserRateLimiter : public http::RequestRateLimiter {
public:
    using Clock = std::chrono::steady_clock;

    // ratePerSecond <= 0 turns the limit off.
    UserRateLimiter(double ratePerSecond, double burst);

    std::optional<int> retryAfter(long long userId) override;
    // The same at a given moment, for tests.
    std::optional<int> retryAfter(long long userId, Clock::time_point now);

    std::size_t trackedUsers() const;
    bool enabled() const { return m_ratePerSecond > 0; }

    static constexpr std::size_t kShardCount = 16;
    static constexpr std::chrono::seconds kSweepInterval{30};

private:
    struct Bucket {
        double tokens = 0;
        Clock::time_point refilledAt;
    };
    struct Shard {
        mutable std::mutex mutex;
        std::unordered_map<long long, Bucket> buckets;
        Clock::time_point sweptAt;
    };

    void sweep(Shard& shard, Clock::time_point now);

    double m_ratePerSecond;
    double m_burst;
    std::array<Shard, kShardCount> m_shards;
};

} // namespace md::auth
