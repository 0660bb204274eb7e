#pragma once
// (skeleton; being written)

#include "db/ConnectionPool.h"
#include "db/NotificationListener.h"
#include "http/Router.h"

namespace md::inventory {

class InventoryModule {
public:
    explicit InventoryModule(db::ConnectionPool& pool);
    void registerRoutes(http::Router& router);
};

} // namespace md::inventory
