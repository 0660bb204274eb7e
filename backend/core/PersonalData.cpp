#include "core/PersonalData.h"

namespace md {

namespace {

std::string lowered(std::string text)
{
    for (char& c : text)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return text;
}

// The customer as the actor of a timeline entry: by account, or by e-mail for an order placed for
// an address without an account.
bool isCustomer(const nlohmann::json& entry, const nlohmann::json& customerUserId, const std::string& customerEmail)
{
    const auto actorId = entry.find("actor_user_id");
    if (actorId != entry.end() && actorId->is_number_integer() && customerUserId.is_number_integer() &&
        *actorId == customerUserId)
        return true;
    const auto actor = entry.find("actor");
    return actor != entry.end() && actor->is_string() && !customerEmail.empty() &&
           lowered(actor->get<std::string>()) == customerEmail;
}

} // namespace

void PersonalData::withholdFromOrder(nlohmann::json& order)
{
    if (!order.is_object()) return;
    const nlohmann::json customerUserId = order.value("customer_user_id", nlohmann::json());
    const auto email = order.find("customer_email");
    const std::string customerEmail =
        email != order.end() && email->is_string() ? lowered(email->get<std::string>()) : std::string();

    order["customer_email"] = nullptr;
    if (order.contains("shipping_address")) order["shipping_address"] = nullptr;
    if (auto events = order.find("events"); events != order.end() && events->is_array()) {
        for (auto& entry : *events) {
            if (entry.is_object() && isCustomer(entry, customerUserId, customerEmail)) entry["actor"] = nullptr;
        }
    }
    order[kRedactedFlag] = true;
}

std::string PersonalData::withholdFromOrderText(std::string_view orderJson)
{
    nlohmann::json order = nlohmann::json::parse(orderJson);
    withholdFromOrder(order);
    return order.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

bool PersonalData::isOrderEvent(std::string_view eventType)
{
    return eventType.substr(0, 6) == "order.";
}

} // namespace md
