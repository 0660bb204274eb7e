#pragma once
// Signing in and out: password login with throttling shared by all replicas, refresh-token
// rotation with reuse detection, logout, and the signed-in user's own record.

#include "auth/JwtCodec.h"
#include "auth/LoginThrottle.h"
#include "auth/RefreshTokenStore.h"
#include "auth/UserRepository.h"
#include "auth/UserRevocationCache.h"
#include "core/Actor.h"
#include "db/ConnectionPool.h"

#include <atomic>
#include <memory>
#include <optional>
#include <string>

namespace md::obs {
class Counter;
}

namespace md::auth {

struct TokenGrant {
    std::string accessToken;
    std::string refreshToken;
    long long expiresIn = 0; // seconds until the access token expires
    UserRecord user;
};

class AuthService {
public:
    AuthService(db::ConnectionPool& pool, const JwtCodec& codec, const UserRepository& users,
                const RefreshTokenStore& refreshTokens, const LoginThrottle& throttle,
                std::shared_ptr<UserRevocationCache> revocations);

    // 401 invalid_credentials (unknown e-mail and wrong password alike, in the same time),
    // 401 account_disabled, 429 too_many_login_attempts while LoginThrottle refuses this client
    // (clientAddress: where the request came from, see http::TrustedProxies).
    TokenGrant login(const std::string& email, const std::string& password, const std::string& clientAddress);
    // 401 invalid_refresh_token when unknown, expired or revoked; 401 refresh_token_reused (and the
    // whole family revoked, its access tokens with it) when the token was already rotated.
    TokenGrant refresh(const std::string& refreshToken);
    // Signs out. With refreshToken: the caller's session (the one its access token was issued in) and
    // the session of refreshToken if it is the caller's. Without: every session of the caller, and
    // every access token issued before (token_version moves). The access tokens of a signed-out
    // session are refused at once here and, through md_cache, on every replica.
    void logout(const Actor& actor, const std::optional<std::string>& refreshToken);
    UserRecord me(long long userId);

private:
    std::string issueAccessToken(const UserRecord& user, const std::string& sessionId) const;
    // Cleans expired rows out of refresh_tokens and login_failures now and then.
    void maybePurge(pqxx::work& tx);

    db::ConnectionPool& m_pool;
    const JwtCodec& m_codec;
    const UserRepository& m_users;
    const RefreshTokenStore& m_refreshTokens;
    const LoginThrottle& m_throttle;
    std::shared_ptr<UserRevocationCache> m_revocations;
    obs::Counter& m_loginSuccesses;
    obs::Counter& m_loginFailures;
    obs::Counter& m_loginThrottled;
    std::atomic<unsigned> m_writesSincePurge{0};
};

} // namespace md::auth
