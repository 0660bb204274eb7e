#include "auth/JwtCodec.h"

#include "core/Base64Url.h"
#include "core/DomainError.h"
#include "core/SecureRandom.h"

#include <nlohmann/json.hpp>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>

namespace md::auth {

namespace {

DomainError invalidToken() { return DomainError::unauthenticated("the access token is not valid", "invalid_token"); }

long long epochSeconds(JwtCodec::Clock::time_point time)
{
    return std::chrono::duration_cast<std::chrono::seconds>(time.time_since_epoch()).count();
}

// Parses a JWT segment as a JSON object, or nullopt. Never throws: a malformed token is not an error
// worth an exception from the JSON library.
std::optional<nlohmann::json> decodeSegment(std::string_view segment)
{
    auto bytes = base64UrlDecode(segment);
    if (!bytes) return std::nullopt;
    auto value = nlohmann::json::parse(*bytes, nullptr, false);
    if (value.is_discarded() || !value.is_object()) return std::nullopt;
    return value;
}

std::optional<long long> integerClaim(const nlohmann::json& payload, const char* name)
{
    auto it = payload.find(name);
    if (it == payload.end() || !it->is_number_integer()) return std::nullopt;
    return it->get<long long>();
}

} // namespace

JwtCodec::JwtCodec(std::string secret, std::chrono::seconds timeToLive)
    : m_secret(std::move(secret)), m_timeToLive(timeToLive)
{
}

std::string JwtCodec::sign(std::string_view signingInput) const
{
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (!HMAC(EVP_sha256(), m_secret.data(), static_cast<int>(m_secret.size()),
              reinterpret_cast<const unsigned char*>(signingInput.data()), signingInput.size(), digest, &length))
        throw DomainError(ErrorKind::Internal, "internal_error", "HMAC-SHA256 failed");
    return std::string(reinterpret_cast<const char*>(digest), length);
}

std::string JwtCodec::issue(AccessClaims claims, Clock::time_point now) const
{
    static const std::string header = base64UrlEncode(R"({"alg":"HS256","typ":"JWT"})");
    claims.issuedAt = epochSeconds(now);
    claims.expiresAt = claims.issuedAt + m_timeToLive.count();
    claims.tokenId = base64UrlEncode(secureRandomBytes(16));

    nlohmann::json payload = {{"sub", std::to_string(claims.userId)},
                              {"role", std::string(toString(claims.role))},
                              {"email", claims.email},
                              {"tv", claims.tokenVersion},
                              {"iat", claims.issuedAt},
                              {"exp", claims.expiresAt},
                              {"jti", claims.tokenId}};
    if (claims.sellerId) payload["sid"] = *claims.sellerId;
    // "sid" is the seller's id (older than sessions), so the session has a claim of its own.
    if (!claims.sessionId.empty()) payload["session"] = claims.sessionId;

    std::string signingInput = header + "." + base64UrlEncode(payload.dump(-1, ' ', false,
                                                                           nlohmann::json::error_handler_t::replace));
    return signingInput + "." + base64UrlEncode(sign(signingInput));
}

AccessClaims JwtCodec::verify(std::string_view token, Clock::time_point now) const
{
    if (token.empty() || token.size() > kMaxTokenLength) throw invalidToken();
    const auto firstDot = token.find('.');
    if (firstDot == std::string_view::npos) throw invalidToken();
    const auto secondDot = token.find('.', firstDot + 1);
    if (secondDot == std::string_view::npos || token.find('.', secondDot + 1) != std::string_view::npos)
        throw invalidToken();
    const std::string_view headerPart = token.substr(0, firstDot);
    const std::string_view payloadPart = token.substr(firstDot + 1, secondDot - firstDot - 1);
    const std::string_view signaturePart = token.substr(secondDot + 1);

    // Only HS256 is accepted; the header's claim is checked before the signature so that a token
    // asking for "none" or an asymmetric algorithm never gets as far as a comparison.
    auto header = decodeSegment(headerPart);
    if (!header) throw invalidToken();
    auto alg = header->find("alg");
    if (alg == header->end() || !alg->is_string() || alg->get<std::string>() != "HS256") throw invalidToken();
    if (auto typ = header->find("typ"); typ != header->end() && (!typ->is_string() || typ->get<std::string>() != "JWT"))
        throw invalidToken();
    if (header->contains("crit")) throw invalidToken(); // extensions we do not understand must be refused

    auto signature = base64UrlDecode(signaturePart);
    const std::string expected = sign(token.substr(0, secondDot));
    if (!signature || signature->size() != expected.size() ||
        CRYPTO_memcmp(signature->data(), expected.data(), expected.size()) != 0)
        throw invalidToken();

    auto payload = decodeSegment(payloadPart);
    if (!payload) throw invalidToken();

    AccessClaims claims;
    auto expiresAt = integerClaim(*payload, "exp");
    auto issuedAt = integerClaim(*payload, "iat");
    auto tokenVersion = integerClaim(*payload, "tv");
    if (!expiresAt || !issuedAt || !tokenVersion) throw invalidToken();
    const long long nowSeconds = epochSeconds(now);
    if (*expiresAt <= nowSeconds)
        throw DomainError::unauthenticated("the access token has expired; refresh it", "token_expired");
    if (*issuedAt > nowSeconds + kClockSkewSeconds) throw invalidToken();
    claims.expiresAt = *expiresAt;
    claims.issuedAt = *issuedAt;
    claims.tokenVersion = *tokenVersion;

    auto subject = payload->find("sub");
    if (subject == payload->end() || !subject->is_string()) throw invalidToken();
    const std::string subjectText = subject->get<std::string>();
    try {
        std::size_t used = 0;
        claims.userId = std::stoll(subjectText, &used);
        if (used != subjectText.size() || claims.userId <= 0) throw invalidToken();
    } catch (const std::logic_error&) {
        throw invalidToken();
    }

    auto role = payload->find("role");
    if (role == payload->end() || !role->is_string()) throw invalidToken();
    auto parsedRole = roleFromString(role->get<std::string>());
    if (!parsedRole) throw invalidToken();
    claims.role = *parsedRole;

    if (payload->contains("sid")) {
        auto sellerId = integerClaim(*payload, "sid");
        if (!sellerId) throw invalidToken();
        claims.sellerId = *sellerId;
    }
    if ((claims.role == Role::Seller) != claims.sellerId.has_value()) throw invalidToken();

    if (auto email = payload->find("email"); email != payload->end()) {
        if (!email->is_string()) throw invalidToken();
        claims.email = email->get<std::string>();
    }
    if (auto session = payload->find("session"); session != payload->end()) {
        if (!session->is_string() || session->get_ref<const std::string&>().empty()) throw invalidToken();
        claims.sessionId = session->get<std::string>();
    }
    if (auto tokenId = payload->find("jti"); tokenId != payload->end() && tokenId->is_string())
        claims.tokenId = tokenId->get<std::string>();
    return claims;
}

} // namespace md::auth
