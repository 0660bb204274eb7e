#pragma once
// Orders (API.md "Orders"): placement with stock reservation, the lifecycle, refunds, notes and the
// order list. Stock changes after placement go through inventory::StockLedger.

#include "db/ConnectionPool.h"
#include "db/TableRetention.h"
#include "http/Router.h"
#include "inventory/StockLedger.h"
#include "orders/IdempotencyStore.h"
#include "orders/OrderRepository.h"
#include "orders/OrderRoutes.h"
#include "orders/OrderService.h"

namespace md::orders {

class OrdersModule {
public:
    // Registers the prepared statements, so construct it before the server starts.
    OrdersModule(db::ConnectionPool& pool, PlacementGroups::Settings placementGroups);
    // Also starts pruning the placement groups' tokens (kept a day, see migration 0003).
    void registerRoutes(http::Router& router);

private:
    OrderRepository m_repository;
    IdempotencyStore m_idempotency;
    inventory::StockLedger m_ledger;
    OrderService m_service;
    OrderRoutes m_routes;
    db::TableRetention m_groupTokens;
};

} // namespace md::orders
