#include "models/api/RetryPolicy.h"

#include "models/api/ApiError.h"

#include <algorithm>

namespace md::models {

bool RetryPolicy::isIdempotent(const ApiRequest& request)
{
    switch (request.method) {
    case HttpMethod::Get:
    case HttpMethod::Put:
    case HttpMethod::Delete:
        return true;
    case HttpMethod::Post:
        return !request.idempotencyKey.isEmpty(); // the server replays the first answer
    case HttpMethod::Patch:
        // A PATCH with If-Match cannot apply twice: the second attempt meets a new version and gets 412.
        return false;
    }
    return false;
}

std::chrono::milliseconds RetryPolicy::backoff(int retriesSoFar) const
{
    const int exponent = std::clamp(retriesSoFar, 0, 16);
    const auto delay = baseDelay * (1LL << exponent);
    return std::min<std::chrono::milliseconds>(delay, maxDelay);
}

std::optional<std::chrono::milliseconds> RetryPolicy::delayBeforeRetry(const ApiRequest& request, int retriesSoFar,
                                                                       int httpStatus, const QString& errorCode,
                                                                       QNetworkReply::NetworkError networkError,
                                                                       std::optional<int> retryAfterSeconds) const
{
    if (!request.allowRetries || retriesSoFar >= maxRetries) return std::nullopt;
    // The change may have been applied. Even a POST with an Idempotency-Key is not repeated: the
    // repeat's own answer (a plain 503 "nothing applied" while the database is still away) would
    // replace this one, and the person would no longer know that the first attempt may have worked.
    if (errorCode == QLatin1String("outcome_unknown")) return std::nullopt;

    if (httpStatus == 0) {
        // A refused connection never reached the server, so even a non-idempotent call is safe to repeat.
        if (networkError == QNetworkReply::ConnectionRefusedError) return backoff(retriesSoFar);
        if (!isIdempotent(request) || !isConnectivityError(networkError)) return std::nullopt;
        return backoff(retriesSoFar);
    }

    // The rate limiter answers before any handler runs, so a 429 is safe to repeat for every call; a
    // 503 may come from a transaction whose commit acknowledgement was lost, so only idempotent calls.
    if (httpStatus == 429 || (httpStatus == 503 && isIdempotent(request))) {
        if (retryAfterSeconds) {
            if (std::chrono::seconds(*retryAfterSeconds) > maxRetryAfter) return std::nullopt;
            return std::max<std::chrono::milliseconds>(std::chrono::seconds(*retryAfterSeconds), backoff(retriesSoFar));
        }
        return backoff(retriesSoFar);
    }
    if ((httpStatus == 502 || httpStatus == 504) && isIdempotent(request)) return backoff(retriesSoFar);
    return std::nullopt;
}

} // namespace md::models
