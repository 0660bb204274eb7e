#pragma once
// A request for the order list (GET /api/v1/orders), checked before any SQL is built.

#include "core/KeysetCursor.h"
#include "orders/OrderSort.h"
#include "orders/OrderStatus.h"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace md::orders {

struct OrderListQuery {
    long long limit = 0;
    OrderSort sort = OrderSort::byDefault();
    std::optional<KeysetCursor> after;
    std::vector<OrderStatus> statuses; // any of these; empty: all
    // q matches an order number (exact or prefix), a customer e-mail (exact or prefix; see
    // searchCustomerEmail) or, word by word, the title or sku of a product on the order.
    std::optional<std::string> search;
    std::vector<std::string> searchWords;
    std::optional<long long> sellerId;
    std::optional<std::string> createdFrom; // inclusive; UTC as Rfc3339::toUtcText writes it
    std::optional<std::string> createdTo;   // exclusive; likewise
    // Set from the caller, not the query string: a seller sees their own, a customer their own.
    std::optional<long long> sellerScope;
    std::optional<long long> customerScope;
    // Also from the caller: whether q may match customer e-mail addresses (not for roles that may
    // not read them).
    bool searchCustomerEmail = true;

    // Reads limit, cursor, sort, status (comma-separated), q, seller_id, created_from and
    // created_to (core/QueryParameters: 400 for a malformed number, 422 naming every unacceptable
    // value).
    static OrderListQuery fromParameters(const std::map<std::string, std::string>& parameters);
};

} // namespace md::orders
