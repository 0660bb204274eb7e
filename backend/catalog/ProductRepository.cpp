#include "catalog/ProductRepository.h"

#include "catalog/ProductSearch.h"
#include "core/DomainError.h"
#include "db/ConnectionPool.h"
#include "db/Nullable.h"
#include "db/SqlParams.h"

namespace md::catalog {

namespace {

// The columns every query returns, in the order productFromRow reads them. Timestamps are
// rendered by PostgreSQL as RFC 3339 UTC with microseconds: exact enough to be keyset positions.
#define MD_PRODUCT_TIMESTAMP(column) "to_char(" column " AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"')"
constexpr const char* kColumns =
    "p.id, p.seller_id, p.sku, p.title, p.description, p.category, p.price_cents, p.compare_at_cents, p.currency, "
    "p.status, p.attributes::text, p.images::text, p.version, " MD_PRODUCT_TIMESTAMP(
        "p.created_at") ", " MD_PRODUCT_TIMESTAMP("p.updated_at");
#undef MD_PRODUCT_TIMESTAMP

// The editable columns as jsonb_to_recordset sees them.
constexpr const char* kRecordColumns =
    "sku text, title text, description text, category text, price_cents bigint, compare_at_cents bigint, "
    "currency text, status text, attributes jsonb, images jsonb";

const std::string kSelectById = std::string("SELECT ") + kColumns + " FROM products p WHERE p.id = $1";

Product productFromRow(const pqxx::row& row)
{
    Product product;
    product.id = row[0].as<long long>();
    product.sellerId = row[1].as<long long>();
    product.sku = row[2].as<std::string>();
    product.title = row[3].as<std::string>();
    product.description = row[4].as<std::string>();
    product.category = row[5].as<std::string>();
    product.priceCents = row[6].as<long long>();
    product.compareAtCents = db::optionalField<long long>(row[7]);
    product.currency = row[8].as<std::string>();
    product.status = row[9].as<std::string>();
    product.attributes = nlohmann::json::parse(row[10].c_str());
    product.images = nlohmann::json::parse(row[11].c_str());
    product.version = row[12].as<long long>();
    product.createdAt = row[13].as<std::string>();
    product.updatedAt = row[14].as<std::string>();
    return product;
}

std::vector<Product> productsFromResult(const pqxx::result& result)
{
    std::vector<Product> products;
    products.reserve(result.size());
    for (const auto& row : result)
        products.push_back(productFromRow(row));
    return products;
}

std::string jsonText(const nlohmann::json& value)
{
    return value.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

template <typename Item, typename Function> void forEachBatch(const std::vector<Item>& items, Function&& function)
{
    for (std::size_t start = 0; start < items.size(); start += ProductRepository::kBatchSize) {
        const std::size_t end = std::min(items.size(), start + ProductRepository::kBatchSize);
        function(start, end);
    }
}

} // namespace

void ProductRepository::registerStatements()
{
    db::Statements::add("catalog_product_by_id", kSelectById);
    db::Statements::add("catalog_product_by_id_for_update", kSelectById + " FOR UPDATE");
    db::Statements::add(
        "catalog_product_insert",
        std::string("WITH created AS (INSERT INTO products (seller_id, sku, title, description, category, price_cents, "
                    "compare_at_cents, currency, status, attributes, images) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, "
                    "$9, $10::jsonb, $11::jsonb) ON CONFLICT (seller_id, sku) DO NOTHING RETURNING *), "
                    "stock AS (INSERT INTO inventory (product_id) SELECT id FROM created) SELECT ") +
            kColumns + " FROM created p");
    db::Statements::add("catalog_product_update",
                        std::string("UPDATE products p SET sku = $2, title = $3, description = $4, category = $5, "
                                    "price_cents = $6, compare_at_cents = $7, currency = $8, status = $9, "
                                    "attributes = $10::jsonb, images = $11::jsonb, version = p.version + 1, "
                                    "updated_at = now() WHERE p.id = $1 RETURNING ") +
                            kColumns);
    db::Statements::add("catalog_products_by_seller_sku",
                        std::string("SELECT ") + kColumns +
                            " FROM products p JOIN jsonb_to_recordset($1::jsonb) AS k(seller_id bigint, sku text) "
                            "ON p.seller_id = k.seller_id AND p.sku = k.sku ORDER BY p.id");
    db::Statements::add("catalog_products_by_seller_sku_for_update",
                        std::string("SELECT ") + kColumns +
                            " FROM products p JOIN jsonb_to_recordset($1::jsonb) AS k(seller_id bigint, sku text) "
                            "ON p.seller_id = k.seller_id AND p.sku = k.sku ORDER BY p.id FOR UPDATE OF p");
    db::Statements::add(
        "catalog_products_insert_many",
        std::string(
            "WITH input AS (SELECT * FROM jsonb_to_recordset($1::jsonb) AS r(position integer, seller_id bigint, ") +
            kRecordColumns +
            ")), created AS (INSERT INTO products (seller_id, sku, title, description, category, price_cents, "
            "compare_at_cents, currency, status, attributes, images) SELECT seller_id, sku, title, description, "
            "category, price_cents, compare_at_cents, currency, status, attributes, images FROM input ORDER BY "
            "position "
            "RETURNING *), stock AS (INSERT INTO inventory (product_id) SELECT id FROM created) SELECT " +
            kColumns + " FROM created p ORDER BY p.id");
    db::Statements::add("catalog_products_update_many",
                        std::string("UPDATE products p SET sku = r.sku, title = r.title, description = r.description, "
                                    "category = r.category, price_cents = r.price_cents, "
                                    "compare_at_cents = r.compare_at_cents, currency = r.currency, status = r.status, "
                                    "attributes = r.attributes, images = r.images, version = p.version + 1, "
                                    "updated_at = now() FROM jsonb_to_recordset($1::jsonb) AS r(id bigint, ") +
                            kRecordColumns + ") WHERE p.id = r.id RETURNING " + kColumns);
    // Two-key advisory lock: a class for catalog imports ('MDCI'), then the seller.
    db::Statements::add("catalog_import_lock",
                        "SELECT pg_try_advisory_xact_lock(1296319305, ($1::bigint % 2147483647)::integer)");
    db::Statements::add(
        "catalog_existing_sellers",
        "SELECT s.id FROM sellers s WHERE s.id IN (SELECT jsonb_array_elements_text($1::jsonb)::bigint)");
}

std::optional<Product> ProductRepository::findById(pqxx::transaction_base& transaction, long long id) const
{
    auto result = transaction.exec_prepared("catalog_product_by_id", id);
    if (result.empty()) return std::nullopt;
    return productFromRow(result[0]);
}

std::optional<Product> ProductRepository::findByIdForUpdate(pqxx::transaction_base& transaction, long long id) const
{
    auto result = transaction.exec_prepared("catalog_product_by_id_for_update", id);
    if (result.empty()) return std::nullopt;
    return productFromRow(result[0]);
}

std::optional<Product> ProductRepository::insert(pqxx::transaction_base& transaction, const Product& product) const
{
    auto result = transaction.exec_prepared("catalog_product_insert", product.sellerId, product.sku, product.title,
                                            product.description, product.category, product.priceCents,
                                            product.compareAtCents, product.currency, product.status,
                                            jsonText(product.attributes), jsonText(product.images));
    if (result.empty()) return std::nullopt;
    return productFromRow(result[0]);
}

Product ProductRepository::update(pqxx::transaction_base& transaction, const Product& product) const
{
    try {
        auto result = transaction.exec_prepared("catalog_product_update", product.id, product.sku, product.title,
                                                product.description, product.category, product.priceCents,
                                                product.compareAtCents, product.currency, product.status,
                                                jsonText(product.attributes), jsonText(product.images));
        if (result.empty()) throw DomainError::notFound("product");
        return productFromRow(result[0]);
    } catch (const pqxx::unique_violation&) {
        // The only unique key an update can break is (seller_id, sku).
        throw DomainError::conflict("duplicate_sku", "this seller already has a product with sku '" + product.sku + "'",
                                    {{"sku", product.sku}});
    }
}

std::vector<Product> ProductRepository::list(pqxx::transaction_base& transaction, const ProductFilter& filter,
                                             const ProductSort& sort, const std::optional<KeysetCursor>& after,
                                             long long limit) const
{
    db::SqlParams params;
    std::string sql = std::string("SELECT ") + kColumns + " FROM products p WHERE true";
    if (filter.sellerId) sql += " AND p.seller_id = " + params.add(*filter.sellerId) + "::bigint";
    if (filter.status) sql += " AND p.status = " + params.add(*filter.status);
    if (filter.category) sql += " AND p.category = " + params.add(*filter.category);
    if (filter.updatedSince) sql += " AND p.updated_at >= " + params.add(*filter.updatedSince) + "::timestamptz";
    sql += ProductSearch::conditions(filter.searchWords, "p.search_document", params);
    if (after) sql += sort.afterSql(*after, params);
    sql += sort.orderBySql();
    sql += " LIMIT " + std::to_string(limit);
    return productsFromResult(params.execute(transaction, sql));
}

KeysetCursor ProductRepository::cursorAfter(const Product& last, const ProductSort& sort)
{
    switch (sort.field()) {
    case ProductSort::Field::Id:
        return KeysetCursor(sort.name(), {last.id});
    case ProductSort::Field::Title:
        return KeysetCursor(sort.name(), {last.title, last.id});
    case ProductSort::Field::PriceCents:
        return KeysetCursor(sort.name(), {last.priceCents, last.id});
    case ProductSort::Field::CreatedAt:
        return KeysetCursor(sort.name(), {last.createdAt, last.id});
    case ProductSort::Field::UpdatedAt:
        return KeysetCursor(sort.name(), {last.updatedAt, last.id});
    case ProductSort::Field::Sku:
        return KeysetCursor(sort.name(), {last.sku, last.id});
    }
    return KeysetCursor(sort.name(), {last.id});
}

std::vector<Product> ProductRepository::findBySellerSkus(pqxx::transaction_base& transaction,
                                                         const std::vector<SellerSku>& keys, bool lockRows) const
{
    std::vector<Product> found;
    forEachBatch(keys, [&](std::size_t start, std::size_t end) {
        nlohmann::json batch = nlohmann::json::array();
        for (std::size_t i = start; i < end; ++i)
            batch.push_back({{"seller_id", keys[i].first}, {"sku", keys[i].second}});
        auto products = productsFromResult(transaction.exec_prepared(
            lockRows ? "catalog_products_by_seller_sku_for_update" : "catalog_products_by_seller_sku",
            jsonText(batch)));
        found.insert(found.end(), std::make_move_iterator(products.begin()), std::make_move_iterator(products.end()));
    });
    return found;
}

std::vector<Product> ProductRepository::insertMany(pqxx::transaction_base& transaction,
                                                   const std::vector<Product>& products) const
{
    std::vector<Product> created;
    created.reserve(products.size());
    forEachBatch(products, [&](std::size_t start, std::size_t end) {
        nlohmann::json batch = nlohmann::json::array();
        for (std::size_t i = start; i < end; ++i) {
            nlohmann::json record = products[i].editableJson();
            record["position"] = i;
            record["seller_id"] = products[i].sellerId;
            batch.push_back(std::move(record));
        }
        try {
            auto rows = productsFromResult(transaction.exec_prepared("catalog_products_insert_many", jsonText(batch)));
            created.insert(created.end(), std::make_move_iterator(rows.begin()), std::make_move_iterator(rows.end()));
        } catch (const pqxx::unique_violation& error) {
            // Only a product created concurrently by another request (not through an import,
            // which locks per seller) gets here; the import's own lookup ran before.
            throw DomainError::conflict("duplicate_sku",
                                        "another request created a product with one of these skus meanwhile; "
                                        "run the import again",
                                        {{"detail", error.what()}});
        }
    });
    return created;
}

std::vector<Product> ProductRepository::updateMany(pqxx::transaction_base& transaction,
                                                   const std::vector<Product>& products) const
{
    std::vector<Product> updated;
    updated.reserve(products.size());
    forEachBatch(products, [&](std::size_t start, std::size_t end) {
        nlohmann::json batch = nlohmann::json::array();
        for (std::size_t i = start; i < end; ++i) {
            nlohmann::json record = products[i].editableJson();
            record["id"] = products[i].id;
            batch.push_back(std::move(record));
        }
        auto rows = productsFromResult(transaction.exec_prepared("catalog_products_update_many", jsonText(batch)));
        updated.insert(updated.end(), std::make_move_iterator(rows.begin()), std::make_move_iterator(rows.end()));
    });
    return updated;
}

bool ProductRepository::tryLockSellerForImport(pqxx::transaction_base& transaction, long long sellerId) const
{
    return transaction.exec_prepared1("catalog_import_lock", sellerId)[0].as<bool>();
}

std::set<long long> ProductRepository::existingSellers(pqxx::transaction_base& transaction,
                                                       const std::set<long long>& sellerIds) const
{
    std::set<long long> existing;
    if (sellerIds.empty()) return existing;
    nlohmann::json ids = nlohmann::json::array();
    for (long long id : sellerIds)
        ids.push_back(id);
    for (const auto& row : transaction.exec_prepared("catalog_existing_sellers", jsonText(ids)))
        existing.insert(row[0].as<long long>());
    return existing;
}

} // namespace md::catalog
