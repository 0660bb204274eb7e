#include "orders/RefundRequest.h"

#include "inventory/JsonFields.h"

#include <algorithm>
#include <limits>
#include <set>

namespace md::orders {

RefundRequest RefundRequest::fromJson(const nlohmann::json& body)
{
    using inventory::JsonFields;
    JsonFields::requireObject(body);
    nlohmann::json errors = nlohmann::json::object();
    JsonFields fields(body, errors);
    RefundRequest request;

    auto amount = fields.integer("amount_cents", true, 1, std::numeric_limits<long long>::max());
    auto reason = fields.text("reason", true, 1, kMaxReasonCharacters);
    if (const auto* restock = fields.array("restock", false)) {
        if (restock->size() > kMaxRestockLines)
            fields.reject("restock", "must have at most " + std::to_string(kMaxRestockLines) + " lines");
        std::set<long long> seen;
        for (std::size_t index = 0; index < restock->size() && index < kMaxRestockLines; ++index) {
            const auto& item = (*restock)[index];
            if (!item.is_object()) {
                errors["restock[" + std::to_string(index) + "]"] = "must be an object";
                continue;
            }
            JsonFields line(item, errors, "restock[" + std::to_string(index) + "].");
            auto productId = line.integer("product_id", true, 1, std::numeric_limits<long long>::max());
            auto quantity = line.integer("quantity", true, 1, 1000);
            if (!productId || !quantity) continue;
            if (!seen.insert(*productId).second) {
                line.reject("product_id", "appears more than once");
                continue;
            }
            request.restock.push_back({*productId, *quantity, 0});
        }
    }
    for (const auto& [name, value] : body.items()) {
        if (name != "amount_cents" && name != "reason" && name != "restock")
            fields.reject(name, "is not a field of a refund");
    }
    JsonFields::throwIfAny(errors);
    request.amountCents = *amount;
    request.reason = *reason;
    std::sort(request.restock.begin(), request.restock.end(),
              [](const OrderLine& a, const OrderLine& b) { return a.productId < b.productId; });
    return request;
}

nlohmann::json RefundRequest::restockJson() const
{
    nlohmann::json lines = nlohmann::json::array();
    for (const auto& line : restock) lines.push_back({{"product_id", line.productId}, {"quantity", line.quantity}});
    return lines;
}

} // namespace md::orders
