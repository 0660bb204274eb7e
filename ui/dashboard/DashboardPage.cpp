#include "ui/dashboard/DashboardPage.h"

#include "models/ops/MetricsQueryService.h"
#include "models/ops/QueryStep.h"
#include "ui/dashboard/DashboardPanel.h"
#include "widgets/ErrorBanner.h"
#include "widgets/ThemedIcon.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

#include <algorithm>

namespace md::ui {

using std::chrono::seconds;

namespace {

// The server refuses ranges longer than this (API: query_range).
constexpr qint64 MaxRangeSeconds = 32LL * 86400;
constexpr int PanelColumns = 2;

} // namespace

QString DashboardPage::defaultDefinitionPath()
{
    return QStringLiteral(":/dashboards/overview.json");
}

DashboardPage::DashboardPage(const PageContext& context, QWidget* parent, const QString& definitionPath)
    : QWidget(parent), m_context(context), m_service(new models::MetricsQueryService(context.client, this)),
      m_rangeCombo(new QComboBox(this)), m_fromEdit(new QDateTimeEdit(this)), m_toEdit(new QDateTimeEdit(this)),
      m_autoRefreshCombo(new QComboBox(this)), m_refreshButton(new QPushButton(this)), m_statusLabel(new QLabel(this)),
      m_errorBanner(new widgets::ErrorBanner(this)), m_scrollArea(new QScrollArea(this))
{
    setObjectName(QStringLiteral("dashboardPage"));
    m_definition = models::loadDashboardDefinition(definitionPath, &m_definitionError);
    buildToolbar();

    auto* container = new QWidget(m_scrollArea);
    container->setObjectName(QStringLiteral("dashboardPanels"));
    m_grid = new QGridLayout(container);
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setSpacing(10);
    m_scrollArea->setObjectName(QStringLiteral("dashboardScrollArea"));
    m_scrollArea->setWidgetResizable(true);
    m_scrollArea->setFrameShape(QFrame::NoFrame);
    m_scrollArea->setWidget(container);

    auto* layout = new QVBoxLayout(this);
    auto* toolbar = new QHBoxLayout;
    toolbar->addWidget(new QLabel(tr("Range:"), this));
    toolbar->addWidget(m_rangeCombo);
    toolbar->addWidget(m_fromEdit);
    toolbar->addWidget(m_toEdit);
    toolbar->addSpacing(16);
    toolbar->addWidget(new QLabel(tr("Auto-refresh:"), this));
    toolbar->addWidget(m_autoRefreshCombo);
    toolbar->addWidget(m_refreshButton);
    toolbar->addStretch(1);
    toolbar->addWidget(m_statusLabel);
    layout->addLayout(toolbar);
    layout->addWidget(m_errorBanner);
    layout->addWidget(m_scrollArea, 1);

    if (!m_definition) {
        m_errorBanner->showMessage(tr("The dashboard could not be loaded: %1").arg(m_definitionError), false);
        m_refreshButton->setEnabled(false);
    } else {
        m_errorBanner->hide();
        buildPanels();
    }
    m_autoRefresh.setObjectName(QStringLiteral("dashboardAutoRefreshTimer"));
    connect(&m_autoRefresh, &QTimer::timeout, this, [this] {
        if (isVisible()) refresh(Trigger::Automatic);
    });
}

void DashboardPage::buildToolbar()
{
    m_rangeCombo->setObjectName(QStringLiteral("dashboardRangeCombo"));
    const QList<QPair<QString, qint64>> presets{{tr("Last 15 minutes"), 15 * 60},
                                                {tr("Last hour"), 3600},
                                                {tr("Last 6 hours"), 6 * 3600},
                                                {tr("Last 24 hours"), 86400},
                                                {tr("Last 7 days"), 7 * 86400}};
    for (const auto& [label, length] : presets)
        m_rangeCombo->addItem(label, length);
    m_rangeCombo->addItem(tr("Custom range"), 0);
    m_rangeCombo->setCurrentIndex(1);

    const QDateTime now = QDateTime::currentDateTime();
    for (QDateTimeEdit* edit : {m_fromEdit, m_toEdit}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
        edit->setVisible(false);
    }
    m_fromEdit->setObjectName(QStringLiteral("dashboardFromEdit"));
    m_fromEdit->setToolTip(tr("Start of the custom range"));
    m_fromEdit->setDateTime(now.addSecs(-3600));
    m_toEdit->setObjectName(QStringLiteral("dashboardToEdit"));
    m_toEdit->setToolTip(tr("End of the custom range"));
    m_toEdit->setDateTime(now);

    m_autoRefreshCombo->setObjectName(QStringLiteral("dashboardAutoRefreshCombo"));
    m_autoRefreshCombo->addItem(tr("Off"), 0);
    m_autoRefreshCombo->addItem(tr("Every 10 s"), 10);
    m_autoRefreshCombo->addItem(tr("Every 30 s"), 30);
    m_autoRefreshCombo->addItem(tr("Every minute"), 60);
    m_autoRefreshCombo->addItem(tr("Every 5 minutes"), 300);

    m_refreshButton->setObjectName(QStringLiteral("dashboardRefreshButton"));
    m_refreshButton->setIcon(widgets::ThemedIcon::fromSvg(QStringLiteral(":/icons/refresh.svg")));
    m_refreshButton->setText(tr("Refresh"));
    m_refreshButton->setToolTip(tr("Reload every panel now (F5)"));
    m_statusLabel->setObjectName(QStringLiteral("dashboardStatusLabel"));

    connect(m_rangeCombo, &QComboBox::currentIndexChanged, this, &DashboardPage::onRangeChoice);
    connect(m_fromEdit, &QDateTimeEdit::editingFinished, this, &DashboardPage::reload);
    connect(m_toEdit, &QDateTimeEdit::editingFinished, this, &DashboardPage::reload);
    connect(m_autoRefreshCombo, &QComboBox::currentIndexChanged, this, &DashboardPage::onAutoRefreshChoice);
    connect(m_refreshButton, &QPushButton::clicked, this, &DashboardPage::reload);
}

void DashboardPage::buildPanels()
{
    const QList<models::PanelDefinition>& definitions = m_definition->panels;
    for (int index = 0; index < definitions.size(); ++index) {
        auto* panel = new DashboardPanel(m_service, definitions.at(index), m_scrollArea->widget());
        m_grid->addWidget(panel, index / PanelColumns, index % PanelColumns);
        connect(panel, &DashboardPanel::refreshFinished, this, &DashboardPage::updateStatus);
        m_panels.append(panel);
    }
    for (int column = 0; column < PanelColumns; ++column)
        m_grid->setColumnStretch(column, 1);
}

DashboardPanel* DashboardPage::panel(const QString& id) const
{
    const auto found = std::find_if(m_panels.begin(), m_panels.end(),
                                    [&id](const DashboardPanel* panel) { return panel->definition().id == id; });
    return found == m_panels.end() ? nullptr : *found;
}

bool DashboardPage::isRefreshing() const
{
    return std::any_of(m_panels.begin(), m_panels.end(), [](const DashboardPanel* panel) { return panel->isBusy(); });
}

std::optional<std::pair<QDateTime, QDateTime>> DashboardPage::currentRange(QString* problem) const
{
    const qint64 preset = m_rangeCombo->currentData().toLongLong();
    if (preset > 0) {
        const QDateTime end = QDateTime::currentDateTimeUtc();
        return std::pair{end.addSecs(-preset), end};
    }
    const QDateTime from = m_fromEdit->dateTime().toUTC();
    const QDateTime to = m_toEdit->dateTime().toUTC();
    QString why;
    if (from >= to)
        why = tr("The custom range must start before it ends.");
    else if (from.secsTo(to) > MaxRangeSeconds)
        why = tr("The custom range may span at most 32 days.");
    if (!why.isEmpty()) {
        if (problem) *problem = why;
        return std::nullopt;
    }
    return std::pair{from, to};
}

void DashboardPage::reload()
{
    refresh(Trigger::Manual);
}

void DashboardPage::refresh(Trigger trigger)
{
    if (!m_definition) return;
    QString problem;
    const auto range = currentRange(&problem);
    if (!range) {
        m_statusLabel->setText(problem);
        return;
    }
    const seconds length(range->first.secsTo(range->second));
    for (DashboardPanel* panel : std::as_const(m_panels)) {
        // A panel still loading from the last tick is left to finish instead of queueing another.
        if (trigger == Trigger::Automatic && panel->isBusy()) continue;
        models::QueryWindow window{range->first, range->second,
                                   models::chooseQueryStep(length, panel->plotWidth(), m_definition->scrapeInterval),
                                   m_definition->scrapeInterval};
        panel->refresh(window);
    }
    m_lastRefresh = QDateTime::currentDateTime();
    updateStatus();
}

void DashboardPage::onRangeChoice()
{
    const bool custom = m_rangeCombo->currentData().toLongLong() == 0;
    m_fromEdit->setVisible(custom);
    m_toEdit->setVisible(custom);
    reload();
}

void DashboardPage::onAutoRefreshChoice()
{
    const int interval = m_autoRefreshCombo->currentData().toInt();
    if (interval <= 0) {
        m_autoRefresh.stop();
        return;
    }
    m_autoRefresh.start(std::chrono::seconds(interval));
}

void DashboardPage::updateStatus()
{
    if (isRefreshing()) {
        m_statusLabel->setText(tr("Refreshing…"));
        return;
    }
    if (m_lastRefresh.isValid())
        m_statusLabel->setText(tr("Updated %1").arg(m_lastRefresh.toString(QStringLiteral("HH:mm:ss"))));
}

void DashboardPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_shownOnce) return;
    m_shownOnce = true;
    // After the first layout, so each panel knows its width when choosing a step.
    QTimer::singleShot(0, this, &DashboardPage::reload);
}

} // namespace md::ui
