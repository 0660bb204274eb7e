#include "catalog/Product.h"

namespace md::catalog {

namespace {

nlohmann::json editableFields(const Product& product)
{
    return {{"sku", product.sku},
            {"title", product.title},
            {"description", product.description},
            {"category", product.category},
            {"price_cents", product.priceCents},
            {"compare_at_cents", product.compareAtCents ? nlohmann::json(*product.compareAtCents) : nlohmann::json()},
            {"currency", product.currency},
            {"status", product.status},
            {"attributes", product.attributes},
            {"images", product.images}};
}

} // namespace

nlohmann::json Product::toJson() const
{
    nlohmann::json json = editableFields(*this);
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
    const nlohmann::json mine = editableFields(*this);
    const nlohmann::json theirs = editableFields(other);
    nlohmann::json changed = nlohmann::json::object();
    for (const auto& [field, value] : mine.items()) {
        if (value != theirs[field]) changed[field] = value;
    }
    return changed;
}

} // namespace md::catalog
