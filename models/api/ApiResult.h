#pragma once
// The outcome of one logical API call: the body and the headers the console uses on success, or
// the ApiError. Exactly one of `error` and a 2xx `httpStatus` holds.

#include "models/api/ApiError.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMetaType>
#include <QUrl>

#include <optional>

namespace md::models {

struct ApiResult {
    int httpStatus = 0;
    QByteArray body;
    QJsonDocument json; // parsed when the answer is JSON
    QByteArray etag;
    QUrl location;
    std::optional<ApiError> error;

    bool ok() const { return !error.has_value(); }
    QJsonObject object() const { return json.object(); }
    // The resource version carried by the ETag header ("7" or W/"7"), if any.
    std::optional<int> etagVersion() const;
};

std::optional<int> versionFromEtag(const QByteArray& etag);

} // namespace md::models

Q_DECLARE_METATYPE(md::models::ApiResult)
Q_DECLARE_METATYPE(md::models::ApiError)
