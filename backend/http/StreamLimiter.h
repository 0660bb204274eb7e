#pragma once
// Caps the long-lived streams a replica holds open (live event streams and followed pod logs): so
// many per user and so many in all. Each stream holds a socket, a file descriptor and some memory
// for as long as its client wants, so without a cap one user could exhaust the server for everyone.
//
// A slot is a lease: the stream holds it and it is released when the lease is destroyed, however the
// stream ends (the client hung up, the server closed it, the handler failed before it began).

#include <cstddef>
#include <memory>
#include <mutex>
#include <unordered_map>

namespace md::http {

class StreamLimiter {
public:
    StreamLimiter(std::size_t perUser, std::size_t total);

    using Lease = std::shared_ptr<void>;
    // A slot for one more stream of userId. Throws DomainError (RateLimited, code too_many_streams,
    // with retry_after_seconds) when the user or the replica is at its cap.
    Lease acquire(long long userId);

    std::size_t open() const;
    std::size_t openFor(long long userId) const;
    std::size_t perUser() const { return m_perUser; }
    std::size_t total() const { return m_total; }

    static constexpr int kRetryAfterSeconds = 5;

private:
    // Shared with the leases, which may outlive the limiter during shutdown.
    struct Counts {
        std::mutex mutex;
        std::size_t open = 0;
        std::unordered_map<long long, std::size_t> perUser;
        void release(long long userId);
    };

    const std::size_t m_perUser;
    const std::size_t m_total;
    std::shared_ptr<Counts> m_counts;
};

} // namespace md::http
