#pragma once
// Who may see which live event, and in what form. Pure, so the policy is tested without a server:
// staff roles (admin, support, operator) see every event, a seller only events of their own
// seller, a customer only events about their own orders, and deployment events go to operators
// and admins only. Order events reach a role without Permission::CustomerPersonalData (operators)
// without the customer's personal data (core/PersonalData), as the order endpoints show them.
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
    // Whether admitted events must be sent as withoutPersonalData() makes them.
    bool withholdsPersonalData() const { return m_withholdsPersonalData; }
    // The event with the customer's personal data withheld from an order payload (others as they are).
    static Event withoutPersonalData(const Event& event);

    // Parses a comma-separated ?types= value ("order.created, order.updated"); empty items are
    // ignored. Throws DomainError (bad request) for a name that cannot be an event type.
    static std::set<std::string> parseTypes(std::string_view list);

private:
    bool roleMaySee(const Event& event) const;

    Role m_role;
    long long m_userId;
    std::optional<long long> m_sellerId;
    bool m_withholdsPersonalData;
    std::set<std::string> m_types; // empty: every type
};

} // namespace md::events
