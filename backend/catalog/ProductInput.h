#pragma once
// The fields a client sent for a product (a POST or PATCH body, or one CSV row): each is set only
// when present, so one type serves creation (defaults for the rest) and partial updates (stored
// values for the rest). Type errors are collected per field rather than thrown one at a time, so a
// client sees every problem of a request at once.

#include "catalog/Product.h"
#include "core/JsonFields.h"

#include <nlohmann/json.hpp>

#include <optional>
#include <string>

namespace md::catalog {

struct ProductInput {
    std::optional<long long> sellerId;
    std::optional<std::string> sku;
    std::optional<std::string> title;
    std::optional<std::string> description;
    std::optional<std::string> category;
    std::optional<long long> priceCents;
    std::optional<std::optional<long long>> compareAtCents; // set to nullopt: clear it
    std::optional<std::string> currency;
    std::optional<std::string> status;
    std::optional<nlohmann::json> attributes;
    std::optional<nlohmann::json> images;

    // Reads a JSON request body. Unknown fields are problems (a misspelt "pirce_cents" must not be
    // silently dropped); the read-only fields of the product representation (id, version,
    // created_at, updated_at) are accepted and ignored, so a client may send back what it read.
    // Records a problem in fields for every field of the wrong type; null is one, except for
    // compare_at_cents, which it clears.
    static ProductInput fromJson(JsonFields& fields);

    // Overwrites product's editable fields with the ones that are set (not the seller).
    void applyTo(Product& product) const;
};

} // namespace md::catalog
