#include "models/ops/PanelQueryRunner.h"

#include "models/api/ApiCall.h"
#include "models/ops/LegendTemplate.h"
#include "models/ops/MetricsQueryService.h"
#include "models/ops/QueryStep.h"

#include <QHash>

namespace md::models {

QList<MetricSeries> nameSeries(const QList<QList<MetricSeries>>& answersByQuery, const QList<PanelQuery>& queries)
{
    QList<MetricSeries> named;
    QHash<QString, int> seen;
    for (qsizetype queryIndex = 0; queryIndex < answersByQuery.size() && queryIndex < queries.size(); ++queryIndex) {
        for (MetricSeries series : answersByQuery.at(queryIndex)) {
            const PanelQuery& query = queries.at(queryIndex);
            QString name = expandLegendTemplate(query.legend, series.labels, query.expression);
            const int uses = ++seen[name];
            if (uses > 1) name = QStringLiteral("%1 (%2)").arg(name).arg(uses);
            series.name = name;
            named.append(std::move(series));
        }
    }
    return named;
}

PanelQueryRunner::PanelQueryRunner(MetricsQueryService* service, PanelDefinition panel, QObject* parent)
    : QObject(parent), m_service(service), m_panel(std::move(panel))
{
}

bool PanelQueryRunner::isRunning() const
{
    return m_outstanding > 0;
}

void PanelQueryRunner::cancel()
{
    ++m_generation;
    for (const QPointer<ApiCall>& call : std::as_const(m_calls))
        if (call) call->abort();
    m_calls.clear();
    m_outstanding = 0;
}

void PanelQueryRunner::run(const QueryWindow& window)
{
    cancel();
    const int generation = m_generation;
    m_pending = PanelData{window, {}, std::nullopt};
    m_answers = QList<QList<MetricSeries>>(m_panel.queries.size());
    m_outstanding = static_cast<int>(m_panel.queries.size());
    const auto range = std::chrono::seconds(window.start.secsTo(window.end));
    for (int index = 0; index < m_panel.queries.size(); ++index) {
        RangeQuery query{
            substituteRangeVariables(m_panel.queries.at(index).expression, window.step, window.scrapeInterval, range),
            window.start, window.end, window.step};
        m_calls.append(
            m_service->queryRange(query, this, [this, generation, index](ApiOutcome<QList<MetricSeries>> outcome) {
                onQueryAnswered(generation, index, outcome.value ? &*outcome.value : nullptr,
                                outcome.error ? &*outcome.error : nullptr);
            }));
    }
}

void PanelQueryRunner::onQueryAnswered(int generation, int queryIndex, const QList<MetricSeries>* series,
                                       const ApiError* error)
{
    if (generation != m_generation || m_outstanding == 0) return;
    if (error) {
        // The first failure decides what the panel shows; the other queries are not needed.
        PanelData failed = m_pending;
        failed.error = *error;
        cancel();
        emit finished(failed);
        return;
    }
    if (series) m_answers[queryIndex] = *series;
    if (--m_outstanding > 0) return;
    m_calls.clear();
    PanelData done = m_pending;
    done.series = nameSeries(m_answers, m_panel.queries);
    m_answers.clear();
    emit finished(done);
}

} // namespace md::models
