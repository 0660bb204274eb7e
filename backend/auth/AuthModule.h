#pragma once
// Authentication and user administration: sign-in, token refresh and logout, /me, users (whose
// seller is checked in sellers/). Provides the token verifier and per-user rate limiter the HTTP
// dispatcher uses.

#include "core/SessionCheck.h"
#include "db/ConnectionPool.h"
#include "db/NotificationListener.h"
#include "http/Dispatcher.h"
#include "http/Router.h"
#include "http/TrustedProxies.h"
#include "sellers/SellerRepository.h"

#include <chrono>
#include <memory>
#include <string>

namespace md::auth {

struct AuthSettings {
    std::string jwtSecret;
    std::chrono::seconds accessTokenTtl{900};
    std::chrono::hours refreshTokenTtl{24 * 30};
    double rateLimitPerSecond = 100;
    double rateLimitBurst = 200;
    int loginMaxFailures = 5;           // per client address and e-mail address
    int loginMaxFailuresPerAddress = 10;
    int loginMaxFailuresPerEmail = 20;
    std::chrono::seconds loginLockout{300};
    http::TrustedProxies trustedProxies;
};

class AuthModule {
public:
    AuthModule(db::ConnectionPool& pool, db::NotificationListener& listener, const sellers::SellerRepository& sellers,
               AuthSettings settings);
    ~AuthModule();

    void registerRoutes(http::Router& router);
    const http::TokenVerifier& tokenVerifier() const;
    // Re-checks the callers of live streams (the same verifier).
    const SessionCheck& sessionCheck() const;
    http::RequestRateLimiter* rateLimiter();
    // Whether the sign-in state (revocations) is loaded; until it is, every token is refused (503).
    bool signInStateLoaded() const;

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

} // namespace md::auth
