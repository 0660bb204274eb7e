#pragma once
// One line of a product's stock history: how on_hand and reserved changed, why, for which order
// (if any) and by whom. Orders write movements for every reservation, release, shipment and restock.

#include <nlohmann/json.hpp>

#include <optional>
#include <string>

namespace md::inventory {

struct InventoryMovement {
    long long id = 0;
    long long productId = 0;
    long long delta = 0;         // change of on_hand
    long long reservedDelta = 0; // change of reserved
    std::string reason;
    std::optional<long long> orderId;
    std::optional<long long> actorUserId;
    std::optional<std::string> actorEmail;
    std::string createdAt; // RFC 3339

    nlohmann::json toJson() const;
};

} // namespace md::inventory
