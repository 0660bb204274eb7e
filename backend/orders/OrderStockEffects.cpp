#include "orders/OrderStockEffects.h"

namespace md::orders {

namespace {

std::vector<inventory::StockMove> each(const std::vector<OrderLine>& lines, long long onHandSign, long long reservedSign)
{
    std::vector<inventory::StockMove> moves;
    moves.reserve(lines.size());
    for (const auto& line : lines)
        moves.push_back({line.productId, onHandSign * line.quantity, reservedSign * line.quantity});
    return moves;
}

} // namespace

std::vector<inventory::StockMove> OrderStockEffects::ofTransition(OrderStatus from, OrderStatus to,
                                                                  const std::vector<OrderLine>& lines)
{
    if (to == OrderStatus::Cancelled && (from == OrderStatus::Placed || from == OrderStatus::Paid))
        return each(lines, 0, -1);
    if (to == OrderStatus::Shipped && from == OrderStatus::Paid) return each(lines, -1, -1);
    return {};
}

std::vector<inventory::StockMove> OrderStockEffects::ofFullRefund(OrderStatus from, const std::vector<OrderLine>& lines)
{
    // Before shipping the goods are still reserved on the shelf; after shipping only restock lines
    // bring anything back.
    if (from == OrderStatus::Placed || from == OrderStatus::Paid) return each(lines, 0, -1);
    return {};
}

std::vector<inventory::StockMove> OrderStockEffects::ofRestock(const std::vector<OrderLine>& restock)
{
    return each(restock, +1, 0);
}

} // namespace md::orders
