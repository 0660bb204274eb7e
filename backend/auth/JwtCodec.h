#pragma once
// Access tokens as JWTs (RFC 7519) signed with HMAC-SHA256. Verification is strict: the header
// must name HS256 (so "none" and algorithm-confusion tricks are refused), the signature is compared
// in constant time, and the token must not have expired. verify() is pure computation, cheap
// enough for the I/O thread.

#include "core/Principal.h"

#include <chrono>
#include <optional>
#include <string>
#include <string_view>

namespace md::auth {

struct AccessClaims {
    long long userId = 0;                // "sub"
    Role role = Role::Customer;          // "role"
    std::optional<long long> sellerId;   // "sid", only for sellers
    std::string email;                   // "email"
    long long tokenVersion = 1;          // "tv": users.token_version when issued
    long long issuedAt = 0;              // "iat", seconds since the epoch
    long long expiresAt = 0;             // "exp"
    std::string tokenId;                 // "jti"
    std::string sessionId;               // "session": the refresh-token family (sign-in) it belongs to
};

class JwtCodec {
public:
    using Clock = std::chrono::system_clock;

    JwtCodec(std::string secret, std::chrono::seconds timeToLive);

    // Fills iat, exp and jti from `now` and the time to live; the caller sets the rest.
    std::string issue(AccessClaims claims, Clock::time_point now) const;
    // Throws DomainError (unauthenticated, code invalid_token or token_expired) when the token is
    // malformed, signed with another key or algorithm, or expired at `now`.
    AccessClaims verify(std::string_view token, Clock::time_point now) const;

    std::chrono::seconds timeToLive() const { return m_timeToLive; }

    // Tokens longer than this are refused before any work is done on them.
    static constexpr std::size_t kMaxTokenLength = 4096;
    // Tolerated clock difference between replicas for "iat".
    static constexpr long long kClockSkewSeconds = 60;

private:
    std::string sign(std::string_view signingInput) const;

    std::string m_secret;
    std::chrono::seconds m_timeToLive;
};

} // namespace md::auth
