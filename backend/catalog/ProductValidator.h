#pragma once
// The value rules of a product (API.md "Catalog"), applied to the complete product a create,
// PATCH or import row would produce, so a partial update cannot leave an invalid product behind.
// Lengths count characters, not bytes. The database repeats the core rules as CHECK constraints;
// these give the client a field-by-field answer first.

#include "catalog/Product.h"
#include "catalog/ProductInput.h"

#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <string_view>

namespace md::catalog {

class ProductValidator {
public:
    static constexpr std::size_t kMaxSkuLength = 64;
    static constexpr std::size_t kMaxTitleLength = 200;
    static constexpr std::size_t kMaxDescriptionLength = 20000;
    static constexpr std::size_t kMaxCategoryLength = 100;
    static constexpr std::size_t kMaxImages = 20;
    static constexpr std::size_t kMaxImageUrlLength = 2048;
    static constexpr std::size_t kMaxAttributesBytes = 16 * 1024;
    // 2^53 - 1: larger amounts lose precision in JavaScript clients.
    static constexpr long long kMaxCents = 9007199254740991LL;

    // field -> message for every rule product breaks; an empty object when it is valid.
    static nlohmann::json validate(const Product& product);
    // The same rules for just the fields input sets, before it is merged with a stored product:
    // lets an import report every bad cell of a row even when the row already failed elsewhere.
    static nlohmann::json validate(const ProductInput& input);

    // The single-field rules, each returning the message for an invalid value.
    static std::optional<std::string> checkSku(std::string_view sku);
    static std::optional<std::string> checkTitle(std::string_view title);
    static std::optional<std::string> checkDescription(std::string_view description);
    static std::optional<std::string> checkCategory(std::string_view category);
    static std::optional<std::string> checkCents(long long cents);
    static std::optional<std::string> checkCurrency(std::string_view currency);
    static std::optional<std::string> checkStatus(std::string_view status);
    static std::optional<std::string> checkAttributes(const nlohmann::json& attributes);
    static std::optional<std::string> checkImages(const nlohmann::json& images);

    static bool isStatus(std::string_view status);
    static bool isImageUrl(std::string_view url);
};

} // namespace md::catalog
