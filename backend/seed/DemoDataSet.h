#pragma once
// The demo marketplace in memory, compact enough for a million orders: rows refer to each other by
// index, and text that can be derived (order numbers, addresses, timelines) is produced only when
// the rows are written. Ids are assigned by the generators so foreign keys are known before COPY.
// Statuses are the domain's own (orders::OrderStatus, catalog::Product's), so the demo data cannot
// drift from what the server writes.

#include "catalog/Product.h"
#include "orders/OrderStatus.h"
#include "seed/DemoTime.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace md::seed {

struct DemoSeller {
    long long id = 0;
    std::string name;
    std::string code;
    std::vector<std::size_t> categories;
    double weight = 1.0;
    long long managerUserId = 0;
    Micros createdAt = 0;
};

struct DemoUser {
    long long id = 0;
    std::string email;
    std::string role;
    std::optional<long long> sellerId;
    std::string displayName;
    bool disabled = false;
    Micros createdAt = 0;
    bool alreadyExisted = false; // a staff account made earlier (create-user): kept as it is
};

struct DemoProduct {
    long long id = 0;
    std::uint32_t sellerIndex = 0;
    std::uint32_t categoryIndex = 0;
    std::string sku;
    std::string title;
    std::string description;
    long long priceCents = 0;
    std::optional<long long> compareAtCents;
    std::string_view status = catalog::Product::kActive; // one of catalog::Product::statuses()
    std::string attributesJson;
    Micros createdAt = 0;
    Micros updatedAt = 0;
    int version = 1;

    // Inventory: what the orders did to it, and where it should end up.
    int lowStockThreshold = 5;
    int targetAvailable = 0;
    bool settleToTarget = false; // low and sold-out items: a stock count brings them back to the target
    long long shippedQuantity = 0;
    long long reservedQuantity = 0; // of placed and paid orders
    long long releasedQuantity = 0; // reservations given back (cancelled, refunded before shipping)
    long long restockedQuantity = 0;
    Micros lastMovementAt = 0;
    int movementCount = 0;
};

struct DemoOrder {
    long long id = 0;
    std::uint32_t sellerIndex = 0;
    std::uint32_t customerIndex = 0; // into DemoDataSet::users
    orders::OrderStatus status = orders::OrderStatus::Placed;
    Micros createdAt = 0, paidAt = 0, shippedAt = 0, deliveredAt = 0, cancelledAt = 0, updatedAt = 0; // 0: never
    long long subtotalCents = 0;
    long long totalCents = 0;
    long long refundedCents = 0;
    std::int8_t carrier = -1;
    long long trackingNumber = 0;
    std::int8_t cancelReason = -1;
    bool cancelledBySeller = false;
    std::uint32_t firstItem = 0;
    std::uint8_t itemCount = 0;
    int version = 1;
    std::uint64_t addressSeed = 0;
};

struct DemoOrderItem {
    long long id = 0;
    std::uint32_t orderIndex = 0;
    std::uint32_t productIndex = 0;
    int quantity = 1;
    long long unitPriceCents = 0;
    int restockedQuantity = 0;
};

struct DemoRefund {
    long long id = 0;
    std::uint32_t orderIndex = 0;
    long long amountCents = 0;
    std::uint8_t reason = 0;
    Micros createdAt = 0;
    long long actorUserId = 0;
    std::vector<std::pair<std::uint32_t, int>> restock; // (item index, quantity) put back on the shelf
    bool completesOrder = false;   // this refund brought the order to "refunded"
    orders::OrderStatus statusBefore = orders::OrderStatus::Paid;
};

struct DemoNote {
    long long id = 0;
    std::uint32_t orderIndex = 0;
    std::uint8_t text = 0;
    long long authorUserId = 0;
    Micros createdAt = 0;
};

enum class MovementReason : std::uint8_t {
    InitialStock,
    OrderPlaced,
    OrderCancelled,
    OrderRefunded,
    OrderShipped,
    RefundRestock,
    StockCount
};

struct DemoMovement {
    Micros createdAt = 0;
    std::uint32_t productIndex = 0;
    int delta = 0;         // on_hand
    int reservedDelta = 0; // reserved
    MovementReason reason = MovementReason::InitialStock;
    long long orderId = 0; // 0: none
    long long actorUserId = 0;
};

struct DemoDataSet {
    Micros now = 0;
    std::vector<DemoSeller> sellers;
    std::vector<DemoUser> users;
    std::vector<std::uint32_t> customerIndexes; // into users
    long long adminUserId = 0;
    long long supportUserId = 0;
    long long operatorUserId = 0;
    std::vector<DemoProduct> products;
    std::vector<DemoOrder> orders;
    std::vector<DemoOrderItem> items;
    std::vector<DemoRefund> refunds; // ordered by order, then time
    std::vector<DemoNote> notes;     // ordered by order, then time
    std::vector<DemoMovement> movements;
};

const char* toString(MovementReason reason);

} // namespace md::seed
