#pragma once
// SQL for products: single rows through prepared statements, lists built from the filter and the
// keyset position (every value a bound parameter), and the multi-row statements of the CSV import,
// which pass a whole batch as one JSON document expanded by jsonb_to_recordset, so 1000 rows cost
// one round trip. Repositories neither check permissions nor audit; the service does.

#include "catalog/Product.h"
#include "catalog/ProductFilter.h"
#include "catalog/ProductSort.h"
#include "core/KeysetCursor.h"

#include <pqxx/pqxx>

#include <optional>
#include <set>
#include <utility>
#include <vector>

namespace md::catalog {

class ProductRepository {
public:
    using SellerSku = std::pair<long long, std::string>;

    // Registers the prepared statements; call once before the pool opens connections.
    static void registerStatements();

    std::optional<Product> findById(pqxx::transaction_base& transaction, long long id) const;
    // Same, locking the row until the transaction ends (read-modify-write).
    std::optional<Product> findByIdForUpdate(pqxx::transaction_base& transaction, long long id) const;

    // Inserts the product and its inventory row (on_hand 0). nullopt when the seller already has
    // a product with this sku.
    std::optional<Product> insert(pqxx::transaction_base& transaction, const Product& product) const;
    // Writes every editable field, bumps the version and updated_at. Throws DomainError
    // (409 duplicate_sku) when the new sku belongs to another of the seller's products.
    Product update(pqxx::transaction_base& transaction, const Product& product) const;

    // One page: rows matching filter in sort order, strictly after `after` when given.
    std::vector<Product> list(pqxx::transaction_base& transaction, const ProductFilter& filter, const ProductSort& sort,
                              const std::optional<KeysetCursor>& after, long long limit) const;
    // The cursor that continues a list after `last`.
    static KeysetCursor cursorAfter(const Product& last, const ProductSort& sort);

    // The import's batches (any size; split into statements of kBatchSize rows).
    static constexpr std::size_t kBatchSize = 1000;
    std::vector<Product> findBySellerSkus(pqxx::transaction_base& transaction, const std::vector<SellerSku>& keys,
                                          bool lockRows) const;
    std::vector<Product> insertMany(pqxx::transaction_base& transaction, const std::vector<Product>& products) const;
    std::vector<Product> updateMany(pqxx::transaction_base& transaction, const std::vector<Product>& products) const;
    // Serializes imports for one seller until the transaction ends, so two imports of the same new
    // sku do not both try to create it. False, at once, when another import holds the seller.
    bool tryLockSellerForImport(pqxx::transaction_base& transaction, long long sellerId) const;
    std::set<long long> existingSellers(pqxx::transaction_base& transaction,
                                        const std::set<long long>& sellerIds) const;
};

} // namespace md::catalog
