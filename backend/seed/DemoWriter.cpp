#include "seed/DemoWriter.h"

#include "orders/OrderNumber.h"
#include "seed/DemoRandom.h"
#include "seed/DemoVocabulary.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdio>
#include <optional>
#include <tuple>

namespace md::seed {

using orders::OrderStatus;

namespace {

using Columns = std::vector<std::string>;

std::optional<std::string> optionalTime(Micros at)
{
    if (at == 0) return std::nullopt;
    return timestampText(at);
}

std::optional<long long> optionalId(long long id)
{
    if (id == 0) return std::nullopt;
    return id;
}

std::string phoneNumber(DemoRandom& random)
{
    char text[24];
    std::snprintf(text, sizeof text, "010-%04lld-%04lld", random.between(2000, 9999), random.between(0, 9999));
    return text;
}

// One entry of an order's timeline before it is written to order_events.
struct TimelineEntry {
    Micros at;
    const char* type;
    std::optional<OrderStatus> fromStatus;
    std::optional<OrderStatus> toStatus;
    long long actorUserId;
    nlohmann::json data;
};

} // namespace

DemoWriter::DemoWriter(pqxx::work& transaction, const DemoDataSet& data, std::string passwordHash)
    : m_transaction(transaction), m_data(data), m_passwordHash(std::move(passwordHash))
{
}

DemoRowCounts DemoWriter::writeAll()
{
    writeSellers();
    writeUsers();
    writeProducts();
    writeInventory();
    writeOrders();
    writeOrderItems();
    writeOrderEvents();
    writeNotes();
    writeRefunds();
    writeMovements();
    return m_counts;
}

void DemoWriter::writeSellers()
{
    pqxx::stream_to stream(m_transaction, "sellers", Columns{"id", "name", "created_at"});
    for (const auto& seller : m_data.sellers) stream << std::make_tuple(seller.id, seller.name, timestampText(seller.createdAt));
    stream.complete();
}

void DemoWriter::writeUsers()
{
    pqxx::stream_to stream(m_transaction, "users",
                           Columns{"id", "email", "password_hash", "role", "seller_id", "display_name", "disabled",
                                   "created_at", "updated_at"});
    for (const auto& user : m_data.users) {
        if (user.alreadyExisted) continue;
        const std::string created = timestampText(user.createdAt);
        stream << std::make_tuple(user.id, user.email, m_passwordHash, user.role, user.sellerId, user.displayName,
                                  user.disabled, created, created);
        ++m_counts.users;
    }
    stream.complete();
}

void DemoWriter::writeProducts()
{
    pqxx::stream_to stream(m_transaction, "products",
                           Columns{"id", "seller_id", "sku", "title", "description", "category", "price_cents",
                                   "compare_at_cents", "currency", "status", "attributes", "version", "created_at",
                                   "updated_at"});
    const auto& categories = demoCategories();
    for (const auto& product : m_data.products) {
        stream << std::make_tuple(product.id, m_data.sellers[product.sellerIndex].id, product.sku, product.title,
                                  product.description, categories[product.categoryIndex].name, product.priceCents,
                                  product.compareAtCents, std::string("KRW"), std::string(product.status),
                                  product.attributesJson, product.version, timestampText(product.createdAt),
                                  timestampText(product.updatedAt));
    }
    stream.complete();
}

void DemoWriter::writeInventory()
{
    pqxx::stream_to stream(m_transaction, "inventory",
                           Columns{"product_id", "on_hand", "reserved", "low_stock_threshold", "version", "updated_at"});
    // The final levels are the sums of each product's movements, so history and level always agree.
    std::vector<long long> onHand(m_data.products.size(), 0), reserved(m_data.products.size(), 0);
    for (const auto& movement : m_data.movements) {
        onHand[movement.productIndex] += movement.delta;
        reserved[movement.productIndex] += movement.reservedDelta;
    }
    for (std::size_t i = 0; i < m_data.products.size(); ++i) {
        const auto& product = m_data.products[i];
        const Micros updated = std::max(product.createdAt, product.lastMovementAt);
        stream << std::make_tuple(product.id, onHand[i], reserved[i], product.lowStockThreshold,
                                  std::max(1, product.movementCount), timestampText(updated));
    }
    stream.complete();
}

std::string DemoWriter::shippingAddress(const DemoOrder& order) const
{
    // Derived from the order's own seed, so it is the same every time and costs no memory.
    DemoRandom random(order.addressSeed);
    const auto& area = random.pick(addressAreas());
    const auto& customer = m_data.users[order.customerIndex];
    std::string recipient = customer.displayName;
    if (random.chance(0.12)) recipient = random.pick(koreanSurnames()).hangul + random.pick(koreanGivenNames()).hangul;
    std::string line1 = area.road + " " + std::to_string(random.between(1, 480));
    std::string line2;
    switch (random.between(0, 3)) {
    case 0: line2 = std::to_string(random.between(101, 125)) + "동 " + std::to_string(random.between(1, 25)) +
                    std::to_string(random.between(1, 4) + 100).substr(1) + "호";
        break;
    case 1: line2 = std::to_string(random.between(2, 15)) + "층"; break;
    case 2: line2 = std::to_string(random.between(101, 509)) + "호"; break;
    default: break;
    }
    char postal[8];
    std::snprintf(postal, sizeof postal, "%05lld", random.between(area.postalCodeLow, area.postalCodeHigh));
    // The fields POST /api/v1/orders takes (region = 시/도, city = 시/군/구), plus the delivery memo.
    nlohmann::json address = {{"name", recipient},
                              {"phone", phoneNumber(random)},
                              {"line1", line1},
                              {"city", area.district.empty() ? area.city : area.district},
                              {"region", area.city},
                              {"postal_code", postal},
                              {"country", "KR"}};
    if (!line2.empty()) address["line2"] = line2;
    if (const auto& memo = random.pick(deliveryMemos()); !memo.empty()) address["memo"] = memo;
    return address.dump();
}

void DemoWriter::writeOrders()
{
    pqxx::stream_to stream(m_transaction, "orders",
                           Columns{"id", "number", "seller_id", "customer_user_id", "customer_email", "status",
                                   "currency", "subtotal_cents", "total_cents", "refunded_cents", "shipping_address",
                                   "carrier", "tracking_number", "cancel_reason", "version", "created_at", "updated_at",
                                   "paid_at", "shipped_at", "delivered_at", "cancelled_at"});
    const auto& carrierList = carriers();
    for (const auto& order : m_data.orders) {
        const auto& customer = m_data.users[order.customerIndex];
        std::optional<std::string> carrier, tracking, cancelReason;
        if (order.carrier >= 0) {
            const auto& chosen = carrierList[static_cast<std::size_t>(order.carrier)];
            carrier = chosen.name;
            char digits[24];
            std::snprintf(digits, sizeof digits, "%0*lld", chosen.digits, order.trackingNumber);
            tracking = digits;
        }
        if (order.cancelReason >= 0) {
            const auto& reasons = order.cancelledBySeller ? sellerCancelReasons() : customerCancelReasons();
            cancelReason = reasons[static_cast<std::size_t>(order.cancelReason)];
        }
        const std::string number = orders::orderNumber(utcDateDigits(order.createdAt), order.id);
        stream << std::make_tuple(order.id, number, m_data.sellers[order.sellerIndex].id, customer.id,
                                  customer.email, std::string(orders::toString(order.status)), std::string("KRW"),
                                  order.subtotalCents, order.totalCents, order.refundedCents, shippingAddress(order),
                                  carrier, tracking, cancelReason, order.version, timestampText(order.createdAt),
                                  timestampText(order.updatedAt), optionalTime(order.paidAt),
                                  optionalTime(order.shippedAt), optionalTime(order.deliveredAt),
                                  optionalTime(order.cancelledAt));
    }
    stream.complete();
}

void DemoWriter::writeOrderItems()
{
    pqxx::stream_to stream(m_transaction, "order_items",
                           Columns{"id", "order_id", "product_id", "sku", "title", "unit_price_cents", "quantity",
                                   "restocked_quantity"});
    for (const auto& item : m_data.items) {
        const auto& product = m_data.products[item.productIndex];
        stream << std::make_tuple(item.id, m_data.orders[item.orderIndex].id, product.id, product.sku, product.title,
                                  item.unitPriceCents, item.quantity, item.restockedQuantity);
    }
    stream.complete();
}

void DemoWriter::writeOrderEvents()
{
    pqxx::stream_to stream(m_transaction, "order_events",
                           Columns{"id", "order_id", "type", "from_status", "to_status", "actor_user_id", "data",
                                   "created_at"});
    const auto& carrierList = carriers();
    std::size_t refundCursor = 0, noteCursor = 0;
    long long nextId = 1;
    std::vector<TimelineEntry> timeline;
    for (std::uint32_t orderIndex = 0; orderIndex < m_data.orders.size(); ++orderIndex) {
        const auto& order = m_data.orders[orderIndex];
        const long long customerId = m_data.users[order.customerIndex].id;
        const long long sellerUserId = m_data.sellers[order.sellerIndex].managerUserId;
        timeline.clear();
        // The same entries the orders module writes: created, transition (with carrier, tracking
        // number or reason), refund (status before and after), note.
        timeline.push_back({order.createdAt, "created", std::nullopt, OrderStatus::Placed, customerId,
                            nlohmann::json::object()});
        if (order.paidAt)
            timeline.push_back({order.paidAt, "transition", OrderStatus::Placed, OrderStatus::Paid, customerId,
                                nlohmann::json::object()});
        if (order.shippedAt) {
            const auto& carrier = carrierList[static_cast<std::size_t>(order.carrier)];
            char tracking[24];
            std::snprintf(tracking, sizeof tracking, "%0*lld", carrier.digits, order.trackingNumber);
            timeline.push_back({order.shippedAt, "transition", OrderStatus::Paid, OrderStatus::Shipped, sellerUserId,
                                {{"carrier", carrier.name}, {"tracking_number", tracking}}});
        }
        if (order.deliveredAt)
            timeline.push_back({order.deliveredAt, "transition", OrderStatus::Shipped, OrderStatus::Delivered,
                                sellerUserId, nlohmann::json::object()});
        if (order.cancelledAt) {
            const auto& reasons = order.cancelledBySeller ? sellerCancelReasons() : customerCancelReasons();
            timeline.push_back({order.cancelledAt, "transition", order.paidAt ? OrderStatus::Paid : OrderStatus::Placed,
                                OrderStatus::Cancelled,
                                order.cancelledBySeller ? sellerUserId : customerId,
                                {{"reason", reasons[static_cast<std::size_t>(order.cancelReason)]}}});
        }
        for (; refundCursor < m_data.refunds.size() && m_data.refunds[refundCursor].orderIndex == orderIndex; ++refundCursor) {
            const auto& refund = m_data.refunds[refundCursor];
            timeline.push_back({refund.createdAt, "refund", refund.statusBefore,
                                refund.completesOrder ? OrderStatus::Refunded : refund.statusBefore,
                                refund.actorUserId,
                                {{"refund_id", refund.id}, {"amount_cents", refund.amountCents},
                                 {"reason", refundReasons()[refund.reason]}, {"restock", restockJson(refund)}}});
        }
        for (; noteCursor < m_data.notes.size() && m_data.notes[noteCursor].orderIndex == orderIndex; ++noteCursor) {
            const auto& note = m_data.notes[noteCursor];
            timeline.push_back(
                {note.createdAt, "note", std::nullopt, std::nullopt, note.authorUserId, {{"note_id", note.id}}});
        }
        std::stable_sort(timeline.begin(), timeline.end(),
                         [](const TimelineEntry& a, const TimelineEntry& b) { return a.at < b.at; });
        for (const auto& entry : timeline) {
            auto text = [](std::optional<OrderStatus> status) {
                return status ? std::optional<std::string>(orders::toString(*status)) : std::nullopt;
            };
            stream << std::make_tuple(nextId++, order.id, std::string(entry.type), text(entry.fromStatus),
                                      text(entry.toStatus), optionalId(entry.actorUserId), entry.data.dump(),
                                      timestampText(entry.at));
        }
    }
    m_counts.orderEvents = static_cast<std::size_t>(nextId - 1);
    stream.complete();
}

void DemoWriter::writeNotes()
{
    pqxx::stream_to stream(m_transaction, "order_notes", Columns{"id", "order_id", "author_user_id", "body", "created_at"});
    for (const auto& note : m_data.notes)
        stream << std::make_tuple(note.id, m_data.orders[note.orderIndex].id, note.authorUserId, orderNotes()[note.text],
                                  timestampText(note.createdAt));
    stream.complete();
}

nlohmann::json DemoWriter::restockJson(const DemoRefund& refund) const
{
    nlohmann::json restock = nlohmann::json::array();
    for (const auto& [itemIndex, quantity] : refund.restock)
        restock.push_back({{"product_id", m_data.products[m_data.items[itemIndex].productIndex].id}, {"quantity", quantity}});
    return restock;
}

void DemoWriter::writeRefunds()
{
    pqxx::stream_to stream(m_transaction, "refunds",
                           Columns{"id", "order_id", "amount_cents", "reason", "restock", "actor_user_id", "created_at"});
    for (const auto& refund : m_data.refunds) {
        stream << std::make_tuple(refund.id, m_data.orders[refund.orderIndex].id, refund.amountCents,
                                  refundReasons()[refund.reason], restockJson(refund).dump(), refund.actorUserId,
                                  timestampText(refund.createdAt));
    }
    stream.complete();
}

void DemoWriter::writeMovements()
{
    pqxx::stream_to stream(m_transaction, "inventory_movements",
                           Columns{"id", "product_id", "delta", "reserved_delta", "reason", "order_id", "actor_user_id",
                                   "created_at"});
    long long nextId = 1;
    for (const auto& movement : m_data.movements)
        stream << std::make_tuple(nextId++, m_data.products[movement.productIndex].id, movement.delta,
                                  movement.reservedDelta, std::string(toString(movement.reason)),
                                  optionalId(movement.orderId), optionalId(movement.actorUserId),
                                  timestampText(movement.createdAt));
    stream.complete();
}

} // namespace md::seed
