#pragma once
// Refresh tokens: 32 random bytes handed out as base64url, stored only as their SHA-256 so a copy
// of the table cannot be replayed. Each sign-in starts a family; every refresh rotates the token
// within the family, and presenting an already rotated token revokes the whole family (someone
// replayed a stolen token, and we cannot tell which party is legitimate).

#include <pqxx/pqxx>

#include <chrono>
#include <optional>
#include <string>

namespace md::auth {

struct StoredRefreshToken {
    long long id = 0;
    long long userId = 0;
    std::string familyId;
    bool expired = false;
    bool rotated = false;
    bool revoked = false;
};

struct IssuedRefreshToken {
    std::string token;    // what the client gets
    std::string familyId; // the session: access tokens issued with it carry this id
};

class RefreshTokenStore {
public:
    // Registers the prepared statements; construct before the pool opens connections.
    explicit RefreshTokenStore(std::chrono::hours timeToLive);

    // Creates a token for userId, in familyId or in a new family; returns the token to hand out and
    // its family.
    IssuedRefreshToken issue(pqxx::transaction_base& tx, long long userId,
                             const std::optional<std::string>& familyId) const;
    // The stored token for the text a client sent, locked for update; nullopt when unknown.
    std::optional<StoredRefreshToken> lock(pqxx::transaction_base& tx, const std::string& token) const;
    void markRotated(pqxx::transaction_base& tx, long long id) const;
    long long revokeFamily(pqxx::transaction_base& tx, const std::string& familyId) const;
    long long revokeAllForUser(pqxx::transaction_base& tx, long long userId) const;
    // Deletes tokens that expired long enough ago that nobody can present them usefully.
    long long purgeExpired(pqxx::transaction_base& tx) const;

    // SHA-256 of the token text, hex-encoded (how tokens are looked up).
    static std::string hashToken(const std::string& token);
    // Whether text has the shape of a token we issue; other text is never looked up.
    static bool looksLikeToken(const std::string& text);

    static constexpr std::size_t kTokenBytes = 32;

private:
    std::chrono::hours m_timeToLive;
};

} // namespace md::auth
