#pragma once
// The roles of API.md and what each may do in the console. This mirrors the server's policy table
// (backend/core/Principal.cpp) for one purpose only: not offering what the server would refuse.
// The server stays the authority; a 403 is still handled wherever it can occur.

#include <QString>

#include <optional>

namespace md::models {

enum class Role { Admin, Seller, Support, Operator, Customer };

std::optional<Role> roleFromString(const QString& text);
QString roleCode(Role role);
QString roleLabel(Role role); // translated

enum class Capability {
    ViewProducts,
    EditProducts,
    ViewInventory,
    AdjustInventory,
    ViewOrders,
    ManageOrders, // transitions and refunds
    RecordPayments, // the transition to paid (support and admins; not a seller for their own orders)
    ViewCustomerData, // customers' e-mail, name, phone and address on orders (not operators)
    AddOrderNotes,
    ChooseSeller, // sees every seller's objects and picks the seller when creating
    UseConsole,   // customers use the storefront, not this console
    ViewOperations,    // Deployments, Dashboard and Alerts (the Kubernetes cluster and Prometheus)
    ManageDeployments, // scale, restart, roll back, set image, pause and resume
    ManageUsers,       // the People page: users (create, role, disable, password) and sellers
};

bool roleAllows(Role role, Capability capability);

} // namespace md::models
