#include "orders/OrdersModule.h"

namespace md::orders {

OrdersModule::OrdersModule(db::ConnectionPool& pool, PlacementGroups::Settings placementGroups)
    : m_service(pool, m_repository, m_idempotency, m_ledger, placementGroups), m_routes(m_service)
{
    OrderRepository::registerStatements();
    IdempotencyStore::registerStatements();
    inventory::StockLedger::registerStatements(); // also registered by InventoryModule; registering twice is harmless
}

void OrdersModule::registerRoutes(http::Router& router)
{
    m_routes.registerRoutes(router);
}

} // namespace md::orders
