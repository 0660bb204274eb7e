#include "ui/alerts/AlertsPage.h"

#include "models/ops/AlertListModel.h"
#include "models/ops/AlertService.h"
#include "models/ops/OpsErrorText.h"
#include "ui/common/PageLayout.h"
#include "widgets/EmptyStateOverlay.h"
#include "widgets/ErrorBanner.h"
#include "widgets/StatusBadgeDelegate.h"
#include "widgets/ThemedIcon.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace md::ui {

using models::AlertListModel;

AlertsPage::AlertsPage(const PageContext& context, models::AlertService* service, QWidget* parent)
    : QWidget(parent), m_service(service), m_model(new AlertListModel(this)), m_refreshButton(new QPushButton(this)),
      m_errorBanner(new widgets::ErrorBanner(this)), m_table(new QTableView(this)), m_statusLine(new QLabel(this))
{
    Q_UNUSED(context);
    setObjectName(QStringLiteral("alertsPage"));
    m_refreshButton->setObjectName(QStringLiteral("alertRefreshButton"));
    m_refreshButton->setIcon(widgets::ThemedIcon::fromSvg(QStringLiteral(":/icons/refresh.svg")));
    m_refreshButton->setText(tr("Reload"));
    m_refreshButton->setToolTip(tr("Ask Prometheus now (it is asked every 30 seconds)"));
    m_errorBanner->hide();

    m_table->setObjectName(QStringLiteral("alertTable"));
    m_table->setModel(m_model);
    setUpRecordTable(m_table);
    const QHash<QString, QColor> severities{{QStringLiteral("critical"), QColor(0xc6, 0x28, 0x28)},
                                            {QStringLiteral("error"), QColor(0xd8, 0x43, 0x15)},
                                            {QStringLiteral("warning"), QColor(0xef, 0x6c, 0x00)},
                                            {QStringLiteral("info"), QColor(0x15, 0x65, 0xc0)}};
    m_table->setItemDelegateForColumn(
        AlertListModel::SeverityColumn,
        new widgets::StatusBadgeDelegate(AlertListModel::SeverityCodeRole, severities, m_table));
    const QHash<QString, QColor> states{{QStringLiteral("firing"), QColor(0xc6, 0x28, 0x28)},
                                        {QStringLiteral("pending"), QColor(0xef, 0x6c, 0x00)}};
    m_table->setItemDelegateForColumn(AlertListModel::StateColumn,
                                      new widgets::StatusBadgeDelegate(AlertListModel::StateCodeRole, states, m_table));
    QHeaderView* header = m_table->horizontalHeader();
    header->setMinimumSectionSize(40);
    header->resizeSection(AlertListModel::SeverityColumn, 100);
    header->resizeSection(AlertListModel::NameColumn, 200);
    header->resizeSection(AlertListModel::StateColumn, 90);
    header->resizeSection(AlertListModel::SinceColumn, 130);
    header->resizeSection(AlertListModel::LabelsColumn, 260);
    header->setSectionResizeMode(AlertListModel::SummaryColumn, QHeaderView::Stretch);
    m_emptyState = new widgets::EmptyStateOverlay(m_table);
    m_statusLine->setObjectName(QStringLiteral("alertStatusLine"));

    auto* top = new QHBoxLayout;
    auto* title = new QLabel(tr("Firing and pending alerts from Prometheus"), this);
    top->addWidget(title, 1);
    top->addWidget(m_refreshButton);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_errorBanner);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_statusLine);

    connect(m_refreshButton, &QPushButton::clicked, this, &AlertsPage::reload);
    connect(m_errorBanner, &widgets::ErrorBanner::retryRequested, this, &AlertsPage::reload);
    connect(m_service, &models::AlertService::alertsChanged, this, &AlertsPage::onAlerts);
    connect(m_service, &models::AlertService::failed, this, &AlertsPage::onFailed);
    connect(m_service, &models::AlertService::loadingChanged, this, &AlertsPage::updateStatus);

    if (m_service->lastError())
        onFailed(*m_service->lastError());
    else if (m_service->hasLoaded())
        onAlerts();
    updateStatus();
}

void AlertsPage::reload()
{
    m_service->reload();
    updateStatus();
}

void AlertsPage::onAlerts()
{
    m_errorBanner->hide();
    m_model->setAlerts(m_service->alerts());
    updateStatus();
}

void AlertsPage::onFailed(const models::ApiError& error)
{
    // Alerts shown before stay (they may still be firing), under a banner saying they may be stale.
    m_errorBanner->showMessage(
        tr("Alerts could not be read. %1").arg(models::opsErrorText(error, models::OpsErrorView::ClusterViews)));
    updateStatus();
}

void AlertsPage::updateStatus()
{
    const int firing = m_service->firingCount();
    const int pending = static_cast<int>(m_service->alerts().size()) - firing;
    if (m_service->lastError() && !m_service->hasLoaded())
        m_emptyState->setEmptyText(models::opsErrorText(*m_service->lastError(), models::OpsErrorView::ClusterViews));
    else if (!m_service->hasLoaded())
        m_emptyState->setEmptyText(tr("Loading alerts…"));
    else
        m_emptyState->setEmptyText(tr("No alerts firing"));
    QString text;
    if (m_service->hasLoaded())
        text = tr("%n firing", nullptr, firing) + QStringLiteral(" · ") + tr("%n pending", nullptr, pending) +
               QStringLiteral(" · ") +
               tr("checked at %1")
                   .arg(QLocale().toString(m_service->lastSuccess().toLocalTime().time(), QLocale::ShortFormat));
    if (m_service->isLoading()) text += (text.isEmpty() ? QString() : QStringLiteral(" · ")) + tr("Checking…");
    m_statusLine->setText(text);
}

} // namespace md::ui
