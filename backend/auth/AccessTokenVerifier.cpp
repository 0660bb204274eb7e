#include "auth/AccessTokenVerifier.h"

#include "core/DomainError.h"

namespace md::auth {

AccessTokenVerifier::AccessTokenVerifier(const JwtCodec& codec, std::shared_ptr<const UserRevocationCache> revocations)
    : m_codec(codec), m_revocations(std::move(revocations))
{
}

Principal AccessTokenVerifier::verify(std::string_view token) const
{
    AccessClaims claims = m_codec.verify(token, JwtCodec::Clock::now());
    switch (m_revocations->check(claims.userId, claims.tokenVersion)) {
    case UserRevocationCache::Verdict::Accepted:
        break;
    case UserRevocationCache::Verdict::Disabled:
        throw DomainError::unauthenticated("this account is disabled", "account_disabled");
    case UserRevocationCache::Verdict::Revoked:
        throw DomainError::unauthenticated("the access token was revoked; sign in again", "token_revoked");
    case UserRevocationCache::Verdict::NotLoaded:
        throw DomainError::unavailable("sign-in state is still loading from the database; try again shortly");
    }
    Principal principal;
    principal.userId = claims.userId;
    principal.role = claims.role;
    principal.sellerId = claims.sellerId;
    principal.email = std::move(claims.email);
    return principal;
}

} // namespace md::auth
