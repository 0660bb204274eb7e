#include "models/session/ConnectionMonitor.h"

#include "models/api/ApiClient.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcConnection, "md.connection")

namespace md::models {

ConnectionMonitor::ConnectionMonitor(ApiClient* client, QObject* parent) : QObject(parent), m_client(client)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &ConnectionMonitor::probeNow);
    connect(m_client, &ApiClient::onlineChanged, this, [this](bool online) {
        // A call could not reach the server: find out now rather than at the next heartbeat. An
        // answer again (online) is not enough to call the server ready; the probe decides.
        if (!online || !m_online) probeNow();
    });
    m_online = m_client->isOnline();
    scheduleNext();
}

std::chrono::milliseconds ConnectionMonitor::backoffDelay(int failures, std::chrono::milliseconds initial,
                                                          std::chrono::milliseconds maximum)
{
    std::chrono::milliseconds delay = initial;
    for (int i = 1; i < failures && delay < maximum; ++i)
        delay *= 2;
    return std::min(delay, maximum);
}

void ConnectionMonitor::setBackoff(std::chrono::milliseconds initial, std::chrono::milliseconds maximum)
{
    m_initialBackoff = initial;
    m_maximumBackoff = std::max(initial, maximum);
    if (m_timer.isActive()) scheduleNext();
}

void ConnectionMonitor::setHeartbeatInterval(std::chrono::milliseconds interval)
{
    m_heartbeat = interval;
    if (m_online) scheduleNext();
}

void ConnectionMonitor::probeNow()
{
    if (m_probe) return;
    m_timer.stop();
    ApiRequest request;
    request.path = QStringLiteral("/healthz/ready");
    request.authenticated = false;
    request.allowRetries = false; // this schedule is the retry policy
    m_probe = m_client->send(std::move(request));
    connect(m_probe, &ApiCall::finished, this, [this](const ApiResult& result) {
        m_probe = nullptr;
        onProbeFinished(result.httpStatus);
    });
}

void ConnectionMonitor::onProbeFinished(int httpStatus)
{
    // 200: ready. 0: nothing answered. 503: the server is up but its database is not, which for
    // the person is the same as offline (nothing can be saved).
    const bool ready = httpStatus != 0 && httpStatus != 503 && httpStatus != 502 && httpStatus != 504;
    if (ready) {
        m_failures = 0;
        setOnline(true);
    } else {
        ++m_failures;
        if (m_failures == 1) qCInfo(lcConnection) << "server not ready (HTTP" << httpStatus << ") - retrying";
        setOnline(false);
    }
    scheduleNext();
}

void ConnectionMonitor::scheduleNext()
{
    if (m_probe) return;
    if (!m_online)
        m_timer.start(backoffDelay(m_failures, m_initialBackoff, m_maximumBackoff));
    else if (m_heartbeat.count() > 0)
        m_timer.start(m_heartbeat);
    else
        m_timer.stop();
}

void ConnectionMonitor::setOnline(bool online)
{
    if (m_online == online) return;
    m_online = online;
    qCInfo(lcConnection) << (online ? "server reachable again" : "server unreachable");
    emit onlineChanged(online);
    if (online) emit recovered();
}

} // namespace md::models
