#include "inventory/InventoryMovement.h"

namespace md::inventory {

namespace {

template <typename T> nlohmann::json orNull(const std::optional<T>& value)
{
    return value ? nlohmann::json(*value) : nlohmann::json(nullptr);
}

} // namespace

nlohmann::json InventoryMovement::toJson() const
{
    return {{"id", id},
            {"product_id", productId},
            {"delta", delta},
            {"reserved_delta", reservedDelta},
            {"reason", reason},
            {"order_id", orNull(orderId)},
            {"actor_user_id", orNull(actorUserId)},
            {"actor", orNull(actorEmail)},
            {"created_at", createdAt}};
}

} // namespace md::inventory
