#pragma once
// A Prometheus alert as GET /api/v1/ops/alerts passes it through (Prometheus' own /api/v1/alerts
// JSON): labels, annotations, state and since when it is active. Pure parsing, tested offline.

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace md::models {

struct Alert {
    QString name;     // labels.alertname
    QString severity; // labels.severity, lower case ("critical", "warning", "info"); may be empty
    QString state;    // "firing" or "pending"
    QMap<QString, QString> labels;
    QString summary;
    QString description;
    std::optional<QDateTime> activeAt;
    QString value;

    bool isFiring() const { return state == QLatin1String("firing"); }
    // Labels other than alertname and severity, "key=value" joined with ", " in key order.
    QString otherLabelsText() const;
    bool operator==(const Alert&) const = default;
};

// Parses Prometheus' `{"status":"success","data":{"alerts":[...]}}`; inactive alerts are dropped and
// the rest sorted firing first, then by severity (critical, warning, others), then by name.
std::optional<QList<Alert>> parseAlerts(const QJsonObject& json, QString* error = nullptr);

int severityRank(const QString& severity);

} // namespace md::models
