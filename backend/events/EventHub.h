#pragma once
// (skeleton; being written)
#include "db/ConnectionPool.h"
#include "db/NotificationListener.h"
#include "http/Router.h"

namespace md::events {

class EventHub {
public:
    EventHub(db::ConnectionPool& pool, db::NotificationListener& listener);
    void registerRoutes(http::Router& router);
    void closeAll();
};

} // namespace md::events
