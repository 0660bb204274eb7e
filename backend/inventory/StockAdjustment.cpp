#include "inventory/StockAdjustment.h"

#include "core/JsonFields.h"

namespace md::inventory {

StockAdjustment StockAdjustment::fromJson(const nlohmann::json& body)
{
    JsonFields fields(body);
    fields.rejectUnknown({"delta", "reason"});
    auto delta = fields.integer("delta", true, -kMaxMagnitude, kMaxMagnitude);
    if (delta && *delta == 0) fields.reject("delta", "must not be 0");
    auto reason = fields.text("reason", true, 1, kMaxReasonCharacters);
    fields.throwIfInvalid();
    return StockAdjustment{*delta, *reason};
}

} // namespace md::inventory
