#pragma once
// The standard cast of users every API test can rely on, and shortcuts that build state through
// the public API. seedStandardCast() creates two sellers (SQL) and, with `marketdesk-server
// create-user`, one user per role: admin, a user of seller A, a user of seller B, support,
// operator and two customers, all with password Fixtures::password().
//
//   TestDatabase database;                 // fresh, migrated
//   ServerProcess server(database);
//   server.start();
//   Fixtures fixtures(database, server);
//   fixtures.seedStandardCast();
//   HttpClient seller = fixtures.client(Role::SellerA);
//   auto product = fixtures.createProduct(Role::SellerA, {{"title", "겨울 자켓"}});
//   fixtures.setStock(Role::SellerA, product["id"], 10);

#include "support/HttpClient.h"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace md::test {

class TestDatabase;
class ServerProcess;

enum class Role { Admin, SellerA, SellerB, Support, Operator, CustomerA, CustomerB };

struct CastMember {
    Role role;
    std::string email;
    std::string roleName; // as the API spells it: "admin", "seller", ...
    std::optional<long long> sellerId;
    long long userId = 0;
};

class Fixtures {
public:
    static const std::string& password();
    static std::vector<Role> allRoles();
    // "admin", "seller_a", ... for test data tags.
    static std::string roleTag(Role role);

    Fixtures(TestDatabase& database, const ServerProcess& server);

    // Throws TestSetupError if a user cannot be created (e.g. auth not implemented yet).
    void seedStandardCast();
    const CastMember& member(Role role) const;
    long long sellerAId() const { return m_sellerA; }
    long long sellerBId() const { return m_sellerB; }

    // POST /api/v1/auth/login; returns the access token (throws TestSetupError unless 200).
    std::string loginAs(Role role);
    // The access token of the first login as this role, kept for the rest of the test.
    std::string token(Role role);
    // A new client signed in as role; anonymousClient() sends no token.
    HttpClient client(Role role);
    HttpClient anonymousClient() const;

    // POST /api/v1/products as owner (SellerA/SellerB/Admin; admin products default to seller A).
    // Defaults: unique sku, a title, price_cents 12000, KRW, status "active"; `fields` override them.
    // Returns the created product; throws TestSetupError unless 201.
    nlohmann::json createProduct(Role owner, const nlohmann::json& fields = nlohmann::json::object());
    // Brings on_hand of productId to exactly onHand through POST /api/v1/inventory/{id}/adjustments.
    void setStock(Role actor, long long productId, long long onHand);

private:
    TestDatabase& m_database;
    const ServerProcess& m_server;
    std::map<Role, CastMember> m_cast;
    std::map<Role, std::string> m_tokens;
    long long m_sellerA = 0;
    long long m_sellerB = 0;
};

} // namespace md::test
