#include "models/ops/PodLogStream.h"

#include "models/api/AbandonReply.h"
#include "models/api/ApiClient.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QUrl>
#include <QUrlQuery>

namespace md::models {

QString PodLogRequest::path() const
{
    return QStringLiteral("/api/v1/ops/pods/%1/logs").arg(QString::fromLatin1(QUrl::toPercentEncoding(pod)));
}

QUrlQuery PodLogRequest::query() const
{
    QUrlQuery query;
    if (!container.isEmpty()) query.addQueryItem(QStringLiteral("container"), container);
    query.addQueryItem(QStringLiteral("tail_lines"), QString::number(tailLines));
    query.addQueryItem(QStringLiteral("follow"), follow ? QStringLiteral("true") : QStringLiteral("false"));
    query.addQueryItem(QStringLiteral("previous"), previous ? QStringLiteral("true") : QStringLiteral("false"));
    return query;
}

PodLogStream::PodLogStream(ApiClient* client, QObject* parent) : QObject(parent), m_client(client) {}

PodLogStream::~PodLogStream()
{
    stop();
}

void PodLogStream::start(const PodLogRequest& request)
{
    stop();
    m_request = request;
    m_decoder = LogChunkDecoder();
    m_bytes = 0;
    m_httpOk = false;
    QNetworkRequest networkRequest = m_client->networkRequest(request.path(), request.query());
    networkRequest.setRawHeader("Accept", "text/plain");
    // A followed log may stay quiet for minutes; without follow, the usual inactivity limit applies.
    networkRequest.setTransferTimeout(request.follow ? 0 : 30000);
    m_reply = m_client->networkManager()->get(networkRequest);
    // Keep Qt's buffer small: lines are taken out as they arrive.
    m_reply->setReadBufferSize(256 * 1024);
    connect(m_reply, &QNetworkReply::readyRead, this, &PodLogStream::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &PodLogStream::onFinished);
}

void PodLogStream::stop()
{
    abandonReply(m_reply, this);
}

void PodLogStream::onReadyRead()
{
    if (!m_reply) return;
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    m_httpOk = status >= 200 && status < 300;
    if (!m_httpOk) return; // an error body is read whole in onFinished()
    const QByteArray chunk = m_reply->readAll();
    m_bytes += chunk.size();
    const QStringList lines = m_decoder.feed(chunk);
    if (!lines.isEmpty()) emit linesReceived(lines);
}

void PodLogStream::onFinished()
{
    if (!m_reply) return;
    QNetworkReply* reply = m_reply;
    m_reply = nullptr;
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    std::optional<ApiError> error;
    if (status >= 200 && status < 300) {
        const QByteArray rest = reply->readAll();
        m_bytes += rest.size();
        QStringList lines = m_decoder.feed(rest);
        lines += m_decoder.finish();
        if (!lines.isEmpty()) emit linesReceived(lines);
        // A stream cut mid-way (server gone, connection reset) is an error even after a 200.
        if (reply->error() != QNetworkReply::NoError && reply->error() != QNetworkReply::OperationCanceledError)
            error = ApiError::fromNetworkError(reply->error(), reply->errorString());
    } else if (status > 0) {
        error = ApiError::fromHttpResponse(status, reply->readAll(), reply->rawHeader("Retry-After"));
    } else {
        error = ApiError::fromNetworkError(reply->error(), reply->errorString());
    }
    emit finished(error);
}

} // namespace md::models
