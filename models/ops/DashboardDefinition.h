#pragma once
// A dashboard as data (resources/dashboards/*.json), so a panel is added by editing the file, not
// the code. Shape:
//   {"title": {"en": "...", "ko": "..."}, "scrape_interval": "15s",
//    "panels": [{"id": "request_rate", "title": {"en": "...", "ko": "..."}, "unit": "req/s",
//                "queries": [{"expr": "sum by (route) (rate(http_requests_total[$__rate_interval]))",
//                             "legend": "{{route}}"}]}]}
// Units are those of MetricUnit; queries may use $__interval, $__rate_interval and $__range.
// Loading checks everything a panel needs and names the panel and field when something is wrong.

#include "models/ops/MetricUnit.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <chrono>
#include <optional>

namespace md::models {

// English and Korean text; Korean is used when the console runs in Korean and the file has it.
struct LocalizedText {
    QString english;
    QString korean;

    QString text() const;
};

struct PanelQuery {
    QString expression;
    QString legend; // may be empty: the label set names the series
};

struct PanelDefinition {
    QString id; // [a-z0-9_-], unique in the dashboard; used for export file names and objectNames
    LocalizedText title;
    MetricUnit unit = MetricUnit::Count;
    QList<PanelQuery> queries;
};

struct DashboardDefinition {
    LocalizedText title;
    std::chrono::seconds scrapeInterval{15};
    QList<PanelDefinition> panels;
};

// nullopt with `error` set (translated, naming the panel and field) when the JSON is not a valid
// dashboard.
std::optional<DashboardDefinition> parseDashboardDefinition(const QByteArray& json, QString* error);
// Reads a file (a Qt resource path works) and parses it; the error names the file.
std::optional<DashboardDefinition> loadDashboardDefinition(const QString& path, QString* error);

} // namespace md::models
