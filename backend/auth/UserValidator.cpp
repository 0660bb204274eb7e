#include "auth/UserValidator.h"

#include "core/Utf8.h"

#include <algorithm>

namespace md::auth {

namespace {

bool isControl(char c) { return static_cast<unsigned char>(c) < 0x20 || c == 0x7f; }

} // namespace

std::optional<std::string> UserValidator::emailProblem(const std::string& email)
{
    const std::size_t length = Utf8::length(email);
    if (length < 3 || length > kMaxEmailCharacters) return "must be 3-254 characters";
    if (std::any_of(email.begin(), email.end(), [](char c) { return Utf8::isSpace(c) || isControl(c); }))
        return "must not contain spaces";
    const auto at = email.find('@');
    if (at == std::string::npos || email.find('@', at + 1) != std::string::npos)
        return "must be an e-mail address like name@example.com";
    const std::string_view local = std::string_view(email).substr(0, at);
    const std::string_view domain = std::string_view(email).substr(at + 1);
    if (local.empty() || local.size() > 64 || domain.empty()) return "must be an e-mail address like name@example.com";
    if (domain.find('.') == std::string_view::npos || domain.front() == '.' || domain.back() == '.' ||
        domain.find("..") != std::string_view::npos)
        return "must be an e-mail address like name@example.com";
    return std::nullopt;
}

std::optional<std::string> UserValidator::passwordProblem(const std::string& password)
{
    if (Utf8::length(password) < kMinPasswordCharacters)
        return "must be at least " + std::to_string(kMinPasswordCharacters) + " characters";
    if (password.size() > kMaxPasswordBytes)
        return "must be at most " + std::to_string(kMaxPasswordBytes) + " bytes";
    return std::nullopt;
}

std::optional<std::string> UserValidator::displayNameProblem(const std::string& displayName)
{
    if (Utf8::length(displayName) > kMaxDisplayNameCharacters)
        return "must be at most " + std::to_string(kMaxDisplayNameCharacters) + " characters";
    if (std::any_of(displayName.begin(), displayName.end(), isControl)) return "must not contain control characters";
    return std::nullopt;
}

std::optional<std::string> UserValidator::sellerIdProblem(Role role, const std::optional<long long>& sellerId)
{
    if (role == Role::Seller && !sellerId) return "is required for the seller role";
    if (role != Role::Seller && sellerId) return "only users with the seller role belong to a seller";
    if (sellerId && *sellerId <= 0) return "must be a seller's id";
    return std::nullopt;
}

} // namespace md::auth
