#pragma once
// The one place where domain errors become HTTP status codes and the contract's error body
// {"error":{"code","message","details"}}.

#include "core/DomainError.h"
#include "http/Response.h"

namespace md::http {

unsigned statusFor(ErrorKind kind);
Response errorResponse(const DomainError& error);
Response errorResponse(unsigned status, const std::string& code, const std::string& message,
                       const nlohmann::json& details = nlohmann::json::object());

} // namespace md::http
