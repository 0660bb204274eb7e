#pragma once
// Who is calling, as established by the HTTP layer from a verified access token, and what each
// role may do. Every permission check in the server goes through allows(); ownership (a seller sees
// only their own objects, a customer only their own orders) goes through sellerScope() and
// customerScope(), which repositories turn into WHERE clauses.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace md {

enum class Role { Admin, Seller, Support, Operator, Customer };

std::optional<Role> roleFromString(std::string_view text);
std::string_view toString(Role role);
// Every role's name: admin, seller, support, operator, customer.
const std::vector<std::string_view>& roleNames();

enum class Permission {
    ProductsRead,
    ProductsWrite,
    InventoryRead,
    InventoryWrite,
    OrdersRead,
    OrdersPlace,
    OrdersManage,   // transitions, refunds
    OrdersRecordPayment,  // the transition to `paid` (with OrdersManage)
    OrdersNote,
    CustomerPersonalData, // a customer's e-mail, name, phone and address on the orders one sees
    UsersAdmin,
    SellersRead,
    SellersAdmin,
    EventsRead,
    OpsRead,
    OpsWrite,
    Self,           // any signed-in user: /me, logout
};

struct Principal {
    long long userId = 0;
    Role role = Role::Customer;
    std::optional<long long> sellerId;
    std::string email;
    // The access token's own facts, so that a caller can be re-checked long after the request that
    // verified it (a live event stream outlives it): when the token expires (seconds since the
    // epoch), the users.token_version it carries, and its session (the refresh-token family it was
    // issued in; empty for a token issued without one).
    long long tokenExpiresAt = 0;
    long long tokenVersion = 0;
    std::string sessionId{};

    bool allows(Permission permission) const;

    // The seller whose objects are the only ones visible, or nullopt for roles that see all sellers.
    std::optional<long long> sellerScope() const { return role == Role::Seller ? sellerId : std::nullopt; }
    // The customer whose orders are the only ones visible, or nullopt for staff roles.
    std::optional<long long> customerScope() const
    {
        return role == Role::Customer ? std::optional<long long>(userId) : std::nullopt;
    }
};

} // namespace md
