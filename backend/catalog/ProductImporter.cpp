#include "catalog/ProductImporter.h"

#include "catalog/ImportAuditTrail.h"
#include "catalog/ProductCsv.h"
#include "catalog/ProductInput.h"
#include "catalog/ProductValidator.h"
#include "catalog/SellerSkuSet.h"
#include "core/DomainError.h"
#include "core/csv/CsvReader.h"
#include "db/Transaction.h"
#include "events/EventOutbox.h"

#include <algorithm>
#include <map>
#include <set>
#include <unordered_map>

namespace md::catalog {

namespace {

// One data record that passed the checks that need no database, waiting for its batch.
struct PendingRow {
    std::size_t line = 0;
    long long sellerId = 0;
    ProductInput input;
};

DomainError rejection(const ImportReport& report, const std::string& message)
{
    return DomainError(ErrorKind::Validation, "import_rejected", message, report.toJson());
}

// What the first pass learns: the number of data rows, and the seller ids a seller_id column names.
struct FileSurvey {
    std::size_t rows = 0;
    std::vector<long long> sellerIds; // sorted, distinct
};

void sortDistinct(std::vector<long long>& ids)
{
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
}

// Reads the file once without keeping anything of the rows, so a file over the row limit is
// refused before the database is touched, and the sellers can be resolved (and locked) once.
FileSurvey surveyFile(std::string_view csv, const ProductCsv::Layout& layout, bool collectSellers)
{
    FileSurvey survey;
    // npos: no seller ids to collect (an optional here trips GCC 12's -Wmaybe-uninitialized).
    const std::size_t sellerColumn =
        collectSellers ? layout.indexOf(ProductCsv::Column::SellerId).value_or(std::string_view::npos)
                       : std::string_view::npos;
    std::size_t distinctSoFar = 0;
    CsvReader reader(csv);
    CsvRecord record;
    reader.next(record); // the header
    while (reader.next(record)) {
        if (++survey.rows > ProductImporter::kMaxRows)
            throw DomainError(ErrorKind::PayloadTooLarge, "too_many_rows",
                              "the file has more than " + std::to_string(ProductImporter::kMaxRows) +
                                  " rows; split it into files of at most " +
                                  std::to_string(ProductImporter::kMaxRows) + " rows",
                              {{"limit_rows", ProductImporter::kMaxRows}});
        if (sellerColumn < record.fields.size()) {
            if (auto id = ProductCsv::parseSellerId(record.fields[sellerColumn])) survey.sellerIds.push_back(*id);
            // Usually one seller repeated on every row: keep the list distinct as it grows.
            if (survey.sellerIds.size() >= 2 * distinctSoFar + 64) {
                sortDistinct(survey.sellerIds);
                distinctSoFar = survey.sellerIds.size();
            }
        }
    }
    sortDistinct(survey.sellerIds);
    return survey;
}

// The second pass, in the import's transaction: checks each record, collects valid rows into a
// batch, and looks up and writes a batch at a time. Built anew if the transaction is retried.
class ImportPass {
public:
    ImportPass(pqxx::work& transaction, const ProductRepository& repository, const Actor& actor,
               const ImportOptions& options, const ProductCsv::Layout& layout, std::string_view csv,
               std::size_t rows, std::set<long long> knownSellers)
        : m_transaction(transaction), m_repository(repository), m_actor(actor), m_options(options), m_layout(layout),
          m_skuColumn(*layout.indexOf(ProductCsv::Column::Sku)), m_skus(csv), m_knownSellers(std::move(knownSellers))
    {
        m_skus.reserve(rows);
        m_report.dryRun = options.dryRun;
        m_report.partial = options.partial;
    }

    void addRecord(const CsvRecord& record);
    // Writes the last batch, the audit entry and the events; throws the rejection of an
    // all-or-nothing import with errors (the transaction then rolls back).
    ImportReport finish();
    const std::vector<long long>& updatedIds() const { return m_updatedIds; }

private:
    bool writing() const { return !m_options.dryRun && (m_options.partial || m_report.failed == 0); }
    void flush();
    void fail(std::size_t line, std::vector<ProductCsv::CellError>& errors);

    pqxx::work& m_transaction;
    const ProductRepository& m_repository;
    const Actor& m_actor;
    const ImportOptions& m_options;
    const ProductCsv::Layout& m_layout;
    const std::size_t m_skuColumn;
    SellerSkuSet m_skus;
    const std::set<long long> m_knownSellers;

