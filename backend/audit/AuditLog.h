#pragma once
// The audit log: every mutation writes who, what, when and before/after, inside the transaction
// of the change itself, so an audited change and its audit row commit or vanish together.

#include "core/Actor.h"

#include <nlohmann/json.hpp>
#include <pqxx/pqxx>

#include <optional>
#include <string>

namespace md::audit {

struct Entry {
    std::string action;      // e.g. "product.update"
    std::string entityType;  // e.g. "product"
    std::string entityId;
    std::optional<nlohmann::json> before;
    std::optional<nlohmann::json> after;
};

void record(pqxx::transaction_base& transaction, const Actor& actor, const Entry& entry);
// For changes made by the system itself (seed data, maintenance), with no signed-in actor.
void recordSystem(pqxx::transaction_base& transaction, const std::string& component, const Entry& entry);
void registerStatements();

} // namespace md::audit
