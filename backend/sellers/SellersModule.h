#pragma once
// Sellers, the shops whose products and orders seller users manage (API.md "Auth and users":
// GET|POST /api/v1/sellers, GET /api/v1/sellers/{id}). User administration checks the seller a
// seller user belongs to through repository().

#include "db/ConnectionPool.h"
#include "http/Router.h"
#include "sellers/SellerRepository.h"
#include "sellers/SellerRoutes.h"
#include "sellers/SellerService.h"

namespace md::sellers {

class SellersModule {
public:
    // Registers the prepared statements, so construct it before the server starts.
    explicit SellersModule(db::ConnectionPool& pool);
    void registerRoutes(http::Router& router);
    const SellerRepository& repository() const { return m_repository; }

private:
    SellerRepository m_repository;
    SellerService m_service;
    SellerRoutes m_routes;
};

} // namespace md::sellers
