#include "models/api/ApiClient.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>

Q_LOGGING_CATEGORY(lcApi, "md.api")

namespace md::models {

namespace {

const QByteArray JsonContentType = QByteArrayLiteral("application/json; charset=utf-8");

QByteArray userAgent()
{
    const QString version = QCoreApplication::applicationVersion();
    return QStringLiteral("marketdesk-console/%1").arg(version.isEmpty() ? QStringLiteral("dev") : version).toUtf8();
}

bool isJsonContentType(const QByteArray& contentType)
{
    return contentType.trimmed().toLower().startsWith("application/json") || contentType.toLower().contains("+json");
}

// Spreads retries of many clients apart: +-20 % around the policy's delay.
std::chrono::milliseconds withJitter(std::chrono::milliseconds delay)
{
    const double factor = 0.8 + 0.4 * QRandomGenerator::global()->generateDouble();
    return std::chrono::milliseconds(static_cast<long long>(static_cast<double>(delay.count()) * factor));
}

} // namespace

ApiClient::ApiClient(QObject* parent) : QObject(parent), m_network(new QNetworkAccessManager(this))
{
    // Redirects would resend the bearer token to wherever the server points; the API never redirects.
    m_network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    m_probeTimer.setSingleShot(true);
    connect(&m_probeTimer, &QTimer::timeout, this, &ApiClient::probeNow);
}

ApiClient::~ApiClient() = default;

void ApiClient::setBaseUrl(const QUrl& baseUrl)
{
    m_baseUrl = baseUrl;
    // A path prefix ("https://host/marketdesk") must keep its last segment when API paths are appended.
    QString path = m_baseUrl.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    m_baseUrl.setPath(path);
}

void ApiClient::setTokens(const QString& accessToken, const QString& refreshToken)
{
    m_accessToken = accessToken;
    m_refreshToken = refreshToken;
}

void ApiClient::clearTokens()
{
    m_accessToken.clear();
    m_refreshToken.clear();
}

QNetworkRequest ApiClient::networkRequest(const QString& path, const QUrlQuery& query, bool authenticated) const
{
    QUrl url = m_baseUrl;
    url.setPath(m_baseUrl.path() + path);
    url.setQuery(query);
    QNetworkRequest request(url);
    request.setRawHeader("Accept", "application/json");
    request.setHeader(QNetworkRequest::UserAgentHeader, userAgent());
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    if (authenticated && !m_accessToken.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_accessToken.toUtf8());
    return request;
}

ApiCall* ApiClient::send(ApiRequest request)
{
    auto* call = new ApiCall(std::move(request), this);
    if (!m_baseUrl.isValid() || m_baseUrl.scheme().isEmpty()) {
        // Reported on the next turn of the event loop so the caller has connected to finished().
        QTimer::singleShot(0, call, [this, call] {
            finish(call, ApiResult{0, {}, {}, {}, {}, ApiError::invalidResponse(tr("No server address is set."))});
        });
        return call;
    }
    startAttempt(call);
    return call;
}

ApiCall* ApiClient::get(const QString& path, const QUrlQuery& query)
{
    ApiRequest request;
    request.method = HttpMethod::Get;
    request.path = path;
    request.query = query;
    return send(std::move(request));
}

ApiCall* ApiClient::postJson(const QString& path, const QJsonObject& body, const QByteArray& idempotencyKey)
{
    ApiRequest request;
    request.method = HttpMethod::Post;
    request.path = path;
    request.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    request.contentType = JsonContentType;
    request.idempotencyKey = idempotencyKey;
    return send(std::move(request));
}

ApiCall* ApiClient::patchJson(const QString& path, const QJsonObject& body, std::optional<int> ifMatchVersion)
{
    ApiRequest request;
    request.method = HttpMethod::Patch;
    request.path = path;
    request.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    request.contentType = JsonContentType;
    request.ifMatchVersion = ifMatchVersion;
    return send(std::move(request));
}

ApiCall* ApiClient::deleteResource(const QString& path)
{
    ApiRequest request;
    request.method = HttpMethod::Delete;
    request.path = path;
    return send(std::move(request));
}

void ApiClient::startAttempt(ApiCall* call)
{
    if (!call->isActive()) return;
    const ApiRequest& request = call->m_request;
    if (request.authenticated && m_refreshCall) {
        // Sending now would only earn a 401 with the expiring token; wait for the new one.
        m_waitingForRefresh.append(call);
        return;
    }

    QNetworkRequest networkRequest = this->networkRequest(request.path, request.query, request.authenticated);
    networkRequest.setTransferTimeout(static_cast<int>(m_transferTimeout.count()));
    if (!request.contentType.isEmpty())
        networkRequest.setHeader(QNetworkRequest::ContentTypeHeader, request.contentType);
    if (request.ifMatchVersion)
        networkRequest.setRawHeader("If-Match", QByteArray("\"") + QByteArray::number(*request.ifMatchVersion) + '"');
    if (!request.idempotencyKey.isEmpty()) networkRequest.setRawHeader("Idempotency-Key", request.idempotencyKey);
    call->m_tokenUsed = m_accessToken;

    QNetworkReply* reply = nullptr;
    switch (request.method) {
    case HttpMethod::Get:
        reply = m_network->get(networkRequest);
        break;
    case HttpMethod::Post:
        reply = m_network->post(networkRequest, request.body);
        break;
    case HttpMethod::Put:
        reply = m_network->put(networkRequest, request.body);
        break;
    case HttpMethod::Delete:
        reply = m_network->deleteResource(networkRequest);
        break;
    case HttpMethod::Patch:
        reply = m_network->sendCustomRequest(networkRequest, "PATCH", request.body);
        break;
    }
    call->m_reply = reply;
    connect(reply, &QNetworkReply::finished, call, [this, call, reply] { onAttemptFinished(call, reply); });
}

void ApiClient::onAttemptFinished(ApiCall* call, QNetworkReply* reply)
{
    reply->deleteLater();
    if (!call->isActive()) return; // aborted: the caller has moved on
    call->m_reply = nullptr;

    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const ApiRequest& request = call->m_request;

    if (status == 0) {
        QNetworkReply::NetworkError networkError = reply->error();
        // We did not abort this reply, so a cancellation is the transfer timeout firing.
        if (networkError == QNetworkReply::OperationCanceledError) networkError = QNetworkReply::TimeoutError;
        if (auto delay =
                m_retryPolicy.delayBeforeRetry(request, call->m_retries, 0, QString(), networkError, std::nullopt)) {
            scheduleRetry(call, *delay);
            return;
        }
        ApiError error = ApiError::fromNetworkError(networkError, reply->errorString());
        if (error.offline) setOnline(false);
        finish(call, ApiResult{0, {}, {}, {}, {}, std::move(error)});
        return;
    }

    setOnline(true);
    const QByteArray body = reply->readAll();

    if (status == 401 && request.authenticated && !m_refreshToken.isEmpty() && !call->m_replayedAfterRefresh) {
        call->m_replayedAfterRefresh = true;
        if (call->m_tokenUsed != m_accessToken) {
            startAttempt(call); // another call's refresh already replaced the token
            return;
        }
        m_waitingForRefresh.append(call);
        refreshSession();
        return;
    }

    if (status == 401 && request.authenticated && m_refreshToken.isEmpty() && !m_accessToken.isEmpty()) {
        // No refresh token (or it was just refused): this session cannot continue.
        ApiError error = ApiError::fromHttpResponse(status, body);
        clearTokens();
        emit sessionExpired(error);
        finish(call, ApiResult{status, body, {}, {}, {}, std::move(error)});
        return;
    }

    ApiResult result;
    result.httpStatus = status;
    result.body = body;
    result.etag = reply->rawHeader("ETag");
    result.location = reply->header(QNetworkRequest::LocationHeader).toUrl();

    if (status >= 200 && status < 300) {
        const QByteArray contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
        if (!body.isEmpty() && isJsonContentType(contentType)) {
            QJsonParseError parseError;
            result.json = QJsonDocument::fromJson(body, &parseError);
            if (parseError.error != QJsonParseError::NoError)
                result.error = ApiError::invalidResponse(parseError.errorString());
        }
        finish(call, std::move(result));
        return;
    }

    ApiError error = ApiError::fromHttpResponse(status, body, reply->rawHeader("Retry-After"));
    if (auto delay = m_retryPolicy.delayBeforeRetry(request, call->m_retries, status, error.code, reply->error(),
                                                    error.retryAfterSeconds)) {
        scheduleRetry(call, *delay);
        return;
    }
    result.error = std::move(error);
    finish(call, std::move(result));
}

void ApiClient::scheduleRetry(ApiCall* call, std::chrono::milliseconds delay)
{
    ++call->m_retries;
    const auto jittered = withJitter(delay);
    qCDebug(lcApi) << "retrying" << methodName(call->m_request.method) << call->m_request.path << "in"
                   << jittered.count() << "ms, attempt" << call->m_retries + 1;
    if (!call->m_retryTimer) {
        call->m_retryTimer = new QTimer(call);
        call->m_retryTimer->setSingleShot(true);
        connect(call->m_retryTimer, &QTimer::timeout, call, [this, call] { startAttempt(call); });
    }
    call->m_retryTimer->start(jittered);
}

void ApiClient::finish(ApiCall* call, ApiResult result)
{
    if (!call->isActive()) return;
    call->m_finished = true;
    if (result.error && call != m_probeCall) {
        // Logged here once with its context; the caller decides how to present it.
        qCInfo(lcApi).noquote() << methodName(call->m_request.method) << call->m_request.path
                                << "failed:" << result.httpStatus << result.error->code << result.error->message;
    }
    emit call->finished(result);
    call->deleteLater();
}

void ApiClient::refreshSession()
{
    if (m_refreshCall) return;
    if (m_refreshToken.isEmpty()) {
        ApiError error;
        error.httpStatus = 401;
        error.code = QStringLiteral("unauthenticated");
        error.message = tr("Your session has ended. Sign in again.");
        onRefreshFinished(ApiResult{401, {}, {}, {}, {}, error});
        return;
    }
    ApiRequest request;
    request.method = HttpMethod::Post;
    request.path = QStringLiteral("/api/v1/auth/refresh");
    request.body =
        QJsonDocument(QJsonObject{{QStringLiteral("refresh_token"), m_refreshToken}}).toJson(QJsonDocument::Compact);
    request.contentType = JsonContentType;
    request.authenticated = false;
    m_refreshCall = send(std::move(request));
    connect(m_refreshCall, &ApiCall::finished, this, [this](const ApiResult& result) {
        m_refreshCall = nullptr;
        onRefreshFinished(result);
    });
}

void ApiClient::onRefreshFinished(const ApiResult& result)
{
    const QList<QPointer<ApiCall>> waiting = std::exchange(m_waitingForRefresh, {});
    const QString accessToken = result.object().value(QLatin1String("access_token")).toString();
    const QString refreshToken = result.object().value(QLatin1String("refresh_token")).toString();

    if (result.ok() && !accessToken.isEmpty() && !refreshToken.isEmpty()) {
        setTokens(accessToken, refreshToken);
        emit tokensRefreshed(refreshToken);
        for (const QPointer<ApiCall>& call : waiting)
            if (call) startAttempt(call);
        return;
    }

    ApiError error = result.error.value_or(ApiError::invalidResponse(tr("The token refresh answer has no tokens.")));
    const bool sessionIsOver = error.httpStatus == 400 || error.httpStatus == 401 || error.httpStatus == 403;
    if (sessionIsOver) {
        clearTokens();
        error.httpStatus = 401;
        error.message = tr("Your session has ended. Sign in again.");
        emit sessionExpired(error);
    }
    // Otherwise (offline, server trouble) the tokens stay: the next call tries the refresh again.
    for (const QPointer<ApiCall>& call : waiting)
        if (call) finish(call, ApiResult{error.httpStatus, {}, {}, {}, {}, error});
}

void ApiClient::setOnline(bool online)
{
    if (online) {
        m_failedProbes = 0;
        m_probeTimer.stop();
    } else if (!m_probeTimer.isActive() && !m_probeCall) {
        scheduleProbe();
    }
    if (m_online == online) return;
    m_online = online;
    emit onlineChanged(online);
}

void ApiClient::scheduleProbe()
{
    // 2 s, 4 s, 8 s ... up to 30 s between probes while the server stays unreachable.
    const int exponent = std::min(m_failedProbes, 4);
    m_probeTimer.start(std::chrono::milliseconds(std::min(2000 << exponent, 30000)));
}

void ApiClient::probeNow()
{
    if (m_online || m_probeCall) return;
    m_probeTimer.stop();
    ApiRequest request;
    request.path = QStringLiteral("/healthz/live");
    request.authenticated = false;
    request.allowRetries = false;
    m_probeCall = send(std::move(request));
    connect(m_probeCall, &ApiCall::finished, this, [this](const ApiResult& result) {
        m_probeCall = nullptr;
        if (result.httpStatus == 0) {
            ++m_failedProbes;
            scheduleProbe();
        }
        // Any HTTP answer already switched the client back online in onAttemptFinished().
    });
}

} // namespace md::models
