#pragma once
// HTTP for user administration (admin only): GET/POST /users, GET/PATCH /users/{id}.

#include "auth/UserService.h"
#include "http/Router.h"

namespace md::auth {

class UserRoutes {
public:
    explicit UserRoutes(UserService& service);
    void registerRoutes(http::Router& router);

private:
    http::Response list(http::Request& request);
    http::Response get(http::Request& request);
    http::Response create(http::Request& request);
    http::Response update(http::Request& request);

    UserService& m_service;
};

} // namespace md::auth
