#pragma once
// One row of the events table as the hub handles it: enough to decide who may see it (type,
// seller, customer) and to frame it for Server-Sent Events (id, created_at, payload).

#include <nlohmann/json.hpp>

#include <optional>
#include <string>

namespace md::events {

struct Event {
    long long id = 0;
    std::string type;
    std::optional<long long> sellerId;
    std::optional<long long> customerUserId;
    nlohmann::json payload = nlohmann::json::object();
    std::string createdAt; // RFC 3339 UTC, as the table's trigger and the replay queries format it
};

// What a notification on channel md_events carries: the whole event, or only its id when the
// event was too large for a NOTIFY payload and must be read back from the table.
struct EventNotice {
    long long id = 0;
    std::optional<Event> event; // nullopt when truncated
};

// Parses a md_events payload; throws std::invalid_argument when it is not one.
EventNotice parseEventNotice(const std::string& payload);

} // namespace md::events
