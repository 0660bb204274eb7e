#include "http/ErrorMapping.h"

namespace md::http {

unsigned statusFor(ErrorKind kind)
{
    switch (kind) {
    case ErrorKind::BadRequest: return 400;
    case ErrorKind::Unauthenticated: return 401;
    case ErrorKind::Forbidden: return 403;
    case ErrorKind::NotFound: return 404;
    case ErrorKind::Conflict: return 409;
    case ErrorKind::PreconditionFailed: return 412;
    case ErrorKind::PayloadTooLarge: return 413;
    case ErrorKind::UnsupportedMediaType: return 415;
    case ErrorKind::Validation: return 422;
    case ErrorKind::RateLimited: return 429;
    case ErrorKind::Unavailable: return 503;
    case ErrorKind::BadGateway: return 502;
    case ErrorKind::NotConfigured: return 503; // no Retry-After: retrying will not help until it is configured
    case ErrorKind::Internal: return 500;
    }
    return 500;
}

Response errorResponse(unsigned status, const std::string& code, const std::string& message,
                       const nlohmann::json& details)
{
    return Response::json({{"error", {{"code", code}, {"message", message}, {"details", details}}}}, status);
}

Response errorResponse(const DomainError& error)
{
    Response response = errorResponse(statusFor(error.kind()), error.code(), error.what(), error.details());
    if (error.kind() == ErrorKind::RateLimited) {
        int retryAfter = error.details().value("retry_after_seconds", 1);
        response.header("Retry-After", std::to_string(retryAfter < 1 ? 1 : retryAfter));
    }
    if (error.kind() == ErrorKind::Unauthenticated) response.header("WWW-Authenticate", "Bearer");
    // An outcome that is unknown must be looked up, not retried blindly (docs/API.md): no Retry-After.
    if (error.kind() == ErrorKind::Unavailable && error.code() != "outcome_unknown")
        response.header("Retry-After", std::to_string(error.retryAfterSeconds()));
    return response;
}

} // namespace md::http
