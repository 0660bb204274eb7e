#include "auth/AuthModule.h"

#include "auth/AccessTokenVerifier.h"
#include "auth/AuthRoutes.h"
#include "auth/AuthService.h"
#include "auth/JwtCodec.h"
#include "auth/LoginThrottle.h"
#include "auth/RefreshTokenStore.h"
#include "auth/RevocationCacheSync.h"
#include "auth/SellerRepository.h"
#include "auth/SellerRoutes.h"
#include "auth/SellerService.h"
#include "auth/UserRateLimiter.h"
#include "auth/UserRepository.h"
#include "auth/UserRevocationCache.h"
#include "auth/UserRoutes.h"
#include "auth/UserService.h"

namespace md::auth {

// Members are declared in dependency order: repositories register their prepared statements
// before the revocation sync's first query opens a pooled connection.
struct AuthModule::Impl {
    Impl(db::ConnectionPool& pool, db::NotificationListener& listener, const AuthSettings& settings)
        : codec(settings.jwtSecret, settings.accessTokenTtl),
          refreshTokens(settings.refreshTokenTtl),
          throttle(settings.loginMaxFailures, settings.loginLockout),
          revocations(registeredCache()),
          revocationSync(pool, listener, revocations),
          verifier(codec, revocations),
          rateLimiter(settings.rateLimitPerSecond, settings.rateLimitBurst),
          authService(pool, codec, users, refreshTokens, throttle),
          userService(pool, users, sellers, refreshTokens, revocations),
          sellerService(pool, sellers),
          authRoutes(authService),
          userRoutes(userService),
          sellerRoutes(sellerService)
    {
    }

    static std::shared_ptr<UserRevocationCache> registeredCache()
    {
        UserRevocationCache::registerStatements();
        return std::make_shared<UserRevocationCache>();
    }

    JwtCodec codec;
    UserRepository users;
    SellerRepository sellers;
    RefreshTokenStore refreshTokens;
    LoginThrottle throttle;
    std::shared_ptr<UserRevocationCache> revocations;
    RevocationCacheSync revocationSync;
    AccessTokenVerifier verifier;
    UserRateLimiter rateLimiter;
    AuthService authService;
    UserService userService;
    SellerService sellerService;
    AuthRoutes authRoutes;
    UserRoutes userRoutes;
    SellerRoutes sellerRoutes;
};

AuthModule::AuthModule(db::ConnectionPool& pool, db::NotificationListener& listener, AuthSettings settings)
    : m_impl(std::make_unique<Impl>(pool, listener, settings))
{
}

AuthModule::~AuthModule() = default;

void AuthModule::registerRoutes(http::Router& router)
{
    m_impl->authRoutes.registerRoutes(router);
    m_impl->userRoutes.registerRoutes(router);
    m_impl->sellerRoutes.registerRoutes(router);
}

const http::TokenVerifier& AuthModule::tokenVerifier() const { return m_impl->verifier; }

http::RequestRateLimiter* AuthModule::rateLimiter()
{
    // A rate of zero turns the limit off; the dispatcher then skips the check entirely.
    return m_impl->rateLimiter.enabled() ? &m_impl->rateLimiter : nullptr;
}

} // namespace md::auth
