#pragma once
// The states of an order, as stored in orders.status and shown by the API.

#include <optional>
#include <string_view>
#include <vector>

namespace md::orders {

enum class OrderStatus { Placed, Paid, Shipped, Delivered, Cancelled, Refunded };

std::string_view toString(OrderStatus status);
std::optional<OrderStatus> orderStatusFromString(std::string_view text);
// Every status's name, in the order of the enum (the `status` filter of the order list).
const std::vector<std::string_view>& orderStatusNames();

} // namespace md::orders
