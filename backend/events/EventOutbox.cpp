#include "events/EventOutbox.h"

#include "db/ConnectionPool.h"
#include "db/Nullable.h"

namespace md::events {

void registerStatements()
{
    db::Statements::add("events_insert",
                        "INSERT INTO events (type, seller_id, customer_user_id, payload) VALUES ($1, $2, $3, $4::jsonb)");
}

void publish(pqxx::transaction_base& transaction, const std::string& type, std::optional<long long> sellerId,
             std::optional<long long> customerUserId, const nlohmann::json& payload)
{
    transaction.exec_prepared("events_insert", type, sellerId, customerUserId,
                              payload.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
}

} // namespace md::events
