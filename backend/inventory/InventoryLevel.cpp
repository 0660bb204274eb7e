#include "inventory/InventoryLevel.h"

namespace md::inventory {

nlohmann::json InventoryLevel::toJson() const
{
    return {{"product_id", productId},
            {"seller_id", sellerId},
            {"sku", sku},
            {"title", title},
            {"on_hand", onHand},
            {"reserved", reserved},
            {"available", available()},
            {"low_stock_threshold", lowStockThreshold},
            {"version", version},
            {"updated_at", updatedAt}};
}

} // namespace md::inventory
