#pragma once
// POST /api/v1/products/import: creates or updates products from a CSV file (ProductCsv's
// columns), matched by (seller, sku). Every row is checked before anything is written; the whole
// import is one transaction, written in multi-row batches. By default it is all-or-nothing: one
// bad row and nothing is written (422 with the report). With partial, the valid rows are written
// and the bad ones reported. A dry run reports what would happen and writes nothing. Rows equal to
// the stored product are counted as unchanged and keep their version, so importing an export
// changes nothing.

#include "catalog/ImportReport.h"
#include "catalog/ProductCache.h"
#include "catalog/ProductRepository.h"
#include "core/Actor.h"
#include "db/ConnectionPool.h"

#include <optional>
#include <string_view>

namespace md::catalog {

struct ImportOptions {
    bool dryRun = false;
    bool partial = false;
    // The seller of rows whose seller_id cell is empty (or absent): an admin's choice; a seller's
    // rows always belong to their own seller.
    std::optional<long long> defaultSellerId;
};

class ProductImporter {
public:
    ProductImporter(db::ConnectionPool& pool, const ProductRepository& repository, ProductCache& cache);

    // The report of an accepted import (or dry run). Throws DomainError (422 import_rejected,
    // details = the report) when the file is unusable, or has errors and partial is off.
    ImportReport run(const Actor& actor, std::string_view csv, ImportOptions options);

private:
    db::ConnectionPool& m_pool;
    const ProductRepository& m_repository;
    ProductCache& m_cache;
};

} // namespace md::catalog
