#pragma once
// Re-checks a caller whose access token was verified earlier. A request is authorized once, when it
// arrives; a live stream (events, a followed pod log) goes on long after that, and must end when its
// token expires, the account is disabled, its token_version moves or its session is signed out.
// Implemented by the auth module; streams in other modules see only this interface.

#include "core/Principal.h"

#include <optional>
#include <string_view>

namespace md {

class SessionCheck {
public:
    virtual ~SessionCheck() = default;
    // nullopt while principal may still act; otherwise why not, as the error code a new request with
    // the same token would get: token_expired, account_disabled, token_revoked or session_revoked.
    // Never blocks on I/O. When the server cannot tell (sign-in state not loaded), nullopt.
    virtual std::optional<std::string_view> endReason(const Principal& principal) const = 0;
};

} // namespace md
