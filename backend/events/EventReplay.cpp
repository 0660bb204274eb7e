#include "events/EventReplay.h"

#include "db/Nullable.h"
#include "db/Transaction.h"

#include <nlohmann/json.hpp>

namespace md::events {

namespace {

// The same RFC 3339 UTC form the md_notify_event trigger writes, so a replayed frame is
// byte-identical to the live one.
constexpr const char* kEventColumns =
    "id, type, seller_id, customer_user_id, payload::text, "
    "to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"')";

Event eventFromRow(const pqxx::row& row)
{
    Event event;
    event.id = row[0].as<long long>();
    event.type = row[1].as<std::string>();
    event.sellerId = db::optionalField<long long>(row[2]);
    event.customerUserId = db::optionalField<long long>(row[3]);
    event.payload = nlohmann::json::parse(row[4].as<std::string>(), nullptr, false);
    if (event.payload.is_discarded()) event.payload = nlohmann::json::object();
    event.createdAt = row[5].as<std::string>();
    return event;
}

} // namespace

EventReplay::EventReplay(db::ConnectionPool& pool, ReplayLimits limits) : m_pool(pool), m_limits(limits) {}

void EventReplay::registerStatements()
{
    // $2: the window in seconds; rows older than it are flagged, not hidden, so a resume can tell
    // that it reaches past the window.
    db::Statements::add("events_after", std::string("SELECT ") + kEventColumns +
                                            ", created_at < now() - $2::bigint * interval '1 second' "
                                            "FROM events WHERE id > $1 ORDER BY id LIMIT $3");
    db::Statements::add("events_after_in_window", std::string("SELECT ") + kEventColumns +
                                                      " FROM events WHERE id > $1 AND created_at >= now() - $2::bigint "
                                                      "* interval '1 second' ORDER BY id LIMIT $3");
    db::Statements::add("events_by_id", std::string("SELECT ") + kEventColumns + " FROM events WHERE id = $1");
    // The sequence's last issued value tells an id from this database apart from a stranger's.
    db::Statements::add("events_bounds",
                        "SELECT coalesce((SELECT min(id) FROM events), 0), coalesce((SELECT max(id) FROM events), 0), "
                        "(SELECT CASE WHEN is_called THEN last_value ELSE last_value - 1 END FROM events_id_seq)");
}

ResumePlan EventReplay::resumeAfter(long long lastEventId) const
{
    return db::withTransaction(m_pool, [&](pqxx::work& transaction) {
        ResumePlan plan;
        auto bounds = transaction.exec_prepared1("events_bounds");
        const long long oldestId = bounds[0].as<long long>();
        const long long newestId = bounds[1].as<long long>();
        const long long lastIssuedId = bounds[2].as<long long>();
        auto resetWith = [&](const char* reason) {
            plan.events.clear();
            plan.reset = true;
            plan.resetReason = reason;
            plan.latestId = newestId;
            return plan;
        };

        if (lastEventId > lastIssuedId) return resetWith("unknown_event_id");
        // Ids between the client's and the oldest kept one were issued and are gone: pruned (or,
        // rarely, rolled back, where the reset is merely unnecessary).
        if (oldestId > 0 ? lastEventId < oldestId - 1 : lastEventId < lastIssuedId) return resetWith("outside_window");

        auto rows = transaction.exec_prepared("events_after", lastEventId,
                                              static_cast<long long>(m_limits.window.count()),
                                              static_cast<long long>(m_limits.maxEvents + 1));
        if (rows.size() > m_limits.maxEvents) return resetWith("too_far_behind");
        plan.events.reserve(rows.size());
        for (const auto& row : rows) {
            if (row[6].as<bool>()) return resetWith("outside_window");
            plan.events.push_back(eventFromRow(row));
        }
        return plan;
    });
}

std::vector<Event> EventReplay::pageAfter(long long afterId, std::size_t limit) const
{
    return db::withTransaction(m_pool, [&](pqxx::work& transaction) {
        auto rows = transaction.exec_prepared("events_after_in_window", afterId,
                                              static_cast<long long>(m_limits.window.count()),
                                              static_cast<long long>(limit));
        std::vector<Event> events;
        events.reserve(rows.size());
        for (const auto& row : rows) events.push_back(eventFromRow(row));
        return events;
    });
}

std::optional<Event> EventReplay::byId(long long id) const
{
    return db::withTransaction(m_pool, [&](pqxx::work& transaction) -> std::optional<Event> {
        auto rows = transaction.exec_prepared("events_by_id", id);
        if (rows.empty()) return std::nullopt;
        return eventFromRow(rows[0]);
    });
}

long long EventReplay::latestId() const
{
    return db::withTransaction(m_pool, [&](pqxx::work& transaction) {
        return transaction.exec_prepared1("events_bounds")[1].as<long long>();
    });
}

} // namespace md::events
