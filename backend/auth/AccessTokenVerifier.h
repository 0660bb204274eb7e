#pragma once
// The dispatcher's TokenVerifier: checks the JWT and then the user's revocation state in memory.
// It runs on the I/O thread, so it never touches the database.
//
// A client sends the same token with every request for its lifetime, so a token whose signature has
// been checked is remembered (by its exact text) with its claims: decoding and checking it again was a
// tenth of the CPU time of a cached product read. Expiry and revocation are still checked on every
// request; a token that fails to verify is never remembered.
//
// It is also the SessionCheck of live streams: endReason() re-checks a principal verified earlier
// against the clock and the revocation cache, with the same verdicts a new request would get.

#include "auth/JwtCodec.h"
#include "auth/UserRevocationCache.h"
#include "core/SessionCheck.h"
#include "http/Dispatcher.h"

#include <cstddef>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <unordered_map>

namespace md::auth {

class AccessTokenVerifier : public http::TokenVerifier, public SessionCheck {
public:
    AccessTokenVerifier(const JwtCodec& codec, std::shared_ptr<const UserRevocationCache> revocations);

    Principal verify(std::string_view token) const override;
    std::optional<std::string_view> endReason(const Principal& principal) const override;

private:
    // Heterogeneous lookup by string_view, so a lookup does not copy the token.
    struct TokenHash {
        using is_transparent = void;
        std::size_t operator()(std::string_view text) const { return std::hash<std::string_view>{}(text); }
    };
    static constexpr std::size_t kMaxRemembered = 8192; // tokens; emptied when full

    // The token's claims, verified now or before; throws what JwtCodec::verify throws.
    AccessClaims verifiedClaims(std::string_view token) const;

    mutable std::mutex m_rememberedMutex;
    mutable std::unordered_map<std::string, AccessClaims, TokenHash, std::equal_to<>> m_remembered;
    const JwtCodec& m_codec;
    std::shared_ptr<const UserRevocationCache> m_revocations;
};

} // namespace md::auth
