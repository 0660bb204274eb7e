#pragma once
// One HTTP exchange whose bytes the caller wants to watch: the CSV upload of an import (upload
// progress) and the CSV download of an export (streamed to a file as it arrives). ApiCall hides the
// QNetworkReply, so this drives one itself through ApiClient's manager and request builder, and
// repeats what ApiClient does for a 401: one silent token refresh, then one replay.
//
// finished() is emitted exactly once unless abort() was called; the object does not delete itself.

#include "models/api/ApiError.h"
#include "models/api/ApiRequest.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>

#include <chrono>
#include <optional>

class QNetworkReply;

namespace md::models {

class ApiCall;
class ApiClient;

class CatalogTransfer : public QObject {
    Q_OBJECT
public:
    // `streamBody`: a 2xx body is handed out through bodyReceived() and not kept; otherwise it is
    // collected and passed to finished().
    CatalogTransfer(ApiClient* client, ApiRequest request, bool streamBody, QObject* parent = nullptr);
    ~CatalogTransfer() override;

    // Inactivity limit; an import of many rows may take the server a while to validate.
    void setTransferTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    void start();
    void abort();
    bool isRunning() const { return m_reply != nullptr || m_waitingForRefresh; }

signals:
    void uploadProgress(qint64 sent, qint64 total);
    void downloadProgress(qint64 received, qint64 total); // total -1 when unknown (chunked)
    void bodyReceived(const QByteArray& chunk);           // streamBody only, 2xx only
    // `body`: the whole answer when not streamed (also every error body); `error` for non-2xx or no answer.
    void finished(int httpStatus, const QByteArray& body, const std::optional<md::models::ApiError>& error);

private:
    void send();
    void onReadyRead();
    void onFinished();
    void replayAfterRefresh();

    QPointer<ApiClient> m_client;
    ApiRequest m_request;
    bool m_streamBody;
    std::chrono::milliseconds m_timeout{std::chrono::minutes(5)};
    QPointer<QNetworkReply> m_reply;
    QByteArray m_collected;
    bool m_replayed = false;
    bool m_waitingForRefresh = false;
    bool m_aborted = false;
    QPointer<ApiCall> m_refreshCall;
};

} // namespace md::models
