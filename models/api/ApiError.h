#pragma once
// A failed call to the Marketdesk API, as the console needs to present it: the contract's error
// code and message, the per-field validation messages (details.fields), the HTTP status, and whether
// the server could not be reached at all (offline), which the UI shows differently from a refusal.

#include <QJsonObject>
#include <QMap>
#include <QMetaType>
#include <QNetworkReply>
#include <QString>

#include <optional>

namespace md::models {

struct ApiError {
    int httpStatus = 0;                 // 0 when no HTTP response arrived
    QString code;                       // the contract's error.code, or one of the client-side codes below
    QString message;                    // the server's human text, or Qt's description of a network failure
    QMap<QString, QString> fieldErrors; // details.fields: field name -> message
    QJsonObject details;
    bool offline = false; // no HTTP answer: refused, unreachable, timed out, connection dropped
    std::optional<int> retryAfterSeconds;

    // Client-side codes for failures the server did not describe.
    static constexpr const char* OfflineCode = "offline";
    static constexpr const char* InvalidResponseCode = "invalid_response";
    static constexpr const char* HttpErrorCode = "http_error";

    // Builds the error for a non-2xx answer; tolerates bodies that are not the contract's shape
    // (a proxy's HTML page, an empty body) by falling back to a generic code.
    static ApiError fromHttpResponse(int status, const QByteArray& body, const QByteArray& retryAfterHeader = {});
    // Builds the error for a request that got no HTTP answer.
    static ApiError fromNetworkError(QNetworkReply::NetworkError error, const QString& description);
    // A 2xx answer whose body does not match the contract.
    static ApiError invalidResponse(const QString& description);

    bool isValidation() const { return httpStatus == 422; }
    bool isConflict() const { return httpStatus == 409; }
    bool isPreconditionFailed() const { return httpStatus == 412; }
    bool isUnauthenticated() const { return httpStatus == 401; }
    bool isForbidden() const { return httpStatus == 403; }
    bool isNotFound() const { return httpStatus == 404; }
    // 503 outcome_unknown: the server lost its database connection after the change was sent and
    // could not find out whether it was applied. Never repeated automatically (RetryPolicy): the
    // person looks the object up first.
    bool isOutcomeUnknown() const { return code == QLatin1String("outcome_unknown"); }

    // One sentence for a banner or a dialog, translated where the console has its own wording
    // (offline, rate limited, server errors) and the server's message otherwise.
    QString displayText() const;
};

// Whether a Qt network error means the server was not reached (as opposed to an HTTP answer).
bool isConnectivityError(QNetworkReply::NetworkError error);

} // namespace md::models
