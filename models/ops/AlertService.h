#pragma once
// The alerts Prometheus has firing or pending, read through GET /api/v1/ops/alerts every 30 s and
// whenever reload() is called. One instance serves the whole window: the navigation's count and
// the Alerts page read the same answers.

#include "models/api/ApiCall.h"
#include "models/api/ApiError.h"
#include "models/ops/Alert.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <chrono>
#include <optional>

namespace md::models {

class ApiClient;

class AlertService : public QObject {
    Q_OBJECT
public:
    static constexpr std::chrono::milliseconds DefaultInterval{30000};

    explicit AlertService(ApiClient* client, QObject* parent = nullptr);

    // Starts polling (first request at once).
    void start();
    void stop();
    void setInterval(std::chrono::milliseconds interval) { m_timer.setInterval(interval); }

    const QList<Alert>& alerts() const { return m_alerts; }
    int firingCount() const;
    // The last poll's failure; cleared by the next success.
    const std::optional<ApiError>& lastError() const { return m_lastError; }
    bool hasLoaded() const { return m_loaded; }
    bool isLoading() const { return m_call != nullptr; }
    QDateTime lastSuccess() const { return m_lastSuccess; }

public slots:
    void reload();

signals:
    void alertsChanged(const QList<md::models::Alert>& alerts);
    void failed(const md::models::ApiError& error);
    void firingCountChanged(int firing);
    void loadingChanged(bool loading);

private:
    ApiClient* m_client;
    QTimer m_timer;
    QPointer<ApiCall> m_call;
    QList<Alert> m_alerts;
    std::optional<ApiError> m_lastError;
    QDateTime m_lastSuccess;
    bool m_loaded = false;
    int m_lastFiring = -1;
};

} // namespace md::models
