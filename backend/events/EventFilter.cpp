#include "events/EventFilter.h"

#include "core/DomainError.h"
#include "core/PersonalData.h"

namespace md::events {

namespace {

constexpr std::string_view kDeploymentType = "deployment.updated";
constexpr std::size_t kMaxTypes = 32;
constexpr std::size_t kMaxTypeLength = 64;

bool isTypeName(std::string_view name)
{
    if (name.empty() || name.size() > kMaxTypeLength) return false;
    for (char c : name)
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '_')) return false;
    return true;
}

std::string_view trim(std::string_view text)
{
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.remove_suffix(1);
    return text;
}

} // namespace

EventFilter::EventFilter(const Principal& viewer, std::set<std::string> types)
    : m_role(viewer.role), m_userId(viewer.userId), m_sellerId(viewer.sellerId),
      m_withholdsPersonalData(!viewer.allows(Permission::CustomerPersonalData)), m_types(std::move(types))
{
}

Event EventFilter::withoutPersonalData(const Event& event)
{
    Event shown = event;
    if (PersonalData::isOrderEvent(event.type)) PersonalData::withholdFromOrder(shown.payload);
    return shown;
}

bool EventFilter::admits(const Event& event) const
{
    if (!m_types.empty() && !m_types.count(event.type)) return false;
    return roleMaySee(event);
}

bool EventFilter::roleMaySee(const Event& event) const
{
    // Infrastructure news is for the people who run it, whatever the event's seller columns say.
    if (event.type == kDeploymentType) return m_role == Role::Admin || m_role == Role::Operator;
    switch (m_role) {
    case Role::Admin:
    case Role::Support:
    case Role::Operator:
        return true;
    case Role::Seller:
        // A seller account without a seller (impossible by the schema's CHECK) sees nothing.
        return m_sellerId && event.sellerId && *event.sellerId == *m_sellerId;
    case Role::Customer:
        return event.customerUserId && *event.customerUserId == m_userId;
    }
    return false;
}

std::set<std::string> EventFilter::parseTypes(std::string_view list)
{
    std::set<std::string> types;
    while (!list.empty()) {
        auto comma = list.find(',');
        auto item = trim(list.substr(0, comma));
        list = comma == std::string_view::npos ? std::string_view{} : list.substr(comma + 1);
        if (item.empty()) continue;
        if (!isTypeName(item))
            throw DomainError::badRequest("types: '" + std::string(item.substr(0, kMaxTypeLength)) +
                                              "' is not an event type (lower-case words joined by dots)",
                                          "invalid_types");
        types.emplace(item);
        if (types.size() > kMaxTypes) throw DomainError::badRequest("types: too many event types", "invalid_types");
    }
    return types;
}

} // namespace md::events
