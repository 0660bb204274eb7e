#pragma once
// Stock levels, manual adjustments, low-stock thresholds and the movement history
// (API.md "Inventory"). Orders change stock through StockLedger, in their own transactions.

#include "db/ConnectionPool.h"
#include "http/Router.h"
#include "inventory/InventoryRepository.h"
#include "inventory/InventoryRoutes.h"
#include "inventory/InventoryService.h"

namespace md::inventory {

class InventoryModule {
public:
    // Registers the prepared statements, so construct it before the server starts.
    explicit InventoryModule(db::ConnectionPool& pool);
    void registerRoutes(http::Router& router);

private:
    InventoryRepository m_repository;
    InventoryService m_service;
    InventoryRoutes m_routes;
};

} // namespace md::inventory
