#include "auth/AccessTokenVerifier.h"

#include "core/DomainError.h"

#include <chrono>

namespace md::auth {

AccessTokenVerifier::AccessTokenVerifier(const JwtCodec& codec, std::shared_ptr<const UserRevocationCache> revocations)
    : m_codec(codec), m_revocations(std::move(revocations))
{
}

AccessClaims AccessTokenVerifier::verifiedClaims(std::string_view token) const
{
    const auto now = JwtCodec::Clock::now();
    const long long nowSeconds = std::chrono::duration_cast<std::chrono::seconds>(now.time_since_epoch()).count();
    {
        std::lock_guard lock(m_rememberedMutex);
        auto found = m_remembered.find(token);
        if (found != m_remembered.end()) {
            if (found->second.expiresAt > nowSeconds) return found->second;
            m_remembered.erase(found); // expired: verify() below says so
        }
    }
    AccessClaims claims = m_codec.verify(token, now);
    std::lock_guard lock(m_rememberedMutex);
    if (m_remembered.size() >= kMaxRemembered) m_remembered.clear();
    m_remembered.emplace(std::string(token), claims);
    return claims;
}

Principal AccessTokenVerifier::verify(std::string_view token) const
{
    AccessClaims claims = verifiedClaims(token);
    switch (m_revocations->check(claims.userId, claims.tokenVersion, claims.sessionId)) {
    case UserRevocationCache::Verdict::Accepted:
        break;
    case UserRevocationCache::Verdict::Disabled:
        throw DomainError::unauthenticated("this account is disabled", "account_disabled");
    case UserRevocationCache::Verdict::Revoked:
        throw DomainError::unauthenticated("the access token was revoked; sign in again", "token_revoked");
    case UserRevocationCache::Verdict::SessionRevoked:
        throw DomainError::unauthenticated("this session was signed out; sign in again", "session_revoked");
    case UserRevocationCache::Verdict::NotLoaded:
        throw DomainError::unavailable("sign-in state is still loading from the database; try again shortly");
    }
    Principal principal;
    principal.userId = claims.userId;
    principal.role = claims.role;
    principal.sellerId = claims.sellerId;
    principal.email = std::move(claims.email);
    principal.tokenExpiresAt = claims.expiresAt;
    principal.tokenVersion = claims.tokenVersion;
    principal.sessionId = std::move(claims.sessionId);
    return principal;
}

std::optional<std::string_view> AccessTokenVerifier::endReason(const Principal& principal) const
{
    const long long nowSeconds =
        std::chrono::duration_cast<std::chrono::seconds>(JwtCodec::Clock::now().time_since_epoch()).count();
    if (principal.tokenExpiresAt <= nowSeconds) return "token_expired";
    switch (m_revocations->check(principal.userId, principal.tokenVersion, principal.sessionId)) {
    case UserRevocationCache::Verdict::Accepted: return std::nullopt;
    case UserRevocationCache::Verdict::Disabled: return "account_disabled";
    case UserRevocationCache::Verdict::Revoked: return "token_revoked";
    case UserRevocationCache::Verdict::SessionRevoked: return "session_revoked";
    case UserRevocationCache::Verdict::NotLoaded: return std::nullopt; // unknown now; checked again shortly
    }
    return std::nullopt;
}

} // namespace md::auth
