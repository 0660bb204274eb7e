#pragma once
// Reads one container's log through GET /api/v1/ops/pods/{name}/logs: the tail, then (when
// following) the lines as the pod writes them, streamed over one long QNetworkReply and decoded
// incrementally (LogChunkDecoder). The stream does not reconnect by itself: when it ends the owner
// hears why and decides (the log viewer offers a button), because a silent reconnect would repeat
// the tail and duplicate lines.

#include "models/api/ApiError.h"
#include "models/ops/LogChunkDecoder.h"

#include <QObject>
#include <QPointer>

#include <optional>

class QNetworkReply;

namespace md::models {

class ApiClient;

struct PodLogRequest {
    QString pod;
    QString container; // empty: the pod's only container
    int tailLines = 1000;
    bool follow = true;
    bool previous = false; // the log of the previous (crashed) container instance

    QString path() const;
    QUrlQuery query() const;
};

class PodLogStream : public QObject {
    Q_OBJECT
public:
    explicit PodLogStream(ApiClient* client, QObject* parent = nullptr);
    ~PodLogStream() override;

    // Starts reading `request`, ending any stream in progress first (its lines stop at once).
    void start(const PodLogRequest& request);
    // Ends the stream; finished() is not emitted for a stop asked for.
    void stop();
    bool isRunning() const { return m_reply != nullptr; }
    const PodLogRequest& request() const { return m_request; }
    qint64 bytesReceived() const { return m_bytes; }

signals:
    void linesReceived(const QStringList& lines);
    // The stream ended: by the server (no error; a log without follow, or the pod went away) or by
    // a failure (an HTTP error with the server's message, or the connection lost).
    void finished(const std::optional<md::models::ApiError>& error);

private:
    void onReadyRead();
    void onFinished();

    ApiClient* m_client;
    PodLogRequest m_request;
    QPointer<QNetworkReply> m_reply;
    LogChunkDecoder m_decoder;
    qint64 m_bytes = 0;
    bool m_httpOk = false;
};

} // namespace md::models
