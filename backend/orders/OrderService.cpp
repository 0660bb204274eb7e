#include "orders/OrderService.h"

#include "audit/AuditLog.h"
#include "core/DomainError.h"
#include "core/KeysetCursor.h"
#include "core/PersonalData.h"
#include "db/Transaction.h"
#include "events/EventOutbox.h"
#include "observability/Log.h"
#include "orders/OrderStateMachine.h"
#include "orders/OrderStockEffects.h"

#include <algorithm>

namespace md::orders {

namespace {

constexpr const char* kRefundScope = "orders.refund";

nlohmann::json statusNames(const std::vector<OrderStatus>& statuses)
{
    nlohmann::json names = nlohmann::json::array();
    for (auto status : statuses) names.push_back(std::string(toString(status)));
    return names;
}

// to: the target asked for, or null when the body names none the state machine knows.
DomainError invalidTransition(OrderStatus from, nlohmann::json to, std::string message)
{
    return DomainError::conflict("invalid_transition", std::move(message),
                                 {{"from", std::string(toString(from))},
                                  {"to", std::move(to)},
                                  {"allowed", statusNames(OrderStateMachine::allowedTransitions(from))}});
}

OrderReply replayOf(const IdempotencyStore::StoredResponse& stored)
{
    return orders::replayOf(stored.body);
}

nlohmann::json cursorPosition(const OrderRepository::ListedOrder& order, const OrderSort& sort)
{
    switch (sort.field()) {
    case OrderSort::Field::Id: return {order.id};
    case OrderSort::Field::CreatedAt: return {order.createdAt, order.id};
    case OrderSort::Field::TotalCents: return {order.totalCents, order.id};
    }
    return {order.id};
}

} // namespace

OrderService::OrderService(db::ConnectionPool& pool, const OrderRepository& repository,
                           const IdempotencyStore& idempotency, const inventory::StockLedger& ledger,
                           PlacementGroups::Settings placementGroups)
    : m_pool(pool), m_repository(repository), m_idempotency(idempotency), m_ledger(ledger),
      m_placed(obs::MetricsRegistry::instance().counter(
          "orders_placed_total", "Orders placed (replays of an Idempotency-Key are not counted).")),
      m_groups(pool, repository, placementGroups)
{
}

void OrderService::place(const Actor& actor, const PlaceOrderRequest& request,
                         const std::optional<IdempotentRequest>& idempotency, Placed placed) const
{
    const Principal& principal = actor.principal;
    const bool onBehalf = request.customerUserId || request.customerEmail;
    if (onBehalf && principal.role != Role::Admin)
        throw DomainError::forbidden("only an admin may place an order on someone else's behalf");

    PlacementRequest placement{actor,
                               principal.userId,
                               principal.email,
                               request.linesJson(),
                               request.shippingAddress,
                               seesInternals(principal),
                               idempotency};
    if (request.customerEmail) {
        placement.customerUserId.reset(); // a customer without an account
        placement.customerEmail = *request.customerEmail;
    }
    // A customer given by account is looked up in the same transaction as the order, so those (rare:
    // an admin ordering on someone's behalf) are placed alone, in a transaction of their own: a
    // connection that breaks during its COMMIT answers 503 outcome_unknown (withTransaction) instead of
    // being recalled. Every other order goes through the placement groups.
    if (!request.customerUserId) {
        m_groups.place(std::move(placement), [this, placed = std::move(placed)](std::optional<OrderReply> reply,
                                                                                std::exception_ptr error) {
            if (error) return placed(std::nullopt, error);
            if (!reply->replayed()) m_placed.inc();
            placed(std::move(reply), nullptr);
        });
        return;
    }
    OrderReply reply = db::withTransaction(m_pool, [&](pqxx::work& transaction) {
        auto email = m_repository.customerEmail(transaction, *request.customerUserId);
        if (!email) throw DomainError::invalidField("customer_user_id", "is not an active customer");
        PlacementRequest onBehalf = placement;
        onBehalf.customerUserId = request.customerUserId;
        onBehalf.customerEmail = *email;
        return m_repository.place(transaction, onBehalf, OrderRepository::newGroupToken());
    });
    if (!reply.replayed()) m_placed.inc();
    placed(std::move(reply), nullptr);
}

std::string OrderService::shownTo(const Principal& principal, std::string orderJson)
{
    if (principal.allows(Permission::CustomerPersonalData)) return orderJson;
    return PersonalData::withholdFromOrderText(orderJson);
}

OrderDocument OrderService::get(const Principal& principal, long long orderId) const
{
    auto document = db::withTransaction(m_pool, [&](pqxx::work& transaction) {
        return m_repository.document(transaction, orderId, principal.sellerScope(), principal.customerScope(),
                                     seesInternals(principal));
    });
    if (!document) throw DomainError::notFound("order");
    document->json = shownTo(principal, std::move(document->json));
    return *document;
}

Page<std::string> OrderService::list(const Principal& principal, OrderListQuery query) const
{
    query.sellerScope = principal.sellerScope();
    query.customerScope = principal.customerScope();
    // Who may not read customers' e-mail addresses may not find orders by them either.
    query.searchCustomerEmail = principal.allows(Permission::CustomerPersonalData);
    auto orders = db::withTransaction(m_pool, [&](pqxx::work& transaction) { return m_repository.list(transaction, query); });
    using Listed = OrderRepository::ListedOrder;
    return Page<Listed>::fromRows(std::move(orders), query.limit,
                                  [&](const Listed& last) {
                                      return KeysetCursor(query.sort.name(), cursorPosition(last, query.sort)).encode();
                                  })
        .map([&](Listed&& order) { return shownTo(principal, std::move(order.summaryJson)); });
}

OrderDocument OrderService::transition(const Actor& actor, long long orderId, const nlohmann::json& body,
                                       std::optional<long long> expectedVersion) const
{
    const Principal& principal = actor.principal;
    return db::withTransaction(m_pool, [&](pqxx::work& transaction) {
        auto order = m_repository.lock(transaction, orderId, principal.sellerScope(), std::nullopt);
        if (!order) throw DomainError::notFound("order");
        const std::optional<OrderStatus> target = TransitionRequest::requestedTarget(body);
        if (target == OrderStatus::Paid && !principal.allows(Permission::OrdersRecordPayment))
            throw DomainError::forbidden("recording a payment is for support and administrators");
        if (expectedVersion && *expectedVersion != order->version) throw DomainError::preconditionFailed(order->version);
        // The state machine before the body: from a final state nothing is possible, whatever was sent.
        if (OrderStateMachine::allowedTransitions(order->status).empty() ||
            (target && !OrderStateMachine::canTransition(order->status, *target))) {
            const std::string wanted = target ? std::string(toString(*target)) : std::string("anything else");
            throw invalidTransition(order->status,
                                    target ? nlohmann::json(std::string(toString(*target))) : nlohmann::json(),
                                    "an order that is " + std::string(toString(order->status)) + " cannot become " +
                                        wanted);
        }
        const TransitionRequest request = TransitionRequest::fromJson(body);

        auto moves = OrderStockEffects::ofTransition(order->status, request.to, m_repository.lines(transaction, orderId));
        m_ledger.apply(transaction, orderId, moves,
                       request.to == OrderStatus::Shipped ? OrderStockEffects::kShipReason
                                                          : OrderStockEffects::kCancelReason,
                       actor.principal.userId);
        std::optional<std::string> cancelReason;
        if (request.to == OrderStatus::Cancelled) cancelReason = request.reason;
        std::string summary = m_repository.changeStatus(transaction, orderId, request.to, request.carrier,
                                                        request.trackingNumber, cancelReason);
        m_repository.addEvent(transaction, orderId, "transition", order->status, request.to, actor.principal.userId,
                              request.details());
        announce(transaction, actor, *order, "order.transition", summary, request.details());
        OrderDocument document = *m_repository.document(transaction, orderId, std::nullopt, std::nullopt, true);
        document.json = shownTo(principal, std::move(document.json));
        return document;
    });
}

OrderReply OrderService::refund(const Actor& actor, long long orderId, const nlohmann::json& body,
                                const std::optional<IdempotentRequest>& idempotency) const
{
    const long long userId = actor.principal.userId;
    return db::withTransaction(m_pool, [&](pqxx::work& transaction) {
        if (idempotency) {
            if (auto stored = m_idempotency.claim(transaction, userId, kRefundScope, idempotency->key,
                                                  idempotency->fingerprint))
                return replayOf(*stored);
        }
        // The order row stays locked until commit, so concurrent refunds are added up one at a time.
        auto order = m_repository.lock(transaction, orderId, actor.principal.sellerScope(), std::nullopt);
        if (!order) throw DomainError::notFound("order");
        if (!OrderStateMachine::canRefund(order->status))
            throw invalidTransition(order->status, std::string(toString(OrderStatus::Refunded)),
                                    "refunds are possible once an order is paid, and this one is " +
                                        std::string(toString(order->status)));
        const RefundRequest request = RefundRequest::fromJson(body);
        if (request.amountCents > order->refundableCents())
            throw DomainError::conflict("refund_exceeds_total",
                                        "refunds would exceed the order total; at most " +
                                            std::to_string(order->refundableCents()) + " can still be refunded",
                                        {{"total_cents", order->totalCents},
                                         {"refunded_cents", order->refundedCents},
                                         {"refundable_cents", order->refundableCents()},
                                         {"amount_cents", request.amountCents}});

        const std::vector<OrderLine> lines = m_repository.lines(transaction, orderId);
        if (!request.restock.empty()) {
            if (!OrderStateMachine::canRestock(order->status))
                throw DomainError::conflict("restock_not_shipped",
                                            "only shipped or delivered orders have goods to put back on the shelf",
                                            {{"status", std::string(toString(order->status))}});
            nlohmann::json errors = nlohmann::json::object();
            nlohmann::json excess = nlohmann::json::array();
            for (std::size_t index = 0; index < request.restock.size(); ++index) {
                const OrderLine& wanted = request.restock[index];
                auto line = std::find_if(lines.begin(), lines.end(),
                                         [&](const OrderLine& l) { return l.productId == wanted.productId; });
                if (line == lines.end())
                    errors["restock[" + std::to_string(index) + "].product_id"] = "is not on this order";
                else if (wanted.quantity > line->restockable())
                    excess.push_back({{"product_id", wanted.productId},
                                      {"requested", wanted.quantity},
                                      {"restockable", line->restockable()}});
            }
            if (!errors.empty()) throw DomainError::validation(errors);
            if (!excess.empty())
                throw DomainError::conflict("restock_exceeds_shipped",
                                            "more would be restocked than was shipped and not restocked yet",
                                            {{"lines", excess}});
            m_repository.markRestocked(transaction, orderId, request.restockJson());
            m_ledger.apply(transaction, orderId, OrderStockEffects::ofRestock(request.restock),
                           OrderStockEffects::kRestockReason, userId);
        }

        const OrderStatus after = OrderStateMachine::statusAfterRefund(
            order->status, order->refundedCents + request.amountCents, order->totalCents);
        if (after == OrderStatus::Refunded)
            m_ledger.apply(transaction, orderId, OrderStockEffects::ofFullRefund(order->status, lines),
                           OrderStockEffects::kRefundReason, userId);
        auto recorded = m_repository.recordRefund(transaction, orderId, request.amountCents, after, request.reason,
                                                  request.restockJson(), userId);
        nlohmann::json details = {{"refund_id", recorded.refundId},
                                  {"amount_cents", request.amountCents},
                                  {"reason", request.reason},
                                  {"restock", request.restockJson()}};
        m_repository.addEvent(transaction, orderId, "refund", order->status, after, userId, details);
        announce(transaction, actor, *order, "order.refund", recorded.summaryJson, details);

        OrderDocument document = *m_repository.document(transaction, orderId, std::nullopt, std::nullopt, true);
        if (idempotency) m_idempotency.complete(transaction, userId, kRefundScope, idempotency->key, document.json);
        return OrderReply{OrderReply::Outcome::Created, shownTo(actor.principal, std::move(document.json)), document.id,
                          document.version};
    });
}

std::string OrderService::addNote(const Actor& actor, long long orderId, const nlohmann::json& body) const
{
    return db::withTransaction(m_pool, [&](pqxx::work& transaction) {
        auto order = m_repository.lock(transaction, orderId, actor.principal.sellerScope(), std::nullopt);
        if (!order) throw DomainError::notFound("order");
        const NoteRequest request = NoteRequest::fromJson(body);
        const long long noteId = m_repository.addNote(transaction, orderId, actor.principal.userId, request.body);
        std::string summary = m_repository.touch(transaction, orderId);
        m_repository.addEvent(transaction, orderId, "note", std::nullopt, std::nullopt, actor.principal.userId,
                              {{"note_id", noteId}});
        announce(transaction, actor, *order, "order.note", summary, {{"note_id", noteId}, {"body", request.body}});
        return m_repository.noteJson(transaction, orderId, noteId);
    });
}

void OrderService::announce(pqxx::transaction_base& transaction, const Actor& actor, const OrderRecord& before,
                            const std::string& action, const std::string& summaryJson,
                            const nlohmann::json& details) const
{
    nlohmann::json summary = nlohmann::json::parse(summaryJson);
    nlohmann::json after = summary;
    after["details"] = details;
    audit::record(transaction, actor,
                  {action, "order", std::to_string(before.id),
                   nlohmann::json{{"status", std::string(toString(before.status))},
                                  {"refunded_cents", before.refundedCents},
                                  {"version", before.version}},
                   std::move(after)});
    events::publish(transaction, "order.updated", before.sellerId, before.customerUserId, summary);
}

} // namespace md::orders
