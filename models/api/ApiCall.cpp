#include "models/api/ApiCall.h"

#include "models/api/ApiClient.h"

#include <QNetworkReply>
#include <QTimer>

namespace md::models {

ApiCall::ApiCall(ApiRequest request, ApiClient* client) : QObject(client), m_request(std::move(request)) {}

void ApiCall::abort()
{
    if (!isActive()) return;
    m_aborted = true;
    if (m_retryTimer) m_retryTimer->stop();
    if (m_reply) {
        QNetworkReply* reply = m_reply;
        m_reply = nullptr;
        reply->abort();
        reply->deleteLater();
    }
    deleteLater();
}

} // namespace md::models
