#pragma once
// Publishing a live event: a row in the events table, written in the transaction of the change
// it announces. The table's trigger notifies every replica at commit (so an event is never sent
// for a change that rolled back), and each replica's EventHub forwards it to its SSE clients.

#include <nlohmann/json.hpp>
#include <pqxx/pqxx>

#include <optional>
#include <string>

namespace md::events {

// type: order.created, order.updated, inventory.low_stock, deployment.updated, product.updated.
// sellerId/customerUserId decide who may receive it (staff roles see all; sellers and customers
// only their own).
void publish(pqxx::transaction_base& transaction, const std::string& type, std::optional<long long> sellerId,
             std::optional<long long> customerUserId, const nlohmann::json& payload);
void registerStatements();

} // namespace md::events
