#include "auth/AuthModule.h"

#include "auth/AccessTokenVerifier.h"
#include "auth/AuthRoutes.h"
#include "auth/AuthService.h"
#include "auth/JwtCodec.h"
#include "auth/LoginThrottle.h"
#include "auth/RefreshTokenStore.h"
#include "auth/RevocationCacheSync.h"
#include "auth/UserRateLimiter.h"
#include "auth/UserRepository.h"
#include "auth/UserRevocationCache.h"
#include "auth/UserRoutes.h"
#include "auth/UserService.h"

namespace md::auth {

// Members are declared in dependency order: repositories register their prepared statements
// before the revocation sync's first query opens a pooled connection.
struct AuthModule::Impl {
    Impl(db::ConnectionPool& pool, db::NotificationListener& listener, const sellers::SellerRepository& sellers,
         const AuthSettings& settings)
        : codec(settings.jwtSecret, settings.accessTokenTtl),
          refreshTokens(settings.refreshTokenTtl),
          throttle(LoginLimits{settings.loginMaxFailures, settings.loginMaxFailuresPerAddress,
                               settings.loginMaxFailuresPerEmail, settings.loginLockout}),
          revocations(registeredCache(settings.accessTokenTtl)),
          revocationSync(pool, listener, revocations, listener.options().checkInterval),
          verifier(codec, revocations),
          rateLimiter(settings.rateLimitPerSecond, settings.rateLimitBurst),
          authService(pool, codec, users, refreshTokens, throttle, revocations),
          userService(pool, users, sellers, refreshTokens, revocations),
          authRoutes(authService, settings.trustedProxies),
          userRoutes(userService)
    {
    }

    static std::shared_ptr<UserRevocationCache> registeredCache(std::chrono::seconds accessTokenTtl)
    {
        UserRevocationCache::registerStatements();
        // A signed-out session is remembered as long as a token issued in it can be alive, with the
        // clock difference between replicas that JwtCodec tolerates on top.
        return std::make_shared<UserRevocationCache>(accessTokenTtl +
                                                     std::chrono::seconds(JwtCodec::kClockSkewSeconds));
    }

    JwtCodec codec;
    UserRepository users;
    RefreshTokenStore refreshTokens;
    LoginThrottle throttle;
    std::shared_ptr<UserRevocationCache> revocations;
    RevocationCacheSync revocationSync;
    AccessTokenVerifier verifier;
    UserRateLimiter rateLimiter;
    AuthService authService;
    UserService userService;
    AuthRoutes authRoutes;
    UserRoutes userRoutes;
};

AuthModule::AuthModule(db::ConnectionPool& pool, db::NotificationListener& listener,
                       const sellers::SellerRepository& sellers, AuthSettings settings)
    : m_impl(std::make_unique<Impl>(pool, listener, sellers, settings))
{
}

AuthModule::~AuthModule() = default;

void AuthModule::registerRoutes(http::Router& router)
{
    m_impl->authRoutes.registerRoutes(router);
    m_impl->userRoutes.registerRoutes(router);
}

const http::TokenVerifier& AuthModule::tokenVerifier() const { return m_impl->verifier; }

const SessionCheck& AuthModule::sessionCheck() const { return m_impl->verifier; }

bool AuthModule::signInStateLoaded() const { return m_impl->revocations->isLoaded(); }

http::RequestRateLimiter* AuthModule::rateLimiter()
{
    // A rate of zero turns the limit off; the dispatcher then skips the check entirely.
    return m_impl->rateLimiter.enabled() ? &m_impl->rateLimiter : nullptr;
}

} // namespace md::auth
