#pragma once
// Domain errors: what went wrong, in the service's own terms. The HTTP layer maps each kind to a
// status code in exactly one place (http/ErrorMapping.cpp); services never mention HTTP.

#include <nlohmann/json.hpp>

#include <stdexcept>
#include <string>

namespace md {

enum class ErrorKind {
    BadRequest,          // malformed input: not JSON, wrong shape
    Unauthenticated,     // no or invalid credentials
    Forbidden,           // authenticated but the role may not do this
    NotFound,            // absent, or belongs to someone the caller may not see
    Conflict,            // state conflict: insufficient_stock, invalid_transition, duplicate_sku
    PreconditionFailed,  // If-Match did not match the current version
    PayloadTooLarge,
    UnsupportedMediaType,
    Validation,          // well-formed but invalid: details.fields maps field -> message
    RateLimited,         // details.retry_after_seconds tells when to try again
    Unavailable,         // a dependency (the database, the Kubernetes API server, Prometheus) is down or too
                         // slow: try again later (retryAfterSeconds())
    BadGateway,          // an upstream (the Kubernetes API server, Prometheus) answered wrongly or failed in a way
                         // retrying will not fix: details say what it answered
    NotConfigured,       // the feature needs a setting this server was started without; the message names it
    Internal,
};

class DomainError : public std::runtime_error {
public:
    DomainError(ErrorKind kind, std::string code, std::string message, nlohmann::json details = nlohmann::json::object())
        : std::runtime_error(message), m_kind(kind), m_code(std::move(code)), m_details(std::move(details))
    {
    }

    ErrorKind kind() const { return m_kind; }
    const std::string& code() const { return m_code; }
    const nlohmann::json& details() const { return m_details; }
    // When to try again, for Unavailable: 1 second unless the failing dependency suggests otherwise.
    int retryAfterSeconds() const { return m_retryAfterSeconds; }

    static DomainError badRequest(std::string message, std::string code = "bad_request")
    {
        return {ErrorKind::BadRequest, std::move(code), std::move(message)};
    }
    static DomainError unauthenticated(std::string message = "authentication required",
                                       std::string code = "unauthenticated")
    {
        return {ErrorKind::Unauthenticated, std::move(code), std::move(message)};
    }
    static DomainError forbidden(std::string message = "your role may not do this")
    {
        return {ErrorKind::Forbidden, "forbidden", std::move(message)};
    }
    static DomainError notFound(std::string what = "resource")
    {
        return {ErrorKind::NotFound, "not_found", what + " not found"};
    }
    static DomainError conflict(std::string code, std::string message, nlohmann::json details = nlohmann::json::object())
    {
        return {ErrorKind::Conflict, std::move(code), std::move(message), std::move(details)};
    }
    static DomainError preconditionFailed(long long currentVersion)
    {
        return {ErrorKind::PreconditionFailed, "version_mismatch",
                "the resource was changed by someone else; reload it and try again",
                {{"current_version", currentVersion}}};
    }
    // One invalid field; use Validation with a fields object for several.
    static DomainError invalidField(const std::string& field, const std::string& message)
    {
        return {ErrorKind::Validation, "validation_failed", field + ": " + message,
                {{"fields", {{field, message}}}}};
    }
    static DomainError validation(nlohmann::json fields, std::string message = "some fields are invalid")
    {
        return {ErrorKind::Validation, "validation_failed", std::move(message), {{"fields", std::move(fields)}}};
    }
    static DomainError rateLimited(int retryAfterSeconds, std::string message = "too many requests")
    {
        return {ErrorKind::RateLimited, "rate_limited", std::move(message), {{"retry_after_seconds", retryAfterSeconds}}};
    }
    static DomainError unavailable(std::string message = "the database is unreachable; try again shortly")
    {
        return {ErrorKind::Unavailable, "service_unavailable", std::move(message)};
    }
    // The change may or may not have been applied: the database connection broke after the request was
    // sent, and whether it committed could not be found out. Nothing retries it as if it had failed.
    static DomainError outcomeUnknown(std::string message)
    {
        return {ErrorKind::Unavailable, "outcome_unknown", std::move(message)};
    }
    // An upstream service that did not answer or is overloaded (code: cluster_unavailable,
    // prometheus_unavailable, ...).
    static DomainError upstreamUnavailable(std::string code, std::string message, int retryAfterSeconds = 1,
                                           nlohmann::json details = nlohmann::json::object())
    {
        DomainError error{ErrorKind::Unavailable, std::move(code), std::move(message), std::move(details)};
        error.m_retryAfterSeconds = retryAfterSeconds < 1 ? 1 : retryAfterSeconds;
        return error;
    }
    static DomainError badGateway(std::string code, std::string message, nlohmann::json details = nlohmann::json::object())
    {
        return {ErrorKind::BadGateway, std::move(code), std::move(message), std::move(details)};
    }
    // message says what to set, e.g. "no Prometheus is configured: set MARKETDESK_PROMETHEUS_URL".
    static DomainError notConfigured(std::string message)
    {
        return {ErrorKind::NotConfigured, "not_configured", std::move(message)};
    }

private:
    ErrorKind m_kind;
    std::string m_code;
    nlohmann::json m_details;
    int m_retryAfterSeconds = 1;
};

} // namespace md
