#include "catalog/ProductImporter.h"

#include "audit/AuditLog.h"
#include "catalog/CsvReader.h"
#include "catalog/ProductCsv.h"
#include "catalog/ProductInput.h"
#include "catalog/ProductValidator.h"
#include "core/DomainError.h"
#include "db/Transaction.h"
#include "events/EventOutbox.h"

#include <map>
#include <set>

namespace md::catalog {

namespace {

// One data record after parsing, before the database is consulted.
struct PendingRow {
    std::size_t line = 0;
    long long sellerId = 0;
    ProductInput input;
    bool failed = false;
};

// What the transaction found and did; rebuilt from scratch if the transaction is retried.
struct Outcome {
    std::vector<ImportError> errors;
    std::set<std::size_t> failedLines;
    std::size_t created = 0;
    std::size_t updated = 0;
    std::size_t unchanged = 0;
    std::vector<long long> updatedIds;
    bool rejected = false;
};

DomainError rejection(const ImportReport& report, const std::string& message)
{
    return DomainError(ErrorKind::Validation, "import_rejected", message, report.toJson());
}

std::vector<PendingRow> parseRows(const Actor& actor, CsvReader& reader, const ProductCsv::Layout& layout,
                                  std::optional<long long> defaultSellerId, std::vector<ImportError>& errors)
{
    const Principal& principal = actor.principal;
    std::vector<PendingRow> rows;
    std::map<std::pair<long long, std::string>, std::size_t> firstLineOf;
    CsvRecord record;
    while (reader.next(record)) {
        PendingRow row;
        row.line = record.line;
        std::vector<ProductCsv::CellError> cellErrors;
        row.input = ProductCsv::readRow(layout, record, cellErrors);

        if (principal.role == Role::Seller) {
            if (row.input.sellerId && row.input.sellerId != principal.sellerId)
                cellErrors.push_back({"seller_id", "must be empty or your own seller id (" +
                                                       std::to_string(principal.sellerId.value_or(0)) + ")"});
            row.sellerId = principal.sellerId.value_or(0);
        } else if (row.input.sellerId) {
            row.sellerId = *row.input.sellerId;
        } else if (defaultSellerId) {
            row.sellerId = *defaultSellerId;
        } else if (record.fields.size() == layout.columns.size()) {
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
            auto [it, inserted] = firstLineOf.emplace(std::make_pair(row.sellerId, *row.input.sku), row.line);
            if (!inserted)
                cellErrors.push_back({"sku", "appears twice for this seller in the file (first on line " +
                                                 std::to_string(it->second) + ")"});
        } else if (!row.input.sku && cellErrors.empty()) {
            cellErrors.push_back({"sku", "is required"});
        }

        row.failed = !cellErrors.empty();
        for (auto& error : cellErrors)
            errors.push_back({row.line, std::move(error.field), std::move(error.message)});
        rows.push_back(std::move(row));
    }
    return rows;
}

} // namespace

ProductImporter::ProductImporter(db::ConnectionPool& pool, const ProductRepository& repository, ProductCache& cache)
    : m_pool(pool), m_repository(repository), m_cache(cache)
{
}

ImportReport ProductImporter::run(const Actor& actor, std::string_view csv, ImportOptions options)
{
    ImportReport report;
    report.dryRun = options.dryRun;
    report.partial = options.partial;

    if (options.defaultSellerId && actor.principal.role == Role::Seller &&
        options.defaultSellerId != actor.principal.sellerId)
        throw DomainError::forbidden("a seller imports products for their own seller only");

    CsvReader reader(csv);
    CsvRecord header;
    if (!reader.next(header)) {
        report.errors.push_back({1, "", "the file is empty; the first line must be the header"});
        throw rejection(report, "the file is empty");
    }
    std::vector<ProductCsv::CellError> headerErrors;
    const auto layout = ProductCsv::readHeader(header, headerErrors);
    if (!layout) {
        for (auto& error : headerErrors)
            report.errors.push_back({header.line, error.field, error.message});
        throw rejection(report, "the header row is not usable; nothing was imported");
    }

    std::vector<ImportError> parseErrors;
    const std::vector<PendingRow> rows = parseRows(actor, reader, *layout, options.defaultSellerId, parseErrors);
    std::set<std::size_t> parseFailedLines;
    for (const auto& error : parseErrors)
        parseFailedLines.insert(error.row);

    Outcome outcome = db::withTransaction(m_pool, [&](pqxx::work& transaction) {
        Outcome result;
        result.errors = parseErrors;
        result.failedLines = parseFailedLines;
        auto fail = [&](const PendingRow& row, std::string field, std::string message) {
            result.errors.push_back({row.line, std::move(field), std::move(message)});
            result.failedLines.insert(row.line);
        };

        std::set<long long> sellers;
        for (const auto& row : rows) {
            if (!row.failed) sellers.insert(row.sellerId);
        }
        const std::set<long long> knownSellers =
            actor.principal.role == Role::Seller ? sellers : m_repository.existingSellers(transaction, sellers);
        if (!options.dryRun) {
            for (long long seller : knownSellers)
                m_repository.lockSellerForImport(transaction, seller);
        }

        std::vector<ProductRepository::SellerSku> keys;
        for (const auto& row : rows) {
            if (row.failed) continue;
            if (!knownSellers.count(row.sellerId)) {
                fail(row, "seller_id", "no seller has this id");
                continue;
            }
            keys.emplace_back(row.sellerId, *row.input.sku);
        }
        std::map<ProductRepository::SellerSku, Product> stored;
        for (auto& product : m_repository.findBySellerSkus(transaction, keys, !options.dryRun)) {
            ProductRepository::SellerSku key(product.sellerId, product.sku);
            stored.emplace(std::move(key), std::move(product));
        }

        std::vector<Product> toCreate;
        std::vector<Product> toUpdate;
        std::map<long long, const Product*> previous;
        for (const auto& row : rows) {
            if (row.failed || result.failedLines.count(row.line)) continue;
            auto existing = stored.find({row.sellerId, *row.input.sku});
            Product product;
            if (existing != stored.end()) {
                product = existing->second;
            } else {
                if (!row.input.title) fail(row, "title", "is required for a new product");
                if (!row.input.priceCents) fail(row, "price_cents", "is required for a new product");
                if (!row.input.title || !row.input.priceCents) continue;
                product.sellerId = row.sellerId;
            }
            row.input.applyTo(product);
            const nlohmann::json problems = ProductValidator::validate(product);
            if (!problems.empty()) {
                for (const auto& [field, message] : problems.items())
                    fail(row, field, message.get<std::string>());
                continue;
            }
            if (existing == stored.end()) {
                toCreate.push_back(std::move(product));
            } else if (product.sameContentAs(existing->second)) {
                ++result.unchanged;
            } else {
                previous[product.id] = &existing->second;
                toUpdate.push_back(std::move(product));
            }
        }

        if (!result.failedLines.empty() && !options.partial) {
            result.rejected = true;
            result.unchanged = 0;
            return result;
        }
        result.created = toCreate.size();
        result.updated = toUpdate.size();
        if (options.dryRun || (toCreate.empty() && toUpdate.empty())) return result;

        const std::vector<Product> created = m_repository.insertMany(transaction, toCreate);
        const std::vector<Product> updated = m_repository.updateMany(transaction, toUpdate);

        // One audit entry for the whole import (a row per product would cost a round trip each):
        // the ids created, and for every update the fields that changed, before and after.
        nlohmann::json createdIds = nlohmann::json::array();
        nlohmann::json before = nlohmann::json::object();
        nlohmann::json after = nlohmann::json::object();
        std::map<long long, std::pair<std::size_t, std::size_t>> perSeller;
        for (const auto& product : created) {
            createdIds.push_back(product.id);
            ++perSeller[product.sellerId].first;
        }
        for (const auto& product : updated) {
            const Product& old = *previous.at(product.id);
            before[std::to_string(product.id)] = old.changedFields(product);
            after[std::to_string(product.id)] = product.changedFields(old);
            result.updatedIds.push_back(product.id);
            ++perSeller[product.sellerId].second;
        }
        audit::record(transaction, actor,
                      {"product.import", "product_import", actor.requestId, std::move(before),
                       nlohmann::json{{"created", created.size()},
                                      {"updated", updated.size()},
                                      {"unchanged", result.unchanged},
                                      {"failed", result.failedLines.size()},
                                      {"created_ids", std::move(createdIds)},
                                      {"changes", std::move(after)}}});
        for (const auto& [sellerId, counts] : perSeller) {
            events::publish(transaction, "product.updated", sellerId, std::nullopt,
                            {{"action", "imported"},
                             {"seller_id", sellerId},
                             {"created", counts.first},
                             {"updated", counts.second}});
        }
        return result;
    });

    for (long long id : outcome.updatedIds)
        m_cache.invalidate(id);

    report.errors = std::move(outcome.errors);
    report.failed = outcome.failedLines.size();
    report.created = outcome.created;
    report.updated = outcome.updated;
    report.unchanged = outcome.unchanged;
    if (outcome.rejected)
        throw rejection(report, std::to_string(report.failed) + " rows have errors; nothing was imported (send "
                                                                "partial=true to import the valid rows)");
    return report;
}

} // namespace md::catalog
