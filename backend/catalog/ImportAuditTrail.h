#pragma once
// The audit entry of a CSV import: one row in audit_log per import, as before imports were
// streamed ({"product.import", "product_import", request id} with before = {id: changed fields}
// and after = {created, updated, unchanged, failed, created_ids, changes}). Its parts are written
// batch by batch into a temporary table of the import's transaction and assembled by PostgreSQL
// when the import ends, so the server never holds the whole entry (for 100,000 updated products it
// is tens of megabytes). The table is dropped at commit or rollback.

#include "catalog/Product.h"
#include "core/Actor.h"

#include <pqxx/pqxx>

#include <vector>

namespace md::catalog {

class ImportAuditTrail {
public:
    struct Update {
        const Product* before;
        const Product* after;
    };
    struct Totals {
        std::size_t created = 0;
        std::size_t updated = 0;
        std::size_t unchanged = 0;
        std::size_t failed = 0;
    };

    // One batch's products: those created, and every update with the product before and after.
    void add(pqxx::transaction_base& transaction, const std::vector<Product>& created,
             const std::vector<Update>& updates);
    // Writes the entry; nothing when no batch was added (an import that wrote nothing).
    void finish(pqxx::transaction_base& transaction, const Actor& actor, const Totals& totals);

private:
    bool m_started = false;
};

} // namespace md::catalog
