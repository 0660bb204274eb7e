#pragma once
// Reads the events table for clients that resume (Last-Event-ID) and for the hub's catch-up after
// its notification connection was lost. The table keeps a bounded window (EventRetention prunes
// older rows), so a resume from further back is answered with "reset" rather than a silent gap.

#include "db/ConnectionPool.h"
#include "events/Event.h"

#include <chrono>
#include <optional>
#include <string>
#include <vector>

namespace md::events {

struct ReplayLimits {
    std::chrono::seconds window{std::chrono::hours(24)};
    std::size_t maxEvents = 10000;
};

// What a resuming client gets: the events after its id, or a reset when they cannot all be had.
struct ResumePlan {
    std::vector<Event> events;
    bool reset = false;
    std::string resetReason; // outside_window, too_far_behind, unknown_event_id
    long long latestId = 0;  // the newest stored id when reset is set
};

class EventReplay {
public:
    EventReplay(db::ConnectionPool& pool, ReplayLimits limits);

    static void registerStatements();

    ResumePlan resumeAfter(long long lastEventId) const;
    // Events with id > afterId inside the window, oldest first, at most limit of them.
    std::vector<Event> pageAfter(long long afterId, std::size_t limit) const;
    std::optional<Event> byId(long long id) const;
    long long latestId() const;

    const ReplayLimits& limits() const { return m_limits; }

private:
    db::ConnectionPool& m_pool;
    ReplayLimits m_limits;
};

} // namespace md::events
