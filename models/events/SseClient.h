#pragma once
// Listens to GET /api/v1/events (Server-Sent Events) for as long as it runs: parses the stream as
// it arrives, reconnects with exponential backoff (or the server's `retry:`), resumes with
// Last-Event-ID so no event of the server's window is lost, and gets a fresh access token through
// ApiClient when the stream is refused with 401.

#include "models/events/SseParser.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <chrono>

class QNetworkReply;

namespace md::models {

class ApiClient;

class SseClient : public QObject {
    Q_OBJECT
public:
    explicit SseClient(ApiClient* client, QString path = QStringLiteral("/api/v1/events"), QObject* parent = nullptr);
    ~SseClient() override;

    void start();
    void stop();
    bool isRunning() const { return m_running; }
    bool isConnected() const { return m_connected; }
    QString lastEventId() const { return m_parser.lastEventId(); }

    // The delay before reconnect attempt `failures` (0-based): 1 s doubling up to 30 s, never less
    // than what the server asked for.
    static std::chrono::milliseconds reconnectDelay(int failures, std::optional<int> serverRetryMs);

signals:
    void eventReceived(const md::models::SseEvent& event);
    void connectedChanged(bool connected);

private:
    void connectNow();
    void onMetaData();
    void onReadyRead();
    void onFinished();
    void scheduleReconnect();
    void setConnected(bool connected);
    void dropReply();

    ApiClient* m_client;
    QString m_path;
    QPointer<QNetworkReply> m_reply;
    SseParser m_parser;
    QTimer m_reconnectTimer;
    int m_failures = 0;
    bool m_running = false;
    bool m_connected = false;
    bool m_awaitingRefresh = false;
    bool m_sessionEnded = false; // the server sent session_ended: refresh before resuming
};

} // namespace md::models
