#include "catalog/CatalogModule.h"

namespace md::catalog {

CatalogModule::CatalogModule(db::ConnectionPool&, db::NotificationListener&, std::size_t) {}
void CatalogModule::registerRoutes(http::Router&) {}

} // namespace md::catalog
