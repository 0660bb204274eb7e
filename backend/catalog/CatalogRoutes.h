#pragma once
// The catalog's HTTP surface (API.md "Catalog"): turns requests into service calls and products
// into responses (ETag, Location, CSV streaming). GET /api/v1/products/{id} has a fast path that
// answers cache hits on the I/O thread; a miss falls through to a worker, which fills the cache.

#include "catalog/CachedProduct.h"
#include "catalog/ProductImporter.h"
#include "catalog/ProductService.h"
#include "http/Router.h"

#include <optional>

namespace md::catalog {

class CatalogRoutes {
public:
    static constexpr std::size_t kImportBodyLimit = 20 * 1024 * 1024;

    CatalogRoutes(ProductService& service, ProductImporter& importer);
    void registerRoutes(http::Router& router);

private:
    std::optional<http::Response> getProductCached(http::Request& request);
    http::Response getProduct(http::Request& request);
    http::Response listProducts(http::Request& request);
    http::Response createProduct(http::Request& request);
    http::Response updateProduct(http::Request& request);
    http::Response archiveProduct(http::Request& request);
    http::Response importProducts(http::Request& request);
    http::Response exportProducts(http::Request& request);

    static http::Response productResponse(const http::Request& request, const CachedProduct& product);
    static http::Response productResponse(const Product& product, unsigned status = 200);

    ProductService& m_service;
    ProductImporter& m_importer;
};

} // namespace md::catalog
