#pragma once
// The console's only door to marketdesk-server. Owns one QNetworkAccessManager, knows the base URL
// and the bearer token, and makes every call asynchronous (an ApiCall with a finished() signal).
//
// Behind that single signal it handles what no page should repeat: a 401 on an authenticated call
// triggers one silent token refresh (concurrent 401s wait for the same refresh, then replay once);
// idempotent calls are retried with exponential backoff per RetryPolicy; a call that cannot reach
// the server reports an offline ApiError and the client probes /healthz/live until it answers,
// announcing the state through onlineChanged().

#include "models/api/ApiCall.h"
#include "models/api/ApiRequest.h"
#include "models/api/ApiResult.h"
#include "models/api/RetryPolicy.h"

#include <QJsonObject>
#include <QList>
#include <QNetworkRequest>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

#include <chrono>

class QNetworkAccessManager;
class QNetworkReply;

namespace md::models {

class ApiClient : public QObject {
    Q_OBJECT
public:
    explicit ApiClient(QObject* parent = nullptr);
    ~ApiClient() override;

    void setBaseUrl(const QUrl& baseUrl);
    QUrl baseUrl() const { return m_baseUrl; }

    void setTokens(const QString& accessToken, const QString& refreshToken);
    void clearTokens();
    QString accessToken() const { return m_accessToken; }
    QString refreshToken() const { return m_refreshToken; }

    void setRetryPolicy(const RetryPolicy& policy) { m_retryPolicy = policy; }
    const RetryPolicy& retryPolicy() const { return m_retryPolicy; }
    // Inactivity limit of one HTTP attempt.
    void setTransferTimeout(std::chrono::milliseconds timeout) { m_transferTimeout = timeout; }

    bool isOnline() const { return m_online; }

    ApiCall* send(ApiRequest request);
    ApiCall* get(const QString& path, const QUrlQuery& query = {});
    ApiCall* postJson(const QString& path, const QJsonObject& body, const QByteArray& idempotencyKey = {});
    ApiCall* patchJson(const QString& path, const QJsonObject& body, std::optional<int> ifMatchVersion);
    ApiCall* deleteResource(const QString& path);

    // For streaming endpoints (SSE) that manage their own QNetworkReply.
    QNetworkAccessManager* networkManager() const { return m_network; }
    QNetworkRequest networkRequest(const QString& path, const QUrlQuery& query = {}, bool authenticated = true) const;

public slots:
    // Starts a token refresh unless one is already running; refreshSucceeded() or sessionExpired() follows.
    void refreshSession();
    // Checks connectivity at once instead of waiting for the next scheduled probe.
    void probeNow();

signals:
    // The server rotated the refresh token; whoever persists it must store the new one.
    void tokensRefreshed(const QString& refreshToken);
    // The refresh token was refused: the user must sign in again.
    void sessionExpired(const md::models::ApiError& error);
    void onlineChanged(bool online);

private:
    void startAttempt(ApiCall* call);
    void onAttemptFinished(ApiCall* call, QNetworkReply* reply);
    void scheduleRetry(ApiCall* call, std::chrono::milliseconds delay);
    void finish(ApiCall* call, ApiResult result);
    void onRefreshFinished(const ApiResult& result);
    void setOnline(bool online);
    void scheduleProbe();

    QNetworkAccessManager* m_network;
    QUrl m_baseUrl;
    QString m_accessToken;
    QString m_refreshToken;
    RetryPolicy m_retryPolicy;
    std::chrono::milliseconds m_transferTimeout{30000};

    QPointer<ApiCall> m_refreshCall;
    QList<QPointer<ApiCall>> m_waitingForRefresh;

    bool m_online = true;
    QTimer m_probeTimer;
    QPointer<ApiCall> m_probeCall;
    int m_failedProbes = 0;
};

} // namespace md::models
