#pragma once
// The rules a user's fields must follow, shared by POST /users, PATCH /users/{id} and the
// create-user command. Each check returns the message for details.fields, or nullopt when fine.
// Values are checked as stored: trimmed (core/Utf8), e-mail addresses otherwise as typed (they are
// compared case-insensitively).

#include "core/Principal.h"

#include <optional>
#include <string>
#include <string_view>

namespace md::auth {

class UserValidator {
public:
    static constexpr std::size_t kMinPasswordCharacters = 10;
    static constexpr std::size_t kMaxPasswordBytes = 1024;
    static constexpr std::size_t kMaxDisplayNameCharacters = 200;
    static constexpr std::size_t kMaxEmailCharacters = 254;

    static std::optional<std::string> emailProblem(const std::string& email);
    static std::optional<std::string> passwordProblem(const std::string& password);
    static std::optional<std::string> displayNameProblem(const std::string& displayName);
    // The seller_id rule: required for sellers, absent for everyone else.
    static std::optional<std::string> sellerIdProblem(Role role, const std::optional<long long>& sellerId);
};

} // namespace md::auth
