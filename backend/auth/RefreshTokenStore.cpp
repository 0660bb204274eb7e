#include "auth/RefreshTokenStore.h"

#include "core/Base64Url.h"
#include "core/SecureRandom.h"
#include "db/ConnectionPool.h"

#include <openssl/sha.h>

namespace md::auth {

RefreshTokenStore::RefreshTokenStore(std::chrono::hours timeToLive) : m_timeToLive(timeToLive)
{
    db::Statements::add("auth_refresh_insert",
                        "INSERT INTO refresh_tokens (user_id, family_id, token_hash, expires_at) "
                        "VALUES ($1, coalesce($2::uuid, gen_random_uuid()), decode($3, 'hex'), "
                        "now() + $4::integer * interval '1 hour') RETURNING family_id::text");
    db::Statements::add("auth_refresh_lock",
                        "SELECT id, user_id, family_id::text, expires_at <= now(), rotated_at IS NOT NULL, "
                        "revoked_at IS NOT NULL FROM refresh_tokens WHERE token_hash = decode($1, 'hex') FOR UPDATE");
    db::Statements::add("auth_refresh_rotate", "UPDATE refresh_tokens SET rotated_at = now() WHERE id = $1");
    db::Statements::add("auth_refresh_revoke_family",
                        "UPDATE refresh_tokens SET revoked_at = now() WHERE family_id = $1::uuid AND revoked_at IS NULL");
    db::Statements::add("auth_refresh_revoke_user",
                        "UPDATE refresh_tokens SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL");
    db::Statements::add("auth_refresh_purge",
                        "DELETE FROM refresh_tokens WHERE expires_at < now() - interval '1 day'");
}

std::string RefreshTokenStore::hashToken(const std::string& token)
{
    unsigned char digest[SHA256_DIGEST_LENGTH];
    SHA256(reinterpret_cast<const unsigned char*>(token.data()), token.size(), digest);
    static const char* hex = "0123456789abcdef";
    std::string text;
    text.reserve(2 * SHA256_DIGEST_LENGTH);
    for (unsigned char byte : digest) {
        text.push_back(hex[byte >> 4]);
        text.push_back(hex[byte & 0xf]);
    }
    return text;
}

bool RefreshTokenStore::looksLikeToken(const std::string& text)
{
    auto bytes = base64UrlDecode(text);
    return bytes && bytes->size() == kTokenBytes;
}

IssuedRefreshToken RefreshTokenStore::issue(pqxx::transaction_base& tx, long long userId,
                                            const std::optional<std::string>& familyId) const
{
    std::string token = base64UrlEncode(secureRandomBytes(kTokenBytes));
    auto rows = tx.exec_prepared("auth_refresh_insert", userId, familyId, hashToken(token),
                                 static_cast<long long>(m_timeToLive.count()));
    return IssuedRefreshToken{std::move(token), rows[0][0].as<std::string>()};
}

std::optional<StoredRefreshToken> RefreshTokenStore::lock(pqxx::transaction_base& tx, const std::string& token) const
{
    if (!looksLikeToken(token)) return std::nullopt;
    auto rows = tx.exec_prepared("auth_refresh_lock", hashToken(token));
    if (rows.empty()) return std::nullopt;
    const auto& row = rows[0];
    return StoredRefreshToken{row[0].as<long long>(), row[1].as<long long>(), row[2].as<std::string>(),
                              row[3].as<bool>(),      row[4].as<bool>(),      row[5].as<bool>()};
}

void RefreshTokenStore::markRotated(pqxx::transaction_base& tx, long long id) const
{
    tx.exec_prepared("auth_refresh_rotate", id);
}

long long RefreshTokenStore::revokeFamily(pqxx::transaction_base& tx, const std::string& familyId) const
{
    return tx.exec_prepared("auth_refresh_revoke_family", familyId).affected_rows();
}

long long RefreshTokenStore::revokeAllForUser(pqxx::transaction_base& tx, long long userId) const
{
    return tx.exec_prepared("auth_refresh_revoke_user", userId).affected_rows();
}

long long RefreshTokenStore::purgeExpired(pqxx::transaction_base& tx) const
{
    return tx.exec_prepared("auth_refresh_purge").affected_rows();
}

} // namespace md::auth
