#include "catalog/CatalogModule.h"

#include "observability/Log.h"

#include <charconv>

namespace md::catalog {

namespace {

constexpr std::string_view kProductPrefix = "product:";

} // namespace

CatalogModule::CatalogModule(db::ConnectionPool& pool, db::NotificationListener& listener, std::size_t cacheEntries,
                             std::size_t importConcurrency)
    : m_cache(cacheEntries), m_service(pool, m_repository, m_cache, [&listener] { return listener.isConnected(); }),
      m_importer(pool, m_repository, m_cache, importConcurrency), m_routes(m_service, m_importer)
{
    ProductRepository::registerStatements();
    listener.subscribe("md_cache", [this](const std::string& payload) {
        std::string_view text(payload);
        if (text.substr(0, kProductPrefix.size()) != kProductPrefix) return; // user:<id> is auth's
        text.remove_prefix(kProductPrefix.size());
        long long id = 0;
        auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), id);
        if (ec != std::errc() || end != text.data() + text.size()) {
            // Unknown shape: drop everything rather than risk serving a stale product.
            obs::logWarn("unexpected md_cache payload; clearing the product cache", {{"payload", payload}});
            m_cache.clear();
            return;
        }
        m_cache.invalidate(id);
    });
    // Notifications sent while the listener was disconnected are lost: anything may have changed.
    listener.onReconnected([this] { m_cache.clear(); });
}

void CatalogModule::registerRoutes(http::Router& router)
{
    m_routes.registerRoutes(router);
}

} // namespace md::catalog
