#include "orders/OrderReply.h"

#include <nlohmann/json.hpp>

namespace md::orders {

OrderReply replayOf(std::string body)
{
    OrderReply reply{OrderReply::Outcome::Replayed, std::move(body), 0, 1};
    auto json = nlohmann::json::parse(reply.json, nullptr, false);
    if (json.is_object()) {
        reply.orderId = json.value("id", 0LL);
        reply.version = json.value("version", 1LL);
    }
    return reply;
}

} // namespace md::orders
