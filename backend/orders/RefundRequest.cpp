#include "orders/RefundRequest.h"

#include "core/JsonFields.h"

#include <algorithm>
#include <limits>
#include <set>

namespace md::orders {

RefundRequest RefundRequest::fromJson(const nlohmann::json& body)
{
    JsonFields fields(body);
    fields.rejectUnknown({"amount_cents", "reason", "restock"});
    RefundRequest request;

    auto amount = fields.integer("amount_cents", true, 1, std::numeric_limits<long long>::max());
    auto reason = fields.text("reason", true, 1, kMaxReasonCharacters);
    if (const auto* restock = fields.array("restock", false)) {
        if (restock->size() > kMaxRestockLines)
            fields.reject("restock", "must have at most " + std::to_string(kMaxRestockLines) + " lines");
        std::set<long long> seen;
        for (std::size_t index = 0; index < restock->size() && index < kMaxRestockLines; ++index) {
            const auto& item = (*restock)[index];
            const std::string name = "restock[" + std::to_string(index) + "]";
            if (!item.is_object()) {
                fields.reject(name, "must be an object");
                continue;
            }
            JsonFields line(fields, item, name + ".");
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
    fields.throwIfInvalid();
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
