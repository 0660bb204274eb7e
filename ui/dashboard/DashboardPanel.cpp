#include "ui/dashboard/DashboardPanel.h"

#include "models/ops/MetricUnit.h"
#include "models/ops/OpsErrorText.h"
#include "models/ops/QueryStep.h"
#include "models/ops/SeriesCsv.h"
#include "widgets/Toast.h"
#include "widgets/charts/TimeSeriesChart.h"

#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QSaveFile>
#include <QStandardPaths>
#include <QToolButton>
#include <QVBoxLayout>

namespace md::ui {

DashboardPanel::DashboardPanel(models::MetricsQueryService* service, const models::PanelDefinition& definition,
                               QWidget* parent)
    : QFrame(parent), m_runner(new models::PanelQueryRunner(service, definition, this)), m_title(new QLabel(this)),
      m_detail(new QLabel(this)), m_pngButton(new QToolButton(this)), m_csvButton(new QToolButton(this)),
      m_chart(new widgets::TimeSeriesChart(this))
{
    setObjectName(QStringLiteral("dashboardPanel_") + definition.id);
    setFrameShape(QFrame::StyledPanel);
    setMinimumHeight(300);

    m_title->setObjectName(QStringLiteral("panelTitle"));
    m_title->setText(QStringLiteral("<b>%1</b>").arg(definition.title.text().toHtmlEscaped()));
    m_title->setToolTip(definition.queries.first().expression);
    m_detail->setObjectName(QStringLiteral("panelDetail"));
    m_detail->setStyleSheet(QStringLiteral("color: palette(mid);"));
    m_pngButton->setObjectName(QStringLiteral("panelPngButton"));
    m_pngButton->setText(tr("PNG"));
    m_pngButton->setToolTip(tr("Save this panel as a picture"));
    m_pngButton->setAutoRaise(true);
    m_csvButton->setObjectName(QStringLiteral("panelCsvButton"));
    m_csvButton->setText(tr("CSV"));
    m_csvButton->setToolTip(tr("Save this panel's data (every sample) as CSV"));
    m_csvButton->setAutoRaise(true);

    const models::MetricUnit unit = definition.unit;
    m_chart->setValueFormatter([unit](double value) { return models::formatMetricValue(value, unit); });
    m_chart->setScaleChooser([unit](double largest) {
        const models::AxisScale scale = models::axisScaleFor(unit, largest);
        return widgets::ChartValueScale{scale.divisor, scale.title};
    });

    auto* header = new QHBoxLayout;
    header->setContentsMargins(8, 6, 4, 0);
    header->addWidget(m_title, 1);
    header->addWidget(m_detail);
    header->addWidget(m_pngButton);
    header->addWidget(m_csvButton);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(1, 1, 1, 1);
    layout->setSpacing(0);
    layout->addLayout(header);
    layout->addWidget(m_chart, 1);

    connect(m_runner, &models::PanelQueryRunner::finished, this, &DashboardPanel::onFinished);
    connect(m_pngButton, &QToolButton::clicked, this, [this] { chooseExportFile(ExportKind::Png); });
    connect(m_csvButton, &QToolButton::clicked, this, [this] { chooseExportFile(ExportKind::Csv); });
    updateExportButtons();
}

int DashboardPanel::plotWidth() const
{
    return m_chart->plotWidth();
}

void DashboardPanel::refresh(const models::QueryWindow& window)
{
    m_chart->showLoading();
    m_runner->run(window);
}

void DashboardPanel::cancel()
{
    m_runner->cancel();
}

void DashboardPanel::onFinished(const models::PanelData& data)
{
    m_detail->setText(tr("step %1").arg(models::durationLabel(data.window.step)));
    m_detail->setToolTip(
        tr("One sample every %1 (from the range and the chart's width)").arg(models::durationLabel(data.window.step)));
    if (data.error) {
        m_lastData = models::PanelData{data.window, {}, data.error};
        m_chart->showError(models::opsErrorText(*data.error, models::OpsErrorView::DashboardPanel));
    } else {
        m_lastData = data;
        QList<widgets::ChartSeries> series;
        series.reserve(data.series.size());
        for (const models::MetricSeries& one : data.series)
            series.append({one.name, one.points});
        m_chart->setSeries(series, data.window.start, data.window.end);
    }
    updateExportButtons();
    emit refreshFinished();
}

void DashboardPanel::updateExportButtons()
{
    const bool hasData = !m_lastData.series.isEmpty();
    m_csvButton->setEnabled(hasData);
    m_pngButton->setEnabled(m_chart->state() == widgets::TimeSeriesChart::State::Data ||
                            m_chart->state() == widgets::TimeSeriesChart::State::NoData);
}

QImage DashboardPanel::renderImage() const
{
    const QPixmap chart = m_chart->grab();
    const QFont titleFont = [this] {
        QFont font = m_title->font();
        font.setBold(true);
        return font;
    }();
    const int titleHeight = QFontMetrics(titleFont).height() + 16;
    const QSize logical = chart.deviceIndependentSize().toSize() + QSize(0, titleHeight);
    QImage image(logical * chart.devicePixelRatio(), QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(chart.devicePixelRatio());
    image.fill(palette().color(QPalette::Base));
    QPainter painter(&image);
    painter.setFont(titleFont);
    painter.setPen(palette().color(QPalette::Text));
    const QString title = definition().title.text();
    const QString range =
        m_lastData.window.start.isValid()
            ? QStringLiteral("  ·  %1 – %2")
                  .arg(m_lastData.window.start.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                       m_lastData.window.end.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")))
            : QString();
    painter.drawText(QRect(10, 0, logical.width() - 20, titleHeight), Qt::AlignVCenter | Qt::AlignLeft, title + range);
    painter.drawPixmap(0, titleHeight, chart);
    painter.end();
    return image;
}

bool DashboardPanel::savePng(const QString& path, QString* error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !renderImage().save(&file, "PNG") || !file.commit()) {
        if (error) *error = tr("%1 could not be saved: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

bool DashboardPanel::saveCsv(const QString& path, QString* error) const
{
    QSaveFile file(path);
    const QByteArray csv = models::seriesToCsv(m_lastData.series);
    if (!file.open(QIODevice::WriteOnly) || file.write(csv) != csv.size() || !file.commit()) {
        if (error) *error = tr("%1 could not be saved: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

void DashboardPanel::chooseExportFile(ExportKind kind)
{
    const bool png = kind == ExportKind::Png;
    const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmm"));
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString name =
        QStringLiteral("%1-%2.%3").arg(definition().id, stamp, png ? QStringLiteral("png") : QStringLiteral("csv"));
    auto* dialog =
        new QFileDialog(this, png ? tr("Save panel as PNG") : tr("Save panel data as CSV"), QDir(folder).filePath(name),
                        png ? tr("PNG images (*.png)") : tr("CSV files (*.csv)"));
    dialog->setObjectName(QStringLiteral("panelExportDialog"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(png ? QStringLiteral("png") : QStringLiteral("csv"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, [this, png](const QString& path) {
        QString error;
        const bool saved = png ? savePng(path, &error) : saveCsv(path, &error);
        widgets::Toast::show(window(), saved ? tr("Saved %1").arg(QDir::toNativeSeparators(path)) : error);
    });
    dialog->open();
}

} // namespace md::ui