    ImportReport m_report;
    std::vector<PendingRow> m_batch;
    std::size_t m_batchBytes = 0;
    std::vector<long long> m_updatedIds;
    std::map<long long, std::pair<std::size_t, std::size_t>> m_perSeller; // created, updated
    ImportAuditTrail m_audit;
};

void ImportPass::fail(std::size_t line, std::vector<ProductCsv::CellError>& errors)
{
    ++m_report.failed;
    for (auto& error : errors)
        m_report.addError({line, std::move(error.field), std::move(error.message)});
}

void ImportPass::addRecord(const CsvRecord& record)
{
    const Principal& principal = m_actor.principal;
    PendingRow row;
    row.line = record.line;
    std::vector<ProductCsv::CellError> cellErrors;
    row.input = ProductCsv::readRow(m_layout, record, cellErrors);

    if (principal.role == Role::Seller) {
        if (row.input.sellerId && row.input.sellerId != principal.sellerId)
            cellErrors.push_back({"seller_id", "must be empty or your own seller id (" +
                                                   std::to_string(principal.sellerId.value_or(0)) + ")"});
        row.sellerId = principal.sellerId.value_or(0);
    } else if (row.input.sellerId) {
        row.sellerId = *row.input.sellerId;
    } else if (m_options.defaultSellerId) {
        row.sellerId = *m_options.defaultSellerId;
    } else if (record.fieldCount == m_layout.columns.size()) {
        cellErrors.push_back({"seller_id", "is required when an admin imports (or pass ?seller_id=)"});
    }

    // Every cell the row sets is checked now, so a row reports all its bad cells at once.
    const nlohmann::json cellProblems = ProductValidator::validate(row.input);
    for (const auto& [field, message] : cellProblems.items()) {
        bool reported = false;
        for (const auto& error : cellErrors)
            reported = reported || error.field == field;
        if (!reported) cellErrors.push_back({field, message.get<std::string>()});
    }

    if (row.input.sku && !cellProblems.contains("sku") && row.sellerId != 0) {
        // A valid sku has no quotes, so its cell is a view into the file: the set keeps no copy.
        if (auto firstLine = m_skus.insert(row.sellerId, record.fields[m_skuColumn], row.line))
            cellErrors.push_back({"sku", "appears twice for this seller in the file (first on line " +
                                             std::to_string(*firstLine) + ")"});
    } else if (!row.input.sku && cellErrors.empty()) {
        cellErrors.push_back({"sku", "is required"});
    }
    if (cellErrors.empty() && !m_knownSellers.count(row.sellerId))
        cellErrors.push_back({"seller_id", "no seller has this id"});

    if (!cellErrors.empty()) return fail(row.line, cellErrors);
    m_batch.push_back(std::move(row));
    m_batchBytes += record.bytes;
    if (m_batch.size() >= ProductImporter::kBatchRows || m_batchBytes >= ProductImporter::kBatchBytes) flush();
}

void ImportPass::flush()
{
    if (m_batch.empty()) return;
    std::vector<ProductRepository::SellerSku> keys;
    keys.reserve(m_batch.size());
    for (const auto& row : m_batch)
        keys.emplace_back(row.sellerId, *row.input.sku);
    // Rows are locked only when they may be written; a dry run and a rejected import only read.
    std::map<ProductRepository::SellerSku, Product> stored;
    for (auto& product : m_repository.findBySellerSkus(m_transaction, keys, writing())) {
        ProductRepository::SellerSku key(product.sellerId, product.sku);
        stored.emplace(std::move(key), std::move(product));
    }
    keys.clear();

    std::vector<Product> toCreate;
    std::vector<Product> toUpdate;
    std::unordered_map<long long, const Product*> previous;
    for (const auto& row : m_batch) {
        auto existing = stored.find({row.sellerId, *row.input.sku});
        std::vector<ProductCsv::CellError> errors;
        Product product;
        if (existing != stored.end()) {
            product = existing->second;
        } else {
            if (!row.input.title) errors.push_back({"title", "is required for a new product"});
            if (!row.input.priceCents) errors.push_back({"price_cents", "is required for a new product"});
            if (!errors.empty()) {
                fail(row.line, errors);
                continue;
            }
            product.sellerId = row.sellerId;
        }
        row.input.applyTo(product);
        const nlohmann::json problems = ProductValidator::validate(product);
        if (!problems.empty()) {
            for (const auto& [field, message] : problems.items())
                errors.push_back({field, message.get<std::string>()});
            fail(row.line, errors);
            continue;
        }
        if (existing == stored.end()) {
            toCreate.push_back(std::move(product));
        } else if (product.sameContentAs(existing->second)) {
            ++m_report.unchanged;
        } else {
            previous[product.id] = &existing->second;
            toUpdate.push_back(std::move(product));
        }
    }
    m_batch.clear();
    m_batchBytes = 0;
    m_report.created += toCreate.size();
    m_report.updated += toUpdate.size();
    if (!writing() || (toCreate.empty() && toUpdate.empty())) return;

    const std::vector<Product> created = m_repository.insertMany(m_transaction, toCreate);
    const std::vector<Product> updated = m_repository.updateMany(m_transaction, toUpdate);
    std::vector<ImportAuditTrail::Update> updates;
    updates.reserve(updated.size());
    for (const auto& product : created)
        ++m_perSeller[product.sellerId].first;
    for (const auto& product : updated) {
        updates.push_back({previous.at(product.id), &product});
        m_updatedIds.push_back(product.id);
        ++m_perSeller[product.sellerId].second;
    }
    m_audit.add(m_transaction, created, updates);
}

ImportReport ImportPass::finish()
{
    flush();
    if (m_report.failed > 0 && !m_options.partial) {
        m_report.created = 0;
        m_report.updated = 0;
        m_report.unchanged = 0;
        throw rejection(m_report, std::to_string(m_report.failed) +
                                      " rows have errors; nothing was imported (send partial=true to import the "
                                      "valid rows)");
    }
    if (m_options.dryRun) return m_report;

    // One audit entry for the whole import (a row per product would cost a round trip each): the
    // ids created, and for every update the fields that changed, before and after.
    m_audit.finish(m_transaction, m_actor,
                   {m_report.created, m_report.updated, m_report.unchanged, m_report.failed});
    for (const auto& [sellerId, counts] : m_perSeller) {
        events::publish(m_transaction, "product.updated", sellerId, std::nullopt,
                        {{"action", "imported"},
                         {"seller_id", sellerId},
                         {"created", counts.first},
                         {"updated", counts.second}});
    }
    return m_report;
}

} // namespace

ProductImporter::ProductImporter(db::ConnectionPool& pool, const ProductRepository& repository, ProductCache& cache,
                                 std::size_t concurrency)
    : m_pool(pool), m_repository(repository), m_cache(cache), m_gate(concurrency)
{
}

ImportReport ProductImporter::run(const Actor& actor, std::string_view csv, ImportOptions options)
{
    if (options.defaultSellerId && actor.principal.role == Role::Seller &&
        options.defaultSellerId != actor.principal.sellerId)
        throw DomainError::forbidden("a seller imports products for their own seller only");

    const std::optional<ImportGate::Pass> place = m_gate.tryEnter();
    if (!place)
        throw DomainError(ErrorKind::RateLimited, "imports_busy",
                          std::to_string(m_gate.capacity()) +
                              " imports are running on this server, the most it runs at once; try again shortly",
                          {{"retry_after_seconds", kBusyRetryAfterSeconds}, {"concurrent_imports", m_gate.capacity()}});

    ImportReport headerReport;
    headerReport.dryRun = options.dryRun;
    headerReport.partial = options.partial;
    CsvReader headerReader(csv);
    CsvRecord header;
    if (!headerReader.next(header)) {
        headerReport.addError({1, "", "the file is empty; the first line must be the header"});
        throw rejection(headerReport, "the file is empty");
    }
    std::vector<ProductCsv::CellError> headerErrors;
    const auto layout = ProductCsv::readHeader(header, headerErrors);
    if (!layout) {
        for (auto& error : headerErrors)
            headerReport.addError({header.line, error.field, error.message});
        throw rejection(headerReport, "the header row is not usable; nothing was imported");
    }

    const bool sellerImport = actor.principal.role == Role::Seller;
    const FileSurvey survey = surveyFile(csv, *layout, !sellerImport);
    std::set<long long> sellers;
    if (sellerImport) {
        sellers.insert(actor.principal.sellerId.value_or(0));
    } else {
        sellers.insert(survey.sellerIds.begin(), survey.sellerIds.end());
        if (options.defaultSellerId) sellers.insert(*options.defaultSellerId);
    }

    std::vector<long long> updatedIds;
    ImportReport report = db::withTransaction(m_pool, [&](pqxx::work& transaction) {
        // Sellers are resolved once; a seller's own id needs no check.
        std::set<long long> knownSellers = sellerImport ? sellers : m_repository.existingSellers(transaction, sellers);
        if (!options.dryRun) {
            // Not waited for: the running import may take a minute, longer than any statement may
            // wait, and a client told at once can retry when it has finished.
            for (long long seller : knownSellers) {
                if (!m_repository.tryLockSellerForImport(transaction, seller))
                    throw DomainError::conflict("import_in_progress",
                                                "another import for seller " + std::to_string(seller) +
                                                    " is running; try again when it has finished",
                                                {{"seller_id", seller}});
            }
        }
        ImportPass pass(transaction, m_repository, actor, options, *layout, csv, survey.rows, std::move(knownSellers));
        CsvReader reader(csv);
        CsvRecord record;
        reader.next(record); // the header
        while (reader.next(record))
            pass.addRecord(record);
        ImportReport result = pass.finish();
        updatedIds = pass.updatedIds();
        return result;
    });

    for (long long id : updatedIds)
        m_cache.invalidate(id);
    return report;
}

} // namespace md::catalog
