#include "catalog/ProductAccess.h"

#include "core/DomainError.h"

namespace md::catalog {

bool ProductAccess::canView(const Principal& principal, long long sellerId, bool active)
{
    switch (principal.role) {
    case Role::Admin:
    case Role::Support:
    case Role::Operator:
        return true;
    case Role::Seller:
        return principal.sellerId && *principal.sellerId == sellerId;
    case Role::Customer:
        return active;
    }
    return false;
}

bool ProductAccess::canChange(const Principal& principal, long long sellerId)
{
    if (principal.role == Role::Admin) return true;
    return principal.role == Role::Seller && principal.sellerId && *principal.sellerId == sellerId;
}

std::optional<long long> ProductAccess::sellerForNewProduct(const Principal& principal,
                                                            std::optional<long long> requested)
{
    if (principal.role == Role::Seller) {
        if (!principal.sellerId) throw DomainError::forbidden("this seller account is not linked to a seller");
        if (requested && *requested != *principal.sellerId)
            throw DomainError::forbidden("a seller creates products for their own seller only");
        return *principal.sellerId;
    }
    if (principal.role == Role::Admin) return requested;
    throw DomainError::forbidden();
}

} // namespace md::catalog
