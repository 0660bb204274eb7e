#include "models/ops/Alert.h"

#include "models/dto/JsonReader.h"

#include <QJsonArray>

#include <algorithm>

namespace md::models {

QString Alert::otherLabelsText() const
{
    QStringList parts;
    for (auto it = labels.cbegin(); it != labels.cend(); ++it)
        if (it.key() != QLatin1String("alertname") && it.key() != QLatin1String("severity"))
            parts.append(it.key() + QLatin1Char('=') + it.value());
    return parts.join(QStringLiteral(", "));
}

int severityRank(const QString& severity)
{
    if (severity == QLatin1String("critical")) return 0;
    if (severity == QLatin1String("error")) return 1;
    if (severity == QLatin1String("warning")) return 2;
    if (severity == QLatin1String("info")) return 3;
    return 4;
}

std::optional<QList<Alert>> parseAlerts(const QJsonObject& json, QString* error)
{
    auto fail = [error](const QString& problem) -> std::optional<QList<Alert>> {
        if (error) *error = problem;
        return std::nullopt;
    };
    if (json.value(QLatin1String("status")).toString() != QLatin1String("success"))
        return fail(QStringLiteral("alerts: status is not \"success\""));
    const QJsonValue alertsValue = json.value(QLatin1String("data")).toObject().value(QLatin1String("alerts"));
    if (!alertsValue.isArray()) return fail(QStringLiteral("alerts: data.alerts is not an array"));
    const QJsonArray array = alertsValue.toArray();

    QList<Alert> alerts;
    for (qsizetype i = 0; i < array.size(); ++i) {
        JsonReader reader(array.at(i).toObject(), QStringLiteral("alerts[%1]").arg(i));
        Alert alert;
        alert.state = reader.requiredString("state");
        const QJsonObject labels = reader.optionalObject("labels");
        for (auto it = labels.begin(); it != labels.end(); ++it)
            alert.labels.insert(it.key(), it.value().toString());
        alert.name = alert.labels.value(QStringLiteral("alertname"));
        alert.severity = alert.labels.value(QStringLiteral("severity")).toLower();
        const QJsonObject annotations = reader.optionalObject("annotations");
        alert.summary = annotations.value(QLatin1String("summary")).toString();
        alert.description = annotations.value(QLatin1String("description")).toString();
        alert.activeAt = reader.optionalTimestamp("activeAt");
        alert.value = reader.optionalString("value");
        if (!reader.ok()) return fail(reader.error());
        if (alert.name.isEmpty()) return fail(QStringLiteral("alerts[%1]: labels.alertname missing").arg(i));
        if (alert.state != QLatin1String("firing") && alert.state != QLatin1String("pending")) continue;
        alerts.append(std::move(alert));
    }
    std::stable_sort(alerts.begin(), alerts.end(), [](const Alert& a, const Alert& b) {
        if (a.isFiring() != b.isFiring()) return a.isFiring();
        if (severityRank(a.severity) != severityRank(b.severity))
            return severityRank(a.severity) < severityRank(b.severity);
        return a.name < b.name;
    });
    return alerts;
}

} // namespace md::models
