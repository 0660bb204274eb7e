#include "sellers/SellersModule.h"

namespace md::sellers {

SellersModule::SellersModule(db::ConnectionPool& pool) : m_service(pool, m_repository), m_routes(m_service) {}

void SellersModule::registerRoutes(http::Router& router)
{
    m_routes.registerRoutes(router);
}

} // namespace md::sellers
