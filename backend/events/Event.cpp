#include "events/Event.h"

#include <stdexcept>

namespace md::events {

namespace {

std::optional<long long> optionalId(const nlohmann::json& object, const char* key)
{
    auto found = object.find(key);
    if (found == object.end() || found->is_null()) return std::nullopt;
    if (!found->is_number_integer()) throw std::invalid_argument(std::string(key) + " is not an integer");
    return found->get<long long>();
}

} // namespace

EventNotice parseEventNotice(const std::string& payload)
{
    auto object = nlohmann::json::parse(payload, nullptr, false);
    if (!object.is_object()) throw std::invalid_argument("event notification is not a JSON object");
    auto id = optionalId(object, "id");
    if (!id || *id <= 0) throw std::invalid_argument("event notification has no id");

    EventNotice notice;
    notice.id = *id;
    if (object.value("truncated", false)) return notice;

    auto type = object.find("type");
    if (type == object.end() || !type->is_string()) throw std::invalid_argument("event notification has no type");
    Event event;
    event.id = *id;
    event.type = type->get<std::string>();
    event.sellerId = optionalId(object, "seller_id");
    event.customerUserId = optionalId(object, "customer_user_id");
    if (auto payloadField = object.find("payload"); payloadField != object.end()) event.payload = *payloadField;
    if (auto created = object.find("created_at"); created != object.end() && created->is_string())
        event.createdAt = created->get<std::string>();
    notice.event = std::move(event);
    return notice;
}

} // namespace md::events
