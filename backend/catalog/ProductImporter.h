#pragma once
// POST /api/v1/products/import: creates or updates products from a CSV file (ProductCsv's
// columns), matched by (seller, sku). The whole import is one transaction. By default it is
// all-or-nothing: one bad row and nothing is written (422 with the report). With partial, the valid
// rows are written and the bad ones reported. A dry run reports what would happen and writes
// nothing. Rows equal to the stored product are counted as unchanged and keep their version, so
// importing an export changes nothing.
//
// Memory: the upload is read in place, record by record, and never copied whole. A first pass only
// counts the rows (refusing a file over kMaxRows before anything else) and collects the seller ids
// an admin's file names; the second checks every row and writes the valid ones in batches of at
// most kBatchRows rows or kBatchBytes of the file, each one round trip to look the rows up and one
// per kind of write. Once a row has failed in an all-or-nothing import the rest is only checked,
// and the transaction is rolled back at the end. What an import holds besides its upload is
// bounded whatever the file: one batch, the (seller, sku) set (SellerSkuSet: 16 bytes a slot, at
// most 4 MiB at kMaxRows), the ids of updated products (8 bytes each), at most
// 2 × ImportReport::kMaxErrorsReported errors, and the reader's buffer (CsvReader::Limits). The
// audit entry is assembled by PostgreSQL (ImportAuditTrail). bench/run-import.sh measures it.
//
// At most `concurrency` imports run at once (ImportGate); more are refused with 429.

#include "catalog/ImportGate.h"
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
    // Data rows a file may have (the header is not counted); more is 413 too_many_rows.
    static constexpr std::size_t kMaxRows = 100000;
    // A batch is written when it has this many rows, or this many bytes of the file.
    static constexpr std::size_t kBatchRows = 1000;
    static constexpr std::size_t kBatchBytes = 256 * 1024;
    // How long a client refused because every import place is taken is asked to wait.
    static constexpr int kBusyRetryAfterSeconds = 5;

    ProductImporter(db::ConnectionPool& pool, const ProductRepository& repository, ProductCache& cache,
                    std::size_t concurrency);

    // The report of an accepted import (or dry run). Throws DomainError: 422 import_rejected
    // (details = the report) when the file is unusable, or has errors and partial is off; 413
    // too_many_rows; 429 imports_busy when `concurrency` imports are already running; 409
    // import_in_progress when another import (on any replica) holds one of the file's sellers.
    ImportReport run(const Actor& actor, std::string_view csv, ImportOptions options);

private:
    db::ConnectionPool& m_pool;
    const ProductRepository& m_repository;
    ProductCache& m_cache;
    ImportGate m_gate;
};

} // namespace md::catalog
