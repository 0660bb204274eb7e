#pragma once
// SQL for the users table. Every method runs inside the caller's transaction.

#include "auth/UserRecord.h"
#include "auth/UserSort.h"
#include "core/KeysetCursor.h"
#include "core/Page.h"

#include <pqxx/pqxx>

#include <optional>
#include <string>
#include <vector>

namespace md::auth {

struct UserCredentials {
    UserRecord user;
    std::string passwordHash;
};

struct UserListQuery {
    std::optional<Role> role;
    std::optional<std::string> search; // substring of e-mail or display name, case-insensitive
    std::optional<bool> disabled;
    UserSort sort = UserSort::byDefault();
    std::optional<KeysetCursor> after; // decoded for sort
    long long limit = 50;
};

struct UserInsert {
    std::string email;
    std::string passwordHash;
    Role role = Role::Customer;
    std::optional<long long> sellerId;
    std::string displayName;
};

struct UserUpdate {
    Role role = Role::Customer;
    std::optional<long long> sellerId;
    std::string displayName;
    bool disabled = false;
    std::optional<std::string> passwordHash; // nullopt keeps the current one
    bool bumpTokenVersion = false;
};

class UserRepository {
public:
    // Registers the prepared statements; construct before the pool opens connections.
    UserRepository();

    std::optional<UserCredentials> findCredentialsByEmail(pqxx::transaction_base& tx, const std::string& email) const;
    std::optional<UserRecord> findById(pqxx::transaction_base& tx, long long id) const;
    std::optional<UserRecord> lockById(pqxx::transaction_base& tx, long long id) const;
    Page<UserRecord> list(pqxx::transaction_base& tx, const UserListQuery& query) const;
    // Throws pqxx::unique_violation when the e-mail exists (case-insensitively).
    UserRecord insert(pqxx::transaction_base& tx, const UserInsert& user) const;
    UserRecord update(pqxx::transaction_base& tx, long long id, const UserUpdate& update) const;
    // Moves token_version on (every access token issued before is refused); nullopt when no such user.
    std::optional<UserRecord> bumpTokenVersion(pqxx::transaction_base& tx, long long id) const;
};

} // namespace md::auth
