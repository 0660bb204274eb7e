#pragma once
// The order rules: placement (all lines reserved or none, one seller, prices frozen), the lifecycle
// of OrderStateMachine with the stock effects of OrderStockEffects, refunds that never exceed the
// total, notes, and who sees what (sellers their own orders, customers theirs, staff all; anything
// else is 404). Every change writes the timeline (order_events), the audit log and an order.updated
// or order.created event in its own transaction.

#include "core/Actor.h"
#include "core/Page.h"
#include "db/ConnectionPool.h"
#include "inventory/StockLedger.h"
#include "observability/Metrics.h"
#include "orders/IdempotencyStore.h"
#include "orders/NoteRequest.h"
#include "orders/OrderReply.h"
#include "orders/OrderRepository.h"
#include "orders/PlaceOrderRequest.h"
#include "orders/PlacementGroups.h"
#include "orders/RefundRequest.h"
#include "orders/TransitionRequest.h"

#include <exception>
#include <functional>
#include <optional>
#include <string>

namespace md::orders {

class OrderService {
public:
    OrderService(db::ConnectionPool& pool, const OrderRepository& repository, const IdempotencyStore& idempotency,
                 const inventory::StockLedger& ledger, PlacementGroups::Settings placementGroups);

    // Called once with the answer (the order placed, or the first answer again for a repeat of the
    // same Idempotency-Key and body) or with the error, possibly on another thread.
    using Placed = std::function<void(std::optional<OrderReply> reply, std::exception_ptr error)>;
    // Places the order: an order in a group (see PlacementGroups) is answered when its group has
    // committed, without this thread waiting for it; an order placed alone is answered before this
    // returns. Throws, instead of calling placed, when the request is refused before any placement.
    void place(const Actor& actor, const PlaceOrderRequest& request,
               const std::optional<IdempotentRequest>& idempotency, Placed placed) const;
    OrderDocument get(const Principal& principal, long long orderId) const;
    // Items are order summaries as JSON text.
    Page<std::string> list(const Principal& principal, OrderListQuery query) const;
    // The changes take the request body as JSON and judge it last, in API.md's order of checks: the
    // order must be visible to the caller (404), then the role must be allowed this change of this
    // order (403: recording a payment is for support and admins), then If-Match (412), then the
    // state machine (409 invalid_transition, whatever the body holds), then the body (400/422:
    // TransitionRequest, RefundRequest, NoteRequest), then conflicts that depend on it (409).
    OrderDocument transition(const Actor& actor, long long orderId, const nlohmann::json& body,
                             std::optional<long long> expectedVersion) const;
    // A repeated Idempotency-Key is answered from its first response before any of these checks.
    OrderReply refund(const Actor& actor, long long orderId, const nlohmann::json& body,
                      const std::optional<IdempotentRequest>& idempotency) const;
    // The note as JSON text.
    std::string addNote(const Actor& actor, long long orderId, const nlohmann::json& body) const;

private:
    // Staff and sellers see notes and who did what; a customer sees their order without them.
    static bool seesInternals(const Principal& principal) { return principal.role != Role::Customer; }
    // The order JSON as principal may see it: without the customer's personal data for roles not
    // allowed it (core/PersonalData).
    static std::string shownTo(const Principal& principal, std::string orderJson);
    void announce(pqxx::transaction_base& transaction, const Actor& actor, const OrderRecord& before,
                  const std::string& action, const std::string& summaryJson, const nlohmann::json& details) const;

    db::ConnectionPool& m_pool;
    const OrderRepository& m_repository;
    const IdempotencyStore& m_idempotency;
    const inventory::StockLedger& m_ledger;
    obs::Counter& m_placed;
    // Orders without an Idempotency-Key for the caller or a customer given by email are placed in
    // groups; mutable because placing through it is what place() does, not a change of the service.
    mutable PlacementGroups m_groups;
};

} // namespace md::orders
