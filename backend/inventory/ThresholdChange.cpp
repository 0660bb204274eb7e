#include "inventory/ThresholdChange.h"

#include "core/JsonFields.h"

namespace md::inventory {

ThresholdChange ThresholdChange::fromJson(const nlohmann::json& body)
{
    JsonFields fields(body);
    // on_hand and reserved are not edited here: adjustments and orders change them.
    fields.rejectUnknown({"low_stock_threshold"}, "cannot be changed here");
    auto threshold = fields.integer("low_stock_threshold", true, 0, kMaxThreshold);
    fields.throwIfInvalid();
    return ThresholdChange{*threshold};
}

} // namespace md::inventory
