#include "inventory/StockAdjustment.h"

#include "inventory/JsonFields.h"

namespace md::inventory {

StockAdjustment StockAdjustment::fromJson(const nlohmann::json& body)
{
    JsonFields::requireObject(body);
    nlohmann::json errors = nlohmann::json::object();
    JsonFields fields(body, errors);
    StockAdjustment adjustment;
    auto delta = fields.integer("delta", true, -kMaxMagnitude, kMaxMagnitude);
    if (delta && *delta == 0) fields.reject("delta", "must not be 0");
    auto reason = fields.text("reason", true, 1, kMaxReasonCharacters);
    JsonFields::throwIfAny(errors);
    adjustment.delta = *delta;
    adjustment.reason = *reason;
    return adjustment;
}

} // namespace md::inventory
