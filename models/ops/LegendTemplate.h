#pragma once
// Legend names from a panel's template, Grafana-style: "{{route}}" is replaced by the series' route
// label, "{{ method }} {{route}}" by both. A label the series lacks becomes empty (and
// surrounding whitespace is collapsed). Without a
// template the series is named by its label set ("{route="/x", status="500"}"), or by the query
// when the result has no labels at all (a sum over everything).

#include <QMap>
#include <QString>

namespace md::models {

QString expandLegendTemplate(const QString& legendTemplate, const QMap<QString, QString>& labels, const QString& query);

} // namespace md::models
