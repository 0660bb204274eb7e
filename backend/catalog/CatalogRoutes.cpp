#include "catalog/CatalogRoutes.h"

#include "catalog/ProductExport.h"
#include "core/DomainError.h"
#include "core/QueryParameters.h"

namespace md::catalog {

namespace {

std::string lowerCase(std::string_view text)
{
    std::string lower;
    lower.reserve(text.size());
    for (char c : text)
        lower.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
    return lower;
}

// text/csv, optionally with charset=utf-8 (any other charset would be read wrongly).
void requireCsv(const http::Request& request)
{
    const std::string contentType = lowerCase(request.header("Content-Type"));
    const auto semicolon = contentType.find(';');
    bool acceptable = request.mediaType() == "text/csv";
    if (acceptable && semicolon != std::string::npos) {
        const auto charset = contentType.find("charset=", semicolon);
        if (charset != std::string::npos) {
            std::string value = contentType.substr(charset + 8);
            value = value.substr(0, value.find(';'));
            if (!value.empty() && value.front() == '"') value = value.substr(1, value.find('"', 1) - 1);
            acceptable = value == "utf-8" || value == "utf8";
        }
    }
    if (!acceptable)
        throw DomainError(ErrorKind::UnsupportedMediaType, "unsupported_media_type",
                          "send the file as text/csv (UTF-8), with the columns of the export");
}

bool matchesIfNoneMatch(std::string_view header, std::string_view etag)
{
    // A list of entity tags, possibly weak ("W/"), or "*".
    std::size_t position = 0;
    while (position < header.size()) {
        while (position < header.size() && (header[position] == ' ' || header[position] == ','))
            ++position;
        std::size_t end = header.find(',', position);
        std::string_view tag = header.substr(position, end == std::string_view::npos ? header.npos : end - position);
        while (!tag.empty() && tag.back() == ' ')
            tag.remove_suffix(1);
        if (tag.substr(0, 2) == "W/") tag.remove_prefix(2);
        if (tag == etag || tag == "*") return true;
        if (end == std::string_view::npos) break;
        position = end + 1;
    }
    return false;
}

} // namespace

CatalogRoutes::CatalogRoutes(ProductService& service, ProductImporter& importer)
    : m_service(service), m_importer(importer)
{
}

void CatalogRoutes::registerRoutes(http::Router& router)
{
    router.add("GET", "/api/v1/products", Permission::ProductsRead,
               [this](http::Request& r) { return listProducts(r); });
    router.add("POST", "/api/v1/products", Permission::ProductsWrite,
               [this](http::Request& r) { return createProduct(r); });
    router.add("GET", "/api/v1/products/export", Permission::ProductsRead,
               [this](http::Request& r) { return exportProducts(r); });
    router
        .add("POST", "/api/v1/products/import", Permission::ProductsWrite,
             [this](http::Request& r) { return importProducts(r); })
        .bodyLimit(kImportBodyLimit);
    router
        .add("GET", "/api/v1/products/{id}", Permission::ProductsRead,
             [this](http::Request& r) { return getProduct(r); })
        .fastPath([this](http::Request& r) { return getProductCached(r); });
    router.add("PATCH", "/api/v1/products/{id}", Permission::ProductsWrite,
               [this](http::Request& r) { return updateProduct(r); });
    router.add("DELETE", "/api/v1/products/{id}", Permission::ProductsWrite,
               [this](http::Request& r) { return archiveProduct(r); });
}

http::Response CatalogRoutes::productResponse(const http::Request& request, const CachedProduct& product)
{
    http::Response response;
    const auto ifNoneMatch = request.raw()[boost::beast::http::field::if_none_match];
    if (!ifNoneMatch.empty() && matchesIfNoneMatch(ifNoneMatch, product.etag)) {
        response.status = 304;
        response.contentType.clear();
    } else {
        response.body = product.json;
    }
    response.headers.emplace_back("ETag", product.etag);
    return response;
}

http::Response CatalogRoutes::productResponse(const Product& product, unsigned status)
{
    http::Response response = http::Response::json(product.toJson(), status);
    response.header("ETag", "\"" + std::to_string(product.version) + "\"");
    return response;
}

std::optional<http::Response> CatalogRoutes::getProductCached(http::Request& request)
{
    auto product = m_service.findCached(request.principal(), request.paramId("id"));
    if (!product) return std::nullopt;
    return productResponse(request, *product);
}

http::Response CatalogRoutes::getProduct(http::Request& request)
{
    return productResponse(request, *m_service.find(request.principal(), request.paramId("id")));
}

http::Response CatalogRoutes::listProducts(http::Request& request)
{
    const auto page = m_service.list(request.principal(), ProductQuery::fromParameters(request.queryParams()));
    return http::Response::json(page.toJson());
}

http::Response CatalogRoutes::createProduct(http::Request& request)
{
    const Product product = m_service.create(request.actor(), request.jsonBody());
    http::Response response = productResponse(product, 201);
    response.header("Location", "/api/v1/products/" + std::to_string(product.id));
    return response;
}

http::Response CatalogRoutes::updateProduct(http::Request& request)
{
    const long long id = request.paramId("id");
    const auto expectedVersion = request.ifMatchVersion();
    return productResponse(m_service.update(request.actor(), id, request.jsonBody(), expectedVersion));
}

http::Response CatalogRoutes::archiveProduct(http::Request& request)
{
    const long long id = request.paramId("id");
    return productResponse(m_service.archive(request.actor(), id, request.ifMatchVersion()));
}

http::Response CatalogRoutes::importProducts(http::Request& request)
{
    requireCsv(request);
    QueryParameters read(request.queryParams());
    ImportOptions options;
    options.dryRun = read.boolean("dry_run").value_or(false);
    options.partial = read.boolean("partial").value_or(false);
    options.defaultSellerId = read.id("seller_id");
    read.throwIfInvalid();
    const ImportReport report = m_importer.run(request.actor(), request.body(), options);
    return http::Response::json(report.toJson());
}

http::Response CatalogRoutes::exportProducts(http::Request& request)
{
    auto job = std::make_shared<ProductExport>(m_service, request.principal(),
                                               ProductQuery::fromParameters(request.queryParams()));
    job->prefetch();
    http::Response response;
    response.contentType = "text/csv; charset=utf-8";
    response.header("Content-Disposition", "attachment; filename=\"products.csv\"");
    response.streamProducer = [job](http::ChunkSink& sink) {
        job->writeTo([&sink](std::string_view chunk) { return sink.write(chunk); });
    };
    return response;
}

} // namespace md::catalog
