#pragma once
// One logical call to the API as the caller describes it; ApiClient turns it into one or more HTTP
// attempts (retries, a replay after a token refresh).

#include <QByteArray>
#include <QString>
#include <QUrlQuery>

#include <optional>

namespace md::models {

enum class HttpMethod { Get, Post, Patch, Put, Delete };

QByteArray methodName(HttpMethod method);

struct ApiRequest {
    HttpMethod method = HttpMethod::Get;
    QString path; // below the base URL, e.g. "/api/v1/products/12"
    QUrlQuery query;
    QByteArray body;
    QByteArray contentType; // set when body is not empty
    std::optional<int> ifMatchVersion;
    QByteArray idempotencyKey;
    bool authenticated = true; // sends the bearer token and takes part in the silent refresh
    bool allowRetries = true;  // false for connectivity probes, which have their own schedule
};

} // namespace md::models
