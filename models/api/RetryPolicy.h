#pragma once
// When a failed attempt is worth repeating, and after how long. Pure, so the policy is tested
// without a network: only calls that cannot do harm when repeated are retried (GET, PUT, DELETE,
// and POSTs carrying an Idempotency-Key), only for failures that are plausibly temporary, and never
// after an answer saying the outcome is unknown (503 outcome_unknown).

#include "models/api/ApiRequest.h"

#include <QNetworkReply>

#include <chrono>
#include <optional>

namespace md::models {

class RetryPolicy {
public:
    int maxRetries = 3;
    std::chrono::milliseconds baseDelay{300};
    std::chrono::milliseconds maxDelay{5000};
    // A Retry-After longer than this is reported to the user instead of waited for silently.
    std::chrono::seconds maxRetryAfter{10};

    static bool isIdempotent(const ApiRequest& request);

    // The delay before retry number `retriesSoFar + 1`, or nullopt to give up and report.
    // `httpStatus` is 0 when no HTTP answer arrived; `errorCode` is the answer's error.code (empty
    // without one); `retryAfterSeconds` comes from the header.
    std::optional<std::chrono::milliseconds> delayBeforeRetry(const ApiRequest& request, int retriesSoFar,
                                                              int httpStatus, const QString& errorCode,
                                                              QNetworkReply::NetworkError networkError,
                                                              std::optional<int> retryAfterSeconds) const;

    // Exponential backoff without jitter: baseDelay * 2^retriesSoFar, capped at maxDelay.
    std::chrono::milliseconds backoff(int retriesSoFar) const;
};

} // namespace md::models
