#include "orders/OrdersModule.h"

namespace md::orders {

OrdersModule::OrdersModule(db::ConnectionPool&) {}
void OrdersModule::registerRoutes(http::Router&) {}

} // namespace md::orders
