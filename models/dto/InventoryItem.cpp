#include "models/dto/InventoryItem.h"

#include "models/dto/JsonReader.h"

namespace md::models {

std::optional<InventoryItem> parseInventoryItem(const QJsonObject& json, QString* error)
{
    JsonReader reader(json, QStringLiteral("inventory"));
    InventoryItem item;
    item.productId = reader.requiredInteger("product_id");
    item.sku = reader.requiredString("sku");
    item.title = reader.requiredString("title");
    item.onHand = static_cast<int>(reader.requiredInteger("on_hand"));
    item.reserved = static_cast<int>(reader.requiredInteger("reserved"));
    item.available = static_cast<int>(reader.optionalInteger("available").value_or(item.onHand - item.reserved));
    item.lowStockThreshold = static_cast<int>(reader.optionalInteger("low_stock_threshold").value_or(0));
    item.version = static_cast<int>(reader.optionalInteger("version").value_or(0));
    if (reader.ok() && (item.onHand < 0 || item.reserved < 0 || item.reserved > item.onHand))
        reader.fail("reserved",
                    QStringLiteral("inconsistent stock: on_hand %1, reserved %2").arg(item.onHand).arg(item.reserved));
    if (!reader.ok()) {
        if (error) *error = reader.error();
        return std::nullopt;
    }
    return item;
}

} // namespace md::models
