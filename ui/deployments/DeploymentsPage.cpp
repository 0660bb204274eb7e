#include "ui/deployments/DeploymentsPage.h"

#include "models/events/LiveEvent.h"
#include "models/events/SseClient.h"
#include "models/ops/DeploymentListModel.h"
#include "models/ops/DeploymentService.h"
#include "models/ops/OpsErrorText.h"
#include "ui/common/PageLayout.h"
#include "ui/common/PagedTable.h"
#include "ui/deployments/DeploymentDetailPane.h"
#include "ui/deployments/RolloutProgressDelegate.h"
#include "widgets/SearchField.h"
#include "widgets/StatusBadgeDelegate.h"
#include "widgets/ThemedIcon.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace md::ui {

using models::DeploymentListModel;

namespace {

TableStatusTexts deploymentTexts()
{
    return {DeploymentsPage::tr("Loading deployments…"), DeploymentsPage::tr("No deployments match this search."),
            [](int rows) { return DeploymentsPage::tr("%n deployment(s) loaded", nullptr, rows); },
            DeploymentsPage::tr("Deployments could not be loaded. %1")};
}

QHash<QString, QColor> stateColours()
{
    return {{QStringLiteral("complete"), QColor(0x2e, 0x7d, 0x32)},
            {QStringLiteral("progressing"), QColor(0x15, 0x65, 0xc0)},
            {QStringLiteral("failed"), QColor(0xc6, 0x28, 0x28)},
            {QStringLiteral("paused"), QColor(0x75, 0x75, 0x75)}};
}

} // namespace

DeploymentsPage::DeploymentsPage(const PageContext& context, QWidget* parent)
    : QWidget(parent), m_context(context), m_model(new DeploymentListModel(context.client, this)),
      m_service(new models::DeploymentService(context.client, this)), m_clusterBanner(new QLabel(this)),
      m_search(new widgets::SearchField(this)), m_refreshButton(new QPushButton(this)),
      m_list(new PagedTable(m_model, deploymentTexts(), QStringLiteral("deployment"), this)), m_table(m_list->table()),
      m_detail(new DeploymentDetailPane(m_service, context, this))
{
    setObjectName(QStringLiteral("deploymentsPage"));
    m_clusterBanner->setObjectName(QStringLiteral("clusterBanner"));
    m_clusterBanner->setWordWrap(true);
    m_clusterBanner->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_clusterBanner->hide();
    m_search->setObjectName(QStringLiteral("deploymentSearch"));
    m_search->setPlaceholderText(tr("Deployment name…"));
    m_refreshButton->setObjectName(QStringLiteral("deploymentRefreshButton"));
    m_refreshButton->setIcon(widgets::ThemedIcon::fromSvg(QStringLiteral(":/icons/refresh.svg")));
    m_refreshButton->setToolTip(tr("Reload from the server"));

    setUpRecordTable(m_table);
    // Fixed row heights: the view never measures 2,000 rows to lay them out.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->setItemDelegateForColumn(
        DeploymentListModel::StateColumn,
        new widgets::StatusBadgeDelegate(DeploymentListModel::StateCodeRole, stateColours(), m_table));
    m_table->setItemDelegateForColumn(DeploymentListModel::ProgressColumn,
                                      new RolloutProgressDelegate(DeploymentListModel::ProgressRole,
                                                                  DeploymentListModel::StateCodeRole,
                                                                  DeploymentListModel::RolloutMessageRole, m_table));
    QHeaderView* header = m_table->horizontalHeader();
    header->setMinimumSectionSize(40);
    header->setSectionResizeMode(DeploymentListModel::ImagesColumn, QHeaderView::Stretch);
    const QFontMetrics metrics = m_table->fontMetrics();
    header->resizeSection(DeploymentListModel::NameColumn,
                          metrics.horizontalAdvance(QStringLiteral("notification-worker")) + 16);
    header->resizeSection(DeploymentListModel::ReplicasColumn,
                          metrics.horizontalAdvance(QStringLiteral("Ready 10/10")));
    header->resizeSection(DeploymentListModel::ProgressColumn,
                          metrics.horizontalAdvance(QStringLiteral("10 updated · 10 available")) + 12);
    header->resizeSection(DeploymentListModel::StateColumn, 96);
    header->resizeSection(DeploymentListModel::RevisionColumn, metrics.horizontalAdvance(tr("Revision")) + 16);
    header->resizeSection(DeploymentListModel::AgeColumn, metrics.horizontalAdvance(QStringLiteral("Age 99d")));
    // A list that failed to load says why in the empty table too; an empty namespace says so.
    m_list->setFailureDetail(
        [](const models::ApiError& error) { return models::opsErrorText(error, models::OpsErrorView::ClusterViews); });
    m_list->setEmptyText([this] { return emptyText(); });
    m_list->setReloadAction([this] { reload(); });

    auto* listSide = new QWidget(this);
    auto* listLayout = new QVBoxLayout(listSide);
    listLayout->setContentsMargins(0, 0, 0, 0);
    auto* searchRow = new QHBoxLayout;
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(m_refreshButton);
    listLayout->addLayout(searchRow);
    m_list->addTo(listLayout);

    QSplitter* splitter =
        makeListDetailSplitter(QStringLiteral("deploymentsSplitter"), listSide, m_detail, {740, 520}, this);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_clusterBanner);
    layout->addWidget(splitter, 1);

    connect(m_search, &widgets::SearchField::searchChanged, m_model, &DeploymentListModel::setSearch);
    connect(m_refreshButton, &QPushButton::clicked, this, &DeploymentsPage::reload);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &DeploymentsPage::onSelectionChanged);
    connect(m_model, &DeploymentListModel::modelReset, this, [this] {
        // Keep showing the Deployment that was open if it is still listed.
        if (m_detail->deploymentName().isEmpty()) return;
        const QModelIndex index = m_model->indexOfDeployment(m_detail->deploymentName());
        if (index.isValid()) m_table->selectRow(index.row());
    });
    connect(m_detail, &DeploymentDetailPane::deploymentChanged, m_model, &DeploymentListModel::updateDeployment);
    if (context.events) connect(context.events, &models::SseClient::eventReceived, this, &DeploymentsPage::onEvent);

    loadCluster();
    m_model->setSearch({});
    m_list->updateStatus();
}

