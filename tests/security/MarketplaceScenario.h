#pragma once
// The objects the security tests aim at, built through the public API on top of the standard
// cast: seller A's active product with stock, an order customer A placed for it, and fresh
// objects on demand for requests that change or consume them (a transition, a refund, a delete).

#include "support/Fixtures.h"

#include <string>

namespace md::test {

class MarketplaceScenario {
public:
    explicit MarketplaceScenario(Fixtures& fixtures);

    // Builds the shared objects; throws TestSetupError when a step fails.
    void build();

    long long product() const { return m_product; }
    std::string productSku() const { return m_productSku; }
    long long order() const { return m_order; }

    long long freshProduct(Role owner = Role::SellerA);
    // Placed by customer A for seller A's product.
    long long freshOrder();
    // Placed, then marked paid by the admin.
    long long freshPaidOrder();
    // A new customer user (admin API); returns its id.
    long long freshUser();
    std::string freshRefreshToken(Role role);
    static nlohmann::json shippingAddress();
    int nextNumber() { return ++m_counter; }

private:
    Fixtures& m_fixtures;
    long long m_product = 0;
    std::string m_productSku;
    long long m_order = 0;
    int m_counter = 0;
};

} // namespace md::test
