#include "orders/OrderRepository.h"

#include "catalog/ProductSearch.h"
#include "core/DomainError.h"
#include "core/SecureRandom.h"
#include "db/ConnectionPool.h"
#include "db/Nullable.h"
#include "db/SqlParams.h"

#include <chrono>
#include <cstdint>

namespace md::orders {

namespace {

const std::string kScope =
    "($2::bigint IS NULL OR o.seller_id = $2::bigint) AND ($3::bigint IS NULL OR o.customer_user_id = $3::bigint)";

std::string upperAscii(std::string text)
{
    for (char& c : text)
        if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
    return text;
}

std::optional<std::string> statusText(std::optional<OrderStatus> status)
{
    if (!status) return std::nullopt;
    return std::string(toString(*status));
}

// A refusal's message is the JSON of its details.
nlohmann::json placementDetails(const std::string& message)
{
    auto details = nlohmann::json::parse(message, nullptr, false);
    return details.is_object() ? details : nlohmann::json::object();
}

// The rows of md_place_orders or md_recall_placement, one per request in order.
std::vector<OrderRepository::GroupedPlacement> placementsOf(const pqxx::result& rows, std::size_t requestCount)
{
    std::vector<OrderRepository::GroupedPlacement> placements;
    placements.reserve(rows.size());
    for (const auto& row : rows) {
        OrderRepository::GroupedPlacement placement;
        if (!row[4].is_null()) {
            placement.errorCode = row[4].as<std::string>();
            placement.errorMessage = row[5].as<std::string>();
        } else if (!row[3].is_null()) { // replay_status: the answer stored with the Idempotency-Key, again
            placement.reply = replayOf(row[0].as<std::string>());
        } else {
            placement.reply = OrderReply{OrderReply::Outcome::Created, row[0].as<std::string>(),
                                         row[1].as<long long>(), row[2].as<long long>()};
        }
        placements.push_back(std::move(placement));
    }
    if (placements.size() != requestCount) // cannot happen: md_place_orders answers every request
        throw DomainError(ErrorKind::Internal, "internal_error", "order placement returned an unexpected result");
    return placements;
}

std::string jsonText(const nlohmann::json& json)
{
    return json.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

} // namespace

DomainError OrderRepository::placementError(const std::string& code, const std::string& message)
{
    nlohmann::json details = placementDetails(message);
    if (code == "MD001")
        return DomainError(ErrorKind::Validation, "product_unavailable", "some products do not exist or are not for sale",
                           std::move(details));
    if (code == "MD002")
        return DomainError(ErrorKind::Validation, "mixed_sellers",
                           "all items of an order must come from one seller; place one order per seller",
                           std::move(details));
    if (code == "MD003")
        return DomainError(ErrorKind::Validation, "mixed_currencies", "all items of an order must have one currency",
                           std::move(details));
    if (code == "MD005")
        return DomainError(ErrorKind::Validation, "idempotency_key_reused",
                           "this Idempotency-Key was already used for a different request",
                           {{"fields", {{"Idempotency-Key", "was used for a different request"}}}});
    if (code == "MD006")
        return DomainError::unavailable("a request with this Idempotency-Key was being processed; try again");
    return DomainError::conflict("insufficient_stock", "not enough stock for some lines; nothing was reserved",
                                 std::move(details));
}

void OrderRepository::registerStatements()
{
    db::Statements::add("orders_place_group",
                        "SELECT document, order_id, order_version, replay_status, error_code, error_message "
                        "FROM md_place_orders($1::jsonb, $2::uuid) ORDER BY ordinal");
    db::Statements::add("orders_recall_group",
                        "SELECT document, order_id, order_version, replay_status, error_code, error_message "
                        "FROM md_recall_placement($1::jsonb, $2::uuid) ORDER BY ordinal");
    db::Statements::add("orders_customer_email",
                        "SELECT email FROM users WHERE id = $1 AND role = 'customer' AND NOT disabled");
    db::Statements::add("orders_document",
                        "SELECT md_order_document(o.id, $4)::text, o.id, o.version FROM orders o WHERE o.id = $1 AND " +
                            kScope);
    db::Statements::add("orders_lock",
                        "SELECT o.id, o.status, o.seller_id, o.customer_user_id, o.total_cents, o.refunded_cents, "
                        "o.version FROM orders o WHERE o.id = $1 AND " + kScope + " FOR UPDATE");
    db::Statements::add("orders_lines", "SELECT product_id, quantity, restocked_quantity FROM order_items "
                                        "WHERE order_id = $1 ORDER BY product_id");
    db::Statements::add("orders_change_status",
                        "UPDATE orders o SET status = $2::text, version = o.version + 1, updated_at = now(), "
                        "paid_at = CASE WHEN $2::text = 'paid' THEN now() ELSE o.paid_at END, "
                        "shipped_at = CASE WHEN $2::text = 'shipped' THEN now() ELSE o.shipped_at END, "
                        "delivered_at = CASE WHEN $2::text = 'delivered' THEN now() ELSE o.delivered_at END, "
                        "cancelled_at = CASE WHEN $2::text = 'cancelled' THEN now() ELSE o.cancelled_at END, "
                        "carrier = coalesce($3::text, o.carrier), "
                        "tracking_number = coalesce($4::text, o.tracking_number), "
                        "cancel_reason = coalesce($5::text, o.cancel_reason) "
                        "WHERE o.id = $1 RETURNING md_order_summary(o.*)::text");
    db::Statements::add("orders_record_refund",
                        "WITH refund AS (INSERT INTO refunds (order_id, amount_cents, reason, restock, actor_user_id) "
                        "VALUES ($1, $2::bigint, $4::text, $5::jsonb, $6::bigint) RETURNING id) "
                        "UPDATE orders o SET refunded_cents = o.refunded_cents + $2::bigint, status = $3::text, "
                        "version = o.version + 1, updated_at = now() WHERE o.id = $1 "
                        "RETURNING (SELECT id FROM refund), md_order_summary(o.*)::text");
    db::Statements::add("orders_mark_restocked",
                        "UPDATE order_items oi SET restocked_quantity = oi.restocked_quantity + r.quantity "
                        "FROM jsonb_to_recordset($2::jsonb) AS r(product_id bigint, quantity integer) "
                        "WHERE oi.order_id = $1 AND oi.product_id = r.product_id");
    db::Statements::add("orders_add_note",
                        "INSERT INTO order_notes (order_id, author_user_id, body) VALUES ($1, $2, $3) RETURNING id");
    db::Statements::add("orders_touch", "UPDATE orders o SET version = o.version + 1, updated_at = now() "
                                        "WHERE o.id = $1 RETURNING md_order_summary(o.*)::text");
    db::Statements::add("orders_note_json",
                        "SELECT md_order_note_json(n, u.email)::text FROM order_notes n "
                        "LEFT JOIN users u ON u.id = n.author_user_id WHERE n.order_id = $1 AND n.id = $2");
    db::Statements::add("orders_add_event",
                        "INSERT INTO order_events (order_id, type, from_status, to_status, actor_user_id, data) "
                        "VALUES ($1, $2, $3, $4, $5, $6::jsonb)");
}

nlohmann::json OrderRepository::placementRequest(const PlacementRequest& request)
{
    nlohmann::json json = {
        {"actor_user_id", request.actor.principal.userId},
        {"actor_email", request.actor.principal.email},
        {"request_id", request.actor.requestId},
        {"customer_user_id", request.customerUserId ? nlohmann::json(*request.customerUserId) : nlohmann::json()},
        {"customer_email", request.customerEmail},
        {"lines", request.lines},
        {"shipping_address", request.shippingAddress},
        {"internal", request.internal}};
    if (request.idempotency)
        json["idempotency"] = {{"user_id", request.actor.principal.userId},
                               {"scope", kPlaceScope},
                               {"key", request.idempotency->key},
                               {"fingerprint", request.idempotency->fingerprint}};
    return json;
}

std::string OrderRepository::newGroupToken()
{
    // The UUIDv7 layout: milliseconds since the epoch first, so tokens grow like a sequence and the
    // primary key of placement_groups takes them at its right edge (random ones would scatter writes
    // over the whole index), then 74 random bits, so no two servers draw the same.
    std::string bytes = secureRandomBytes(16);
    const auto milliseconds = static_cast<std::uint64_t>(
        std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::system_clock::now().time_since_epoch())
            .count());
    for (int i = 0; i < 6; ++i)
        bytes[static_cast<std::size_t>(i)] = static_cast<char>(milliseconds >> (40 - 8 * i));
    bytes[6] = static_cast<char>((bytes[6] & 0x0f) | 0x70); // version 7
    bytes[8] = static_cast<char>((bytes[8] & 0x3f) | 0x80); // RFC 9562 variant
    static constexpr char kHex[] = "0123456789abcdef";
    std::string token;
    token.reserve(36);
    for (std::size_t i = 0; i < bytes.size(); ++i) {
        if (i == 4 || i == 6 || i == 8 || i == 10) token.push_back('-');
        const auto byte = static_cast<unsigned char>(bytes[i]);
        token.push_back(kHex[byte >> 4]);
        token.push_back(kHex[byte & 0x0f]);
    }
    return token;
}

OrderReply OrderRepository::place(pqxx::transaction_base& transaction, const PlacementRequest& request,
                                  const std::string& groupToken) const
{
    nlohmann::json requests = nlohmann::json::array();
    requests.push_back(placementRequest(request));
    auto placements = placeGroup(transaction, requests, groupToken);
    if (!placements.front().reply)
        throw placementError(placements.front().errorCode, placements.front().errorMessage);
    return std::move(*placements.front().reply);
}

std::vector<OrderRepository::GroupedPlacement> OrderRepository::placeGroup(pqxx::transaction_base& transaction,
                                                                           const nlohmann::json& requests,
                                                                           const std::string& groupToken) const
{
    return placementsOf(transaction.exec_prepared("orders_place_group", jsonText(requests), groupToken),
                        requests.size());
}

std::optional<std::vector<OrderRepository::GroupedPlacement>>
OrderRepository::recallGroup(pqxx::transaction_base& transaction, const nlohmann::json& requests,
                             const std::string& groupToken) const
{
    pqxx::result rows = transaction.exec_prepared("orders_recall_group", jsonText(requests), groupToken);
    if (rows.empty()) return std::nullopt; // not placed
    return placementsOf(rows, requests.size());
}

std::optional<std::string> OrderRepository::customerEmail(pqxx::transaction_base& transaction, long long userId) const
{
    auto rows = transaction.exec_prepared("orders_customer_email", userId);
    if (rows.empty()) return std::nullopt;
    return rows[0][0].as<std::string>();
}

std::optional<OrderDocument> OrderRepository::document(pqxx::transaction_base& transaction, long long orderId,
                                                       std::optional<long long> sellerScope,
                                                       std::optional<long long> customerScope, bool internal) const
{
    auto rows = transaction.exec_prepared("orders_document", orderId, sellerScope, customerScope, internal);
    if (rows.empty()) return std::nullopt;
    return OrderDocument{rows[0][1].as<long long>(), rows[0][2].as<long long>(), rows[0][0].as<std::string>()};
}

std::vector<OrderRepository::ListedOrder> OrderRepository::list(pqxx::transaction_base& transaction,
                                                                 const OrderListQuery& query) const
{
    // Built per request with only the conditions in use, so each gets a plan for its own indexes
    // (orders_seller_created, orders_customer, orders_status_created, orders_created).
    db::SqlParams params;
    std::string sql = "SELECT md_order_summary(o.*)::text, o.id, "
                      "to_char(o.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"'), o.total_cents "
                      "FROM orders o WHERE true";
    if (query.sellerScope) sql += " AND o.seller_id = " + params.add(*query.sellerScope) + "::bigint";
    if (query.customerScope) sql += " AND o.customer_user_id = " + params.add(*query.customerScope) + "::bigint";
    if (query.sellerId) sql += " AND o.seller_id = " + params.add(*query.sellerId) + "::bigint";
    if (!query.statuses.empty()) {
        std::string names;
        for (auto status : query.statuses) names += (names.empty() ? "" : ",") + std::string(toString(status));
        sql += " AND o.status = ANY(" + params.add("{" + names + "}") + "::text[])";
    }
    if (query.createdFrom) sql += " AND o.created_at >= " + params.add(*query.createdFrom) + "::timestamptz";
    if (query.createdTo) sql += " AND o.created_at < " + params.add(*query.createdTo) + "::timestamptz";
    if (query.search) {
        // Order numbers and e-mail addresses by prefix (text_pattern_ops indexes); products by the
        // catalog's bigram index, each word confirmed in the title or sku.
        sql += " AND o.id IN (SELECT n.id FROM orders n WHERE n.number LIKE " +
               params.add(db::SqlParams::prefixPattern(upperAscii(*query.search)));
        if (query.searchCustomerEmail)
            sql += " UNION SELECT e.id FROM orders e WHERE lower(e.customer_email) LIKE lower(" +
                   params.add(db::SqlParams::prefixPattern(*query.search)) + ")";
        sql += " UNION SELECT i.order_id FROM order_items i WHERE i.product_id IN (SELECT p.id FROM products p "
               "WHERE true" +
               catalog::ProductSearch::conditions(query.searchWords, "lower(p.title || ' ' || p.sku)", params) + "))";
    }
    if (query.after) sql += query.sort.afterSql(*query.after, params);
    sql += query.sort.orderBySql();
    sql += " LIMIT " + std::to_string(query.limit + 1);

    std::vector<ListedOrder> orders;
    for (const auto& row : params.execute(transaction, sql))
        orders.push_back({row[0].as<std::string>(), row[1].as<long long>(), row[2].as<std::string>(),
                          row[3].as<long long>()});
    return orders;
}

std::optional<OrderRecord> OrderRepository::lock(pqxx::transaction_base& transaction, long long orderId,
                                                 std::optional<long long> sellerScope,
                                                 std::optional<long long> customerScope) const
{
    auto rows = transaction.exec_prepared("orders_lock", orderId, sellerScope, customerScope);
    if (rows.empty()) return std::nullopt;
    const auto& row = rows[0];
    OrderRecord record;
    record.id = row[0].as<long long>();
    auto status = orderStatusFromString(row[1].as<std::string>());
    if (!status) throw std::runtime_error("order " + std::to_string(orderId) + " has an unknown status");
    record.status = *status;
    record.sellerId = row[2].as<long long>();
    record.customerUserId = db::optionalField<long long>(row[3]);
    record.totalCents = row[4].as<long long>();
    record.refundedCents = row[5].as<long long>();
    record.version = row[6].as<long long>();
    return record;
}

std::vector<OrderLine> OrderRepository::lines(pqxx::transaction_base& transaction, long long orderId) const
{
    std::vector<OrderLine> lines;
    for (const auto& row : transaction.exec_prepared("orders_lines", orderId))
        lines.push_back({row[0].as<long long>(), row[1].as<long long>(), row[2].as<long long>()});
    return lines;
}

std::string OrderRepository::changeStatus(pqxx::transaction_base& transaction, long long orderId, OrderStatus to,
                                          const std::optional<std::string>& carrier,
                                          const std::optional<std::string>& trackingNumber,
                                          const std::optional<std::string>& cancelReason) const
{
    return transaction
        .exec_prepared1("orders_change_status", orderId, std::string(toString(to)), carrier, trackingNumber,
                        cancelReason)[0]
        .as<std::string>();
}

OrderRepository::RecordedRefund OrderRepository::recordRefund(pqxx::transaction_base& transaction, long long orderId,
                                                              long long amountCents, OrderStatus statusAfter,
                                                              const std::string& reason, const nlohmann::json& restock,
                                                              long long actorUserId) const
{
    auto row = transaction.exec_prepared1("orders_record_refund", orderId, amountCents, std::string(toString(statusAfter)),
                                          reason, restock.dump(), actorUserId);
    return {row[0].as<long long>(), row[1].as<std::string>()};
}

void OrderRepository::markRestocked(pqxx::transaction_base& transaction, long long orderId,
                                    const nlohmann::json& restock) const
{
    transaction.exec_prepared("orders_mark_restocked", orderId, restock.dump());
}

long long OrderRepository::addNote(pqxx::transaction_base& transaction, long long orderId, long long authorUserId,
                                   const std::string& body) const
{
    return transaction.exec_prepared1("orders_add_note", orderId, authorUserId, body)[0].as<long long>();
}

std::string OrderRepository::touch(pqxx::transaction_base& transaction, long long orderId) const
{
    return transaction.exec_prepared1("orders_touch", orderId)[0].as<std::string>();
}

std::string OrderRepository::noteJson(pqxx::transaction_base& transaction, long long orderId, long long noteId) const
{
    return transaction.exec_prepared1("orders_note_json", orderId, noteId)[0].as<std::string>();
}

void OrderRepository::addEvent(pqxx::transaction_base& transaction, long long orderId, const std::string& type,
                               std::optional<OrderStatus> from, std::optional<OrderStatus> to, long long actorUserId,
                               const nlohmann::json& data) const
{
    transaction.exec_prepared("orders_add_event", orderId, type, statusText(from), statusText(to), actorUserId,
                              data.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
}

} // namespace md::orders
