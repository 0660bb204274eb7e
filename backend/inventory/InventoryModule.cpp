#include "inventory/InventoryModule.h"

namespace md::inventory {

InventoryModule::InventoryModule(db::ConnectionPool&) {}
void InventoryModule::registerRoutes(http::Router&) {}

} // namespace md::inventory
