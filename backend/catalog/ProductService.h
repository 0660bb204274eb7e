#pragma once
// The catalog's business rules: who sees and changes which product, validation of the product a
// change would produce, optimistic concurrency (If-Match), and an audit entry plus a
// product.updated event in the same transaction as every change. Reads by id go through the hot
// cache, which every write invalidates locally at once (other replicas through md_cache).

#include "catalog/CachedProduct.h"
#include "catalog/Product.h"
#include "catalog/ProductCache.h"
#include "catalog/ProductFilter.h"
#include "catalog/ProductQuery.h"
#include "catalog/ProductRepository.h"
#include "core/Actor.h"
#include "core/Page.h"
#include "db/ConnectionPool.h"

#include <nlohmann/json.hpp>

#include <functional>
#include <memory>
#include <optional>

namespace md::catalog {

class ProductService {
public:
    // cacheTrusted says whether invalidations are arriving (the notification listener is
    // connected); while it is false the cache is neither read nor filled.
    ProductService(db::ConnectionPool& pool, const ProductRepository& repository, ProductCache& cache,
                   std::function<bool()> cacheTrusted);

    // GET by id from the cache only: nullptr on a miss; never touches the database, so it may run
    // on an I/O thread. Throws DomainError (404) when the caller may not see the product.
    std::shared_ptr<const CachedProduct> findCached(const Principal& principal, long long id);
    // GET by id, filling the cache on a miss.
    std::shared_ptr<const CachedProduct> find(const Principal& principal, long long id);

    Page<Product> list(const Principal& principal, const ProductQuery& query);

    Product create(const Actor& actor, const nlohmann::json& body);
    // Partial update: 404, then expectedVersion (If-Match) that is not the current version: 412,
    // then the body (400/422); nothing changes on any of them.
    // A body that changes nothing returns the product as it is, without a new version.
    Product update(const Actor& actor, long long id, const nlohmann::json& body,
                   std::optional<long long> expectedVersion);
    // DELETE: sets status archived (rows are never deleted; orders refer to them).
    Product archive(const Actor& actor, long long id, std::optional<long long> expectedVersion);

    // The list filter with the caller's scope applied; nullopt when the caller can see nothing
    // that matches (a seller asking for another seller, a customer asking for drafts).
    static std::optional<ProductFilter> scopedFilter(const Principal& principal, const ProductQuery& query);
    static std::shared_ptr<const CachedProduct> render(const Product& product);

private:
    Product loadForChange(pqxx::transaction_base& transaction, const Actor& actor, long long id,
                          std::optional<long long> expectedVersion) const;
    void afterCommit(long long id);

    db::ConnectionPool& m_pool;
    const ProductRepository& m_repository;
    ProductCache& m_cache;
    std::function<bool()> m_cacheTrusted;
};

} // namespace md::catalog
