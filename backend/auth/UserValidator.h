#pragma once
// The rules a user's fields must follow, shared by POST /users, PATCH /users/{id} and the
// create-user command. Each check returns the message for details.fields, or nullopt when fine.

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

    // Leading and trailing whitespace removed; e-mail addresses are stored as typed otherwise and
    // compared case-insensitively.
    static std::string trimmed(std::string_view text);

    static std::optional<std::string> emailProblem(const std::string& email);
    static std::optional<std::string> passwordProblem(const std::string& password);
    static std::optional<std::string> displayNameProblem(const std::string& displayName);
    // The seller_id rule: required for sellers, absent for everyone else.
    static std::optional<std::string> sellerIdProblem(Role role, const std::optional<long long>& sellerId);

    // Characters (code points) in UTF-8 text.
    static std::size_t characterCount(std::string_view text);
};

} // namespace md::auth
