#pragma once
// Idempotency-Key for POST /api/v1/orders and refunds. The first successful response to
// (user, scope, key) is stored in idempotency_keys in the transaction that produced it, so the
// stored answer and the change commit together or not at all. A failed request stores nothing (it
// changed nothing), so retrying it runs it again; a stored answer is therefore always that of a
// created order or refund (OrderReply::Outcome::Created), and a replay answers it again.
//
// idempotency_keys.response_status only tells a completed key (201, as md_place_orders writes it for
// placements) from one claimed by a transaction still running (0); the status a replay is answered
// with is OrderRoutes' choice, not this column's.
//
// claim() inserts the key before the work starts. A concurrent request with the same key blocks on
// that insert until the first one commits and then gets the first response, so two racing retries
// still create one order; if the first rolls back, the second simply proceeds.

#include <nlohmann/json.hpp>
#include <pqxx/pqxx>

#include <optional>
#include <string>

namespace md::orders {

class IdempotencyStore {
public:
    static constexpr std::size_t kMaxKeyLength = 255;

    struct StoredResponse {
        std::string body; // JSON text
    };

    static void registerStatements();
    // 400 unless the key is 1 to 255 visible ASCII characters.
    static void validateKey(const std::string& key);

    // nullopt: the key is ours now, do the work and complete() it. Otherwise the stored response of
    // the earlier request with the same fingerprint; 422 idempotency_key_reused for another one.
    std::optional<StoredResponse> claim(pqxx::transaction_base& transaction, long long userId, const std::string& scope,
                                        const std::string& key, const std::string& fingerprint) const;
    // Stores body as the answer of the created order or refund.
    void complete(pqxx::transaction_base& transaction, long long userId, const std::string& scope,
                  const std::string& key, const std::string& body) const;
};

} // namespace md::orders
