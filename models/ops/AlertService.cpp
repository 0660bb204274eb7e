#include "models/ops/AlertService.h"

#include "models/api/ApiClient.h"

#include <algorithm>

namespace md::models {

AlertService::AlertService(ApiClient* client, QObject* parent) : QObject(parent), m_client(client)
{
    m_timer.setInterval(DefaultInterval);
    connect(&m_timer, &QTimer::timeout, this, &AlertService::reload);
}

void AlertService::start()
{
    m_timer.start();
    reload();
}

void AlertService::stop()
{
    m_timer.stop();
    if (m_call) m_call->abort();
    m_call = nullptr;
}

int AlertService::firingCount() const
{
    return static_cast<int>(
        std::count_if(m_alerts.cbegin(), m_alerts.cend(), [](const Alert& a) { return a.isFiring(); }));
}

void AlertService::reload()
{
    if (m_call) return; // one poll at a time; its answer is fresh enough
    m_call = m_client->get(QStringLiteral("/api/v1/ops/alerts"));
    emit loadingChanged(true);
    connect(m_call, &ApiCall::finished, this, [this](const ApiResult& result) {
        m_call = nullptr;
        emit loadingChanged(false);
        std::optional<ApiError> error = result.error;
        std::optional<QList<Alert>> parsed;
        if (!error) {
            QString parseError;
            parsed = parseAlerts(result.object(), &parseError);
            if (!parsed) error = ApiError::invalidResponse(parseError);
        }
        if (error) {
            m_lastError = error;
            emit failed(*error);
            return;
        }
        m_lastError.reset();
        m_loaded = true;
        m_lastSuccess = QDateTime::currentDateTimeUtc();
        m_alerts = std::move(*parsed);
        emit alertsChanged(m_alerts);
        const int firing = firingCount();
        if (firing != m_lastFiring) {
            m_lastFiring = firing;
            emit firingCountChanged(firing);
        }
    });
}

} // namespace md::models
