#pragma once
// The HTTP face of the inventory: reads requests into the service's terms and renders its answers.
// Permissions are declared per route (the dispatcher checks them); ownership is the service's job.

#include "http/Router.h"
#include "inventory/InventoryService.h"

namespace md::inventory {

class InventoryRoutes {
public:
    explicit InventoryRoutes(const InventoryService& service) : m_service(service) {}

    void registerRoutes(http::Router& router) const;

private:
    http::Response list(http::Request& request) const;
    http::Response get(http::Request& request) const;
    http::Response adjust(http::Request& request) const;
    http::Response changeThreshold(http::Request& request) const;
    http::Response movements(http::Request& request) const;

    const InventoryService& m_service;
};

} // namespace md::inventory
