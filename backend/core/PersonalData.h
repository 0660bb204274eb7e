#pragma once
// A customer's personal data in what the server sends about orders, and how it is withheld from a
// role that may not read it (Permission::CustomerPersonalData; operators run the platform and have
// no need for it). Orders and order events carry the same order JSON, so both the order endpoints
// and the live event stream withhold it here, the same way:
//  - customer_email and shipping_address (name, phone, address) become null,
//  - the timeline no longer names the customer as the actor of what they did (placing the order),
//  - "personal_data_redacted": true says so, so a client can show "hidden" instead of "none".
// Everything else (ids, numbers, lines, amounts, states, staff actors) stays: the document keeps
// the shape of the OpenAPI schema, whose personal fields are nullable for this reason.

#include <nlohmann/json.hpp>

#include <string>
#include <string_view>

namespace md {

class PersonalData {
public:
    static constexpr const char* kRedactedFlag = "personal_data_redacted";

    // An order as listed, an order document, or an order event's payload; anything that is not an
    // object is left alone.
    static void withholdFromOrder(nlohmann::json& order);
    // The same on JSON text (the order endpoints pass the database's JSON through as text).
    static std::string withholdFromOrderText(std::string_view orderJson);
    // Whether an event of this type carries an order (order.created, order.updated).
    static bool isOrderEvent(std::string_view eventType);
};

} // namespace md
