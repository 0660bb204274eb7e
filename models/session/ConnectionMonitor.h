#pragma once
// Whether the console can work with the server right now, for the offline banner. The server counts
// as reachable when GET /healthz/ready answers 200 (it serves and its database answers). A failed
// call (ApiClient goes offline) or a dropped live-event stream makes the monitor probe at once; while
// offline it probes again with exponential backoff, and while online it checks now and then. When
// the server is back, recovered() tells the pages to load what they show again.

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <chrono>

namespace md::models {

class ApiCall;
class ApiClient;

class ConnectionMonitor : public QObject {
    Q_OBJECT
public:
    explicit ConnectionMonitor(ApiClient* client, QObject* parent = nullptr);

    bool isOnline() const { return m_online; }
    // Delays between probes while offline: `initial`, doubling up to `maximum`.
    void setBackoff(std::chrono::milliseconds initial, std::chrono::milliseconds maximum);
    // How often to check while online (0 disables the check).
    void setHeartbeatInterval(std::chrono::milliseconds interval);
    bool isProbeScheduled() const { return m_timer.isActive(); }

    // The delay before the probe that follows `failures` failed ones (pure, for tests).
    static std::chrono::milliseconds backoffDelay(int failures, std::chrono::milliseconds initial,
                                                  std::chrono::milliseconds maximum);

public slots:
    // Probes at once (unless a probe is in flight), e.g. from the banner's "Try now".
    void probeNow();

signals:
    void onlineChanged(bool online);
    // Online again after having been offline.
    void recovered();

private:
    void onProbeFinished(int httpStatus);
    void setOnline(bool online);
    void scheduleNext();

    ApiClient* m_client;
    QTimer m_timer;
    QPointer<ApiCall> m_probe;
    std::chrono::milliseconds m_initialBackoff{1000};
    std::chrono::milliseconds m_maximumBackoff{30000};
    std::chrono::milliseconds m_heartbeat{30000};
    int m_failures = 0;
    bool m_online = true;
};

} // namespace md::models
