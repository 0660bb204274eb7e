#pragma once
// Creating users outside the HTTP API (the create-user command, seed data).

#include "db/ConnectionPool.h"

#include <optional>
#include <string>

namespace md::auth {

struct NewUser {
    std::string email;
    std::string role;
    std::string password;
    std::string displayName;
    std::optional<long long> sellerId;
};

// Validates (DomainError with details.fields on bad input), hashes the password with Argon2id,
// inserts, audits as "system:cli". Returns the new user's id.
long long createUserFromCommandLine(db::ConnectionPool& pool, const NewUser& user);

} // namespace md::auth
