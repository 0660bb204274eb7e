#include "orders/IdempotencyStore.h"

#include "core/DomainError.h"
#include "db/ConnectionPool.h"

namespace md::orders {

void IdempotencyStore::registerStatements()
{
    // Status 0 marks a claim whose response is not written yet; it is never visible to anyone else,
    // since complete() runs in the same transaction. A completed key has 201, as md_place_orders
    // writes it (see the header: nothing reads it as the status to answer).
    db::Statements::add("orders_idempotency_claim",
                        "INSERT INTO idempotency_keys (user_id, scope, key, request_hash, response_status, "
                        "response_body) VALUES ($1, $2, $3, $4, 0, '') ON CONFLICT DO NOTHING RETURNING 1");
    db::Statements::add("orders_idempotency_find",
                        "SELECT request_hash, response_body FROM idempotency_keys "
                        "WHERE user_id = $1 AND scope = $2 AND key = $3");
    db::Statements::add("orders_idempotency_complete",
                        "UPDATE idempotency_keys SET response_status = 201, response_body = $4 "
                        "WHERE user_id = $1 AND scope = $2 AND key = $3");
}

void IdempotencyStore::validateKey(const std::string& key)
{
    bool visible = !key.empty() && key.size() <= kMaxKeyLength;
    for (char c : key) visible = visible && c > ' ' && c < 0x7f;
    if (!visible)
        throw DomainError::badRequest("Idempotency-Key must be 1 to 255 visible ASCII characters",
                                      "invalid_idempotency_key");
}

std::optional<IdempotencyStore::StoredResponse> IdempotencyStore::claim(pqxx::transaction_base& transaction,
                                                                        long long userId, const std::string& scope,
                                                                        const std::string& key,
                                                                        const std::string& fingerprint) const
{
    if (!transaction.exec_prepared("orders_idempotency_claim", userId, scope, key, fingerprint).empty())
        return std::nullopt;
    // Someone holds the key; the INSERT waited for them to commit, and this statement (a fresh
    // snapshot under READ COMMITTED) sees their row.
    auto rows = transaction.exec_prepared("orders_idempotency_find", userId, scope, key);
    if (rows.empty())
        throw DomainError::unavailable("a request with this Idempotency-Key was being processed; try again");
    if (rows[0][0].as<std::string>() != fingerprint)
        throw DomainError(ErrorKind::Validation, "idempotency_key_reused",
                          "this Idempotency-Key was already used for a different request",
                          {{"fields", {{"Idempotency-Key", "was used for a different request"}}}});
    return StoredResponse{rows[0][1].as<std::string>()};
}

void IdempotencyStore::complete(pqxx::transaction_base& transaction, long long userId, const std::string& scope,
                                const std::string& key, const std::string& body) const
{
    transaction.exec_prepared("orders_idempotency_complete", userId, scope, key, body);
}

} // namespace md::orders
