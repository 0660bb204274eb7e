#pragma once
// (skeleton; being written)

#include "db/ConnectionPool.h"
#include "db/NotificationListener.h"
#include "http/Router.h"

namespace md::orders {

class OrdersModule {
public:
    explicit OrdersModule(db::ConnectionPool& pool);
    void registerRoutes(http::Router& router);
};

} // namespace md::orders
