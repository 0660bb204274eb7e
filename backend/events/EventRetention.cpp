#include "events/EventRetention.h"

namespace md::events {

namespace {

db::RetentionTarget eventsTarget()
{
    // The lock key is any constant shared by all replicas; "mdev" in ASCII, so it is recognisable in pg_locks.
    return {"events", "id", "created_at", 0x6d646576};
}

} // namespace

EventRetention::EventRetention(db::ConnectionPool& pool, std::chrono::seconds window, std::chrono::seconds interval)
    : db::TableRetention(pool, eventsTarget(), window, interval)
{
}

void EventRetention::registerStatements()
{
    db::TableRetention::registerStatements(eventsTarget());
}

} // namespace md::events
