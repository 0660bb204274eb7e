#pragma once
// Who may see and change which product. Staff roles see every product; a seller sees and changes
// only their own seller's; a customer sees active products only. Anything a caller may not see
// is answered as absent (404), so the existence of another seller's product never leaks.

#include "core/Principal.h"

#include <optional>

namespace md::catalog {

class ProductAccess {
public:
    static bool canView(const Principal& principal, long long sellerId, bool active);
    // Write permission itself (ProductsWrite) is checked by the router; this is ownership.
    static bool canChange(const Principal& principal, long long sellerId);
    // The seller a new product belongs to: the seller's own, or the one an admin names (nullopt
    // when the admin named none). Throws DomainError (403) when a seller names another seller.
    static std::optional<long long> sellerForNewProduct(const Principal& principal, std::optional<long long> requested);
};

} // namespace md::catalog
