#pragma once
// Orders (API.md "Orders"): placement with stock reservation, the lifecycle, refunds, notes and the
// order list. Stock changes after placement go through inventory::StockLedger.
//
// The placement rules (md_place_orders, latest definition in migration 0003) and the order JSON
// (md_order_json and its builders, migration 0001) live in PL/pgSQL, because orders are placed in
// groups, one statement per group: backend/orders/README.md says where, why, and how to change them
// (a new migration with CREATE OR REPLACE FUNCTION).

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
