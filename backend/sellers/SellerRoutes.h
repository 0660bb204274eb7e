#pragma once
// HTTP for sellers: GET /sellers, GET /sellers/{id} (scoped for seller users), POST /sellers (admin).

#include "http/Router.h"
#include "sellers/SellerService.h"

namespace md::sellers {

class SellerRoutes {
public:
    explicit SellerRoutes(SellerService& service);
    void registerRoutes(http::Router& router);

private:
    http::Response list(http::Request& request);
    http::Response get(http::Request& request);
    http::Response create(http::Request& request);

    SellerService& m_service;
};

} // namespace md::sellers
