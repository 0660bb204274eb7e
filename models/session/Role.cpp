#include "models/session/Role.h"

#include <QCoreApplication>

namespace md::models {

std::optional<Role> roleFromString(const QString& text)
{
    if (text == QLatin1String("admin")) return Role::Admin;
    if (text == QLatin1String("seller")) return Role::Seller;
    if (text == QLatin1String("support")) return Role::Support;
    if (text == QLatin1String("operator")) return Role::Operator;
    if (text == QLatin1String("customer")) return Role::Customer;
    return std::nullopt;
}

QString roleCode(Role role)
{
    switch (role) {
    case Role::Admin:
        return QStringLiteral("admin");
    case Role::Seller:
        return QStringLiteral("seller");
    case Role::Support:
        return QStringLiteral("support");
    case Role::Operator:
        return QStringLiteral("operator");
    case Role::Customer:
        return QStringLiteral("customer");
    }
    return QStringLiteral("customer");
}

QString roleLabel(Role role)
{
    switch (role) {
    case Role::Admin:
        return QCoreApplication::translate("Role", "Administrator");
    case Role::Seller:
        return QCoreApplication::translate("Role", "Seller");
    case Role::Support:
        return QCoreApplication::translate("Role", "Support");
    case Role::Operator:
        return QCoreApplication::translate("Role", "Operator");
    case Role::Customer:
        return QCoreApplication::translate("Role", "Customer");
    }
    return {};
}

bool roleAllows(Role role, Capability capability)
{
    if (role == Role::Customer) return false;
    if (role == Role::Admin) return true;
    switch (capability) {
    case Capability::UseConsole:
    case Capability::ViewProducts:
    case Capability::ViewOrders:
        return true;
    case Capability::EditProducts:
    case Capability::AdjustInventory:
        return role == Role::Seller;
    case Capability::ViewInventory:
        return role == Role::Seller || role == Role::Support || role == Role::Operator;
    case Capability::ManageOrders:
    case Capability::AddOrderNotes:
        return role == Role::Seller || role == Role::Support;
    case Capability::RecordPayments:
        return role == Role::Support;
    case Capability::ViewCustomerData:
        return role != Role::Operator;
    case Capability::ChooseSeller:
        return role != Role::Seller;
    case Capability::ViewOperations:
    case Capability::ManageDeployments:
        return role == Role::Operator;
    case Capability::ManageUsers: // the server's users_admin and sellers_admin permissions
        return false;
    }
    return false;
}

} // namespace md::models
