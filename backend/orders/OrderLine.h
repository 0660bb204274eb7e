#pragma once
// One line of a placed order, as far as stock is concerned.

namespace md::orders {

struct OrderLine {
    long long productId = 0;
    long long quantity = 0;
    long long restockedQuantity = 0; // returned to on_hand by refunds so far

    long long restockable() const { return quantity - restockedQuantity; }
};

} // namespace md::orders
