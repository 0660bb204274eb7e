#pragma once
// The catalog feature (API.md "Catalog"): products, their list and search, CSV import and
// export, and the hot product cache, wired to the database, the md_cache notifications that keep
// every replica's cache fresh, and the router.

#include "catalog/CatalogRoutes.h"
#include "catalog/ProductCache.h"
#include "catalog/ProductImporter.h"
#include "catalog/ProductRepository.h"
#include "catalog/ProductService.h"
#include "db/ConnectionPool.h"
#include "db/NotificationListener.h"
#include "http/Router.h"

namespace md::catalog {

class CatalogModule {
public:
    // cacheEntries: capacity of the hot product cache (0 turns it off); importConcurrency: CSV
    // imports run at once at most (ImportGate). Subscribes to md_cache; construct before the
    // listener starts.
    CatalogModule(db::ConnectionPool& pool, db::NotificationListener& listener, std::size_t cacheEntries,
                  std::size_t importConcurrency);
    void registerRoutes(http::Router& router);

private:
    ProductRepository m_repository;
    ProductCache m_cache;
    ProductService m_service;
    ProductImporter m_importer;
    CatalogRoutes m_routes;
};

} // namespace md::catalog
