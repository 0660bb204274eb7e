#include "http/StreamLimiter.h"

#include "core/DomainError.h"
#include "observability/Metrics.h"

namespace md::http {

namespace {

DomainError tooManyStreams(std::string message, std::size_t limit, const char* scope)
{
    return DomainError(
        ErrorKind::RateLimited, "too_many_streams", std::move(message),
        {{"retry_after_seconds", StreamLimiter::kRetryAfterSeconds}, {"limit", limit}, {"scope", scope}});
}

} // namespace

StreamLimiter::StreamLimiter(std::size_t perUser, std::size_t total)
    : m_perUser(perUser), m_total(total), m_counts(std::make_shared<Counts>())
{
    obs::MetricsRegistry::instance().gauge("http_streams_open",
                                           "Long-lived streams open (live events and followed pod logs).", {},
                                           [counts = m_counts] {
                                               std::lock_guard lock(counts->mutex);
                                               return static_cast<double>(counts->open);
                                           });
}

StreamLimiter::Lease StreamLimiter::acquire(long long userId)
{
    {
        std::lock_guard lock(m_counts->mutex);
        std::size_t& mine = m_counts->perUser[userId];
        if (mine >= m_perUser) {
            throw tooManyStreams("you have " + std::to_string(mine) +
                                     " streams open (live events and followed pod logs), the most one user may "
                                     "hold at once; close one and retry",
                                 m_perUser, "user");
        }
        if (m_counts->open >= m_total) {
            if (mine == 0) m_counts->perUser.erase(userId);
            throw tooManyStreams("this server holds as many streams as it may (" + std::to_string(m_total) +
                                     "); retry shortly",
                                 m_total, "server");
        }
        ++mine;
        ++m_counts->open;
    }
    return Lease(nullptr, [counts = m_counts, userId](void*) { counts->release(userId); });
}

void StreamLimiter::Counts::release(long long userId)
{
    std::lock_guard lock(mutex);
    --open;
    auto it = perUser.find(userId);
    if (it != perUser.end() && --it->second == 0) perUser.erase(it);
}

std::size_t StreamLimiter::open() const
{
    std::lock_guard lock(m_counts->mutex);
    return m_counts->open;
}

std::size_t StreamLimiter::openFor(long long userId) const
{
    std::lock_guard lock(m_counts->mutex);
    auto it = m_counts->perUser.find(userId);
    return it == m_counts->perUser.end() ? 0 : it->second;
}

} // namespace md::http
