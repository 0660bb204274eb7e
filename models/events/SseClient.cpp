#include "models/events/SseClient.h"

#include "models/api/AbandonReply.h"
#include "models/api/ApiClient.h"

#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>

#include <utility>

Q_LOGGING_CATEGORY(lcEvents, "md.events")

namespace md::models {

SseClient::SseClient(ApiClient* client, QString path, QObject* parent)
    : QObject(parent), m_client(client), m_path(std::move(path))
{
    m_reconnectTimer.setSingleShot(true);
    connect(&m_reconnectTimer, &QTimer::timeout, this, &SseClient::connectNow);
    connect(m_client, &ApiClient::tokensRefreshed, this, [this] {
        if (m_running && m_awaitingRefresh) {
            m_awaitingRefresh = false;
            connectNow();
        }
    });
    connect(m_client, &ApiClient::sessionExpired, this, &SseClient::stop);
    connect(m_client, &ApiClient::onlineChanged, this, [this](bool online) {
        // The server is back: do not sit out the rest of a long backoff.
        if (online && m_running && !m_reply && m_reconnectTimer.isActive()) {
            m_reconnectTimer.stop();
            connectNow();
        }
    });
}

SseClient::~SseClient()
{
    m_running = false;
    dropReply();
}

std::chrono::milliseconds SseClient::reconnectDelay(int failures, std::optional<int> serverRetryMs)
{
    const int exponent = std::clamp(failures, 0, 5);
    const std::chrono::milliseconds backoff =
        std::min(std::chrono::milliseconds(1000LL << exponent), std::chrono::milliseconds(30000));
    return std::max(backoff, std::chrono::milliseconds(serverRetryMs.value_or(0)));
}

void SseClient::start()
{
    if (m_running) return;
    m_running = true;
    m_failures = 0;
    connectNow();
}

void SseClient::stop()
{
    m_running = false;
    m_awaitingRefresh = false;
    m_reconnectTimer.stop();
    dropReply();
    setConnected(false);
}

void SseClient::dropReply()
{
    abandonReply(m_reply, this);
}

void SseClient::connectNow()
{
    if (!m_running) return;
    dropReply();
    m_sessionEnded = false;
    m_parser.resetBuffer();

    QNetworkRequest request = m_client->networkRequest(m_path);
    request.setRawHeader("Accept", "text/event-stream");
    request.setRawHeader("Cache-Control", "no-cache");
    if (!m_parser.lastEventId().isEmpty()) request.setRawHeader("Last-Event-ID", m_parser.lastEventId().toUtf8());
    // The server sends heartbeats; a minute of silence means the connection is dead.
    request.setTransferTimeout(60000);
    m_reply = m_client->networkManager()->get(request);
    connect(m_reply, &QNetworkReply::metaDataChanged, this, &SseClient::onMetaData);
    connect(m_reply, &QNetworkReply::readyRead, this, &SseClient::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &SseClient::onFinished);
}

void SseClient::onMetaData()
{
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray contentType = m_reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
    if (status == 200 && contentType.startsWith("text/event-stream")) {
        m_failures = 0;
        setConnected(true);
    }
}

void SseClient::onReadyRead()
{
    if (!m_connected) return; // an error body; read in onFinished
    const QList<SseEvent> events = m_parser.feed(m_reply->readAll());
    for (const SseEvent& event : events) {
        // The server ends a stream whose token expired or whose session was signed out with this
        // frame (API.md "Live events"). It is not an event for the pages: the stream resumes after
        // the session is refreshed, or stops if it cannot be.
        if (event.type == QLatin1String("session_ended")) {
            qCInfo(lcEvents) << "event stream ended by the server:" << event.data;
            m_sessionEnded = true;
            continue;
        }
        emit eventReceived(event);
    }
}

void SseClient::onFinished()
{
    QNetworkReply* reply = m_reply;
    m_reply = nullptr;
    if (!reply) return;
    reply->deleteLater();
    const bool wasConnected = m_connected;
    setConnected(false);
    if (!m_running) return;

    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status == 401 || std::exchange(m_sessionEnded, false)) {
        m_awaitingRefresh = true;
        m_client->refreshSession();
        return;
    }
    if (status == 403 || status == 404) {
        qCWarning(lcEvents) << "live events refused with HTTP" << status << "- not retrying";
        m_running = false;
        return;
    }
    if (!wasConnected) ++m_failures;
    qCInfo(lcEvents) << "event stream ended:" << (status ? QString::number(status) : reply->errorString())
                     << "- reconnecting";
    scheduleReconnect();
}

void SseClient::scheduleReconnect()
{
    m_reconnectTimer.start(reconnectDelay(m_failures, m_parser.retryMilliseconds()));
}

void SseClient::setConnected(bool connected)
{
    if (m_connected == connected) return;
    m_connected = connected;
    emit connectedChanged(connected);
}

} // namespace md::models
