#pragma once
// User administration: list, read, create and change users. Changing what a user's access
// tokens claim (role, seller) or taking their access away (disable, new password) bumps
// token_version and revokes their refresh tokens in the same transaction, so every replica refuses
// their existing tokens at once. Every change is audited in its own transaction.

#include "auth/RefreshTokenStore.h"
#include "auth/UserAdmin.h"
#include "auth/UserRepository.h"
#include "auth/UserRevocationCache.h"
#include "core/Actor.h"
#include "db/ConnectionPool.h"
#include "sellers/SellerRepository.h"

#include <memory>
#include <optional>
#include <string>

namespace md::auth {

struct UserPatch {
    std::optional<Role> role;
    std::optional<std::optional<long long>> sellerId; // engaged-but-empty: set to null
    std::optional<std::string> displayName;
    std::optional<bool> disabled;
    std::optional<std::string> password;
    std::optional<long long> expectedVersion;          // from If-Match or the body's "version"
};

class UserService {
public:
    // revocations may be null (the create-user command has no verifier to keep current).
    UserService(db::ConnectionPool& pool, const UserRepository& users, const sellers::SellerRepository& sellers,
                const RefreshTokenStore& refreshTokens, std::shared_ptr<UserRevocationCache> revocations);

    Page<UserRecord> list(const UserListQuery& query);
    UserRecord get(long long id);
    // Validates (422 with details.fields; 409 duplicate_email), hashes the password, inserts, audits.
    UserRecord create(const NewUser& user, const Actor& actor);
    // The same, audited as "system:<component>".
    UserRecord createAsSystem(const NewUser& user, const std::string& component);
    // 404 unknown id, 412 stale version, 422 invalid fields, 409 cannot_lock_out_self.
    UserRecord update(long long id, const UserPatch& patch, const Actor& actor);

    // Field -> message for everything wrong with user that can be told without the database
    // (an empty object when nothing is).
    static nlohmann::json problemsOf(const NewUser& user);

private:
    struct ValidatedUser {
        UserInsert insert;
        std::string password;
    };
    ValidatedUser validate(const NewUser& user) const;
    template <typename Audit> UserRecord insert(const NewUser& user, Audit&& recordAudit);

    db::ConnectionPool& m_pool;
    const UserRepository& m_users;
    const sellers::SellerRepository& m_sellers;
    const RefreshTokenStore& m_refreshTokens;
    std::shared_ptr<UserRevocationCache> m_revocations;
};

} // namespace md::auth
