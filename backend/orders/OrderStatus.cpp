#include "orders/OrderStatus.h"

namespace md::orders {

std::string_view toString(OrderStatus status)
{
    switch (status) {
    case OrderStatus::Placed: return "placed";
    case OrderStatus::Paid: return "paid";
    case OrderStatus::Shipped: return "shipped";
    case OrderStatus::Delivered: return "delivered";
    case OrderStatus::Cancelled: return "cancelled";
    case OrderStatus::Refunded: return "refunded";
    }
    return "placed";
}

std::optional<OrderStatus> orderStatusFromString(std::string_view text)
{
    if (text == "placed") return OrderStatus::Placed;
    if (text == "paid") return OrderStatus::Paid;
    if (text == "shipped") return OrderStatus::Shipped;
    if (text == "delivered") return OrderStatus::Delivered;
    if (text == "cancelled") return OrderStatus::Cancelled;
    if (text == "refunded") return OrderStatus::Refunded;
    return std::nullopt;
}

const std::vector<std::string_view>& orderStatusNames()
{
    static const std::vector<std::string_view> names = [] {
        std::vector<std::string_view> all;
        for (auto status : {OrderStatus::Placed, OrderStatus::Paid, OrderStatus::Shipped, OrderStatus::Delivered,
                            OrderStatus::Cancelled, OrderStatus::Refunded})
            all.push_back(toString(status));
        return all;
    }();
    return names;
}

} // namespace md::orders
