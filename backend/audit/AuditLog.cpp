#include "audit/AuditLog.h"

#include "db/ConnectionPool.h"
#include "db/Nullable.h"

namespace md::audit {

namespace {

std::optional<std::string> jsonText(const std::optional<nlohmann::json>& value)
{
    if (!value) return std::nullopt;
    return value->dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

} // namespace

void registerStatements()
{
    db::Statements::add("audit_insert",
                        "INSERT INTO audit_log (actor_user_id, actor_email, action, entity_type, entity_id, before, "
                        "after, request_id) VALUES ($1, $2, $3, $4, $5, $6::jsonb, $7::jsonb, $8)");
}

void record(pqxx::transaction_base& transaction, const Actor& actor, const Entry& entry)
{
    transaction.exec_prepared("audit_insert", std::optional<long long>(actor.principal.userId), actor.principal.email,
                              entry.action, entry.entityType, entry.entityId, jsonText(entry.before),
                              jsonText(entry.after), actor.requestId);
}

void recordSystem(pqxx::transaction_base& transaction, const std::string& component, const Entry& entry)
{
    transaction.exec_prepared("audit_insert", std::optional<long long>(), "system:" + component, entry.action,
                              entry.entityType, entry.entityId, jsonText(entry.before), jsonText(entry.after),
                              std::optional<std::string>());
}

} // namespace md::audit
