#include "catalog/ProductInput.h"

namespace md::catalog {

ProductInput ProductInput::fromJson(JsonFields& fields)
{
    fields.rejectUnknown({"seller_id", "sku", "title", "description", "category", "price_cents", "compare_at_cents",
                          "currency", "status", "attributes", "images", "id", "version", "created_at", "updated_at"});
    // A PATCH that sends null for a field that cannot be empty is a mistake, not "leave it as it is".
    auto notNull = [&](const char* name, const char* message) {
        if (fields.isNull(name)) fields.reject(name, message);
    };
    ProductInput input;
    notNull("seller_id", "must be an integer");
    input.sellerId = fields.integer("seller_id", false);
    for (auto [name, member] : {std::pair{"sku", &ProductInput::sku},
                                {"title", &ProductInput::title},
                                {"description", &ProductInput::description},
                                {"category", &ProductInput::category},
                                {"currency", &ProductInput::currency},
                                {"status", &ProductInput::status}}) {
        notNull(name, "must be a string");
        input.*member = fields.string(name, false);
    }
    notNull("price_cents", "must be an integer");
    input.priceCents = fields.integer("price_cents", false);
    input.compareAtCents = fields.nullableInteger("compare_at_cents");
    notNull("attributes", "must be a JSON object");
    if (const auto* attributes = fields.value("attributes")) {
        if (attributes->is_object()) input.attributes = *attributes;
        else fields.reject("attributes", "must be a JSON object");
    }
    notNull("images", "must be an array of image URLs");
    if (const auto* images = fields.value("images")) {
        if (images->is_array()) input.images = *images;
        else fields.reject("images", "must be an array of image URLs");
    }
    return input;
}

void ProductInput::applyTo(Product& product) const
{
    if (sku) product.sku = *sku;
    if (title) product.title = *title;
    if (description) product.description = *description;
    if (category) product.category = *category;
    if (priceCents) product.priceCents = *priceCents;
    if (compareAtCents) product.compareAtCents = *compareAtCents;
    if (currency) product.currency = *currency;
    if (status) product.status = *status;
    if (attributes) product.attributes = *attributes;
    if (images) product.images = *images;
}

} // namespace md::catalog
