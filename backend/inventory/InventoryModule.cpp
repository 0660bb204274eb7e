#include "inventory/InventoryModule.h"

#include "inventory/StockLedger.h"

namespace md::inventory {

InventoryModule::InventoryModule(db::ConnectionPool& pool)
    : m_service(pool, m_repository), m_routes(m_service)
{
    InventoryRepository::registerStatements();
    StockLedger::registerStatements();
}

void InventoryModule::registerRoutes(http::Router& router)
{
    m_routes.registerRoutes(router);
}

} // namespace md::inventory
