#pragma once
// SQL for orders. Placement is one call of md_place_orders (see the migrations); the rest are prepared
// statements, apart from the list, which is built per request from the filters in use. Reads are
// scoped in the WHERE clause (sellerScope/customerScope nullopt: no restriction), so another
// seller's or customer's order is simply not found.

#include "core/Actor.h"
#include "core/DomainError.h"
#include "orders/OrderDocument.h"
#include "orders/OrderLine.h"
#include "orders/OrderListQuery.h"
#include "orders/OrderRecord.h"
#include "orders/OrderReply.h"

#include <nlohmann/json.hpp>
#include <pqxx/pqxx>

#include <optional>
#include <string>
#include <vector>

namespace md::orders {

// One order to place, already validated (see PlaceOrderRequest) and with its customer resolved.
struct PlacementRequest {
    Actor actor;
    std::optional<long long> customerUserId;
    std::string customerEmail;
    nlohmann::json lines; // [{"product_id", "quantity"}], product ids distinct
    nlohmann::json shippingAddress;
    bool internal = false;
    std::optional<IdempotentRequest> idempotency;
};

class OrderRepository {
public:
    struct ListedOrder {
        std::string summaryJson;
        long long id = 0;
        std::string createdAt; // RFC 3339 with microseconds, exact, for the cursor
        long long totalCents = 0;
    };
    struct RecordedRefund {
        long long refundId = 0;
        std::string summaryJson;
    };

    // One order of a group placed by placeGroup: the answer (the order placed, or the answer stored
    // with its Idempotency-Key), or md_place_orders' refusal.
    struct GroupedPlacement {
        std::optional<OrderReply> reply;
        std::string errorCode;    // MD001..MD006 when refused
        std::string errorMessage; // its JSON details
    };
    // The Idempotency-Key scope of placement.
    static constexpr const char* kPlaceScope = "orders.place";

    static void registerStatements();
    // The DomainError of md_place_orders' refusal MD001..MD006 (see place()).
    static DomainError placementError(const std::string& code, const std::string& message);

    // One request of md_place_orders (see the migrations).
    static nlohmann::json placementRequest(const PlacementRequest& request);
    // A new group token, drawn for every call of placeGroup (see recallGroup): a uuid, time-ordered.
    static std::string newGroupToken();
    // Places one order (a group of one, see placeGroup): reserves stock and writes the order with its
    // items, movements, timeline, audit row and order.created event, or answers again what its
    // Idempotency-Key stored. Throws DomainError: 422 product_unavailable / mixed_sellers /
    // mixed_currencies / idempotency_key_reused, 409 insufficient_stock (details.lines), 503 when its
    // key is busy.
    OrderReply place(pqxx::transaction_base& transaction, const PlacementRequest& request,
                     const std::string& groupToken) const;
    // Places a group of orders in one statement (md_place_orders) under a new groupToken: each stands or
    // falls alone, one result per request, in order (anything else throws). requests: placementRequest()s.
    // Any error other than an order's refusal is thrown and leaves nothing placed. Their events are
    // notified when the transaction commits. The token and each request's outcome commit with the group.
    std::vector<GroupedPlacement> placeGroup(pqxx::transaction_base& transaction, const nlohmann::json& requests,
                                             const std::string& groupToken) const;
    // After a call of placeGroup whose outcome is unknown (its connection broke): the answers the group
    // committed with (the placed orders' documents, the refusals, the replays), or nullopt when it did
    // not commit, which it then never can (md_recall_placement takes its token). Waits for a group
    // still committing. Must run on another connection, in a transaction that then commits.
    std::optional<std::vector<GroupedPlacement>> recallGroup(pqxx::transaction_base& transaction,
                                                             const nlohmann::json& requests,
                                                             const std::string& groupToken) const;
    std::optional<std::string> customerEmail(pqxx::transaction_base& transaction, long long userId) const;

    std::optional<OrderDocument> document(pqxx::transaction_base& transaction, long long orderId,
                                          std::optional<long long> sellerScope, std::optional<long long> customerScope,
                                          bool internal) const;
    // Up to limit + 1 orders, so the caller can tell whether another page follows.
    std::vector<ListedOrder> list(pqxx::transaction_base& transaction, const OrderListQuery& query) const;

    // SELECT ... FOR UPDATE: every change to an order starts here, so changes to one order are
    // serialised (refunds can never add up past the total).
    std::optional<OrderRecord> lock(pqxx::transaction_base& transaction, long long orderId,
                                    std::optional<long long> sellerScope, std::optional<long long> customerScope) const;
    // By product id, ascending.
    std::vector<OrderLine> lines(pqxx::transaction_base& transaction, long long orderId) const;

    // The changes below bump the order's version and updated_at and return its summary JSON.
    std::string changeStatus(pqxx::transaction_base& transaction, long long orderId, OrderStatus to,
                             const std::optional<std::string>& carrier, const std::optional<std::string>& trackingNumber,
                             const std::optional<std::string>& cancelReason) const;
    RecordedRefund recordRefund(pqxx::transaction_base& transaction, long long orderId, long long amountCents,
                                OrderStatus statusAfter, const std::string& reason, const nlohmann::json& restock,
                                long long actorUserId) const;
    void markRestocked(pqxx::transaction_base& transaction, long long orderId, const nlohmann::json& restock) const;
    long long addNote(pqxx::transaction_base& transaction, long long orderId, long long authorUserId,
                      const std::string& body) const;
    std::string touch(pqxx::transaction_base& transaction, long long orderId) const;
    // One note as md_order_document shows it (md_order_note_json).
    std::string noteJson(pqxx::transaction_base& transaction, long long orderId, long long noteId) const;

    // A line of the timeline (order_events).
    void addEvent(pqxx::transaction_base& transaction, long long orderId, const std::string& type,
                  std::optional<OrderStatus> from, std::optional<OrderStatus> to, long long actorUserId,
                  const nlohmann::json& data) const;
};

} // namespace md::orders
