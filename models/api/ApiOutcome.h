#pragma once
// A typed answer: the parsed DTO or the ApiError, and a helper that turns an ApiCall into one by
// parsing its JSON body with a DTO parser. The continuation runs in `context`'s thread and is
// dropped with the context, so a closed dialog never receives a late answer.

#include "models/api/ApiCall.h"
#include "models/api/ApiResult.h"

#include <QObject>

#include <functional>
#include <optional>

namespace md::models {

template <typename T> struct ApiOutcome {
    std::optional<T> value;
    std::optional<ApiError> error;
    std::optional<int> etagVersion;

    bool ok() const { return value.has_value(); }
};

template <typename T, typename Parser>
ApiCall* continueParsed(ApiCall* call, QObject* context, Parser parse, std::function<void(ApiOutcome<T>)> done)
{
    QObject::connect(call, &ApiCall::finished, context, [parse, done = std::move(done)](const ApiResult& result) {
        ApiOutcome<T> outcome;
        outcome.etagVersion = result.etagVersion();
        if (result.error) {
            outcome.error = result.error;
        } else {
            QString parseError;
            outcome.value = parse(result.object(), &parseError);
            if (!outcome.value) outcome.error = ApiError::invalidResponse(parseError);
        }
        done(std::move(outcome));
    });
    return call;
}

// For calls whose answer carries nothing the console needs (204, or a body it ignores).
inline ApiCall* continueEmpty(ApiCall* call, QObject* context, std::function<void(std::optional<ApiError>)> done)
{
    QObject::connect(call, &ApiCall::finished, context,
                     [done = std::move(done)](const ApiResult& result) { done(result.error); });
    return call;
}

} // namespace md::models
