#include "inventory/ThresholdChange.h"

#include "inventory/JsonFields.h"

namespace md::inventory {

ThresholdChange ThresholdChange::fromJson(const nlohmann::json& body)
{
    JsonFields::requireObject(body);
    nlohmann::json errors = nlohmann::json::object();
    JsonFields fields(body, errors);
    auto threshold = fields.integer("low_stock_threshold", true, 0, kMaxThreshold);
    for (const auto& [name, value] : body.items()) {
        if (name != "low_stock_threshold") fields.reject(name, "cannot be changed here");
    }
    JsonFields::throwIfAny(errors);
    return ThresholdChange{*threshold};
}

} // namespace md::inventory
