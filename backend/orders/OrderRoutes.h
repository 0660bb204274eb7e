#pragma once
// The HTTP face of orders: reads requests into the service's terms (bodies, If-Match,
// Idempotency-Key) and renders its answers with ETag and Location. Permissions are declared per
// route and checked by the dispatcher; who may see which order is the service's business.

#include "http/Router.h"
#include "orders/OrderService.h"

namespace md::orders {

class OrderRoutes {
public:
    explicit OrderRoutes(const OrderService& service) : m_service(service) {}

    void registerRoutes(http::Router& router) const;

private:
    void place(http::Request& request, http::Reply reply) const;
    http::Response list(http::Request& request) const;
    http::Response get(http::Request& request) const;
    http::Response transition(http::Request& request) const;
    http::Response refund(http::Request& request) const;
    http::Response addNote(http::Request& request) const;

    const OrderService& m_service;
};

} // namespace md::orders
