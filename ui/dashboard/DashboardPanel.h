#pragma once
// One Dashboard panel: its title, the chart of its queries, and export to PNG and CSV. It loads
// through its own PanelQueryRunner, so a new refresh replaces the one in flight instead of piling
// up, and a failure shows in the chart, worded so a person knows what to fix.

#include "models/ops/DashboardDefinition.h"
#include "models/ops/PanelQueryRunner.h"

#include <QFrame>

class QLabel;
class QToolButton;

namespace md::models {
class MetricsQueryService;
}

namespace md::widgets {
class TimeSeriesChart;
}

namespace md::ui {

class DashboardPanel : public QFrame {
    Q_OBJECT
public:
    DashboardPanel(models::MetricsQueryService* service, const models::PanelDefinition& definition,
                   QWidget* parent = nullptr);

    const models::PanelDefinition& definition() const { return m_runner->panel(); }
    widgets::TimeSeriesChart* chart() const { return m_chart; }
    // The data last shown at full resolution (what CSV export writes).
    const models::PanelData& lastData() const { return m_lastData; }
    bool isBusy() const { return m_runner->isRunning(); }
    int plotWidth() const;

    void refresh(const models::QueryWindow& window);
    void cancel();

    // The chart with the panel's title above it, as a picture.
    QImage renderImage() const;
    // Write the files; false with `error` set (a person's sentence) when that fails.
    bool savePng(const QString& path, QString* error) const;
    bool saveCsv(const QString& path, QString* error) const;

signals:
    void refreshFinished();

private:
    enum class ExportKind { Png, Csv };
    void onFinished(const models::PanelData& data);
    void chooseExportFile(ExportKind kind);
    void updateExportButtons();

    models::PanelQueryRunner* m_runner;
    QLabel* m_title;
    QLabel* m_detail;
    QToolButton* m_pngButton;
    QToolButton* m_csvButton;
    widgets::TimeSeriesChart* m_chart;
    models::PanelData m_lastData;
};

} // namespace md::ui
