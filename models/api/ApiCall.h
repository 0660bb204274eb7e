#pragma once
// A handle on one logical API call in flight. ApiClient may make several HTTP attempts for it
// (backoff retries, one replay after a silent token refresh); the caller sees a single finished().
// The call deletes itself after finished(); abort() cancels it and guarantees that finished() is
// not emitted, so a caller that moved on (a new filter, a closed dialog) never sees a late answer.

#include "models/api/ApiRequest.h"
#include "models/api/ApiResult.h"

#include <QObject>
#include <QPointer>
#include <QString>

class QNetworkReply;
class QTimer;

namespace md::models {

class ApiClient;

class ApiCall : public QObject {
    Q_OBJECT
public:
    const ApiRequest& request() const { return m_request; }
    void abort();
    bool isActive() const { return !m_aborted && !m_finished; }

signals:
    void finished(const md::models::ApiResult& result);

private:
    friend class ApiClient;
    ApiCall(ApiRequest request, ApiClient* client);

    ApiRequest m_request;
    QPointer<QNetworkReply> m_reply;
    QTimer* m_retryTimer = nullptr;
    QString m_tokenUsed;
    int m_retries = 0;
    bool m_replayedAfterRefresh = false;
    bool m_aborted = false;
    bool m_finished = false;
};

} // namespace md::models