DeploymentsPage::~DeploymentsPage() = default;

void DeploymentsPage::loadCluster()
{
    m_service->fetchCluster(this, [this](models::ApiOutcome<models::ClusterInfo> outcome) {
        if (!outcome.value) {
            m_clusterBanner->hide(); // the list's own error says what is wrong
            return;
        }
        const models::ClusterInfo& cluster = *outcome.value;
        QString text =
            tr("Namespace <b>%1</b> on %2").arg(cluster.namespaceName.toHtmlEscaped(), cluster.server.toHtmlEscaped());
        if (!cluster.connected) text += tr(" — <b>not connected</b>");
        if (cluster.simulated) text = tr("<b>Simulated cluster</b> — not a real Kubernetes cluster. ") + text;
        m_clusterBanner->setText(text);
        // A simulated cluster must not be mistaken for production: an amber strip, not a quiet line.
        m_clusterBanner->setStyleSheet(
            cluster.simulated
                ? QStringLiteral(
                      "QLabel { background: #fff3e0; color: #3e2723; padding: 6px 10px; border-radius: 4px; }")
                : QStringLiteral("QLabel { padding: 4px 10px; }"));
        m_clusterBanner->setProperty("simulated", cluster.simulated);
        m_clusterBanner->show();
    });
}

void DeploymentsPage::reload()
{
    loadCluster();
    m_list->reload();
    m_detail->refresh();
}

QString DeploymentsPage::emptyText() const
{
    if (!m_list->failureDetail().isEmpty() && m_model->rowCount() == 0) return m_list->failureDetail();
    if (m_model->hasLoadedFirstPage() && m_model->rowCount() == 0 && m_model->search().isEmpty())
        return tr("This namespace has no deployments.");
    return tableEmptyText(*m_model, deploymentTexts());
}

void DeploymentsPage::onSelectionChanged()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty()) return; // a reload clears the selection; keep the pane on its Deployment
    if (const auto deployment = m_model->deploymentFromIndex(rows.first())) m_detail->showDeployment(deployment->name);
}

void DeploymentsPage::openDeployment(const QString& name)
{
    const QModelIndex index = m_model->indexOfDeployment(name);
    if (index.isValid()) {
        m_table->selectRow(index.row());
        m_table->scrollTo(index);
    }
    m_detail->showDeployment(name);
}

void DeploymentsPage::onEvent(const models::SseEvent& event)
{
    const models::LiveEvent live = models::parseLiveEvent(event);
    if (live.isReset()) {
        reload(); // events were lost: nothing shown can be trusted to be current
        return;
    }
    if (live.type != QLatin1String("deployment.updated")) return;
    const auto deployment = models::parseDeployment(live.payload);
    if (!deployment) return;
    m_model->updateDeployment(*deployment);
    if (deployment->name == m_detail->deploymentName()) m_detail->refresh();
}

} // namespace md::ui
