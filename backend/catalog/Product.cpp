#include "catalog/Product.h"

namespace md::catalog {

const std::vector<std::string_view>& Product::statuses()
{
    static const std::vector<std::string_view> all = {kDraft, kActive, kArchived};
    return all;
}

nlohmann::json Product::editableJson() const
{
    return {{"sku", sku},
            {"title", title},
            {"description", description},
            {"category", category},
            {"price_cents", priceCents},
            {"compare_at_cents", compareAtCents ? nlohmann::json(*compareAtCents) : nlohmann::json()},
            {"currency", currency},
            {"status", status},
            {"attributes", attributes},
            {"images", images}};
}

nlohmann::json Product::toJson() const
{
    nlohmann::json json = editableJson();
    json["id"] = id;
    json["seller_id"] = sellerId;
    json["version"] = version;
    json["created_at"] = createdAt;
    json["updated_at"] = updatedAt;
    return json;
}

bool Product::sameContentAs(const Product& other) const
{
    return sku == other.sku && title == other.title && description == other.description && category == other.category &&
           priceCents == other.priceCents && compareAtCents == other.compareAtCents && currency == other.currency &&
           status == other.status && attributes == other.attributes && images == other.images;
}

nlohmann::json Product::changedFields(const Product& other) const
{
    const nlohmann::json mine = editableJson();
    const nlohmann::json theirs = other.editableJson();
    nlohmann::json changed = nlohmann::json::object();
    for (const auto& [field, value] : mine.items()) {
        if (value != theirs[field]) changed[field] = value;
    }
    return changed;
}

} // namespace md::catalog
