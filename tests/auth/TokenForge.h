#pragma once
// Builds and reads JWTs the way an attacker or a buggy client could, for black-box tests of the
// server's token checks: any header, any claims, signed with any secret (HMAC-SHA256), or unsigned.

#include <nlohmann/json.hpp>

#include <string>

namespace md::test {

class TokenForge {
public:
    static std::string base64Url(const std::string& bytes);
    // header.payload.HMAC-SHA256(secret) with the given JSON header and claims.
    static std::string sign(const nlohmann::json& header, const nlohmann::json& claims, const std::string& secret);
    // header.payload. (empty signature), as an "alg":"none" token would be.
    static std::string unsigned_(const nlohmann::json& header, const nlohmann::json& claims);
    // The claims of a token the server issued (no signature check).
    static nlohmann::json claimsOf(const std::string& token);
    // The secret test servers sign with.
    static std::string serverSecret();
    // Seconds since the epoch, now.
    static long long now();
};

} // namespace md::test
