#include "models/api/ApiError.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

namespace md::models {

namespace {

std::optional<int> parseRetryAfter(const QByteArray& header)
{
    bool ok = false;
    const int seconds = header.trimmed().toInt(&ok);
    if (ok && seconds >= 0) return seconds;
    return std::nullopt; // HTTP-date form is not used by our server; treat it as absent
}

} // namespace

ApiError ApiError::fromHttpResponse(int status, const QByteArray& body, const QByteArray& retryAfterHeader)
{
    ApiError error;
    error.httpStatus = status;
    error.retryAfterSeconds = parseRetryAfter(retryAfterHeader);

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    const QJsonObject envelope = document.object().value(QLatin1String("error")).toObject();
    if (parseError.error != QJsonParseError::NoError || envelope.isEmpty()) {
        error.code = QString::fromLatin1(HttpErrorCode);
        error.message = QStringLiteral("HTTP %1").arg(status);
        return error;
    }

    error.code = envelope.value(QLatin1String("code")).toString(QString::fromLatin1(HttpErrorCode));
    error.message = envelope.value(QLatin1String("message")).toString();
    error.details = envelope.value(QLatin1String("details")).toObject();
    const QJsonObject fields = error.details.value(QLatin1String("fields")).toObject();
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        // The contract says field -> message; a list of messages is joined rather than dropped.
        if (it.value().isArray()) {
            QStringList messages;
            for (const QJsonValue& message : it.value().toArray())
                messages.append(message.toString());
            error.fieldErrors.insert(it.key(), messages.join(QLatin1String("; ")));
        } else {
            error.fieldErrors.insert(it.key(), it.value().toString());
        }
    }
    if (!error.retryAfterSeconds) {
        const QJsonValue retryAfter = error.details.value(QLatin1String("retry_after_seconds"));
        if (retryAfter.isDouble()) error.retryAfterSeconds = retryAfter.toInt();
    }
    return error;
}

ApiError ApiError::fromNetworkError(QNetworkReply::NetworkError networkError, const QString& description)
{
    ApiError error;
    error.code = QString::fromLatin1(OfflineCode);
    error.message = description;
    error.offline = isConnectivityError(networkError);
    if (!error.offline) error.code = QStringLiteral("network_error");
    return error;
}

ApiError ApiError::invalidResponse(const QString& description)
{
    ApiError error;
    error.code = QString::fromLatin1(InvalidResponseCode);
    error.message = description;
    return error;
}

QString ApiError::displayText() const
{
    if (offline)
        return QCoreApplication::translate("ApiError", "The server cannot be reached.");
    if (httpStatus == 429) {
        if (retryAfterSeconds)
            return QCoreApplication::translate("ApiError", "Too many requests. Try again in %n second(s).", nullptr,
                                               *retryAfterSeconds);
        return QCoreApplication::translate("ApiError", "Too many requests. Try again shortly.");
    }
    if (httpStatus == 403) return QCoreApplication::translate("ApiError", "Your role may not do this.");
    // Not "could not complete": the change may well have been made.
    if (isOutcomeUnknown())
        return QCoreApplication::translate("ApiError",
                                           "The change may or may not have been applied — reload before retrying.");
    if (httpStatus >= 500 || code == QLatin1String(HttpErrorCode)) {
        const QString detail = message.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(message);
        return QCoreApplication::translate("ApiError", "The server could not complete the request%1.").arg(detail);
    }
    if (code == QLatin1String(InvalidResponseCode))
        return QCoreApplication::translate("ApiError", "The server sent an answer the console does not understand: %1")
            .arg(message);
    if (!message.isEmpty()) return message;
    return QCoreApplication::translate("ApiError", "The request failed (%1).").arg(code);
}

bool isConnectivityError(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::TimeoutError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::UnknownNetworkError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyTimeoutError:
        return true;
    default:
        return false;
    }
}

} // namespace md::models
