#pragma once
// HTTP for signing in and out: /auth/login, /auth/refresh, /auth/logout and /me. Translates
// between JSON and AuthService; no business rules here.

#include "auth/AuthService.h"
#include "http/Router.h"
#include "http/TrustedProxies.h"

namespace md::auth {

class AuthRoutes {
public:
    // proxies: whose X-Forwarded-For is believed for the sign-in throttle's client address.
    AuthRoutes(AuthService& service, http::TrustedProxies proxies);
    void registerRoutes(http::Router& router);

    // Bodies of the token endpoints are tiny; anything bigger is refused before it is read.
    static constexpr std::size_t kBodyLimit = 16 * 1024;

private:
    http::Response login(http::Request& request);
    http::Response refresh(http::Request& request);
    http::Response logout(http::Request& request);
    http::Response me(http::Request& request);

    AuthService& m_service;
    http::TrustedProxies m_proxies;
};

} // namespace md::auth
