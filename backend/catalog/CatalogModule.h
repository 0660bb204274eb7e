#pragma once
// (skeleton; being written)

#include "db/ConnectionPool.h"
#include "db/NotificationListener.h"
#include "http/Router.h"

namespace md::catalog {

class CatalogModule {
public:
    explicit CatalogModule(db::ConnectionPool& pool, db::NotificationListener& listener, std::size_t cacheEntries);
    void registerRoutes(http::Router& router);
};

} // namespace md::catalog
