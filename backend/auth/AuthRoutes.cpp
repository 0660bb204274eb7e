#include "auth/AuthRoutes.h"

#include "core/JsonFields.h"

namespace md::auth {

namespace {

http::Response grantResponse(const TokenGrant& grant)
{
    http::Response response = http::Response::json({{"access_token", grant.accessToken},
                                                     {"token_type", "Bearer"},
                                                     {"refresh_token", grant.refreshToken},
                                                     {"expires_in", grant.expiresIn},
                                                     {"user", grant.user.toMeJson()}});
    // Tokens must not end up in a shared or browser cache.
    response.header("Cache-Control", "no-store");
    return response;
}

} // namespace

AuthRoutes::AuthRoutes(AuthService& service, http::TrustedProxies proxies)
    : m_service(service), m_proxies(std::move(proxies))
{
}

void AuthRoutes::registerRoutes(http::Router& router)
{
    // Login and refresh come before any identity exists, so the per-user limiter cannot apply;
    // the login throttle and unguessable refresh tokens protect them instead.
    router.addPublic("POST", "/api/v1/auth/login", [this](http::Request& request) { return login(request); })
        .bodyLimit(kBodyLimit)
        .withoutRateLimit();
    router.addPublic("POST", "/api/v1/auth/refresh", [this](http::Request& request) { return refresh(request); })
        .bodyLimit(kBodyLimit)
        .withoutRateLimit();
    router.add("POST", "/api/v1/auth/logout", Permission::Self, [this](http::Request& request) { return logout(request); })
        .bodyLimit(kBodyLimit);
    router.add("GET", "/api/v1/me", Permission::Self, [this](http::Request& request) { return me(request); });
}

http::Response AuthRoutes::login(http::Request& request)
{
    const nlohmann::json body = request.jsonBody();
    JsonFields fields(body);
    fields.rejectUnknown({"email", "password"});
    auto email = fields.string("email", true);
    auto password = fields.string("password", true);
    fields.throwIfInvalid();
    return grantResponse(m_service.login(*email, *password, m_proxies.clientAddress(request)));
}

http::Response AuthRoutes::refresh(http::Request& request)
{
    const nlohmann::json body = request.jsonBody();
    JsonFields fields(body);
    fields.rejectUnknown({"refresh_token"});
    auto token = fields.string("refresh_token", true);
    fields.throwIfInvalid();
    return grantResponse(m_service.refresh(*token));
}

http::Response AuthRoutes::logout(http::Request& request)
{
    // The body is optional: without one, every session of the caller ends.
    std::optional<std::string> token;
    if (!request.body().empty()) {
        const nlohmann::json body = request.jsonBody();
        JsonFields fields(body);
        fields.rejectUnknown({"refresh_token"});
        token = fields.string("refresh_token", false);
        fields.throwIfInvalid();
    }
    m_service.logout(request.actor(), token);
    return http::Response::noContent();
}

http::Response AuthRoutes::me(http::Request& request)
{
    return http::Response::json(m_service.me(request.principal().userId).toMeJson());
}

} // namespace md::auth
