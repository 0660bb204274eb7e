#include "seed/DemoOrders.h"

#include "seed/DemoVocabulary.h"

#include <algorithm>
#include <stdexcept>

namespace md::seed {

using orders::OrderStatus;

namespace {

// Orders per hour of the day in Korea: a lunch bump and a late-evening peak.
const std::vector<double> kHourWeights = {3, 2, 1, 0.6, 0.4, 0.5, 1, 2, 3, 4, 5, 6,
                                          7, 6, 5, 5, 5, 6, 7, 8, 10, 11, 9, 6};

// How an order's story ends, before "now" cuts it short. Shares of all orders.
enum class Outcome { Normal, NeverPaid, CancelBeforePayment, CancelAfterPayment, RefundBeforeShipping, FullReturn,
                     PartialRefund };

Outcome chooseOutcome(DemoRandom& random)
{
    const double roll = random.unit();
    if (roll < 0.020) return Outcome::NeverPaid;
    if (roll < 0.055) return Outcome::CancelBeforePayment;
    if (roll < 0.090) return Outcome::CancelAfterPayment;
    if (roll < 0.102) return Outcome::RefundBeforeShipping;
    if (roll < 0.132) return Outcome::FullReturn;
    if (roll < 0.162) return Outcome::PartialRefund;
    return Outcome::Normal;
}

Micros koreanMidnight(Micros at)
{
    constexpr Micros offset = 9 * kMicrosPerHour;
    Micros local = at + offset;
    Micros days = local / kMicrosPerDay - (local % kMicrosPerDay < 0 ? 1 : 0);
    return days * kMicrosPerDay - offset;
}

constexpr std::uint8_t kSellerReasonOutOfStock = 0;
constexpr std::uint8_t kSellerReasonPaymentExpired = 1;
constexpr std::uint8_t kRefundReasonsReturned = 4; // reasons below this index put the goods back on the shelf
constexpr std::uint8_t kRefundReasonDamaged = 5;
constexpr std::uint8_t kRefundReasonBeforeShipping = 7;

} // namespace

std::vector<Micros> DemoOrders::orderTimes(int count, Micros now)
{
    std::vector<Micros> times;
    times.reserve(static_cast<std::size_t>(count));
    const Micros earliest = now - 30 * kMicrosPerDay;
    while (static_cast<int>(times.size()) < count) {
        const Micros day = koreanMidnight(now - m_random.between(0, 30) * kMicrosPerDay);
        const Micros at = day + static_cast<Micros>(m_random.weighted(kHourWeights)) * kMicrosPerHour +
                          m_random.between(0, kMicrosPerHour - 1);
        if (at > earliest && at < now) times.push_back(at);
    }
    // Ids follow creation time, as they would in a live system.
    std::sort(times.begin(), times.end());
    return times;
}

void DemoOrders::move(DemoDataSet& data, std::uint32_t productIndex, Micros at, int delta, int reservedDelta,
                      MovementReason reason, long long orderId, long long actorUserId)
{
    data.movements.push_back({at, productIndex, delta, reservedDelta, reason, orderId, actorUserId});
    auto& product = data.products[productIndex];
    product.lastMovementAt = std::max(product.lastMovementAt, at);
    ++product.movementCount;
}

void DemoOrders::generate(DemoDataSet& data, int orderCount, long long firstOrderId, long long firstItemId,
                          long long firstRefundId, long long firstNoteId)
{
    // What each seller can sell: active products, and some archived ones that sold before they
    // were withdrawn. Shuffled, so the best-sellers (front of the list) are not the oldest ids.
    std::vector<std::vector<std::uint32_t>> orderable(data.sellers.size());
    for (std::uint32_t i = 0; i < data.products.size(); ++i) {
        const auto& product = data.products[i];
        if (product.status == catalog::Product::kActive ||
            (product.status == catalog::Product::kArchived && m_random.chance(0.3)))
            orderable[product.sellerIndex].push_back(i);
    }
    std::vector<double> sellerWeights;
    for (std::size_t s = 0; s < data.sellers.size(); ++s) {
        auto& list = orderable[s];
        for (std::size_t i = list.size(); i > 1; --i)
            std::swap(list[i - 1], list[static_cast<std::size_t>(m_random.between(0, static_cast<long long>(i) - 1))]);
        sellerWeights.push_back(list.empty() ? 0.0 : data.sellers[s].weight);
    }
    const bool anythingToSell = std::any_of(sellerWeights.begin(), sellerWeights.end(), [](double w) { return w > 0; });
    if (orderCount <= 0 || !anythingToSell || data.customerIndexes.empty()) return;

    const auto times = orderTimes(orderCount, data.now);
    data.orders.reserve(times.size());
    data.items.reserve(times.size() * 2);
    long long nextRefundId = firstRefundId;
    long long nextNoteId = firstNoteId;
    for (std::size_t i = 0; i < times.size(); ++i) {
        // Each order draws from a stream of its own: an order whose story "now" cuts differently
        // on another run does not reshuffle every order after it.
        DemoRandom random = m_random.fork(i);
        DemoOrder order;
        order.id = firstOrderId + static_cast<long long>(i);
        order.createdAt = times[i];
        order.updatedAt = order.createdAt;
        order.sellerIndex = static_cast<std::uint32_t>(random.weighted(sellerWeights));
        order.customerIndex = data.customerIndexes[random.skewed(data.customerIndexes.size(), 1.7)];
        order.addressSeed = random.next();
        order.firstItem = static_cast<std::uint32_t>(data.items.size());

        const auto& candidates = orderable[order.sellerIndex];
        const std::size_t lines = std::min<std::size_t>(1 + random.weighted({55, 25, 13, 7}), candidates.size());
        std::vector<std::uint32_t> chosen;
        for (int attempt = 0; chosen.size() < lines && attempt < 20; ++attempt) {
            const std::uint32_t productIndex = candidates[random.skewed(candidates.size(), 2.2)];
            if (std::find(chosen.begin(), chosen.end(), productIndex) == chosen.end()) chosen.push_back(productIndex);
        }
        for (auto productIndex : chosen) {
            const auto& product = data.products[productIndex];
            DemoOrderItem item;
            item.id = firstItemId + static_cast<long long>(data.items.size());
            item.orderIndex = static_cast<std::uint32_t>(i);
            item.productIndex = productIndex;
            item.quantity = product.priceCents > 200000 ? 1 : static_cast<int>(1 + random.weighted({72, 18, 6, 2, 2}));
            // Prices are frozen at ordering time; a few products changed price since.
            item.unitPriceCents = product.priceCents;
            if (random.chance(0.08))
                item.unitPriceCents = std::max(100LL, product.priceCents * random.between(90, 110) / 100 / 100 * 100);
            order.subtotalCents += item.unitPriceCents * item.quantity;
            data.items.push_back(item);
        }
        order.itemCount = static_cast<std::uint8_t>(chosen.size());
        order.totalCents = order.subtotalCents;
        data.orders.push_back(order);
        simulate(data, static_cast<std::uint32_t>(i), nextRefundId, random);
        addNotes(data, static_cast<std::uint32_t>(i), nextNoteId, random);
    }
}

void DemoOrders::simulate(DemoDataSet& data, std::uint32_t orderIndex, long long& nextRefundId, DemoRandom& random)
{
    DemoOrder& order = data.orders[orderIndex];
    const Micros now = data.now;
    const long long customerId = data.users[order.customerIndex].id;
    const long long sellerUserId = data.sellers[order.sellerIndex].managerUserId;
    const auto itemBegin = data.items.begin() + order.firstItem;
    const auto itemEnd = itemBegin + order.itemCount;

    auto transition = [&](OrderStatus to, Micros at) {
        order.status = to;
        order.updatedAt = at;
        ++order.version;
    };
    auto releaseReservations = [&](Micros at, MovementReason reason, long long actor) {
        for (auto item = itemBegin; item != itemEnd; ++item) {
            auto& product = data.products[item->productIndex];
            product.reservedQuantity -= item->quantity;
            product.releasedQuantity += item->quantity;
            move(data, item->productIndex, at, 0, -item->quantity, reason, order.id, actor);
        }
    };
    auto cancel = [&](Micros at, bool bySeller, std::uint8_t reason) {
        order.cancelledAt = at;
        order.cancelledBySeller = bySeller;
        order.cancelReason = static_cast<std::int8_t>(reason);
        transition(OrderStatus::Cancelled, at);
        releaseReservations(at, MovementReason::OrderCancelled, bySeller ? sellerUserId : customerId);
    };
    auto refund = [&](Micros at, long long amount, std::uint8_t reason, std::vector<std::uint32_t> restockItems) {
        DemoRefund row;
        row.id = nextRefundId++;
        row.orderIndex = orderIndex;
        row.amountCents = amount;
        row.reason = reason;
        row.createdAt = at;
        row.actorUserId = random.chance(0.7) ? data.supportUserId : sellerUserId;
        row.statusBefore = order.status;
        order.refundedCents += amount;
        order.updatedAt = at;
        ++order.version;
        if (order.refundedCents == order.totalCents) {
            row.completesOrder = true;
            order.status = OrderStatus::Refunded;
            // Refunded before it left the warehouse: the reservation goes back to the shelf.
            if (row.statusBefore == OrderStatus::Paid)
                releaseReservations(at, MovementReason::OrderRefunded, row.actorUserId);
        }
        for (auto itemIndex : restockItems) {
            auto& item = data.items[itemIndex];
            const int quantity = item.quantity - item.restockedQuantity;
            if (quantity <= 0) continue;
            item.restockedQuantity += quantity;
            data.products[item.productIndex].restockedQuantity += quantity;
            move(data, item.productIndex, at, quantity, 0, MovementReason::RefundRestock, order.id, row.actorUserId);
            row.restock.emplace_back(itemIndex, quantity);
        }
        data.refunds.push_back(std::move(row));
    };
    auto lineTotal = [&](std::uint32_t itemIndex) {
        return data.items[itemIndex].unitPriceCents * data.items[itemIndex].quantity;
    };

    for (auto item = itemBegin; item != itemEnd; ++item) {
        data.products[item->productIndex].reservedQuantity += item->quantity;
        move(data, item->productIndex, order.createdAt, 0, item->quantity, MovementReason::OrderPlaced, order.id,
             customerId);
    }

    const Outcome outcome = chooseOutcome(random);
    // Card payments clear in minutes; bank transfers (무통장입금) take hours.
    const Micros paidAt = order.createdAt + (random.chance(0.88) ? random.between(kMicrosPerMinute, 30 * kMicrosPerMinute)
                                                                   : random.between(kMicrosPerHour, 20 * kMicrosPerHour));
    const Micros shippedAt = paidAt + random.between(3 * kMicrosPerHour, 40 * kMicrosPerHour);
    const Micros deliveredAt = shippedAt + random.between(14 * kMicrosPerHour, 60 * kMicrosPerHour);

    if (outcome == Outcome::NeverPaid) {
        const Micros expiresAt = order.createdAt + 3 * kMicrosPerDay;
        if (expiresAt <= now) cancel(expiresAt, true, kSellerReasonPaymentExpired);
        return;
    }
    if (outcome == Outcome::CancelBeforePayment) {
        const Micros at = order.createdAt + random.between(2 * kMicrosPerMinute, 12 * kMicrosPerHour);
        if (at <= now)
            cancel(at, false,
                   static_cast<std::uint8_t>(random.between(0, static_cast<long long>(customerCancelReasons().size()) - 1)));
        return;
    }
    if (paidAt > now) return;
    order.paidAt = paidAt;
    transition(OrderStatus::Paid, paidAt);

    const Micros beforeShipping = paidAt + random.between(10 * kMicrosPerMinute, shippedAt - paidAt - kMicrosPerMinute);
    if (outcome == Outcome::CancelAfterPayment) {
        if (beforeShipping > now) return;
        if (random.chance(0.25))
            cancel(beforeShipping, true, kSellerReasonOutOfStock);
        else
            cancel(beforeShipping, false,
                   static_cast<std::uint8_t>(random.between(0, static_cast<long long>(customerCancelReasons().size()) - 1)));
        return;
    }
    if (outcome == Outcome::RefundBeforeShipping) {
        if (beforeShipping <= now)
            refund(beforeShipping, order.totalCents,
                   static_cast<std::uint8_t>(kRefundReasonBeforeShipping + random.between(0, 1)), {});
        return;
    }
    if (shippedAt > now) return;
    const auto& carrierList = carriers();
    order.carrier = static_cast<std::int8_t>(random.between(0, static_cast<long long>(carrierList.size()) - 1));
    const auto& carrier = carrierList[static_cast<std::size_t>(order.carrier)];
    long long magnitude = 1;
    for (int d = 1; d < carrier.digits; ++d) magnitude *= 10;
    order.trackingNumber = (carrier.firstDigit - '0') * magnitude + random.between(0, magnitude - 1);
    order.shippedAt = shippedAt;
    transition(OrderStatus::Shipped, shippedAt);
    for (auto item = itemBegin; item != itemEnd; ++item) {
        auto& product = data.products[item->productIndex];
        product.reservedQuantity -= item->quantity;
        product.shippedQuantity += item->quantity;
        move(data, item->productIndex, shippedAt, -item->quantity, -item->quantity, MovementReason::OrderShipped, order.id,
             sellerUserId);
    }
    if (deliveredAt > now) return;
    order.deliveredAt = deliveredAt;
    transition(OrderStatus::Delivered, deliveredAt);

    const std::uint32_t firstItem = order.firstItem;
    if (outcome == Outcome::FullReturn) {
        const Micros at = deliveredAt + random.between(kMicrosPerDay, 6 * kMicrosPerDay);
        if (at > now) return;
        const auto reason = static_cast<std::uint8_t>(random.between(0, kRefundReasonDamaged + 1));
        const bool comesBack = reason < kRefundReasonsReturned;
        std::vector<std::uint32_t> everyItem;
        for (std::uint32_t k = 0; k < order.itemCount; ++k) everyItem.push_back(firstItem + k);
        if (order.itemCount > 1 && random.chance(0.4)) {
            // The customer sends back one parcel first and the rest later.
            const std::vector<std::uint32_t> none;
            refund(at, lineTotal(firstItem), reason, comesBack ? std::vector<std::uint32_t>{firstItem} : none);
            const Micros later = at + random.between(2 * kMicrosPerHour, 2 * kMicrosPerDay);
            if (later <= now) refund(later, order.totalCents - order.refundedCents, reason, comesBack ? everyItem : none);
        } else {
            refund(at, order.totalCents, reason, comesBack ? everyItem : std::vector<std::uint32_t>{});
        }
        return;
    }
    if (outcome == Outcome::PartialRefund) {
        const Micros at = deliveredAt + random.between(6 * kMicrosPerHour, 5 * kMicrosPerDay);
        if (at > now) return;
        const auto item = firstItem + static_cast<std::uint32_t>(random.between(0, order.itemCount - 1));
        if (order.itemCount > 1 && random.chance(0.5)) {
            refund(at, lineTotal(item), static_cast<std::uint8_t>(random.between(0, kRefundReasonsReturned - 1)), {item});
        } else {
            // Compensation for a damaged or incomplete delivery; nothing comes back.
            long long amount = std::max(1000LL, lineTotal(item) * random.between(10, 30) / 100 / 100 * 100);
            amount = std::min(amount, order.totalCents - 100);
            if (amount > 0)
                refund(at, amount, static_cast<std::uint8_t>(kRefundReasonDamaged + random.between(0, 1)), {});
        }
    }
}

void DemoOrders::addNotes(DemoDataSet& data, std::uint32_t orderIndex, long long& nextNoteId, DemoRandom& random)
{
    const double roll = random.unit();
    const int count = roll < 0.02 ? 2 : roll < 0.10 ? 1 : 0;
    const DemoOrder& order = data.orders[orderIndex];
    const Micros last = std::min(data.now - kMicrosPerMinute, order.updatedAt + 2 * kMicrosPerDay);
    std::vector<DemoNote> notes;
    for (int n = 0; n < count; ++n) {
        DemoNote note;
        note.orderIndex = orderIndex;
        note.text = static_cast<std::uint8_t>(random.between(0, static_cast<long long>(orderNotes().size()) - 1));
        note.authorUserId = random.chance(0.5) ? data.supportUserId : data.sellers[order.sellerIndex].managerUserId;
        note.createdAt = order.createdAt + random.between(5 * kMicrosPerMinute, std::max(10 * kMicrosPerMinute, last - order.createdAt));
        note.createdAt = std::min(note.createdAt, data.now - kMicrosPerSecond);
        notes.push_back(note);
    }
    std::sort(notes.begin(), notes.end(), [](const DemoNote& a, const DemoNote& b) { return a.createdAt < b.createdAt; });
    for (auto& note : notes) {
        note.id = nextNoteId++;
        data.notes.push_back(note);
    }
}

void DemoOrders::settleInventory(DemoDataSet& data)
{
    for (std::uint32_t i = 0; i < data.products.size(); ++i) {
        auto& product = data.products[i];
        const long long managerId = data.sellers[product.sellerIndex].managerUserId;
        // Enough at the start that every reservation ever made could be held at once, and the
        // target is left over: on_hand - reserved never goes below the target at any time.
        const long long initial =
            product.targetAvailable + product.shippedQuantity + product.reservedQuantity + product.releasedQuantity;
        if (initial > 0)
            move(data, i, product.createdAt + m_random.between(kMicrosPerMinute, kMicrosPerHour), static_cast<int>(initial),
                 0, MovementReason::InitialStock, 0, managerId);
        const long long surplus = product.releasedQuantity + product.restockedQuantity;
        if (product.settleToTarget && surplus > 0) {
            Micros at = std::max(product.lastMovementAt + m_random.between(10 * kMicrosPerMinute, 3 * kMicrosPerHour),
                                 data.now - m_random.between(kMicrosPerHour, 5 * kMicrosPerDay));
            at = std::min(at, data.now - kMicrosPerSecond);
            move(data, i, at, -static_cast<int>(surplus), 0, MovementReason::StockCount, 0, managerId);
        }
    }
    std::stable_sort(data.movements.begin(), data.movements.end(),
                     [](const DemoMovement& a, const DemoMovement& b) { return a.createdAt < b.createdAt; });
}

} // namespace md::seed
