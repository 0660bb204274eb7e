#pragma once
// Signing in and out: password login with throttling shared by all replicas, refresh-token
// rotation with reuse detection, logout, and the signed-in user's own record.

#include "auth/JwtCodec.h"
#include "auth/LoginThrottle.h"
#include "auth/RefreshTokenStore.h"
#include "auth/UserRepository.h"
#include "core/Actor.h"
#include "db/ConnectionPool.h"

#include <atomic>
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
                const RefreshTokenStore& refreshTokens, const LoginThrottle& throttle);

    // 401 invalid_credentials (unknown e-mail and wrong password alike, in the same time),
    // 401 account_disabled, 429 too_many_login_attempts while the address is locked.
    TokenGrant login(const std::string& email, const std::string& password);
    // 401 invalid_refresh_token when unknown, expired or revoked; 401 refresh_token_reused (and the
    // whole family revoked) when the token was already rotated.
    TokenGrant refresh(const std::string& refreshToken);
    // Revokes the family of refreshToken (if it is the caller's), or all the caller's refresh tokens.
    void logout(const Actor& actor, const std::optional<std::string>& refreshToken);
    UserRecord me(long long userId);

private:
    std::string issueAccessToken(const UserRecord& user) const;
    // Cleans expired rows out of refresh_tokens and login_failures now and then.
    void maybePurge(pqxx::work& tx);

    db::ConnectionPool& m_pool;
    const JwtCodec& m_codec;
    const UserRepository& m_users;
    const RefreshTokenStore& m_refreshTokens;
    const LoginThrottle& m_throttle;
    obs::Counter& m_loginSuccesses;
    obs::Counter& m_loginFailures;
    obs::Counter& m_loginThrottled;
    std::atomic<unsigned> m_writesSincePurge{0};
};

} // namespace md::auth
