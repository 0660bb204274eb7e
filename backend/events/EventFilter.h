#pragma once
// Who may see which live event. Pure, so the policy is tested without a server: staff roles
// (admin, support, operator) see every event, a seller only events of their own seller, a customer
// only events about their own orders, and deployment events go to operators and admins only.
// A caller may further narrow the stream to some event types (?types=order.created,order.updated).

#include "core/Principal.h"
#include "events/Event.h"

#include <optional>
#include <set>
#include <string>
#include <string_view>

namespace md::events {

class EventFilter {
public:
    EventFilter(const Principal& viewer, std::set<std::string> types = {});

    bool admits(const Event& event) const;

    // Parses a comma-separated ?types= value ("order.created, order.updated"); empty items are
    // ignored. Throws DomainError (bad request) for a name that cannot be an event type.
    static std::set<std::string> parseTypes(std::string_view list);

private:
    bool roleMaySee(const Event& event) const;

    Role m_role;
    long long m_userId;
    std::optional<long long> m_sellerId;
    std::set<std::string> m_types; // empty: every type
};

} // namespace md::events
