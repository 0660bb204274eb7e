#include "core/Principal.h"

namespace md {

std::optional<Role> roleFromString(std::string_view text)
{
    if (text == "admin") return Role::Admin;
    if (text == "seller") return Role::Seller;
    if (text == "support") return Role::Support;
    if (text == "operator") return Role::Operator;
    if (text == "customer") return Role::Customer;
    return std::nullopt;
}

const std::vector<std::string_view>& roleNames()
{
    static const std::vector<std::string_view> names = [] {
        std::vector<std::string_view> all;
        for (Role role : {Role::Admin, Role::Seller, Role::Support, Role::Operator, Role::Customer})
            all.push_back(toString(role));
        return all;
    }();
    return names;
}

std::string_view toString(Role role)
{
    switch (role) {
    case Role::Admin: return "admin";
    case Role::Seller: return "seller";
    case Role::Support: return "support";
    case Role::Operator: return "operator";
    case Role::Customer: return "customer";
    }
    return "customer";
}

// The access policy of API.md's "Roles" paragraph, in one table.
bool Principal::allows(Permission permission) const
{
    if (role == Role::Admin) return true;
    switch (permission) {
    case Permission::Self:
    case Permission::EventsRead:
        return true;
    case Permission::ProductsRead:
        return true; // the catalog is readable by every signed-in user; customers see active products only
    case Permission::ProductsWrite:
    case Permission::InventoryWrite:
        return role == Role::Seller;
    case Permission::InventoryRead:
        return role == Role::Seller || role == Role::Support || role == Role::Operator;
    case Permission::OrdersRead:
        return true; // scoped: sellers their own, customers their own
    case Permission::OrdersPlace:
        return role == Role::Customer;
    case Permission::OrdersManage:
        return role == Role::Support || role == Role::Seller;
    case Permission::OrdersRecordPayment:
        return role == Role::Support; // a seller may not declare their own orders paid
    case Permission::OrdersNote:
        return role == Role::Support || role == Role::Seller;
    case Permission::CustomerPersonalData:
        // Sellers ship to the customer, support talks to them, customers see their own. Operators
        // run the platform and see orders without it (core/PersonalData).
        return role != Role::Operator;
    case Permission::SellersRead:
        return role != Role::Customer;
    case Permission::UsersAdmin:
    case Permission::SellersAdmin:
        return false;
    case Permission::OpsRead:
    case Permission::OpsWrite:
        return role == Role::Operator;
    }
    return false;
}

} // namespace md
