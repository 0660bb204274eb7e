#pragma once
// Loads one Dashboard panel: runs each of its queries for a time window, names the series from the
// legend templates, and reports once, with every series or with the first error. A new run cancels
// the one in flight (its late answers are dropped), so refreshes never pile up.

#include "models/api/ApiError.h"
#include "models/ops/DashboardDefinition.h"
#include "models/ops/MetricSeries.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QPointer>

#include <chrono>
#include <optional>

namespace md::models {

class ApiCall;
class MetricsQueryService;

// The window a refresh covers and how finely.
struct QueryWindow {
    QDateTime start;
    QDateTime end;
    std::chrono::seconds step{15};
    std::chrono::seconds scrapeInterval{15};
};

struct PanelData {
    QueryWindow window;
    QList<MetricSeries> series; // in query order, then Prometheus' order; names made unique
    std::optional<ApiError> error;
};

class PanelQueryRunner : public QObject {
    Q_OBJECT
public:
    PanelQueryRunner(MetricsQueryService* service, PanelDefinition panel, QObject* parent = nullptr);

    const PanelDefinition& panel() const { return m_panel; }
    bool isRunning() const;
    void run(const QueryWindow& window);
    void cancel();

signals:
    void finished(const md::models::PanelData& data);

private:
    void onQueryAnswered(int generation, int queryIndex, const QList<MetricSeries>* series, const ApiError* error);

    MetricsQueryService* m_service;
    PanelDefinition m_panel;
    QList<QPointer<ApiCall>> m_calls;
    QList<QList<MetricSeries>> m_answers;
    PanelData m_pending;
    int m_outstanding = 0;
    int m_generation = 0;
};

// Names series from their query's legend template and makes equal names distinct ("x", "x (2)").
QList<MetricSeries> nameSeries(const QList<QList<MetricSeries>>& answersByQuery, const QList<PanelQuery>& queries);

} // namespace md::models

Q_DECLARE_METATYPE(md::models::PanelData)
