#include "models/catalog/CatalogTransfer.h"

#include "models/api/ApiClient.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>

namespace md::models {

CatalogTransfer::CatalogTransfer(ApiClient* client, ApiRequest request, bool streamBody, QObject* parent)
    : QObject(parent), m_client(client), m_request(std::move(request)), m_streamBody(streamBody)
{
}

CatalogTransfer::~CatalogTransfer()
{
    abort();
}

void CatalogTransfer::start()
{
    m_aborted = false;
    m_replayed = false;
    send();
}

void CatalogTransfer::send()
{
    m_collected.clear();
    if (!m_client) {
        emit finished(0, {}, ApiError::invalidResponse(tr("The console has no connection to a server.")));
        return;
    }
    QNetworkRequest request = m_client->networkRequest(m_request.path, m_request.query, m_request.authenticated);
    request.setTransferTimeout(static_cast<int>(m_timeout.count()));
    if (!m_request.contentType.isEmpty()) request.setHeader(QNetworkRequest::ContentTypeHeader, m_request.contentType);
    if (m_streamBody) request.setRawHeader("Accept", "text/csv, application/json");
    const QByteArray verb = methodName(m_request.method);
    QNetworkReply* reply = m_request.method == HttpMethod::Get
                               ? m_client->networkManager()->get(request)
                               : m_client->networkManager()->sendCustomRequest(request, verb, m_request.body);
    m_reply = reply;
    connect(reply, &QNetworkReply::uploadProgress, this, &CatalogTransfer::uploadProgress);
    connect(reply, &QNetworkReply::downloadProgress, this, &CatalogTransfer::downloadProgress);
    connect(reply, &QNetworkReply::readyRead, this, &CatalogTransfer::onReadyRead);
    connect(reply, &QNetworkReply::finished, this, &CatalogTransfer::onFinished);
}

void CatalogTransfer::onReadyRead()
{
    if (!m_reply) return;
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray chunk = m_reply->readAll();
    if (m_streamBody && status >= 200 && status < 300)
        emit bodyReceived(chunk);
    else
        m_collected.append(chunk);
}

void CatalogTransfer::onFinished()
{
    QNetworkReply* reply = m_reply;
    if (!reply) return;
    m_reply = nullptr;
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray rest = reply->readAll();
    if (m_streamBody && status >= 200 && status < 300) {
        if (!rest.isEmpty()) emit bodyReceived(rest);
    } else {
        m_collected.append(rest);
    }
    if (m_aborted) return;
    // A 2xx whose body broke off (the server or the connection failed mid-stream) is no success.
    if (status == 0 || (status >= 200 && status < 300 && reply->error() != QNetworkReply::NoError)) {
        QNetworkReply::NetworkError networkError = reply->error();
        // We did not abort it, so a cancellation is the transfer timeout firing.
        if (networkError == QNetworkReply::OperationCanceledError) networkError = QNetworkReply::TimeoutError;
        emit finished(status, {}, ApiError::fromNetworkError(networkError, reply->errorString()));
        return;
    }
    if (status == 401 && m_request.authenticated && !m_replayed && m_client && !m_client->refreshToken().isEmpty()) {
        replayAfterRefresh();
        return;
    }
    const QByteArray body = std::exchange(m_collected, {});
    if (status >= 200 && status < 300) {
        emit finished(status, body, std::nullopt);
        return;
    }
    emit finished(status, body, ApiError::fromHttpResponse(status, body, reply->rawHeader("Retry-After")));
}

void CatalogTransfer::replayAfterRefresh()
{
    // The access token expired. A small authenticated call through ApiClient refreshes it the way
    // every other call does (shared with concurrent calls, sign-out on refusal); then send again.
    m_replayed = true;
    m_waitingForRefresh = true;
    m_refreshCall = m_client->get(QStringLiteral("/api/v1/me"));
    connect(m_refreshCall, &ApiCall::finished, this, [this](const ApiResult& result) {
        m_waitingForRefresh = false;
        m_refreshCall = nullptr;
        if (m_aborted) return;
        if (result.error) {
            emit finished(result.httpStatus, {}, result.error);
            return;
        }
        send();
    });
}

void CatalogTransfer::abort()
{
    m_aborted = true;
    m_waitingForRefresh = false;
    if (m_refreshCall) m_refreshCall->abort();
    m_refreshCall = nullptr;
    if (QNetworkReply* reply = m_reply) {
        m_reply = nullptr;
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
}

} // namespace md::models
