#include "catalog/ProductInput.h"

#include <limits>

namespace md::catalog {

namespace {

std::optional<std::string> readString(const nlohmann::json& value, const char* field, nlohmann::json& errors)
{
    if (value.is_string()) return value.get<std::string>();
    errors[field] = "must be a string";
    return std::nullopt;
}

std::optional<long long> readInteger(const nlohmann::json& value, const char* field, nlohmann::json& errors)
{
    if (value.is_number_unsigned()) {
        if (value.get<unsigned long long>() > static_cast<unsigned long long>(std::numeric_limits<long long>::max())) {
            errors[field] = "is out of range";
            return std::nullopt;
        }
        return static_cast<long long>(value.get<unsigned long long>());
    }
    if (value.is_number_integer()) return value.get<long long>();
    errors[field] = "must be an integer";
    return std::nullopt;
}

} // namespace

ProductInput ProductInput::fromJson(const nlohmann::json& body, nlohmann::json& fieldErrors)
{
    ProductInput input;
    for (const auto& [key, value] : body.items()) {
        if (key == "seller_id") {
            input.sellerId = readInteger(value, "seller_id", fieldErrors);
        } else if (key == "sku") {
            input.sku = readString(value, "sku", fieldErrors);
        } else if (key == "title") {
            input.title = readString(value, "title", fieldErrors);
        } else if (key == "description") {
            input.description = readString(value, "description", fieldErrors);
        } else if (key == "category") {
            input.category = readString(value, "category", fieldErrors);
        } else if (key == "price_cents") {
            input.priceCents = readInteger(value, "price_cents", fieldErrors);
        } else if (key == "compare_at_cents") {
            if (value.is_null()) {
                input.compareAtCents = std::optional<long long>();
            } else if (auto cents = readInteger(value, "compare_at_cents", fieldErrors)) {
                input.compareAtCents = cents;
            }
        } else if (key == "currency") {
            input.currency = readString(value, "currency", fieldErrors);
        } else if (key == "status") {
            input.status = readString(value, "status", fieldErrors);
        } else if (key == "attributes") {
            if (value.is_object())
                input.attributes = value;
            else
                fieldErrors["attributes"] = "must be a JSON object";
        } else if (key == "images") {
            if (value.is_array())
                input.images = value;
            else
                fieldErrors["images"] = "must be an array of image URLs";
        } else if (key == "id" || key == "version" || key == "created_at" || key == "updated_at") {
            // Read-only; ignored so a client can send back the object it read.
        } else {
            fieldErrors[key] = "is not a product field";
        }
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
