#pragma once
// The WHERE clause of a product list after the caller's scope is applied: a seller's own
// seller_id, a customer's status=active, plus the filters the client asked for.

#include <optional>
#include <string>
#include <vector>

namespace md::catalog {

struct ProductFilter {
    std::optional<long long> sellerId;
    std::optional<std::string> status;
    std::optional<std::string> category;
    std::optional<std::string> updatedSince;
    std::vector<std::string> searchWords;
};

} // namespace md::catalog
