#include "catalog/ImportAuditTrail.h"

#include <optional>

namespace md::catalog {

namespace {

// Not prepared: a prepared statement would need the table to exist when connections open.
constexpr const char* kCreateTable =
    "CREATE TEMPORARY TABLE md_import_audit (product_id bigint NOT NULL, created boolean NOT NULL, before jsonb, "
    "after jsonb) ON COMMIT DROP";
constexpr const char* kInsertParts =
    "INSERT INTO md_import_audit SELECT * FROM jsonb_to_recordset($1::jsonb) "
    "AS r(product_id bigint, created boolean, before jsonb, after jsonb)";
// The row audit::record writes, with before and after assembled from the parts.
constexpr const char* kInsertEntry =
    "INSERT INTO audit_log (actor_user_id, actor_email, action, entity_type, entity_id, before, after, request_id) "
    "SELECT $1, $2, 'product.import', 'product_import', $3, "
    "(SELECT coalesce(jsonb_object_agg(product_id::text, before), '{}') FROM md_import_audit WHERE NOT created), "
    "jsonb_build_object('created', $4::bigint, 'updated', $5::bigint, 'unchanged', $6::bigint, 'failed', $7::bigint, "
    "'created_ids', (SELECT coalesce(jsonb_agg(product_id ORDER BY product_id), '[]') FROM md_import_audit "
    "WHERE created), "
    "'changes', (SELECT coalesce(jsonb_object_agg(product_id::text, after), '{}') FROM md_import_audit "
    "WHERE NOT created)), "
    "$3";

} // namespace

void ImportAuditTrail::add(pqxx::transaction_base& transaction, const std::vector<Product>& created,
                           const std::vector<Update>& updates)
{
    if (created.empty() && updates.empty()) return;
    if (!m_started) {
        transaction.exec0(kCreateTable);
        m_started = true;
    }
    nlohmann::json parts = nlohmann::json::array();
    for (const auto& product : created)
        parts.push_back({{"product_id", product.id}, {"created", true}});
    for (const auto& update : updates) {
        parts.push_back({{"product_id", update.after->id},
                         {"created", false},
                         {"before", update.before->changedFields(*update.after)},
                         {"after", update.after->changedFields(*update.before)}});
    }
    transaction.exec_params0(kInsertParts, parts.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
}

void ImportAuditTrail::finish(pqxx::transaction_base& transaction, const Actor& actor, const Totals& totals)
{
    if (!m_started) return;
    transaction.exec_params0(kInsertEntry, std::optional<long long>(actor.principal.userId), actor.principal.email,
                             actor.requestId, static_cast<long long>(totals.created),
                             static_cast<long long>(totals.updated), static_cast<long long>(totals.unchanged),
                             static_cast<long long>(totals.failed));
}

} // namespace md::catalog
