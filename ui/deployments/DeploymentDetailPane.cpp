#include "ui/deployments/DeploymentDetailPane.h"

#include "models/ops/DeploymentListModel.h"
#include "models/ops/DeploymentService.h"
#include "models/ops/OpsErrorText.h"
#include "ui/common/PageLayout.h"
#include "ui/deployments/DeploymentActionsPanel.h"
#include "ui/deployments/LogViewerDialog.h"
#include "ui/deployments/RolloutProgressDelegate.h"
#include "widgets/ErrorBanner.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableWidget>
#include <QTabWidget>
#include <QVBoxLayout>

namespace md::ui {

using models::Deployment;
using models::DeploymentDetail;
using models::RolloutState;

namespace {

QTableWidget* makeTable(const QString& objectName, const QStringList& headers, int stretchColumn, QWidget* parent)
{
    auto* table = new QTableWidget(parent);
    table->setObjectName(objectName);
    table->setColumnCount(static_cast<int>(headers.size()));
    table->setHorizontalHeaderLabels(headers);
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setWordWrap(false);
    table->setAlternatingRowColors(true);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    for (int column = 0; column < headers.size(); ++column)
        table->horizontalHeader()->setSectionResizeMode(
            column, column == stretchColumn ? QHeaderView::Stretch : QHeaderView::ResizeToContents);
    return table;
}

QTableWidgetItem* cell(const QString& text, const QString& toolTip = {})
{
    auto* item = new QTableWidgetItem(text);
    if (!toolTip.isEmpty()) item->setToolTip(toolTip);
    return item;
}

QString when(const std::optional<QDateTime>& timestamp)
{
    return timestamp && timestamp->isValid() ? QLocale().toString(timestamp->toLocalTime(), QLocale::ShortFormat)
                                             : QString();
}

QString ago(const std::optional<QDateTime>& timestamp)
{
    if (!timestamp || !timestamp->isValid()) return {};
    return models::DeploymentListModel::formatAge(timestamp->secsTo(QDateTime::currentDateTimeUtc()));
}

} // namespace

DeploymentDetailPane::DeploymentDetailPane(models::DeploymentService* service, const PageContext& context,
                                           QWidget* parent)
    : QWidget(parent), m_service(service), m_context(context), m_stack(new QStackedWidget(this)),
      m_placeholder(new QLabel(this)), m_errorBanner(new widgets::ErrorBanner(this)), m_title(new QLabel(this)),
      m_state(new QLabel(this)), m_message(new QLabel(this)), m_meta(new QLabel(this)),
      m_rollback(new QPushButton(tr("Roll back to selected revision…"), this)),
      m_logs(new QPushButton(tr("View logs…"), this)), m_sections(new QTabWidget(this))
{
    setObjectName(QStringLiteral("deploymentDetailPane"));
    m_placeholder->setObjectName(QStringLiteral("deploymentDetailPlaceholder"));
    setUpDetailPlaceholder(m_placeholder, tr("Select a deployment to see its pods, history and events."));

    m_title->setObjectName(QStringLiteral("deploymentNameLabel"));
    setUpDetailTitle(m_title);
    m_state->setObjectName(QStringLiteral("deploymentStateLabel"));
    m_message->setObjectName(QStringLiteral("deploymentMessageLabel"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_meta->setObjectName(QStringLiteral("deploymentMetaLabel"));
    m_meta->setWordWrap(true);
    m_meta->setTextInteractionFlags(Qt::TextSelectableByMouse);

    // The long free text goes last and takes what width is left; the short columns fit their contents.
    m_conditions = makeTable(QStringLiteral("conditionsTable"),
                             {tr("Type"), tr("Status"), tr("Reason"), tr("Updated"), tr("Message")}, 4, this);
    m_conditions->setSelectionMode(QAbstractItemView::NoSelection);
    m_revisions =
        makeTable(QStringLiteral("revisionsTable"), {tr("Revision"), tr("Pods"), tr("Created"), tr("Images")}, 3, this);
    m_pods = makeTable(QStringLiteral("podsTable"),
                       {tr("Pod"), tr("Phase"), tr("Ready"), tr("Restarts"), tr("Node"), tr("Started")}, 0, this);
    m_events =
        makeTable(QStringLiteral("eventsTable"),
                  {tr("Last seen"), tr("Type"), tr("Reason"), tr("Object"), tr("Count"), tr("Message")}, 5, this);
    // Pod names are long; the full name is in the tooltip.
    m_events->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Interactive);
    m_events->horizontalHeader()->resizeSection(3, 150);
    m_events->setSelectionMode(QAbstractItemView::NoSelection);
    m_rollback->setObjectName(QStringLiteral("rollbackButton"));
    m_logs->setObjectName(QStringLiteral("viewLogsButton"));
    m_logs->setToolTip(tr("Tail and follow the selected pod's log"));

    const bool mayManage = m_context.user.allows(models::Capability::ManageDeployments);
    if (mayManage) m_actions = new DeploymentActionsPanel(service, this);
    m_rollback->setVisible(mayManage);

    auto* content = new QWidget;
    auto* column = new QVBoxLayout(content);
    auto* header = new QHBoxLayout;
    header->addWidget(m_title);
    header->addWidget(m_state);
    header->addStretch(1);
    column->addLayout(header);
    column->addWidget(m_message);
    column->addWidget(m_meta);
    if (m_actions) column->addWidget(m_actions);
    column->addWidget(m_errorBanner);
    // Pods, history, conditions and events each get the pane's full height in a tab of their own
    // (stacked one under the other they were a few rows each in a narrow pane).
    auto* podsTab = new QWidget;
    podsTab->setObjectName(QStringLiteral("podsTab"));
    auto* podsLayout = new QVBoxLayout(podsTab);
    podsLayout->addWidget(m_pods, 1);
    auto* podButtons = new QHBoxLayout;
    podButtons->addStretch(1);
    podButtons->addWidget(m_logs);
    podsLayout->addLayout(podButtons);
    auto* historyTab = new QWidget;
    historyTab->setObjectName(QStringLiteral("historyTab"));
    auto* historyLayout = new QVBoxLayout(historyTab);
    historyLayout->addWidget(m_revisions, 1);
    auto* revisionButtons = new QHBoxLayout;
    revisionButtons->addStretch(1);
    revisionButtons->addWidget(m_rollback);
    historyLayout->addLayout(revisionButtons);
    m_sections->setObjectName(QStringLiteral("deploymentSections"));
    m_sections->setDocumentMode(true);
    m_sections->addTab(podsTab, tr("Pods"));
    m_sections->addTab(historyTab, tr("Revision history"));
    m_sections->addTab(m_conditions, tr("Conditions"));
    m_sections->addTab(m_events, tr("Events"));
    m_sections->setMinimumHeight(260);
    column->addWidget(m_sections, 1);

    layOutDetailPane(this, m_stack, m_placeholder, content, QStringLiteral("deploymentDetailScroll"));

    // Live events arrive several times a second during a rollout; one read per 300 ms is plenty.
    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setInterval(300);
    connect(&m_refreshTimer, &QTimer::timeout, this, &DeploymentDetailPane::load);
    connect(m_errorBanner, &widgets::ErrorBanner::retryRequested, this, &DeploymentDetailPane::refresh);
    connect(m_revisions, &QTableWidget::itemSelectionChanged, this, &DeploymentDetailPane::updateRowButtons);
    connect(m_pods, &QTableWidget::itemSelectionChanged, this, &DeploymentDetailPane::updateRowButtons);
    connect(m_pods, &QTableWidget::cellDoubleClicked, this, &DeploymentDetailPane::openLogs);
    connect(m_rollback, &QPushButton::clicked, this, &DeploymentDetailPane::rollbackSelected);
    connect(m_logs, &QPushButton::clicked, this, &DeploymentDetailPane::openLogs);
    if (m_actions) {
        connect(m_actions, &DeploymentActionsPanel::deploymentChanged, this, [this](const Deployment& deployment) {
            m_errorBanner->hide();
            emit deploymentChanged(deployment);
            refresh();
        });
        connect(m_actions, &DeploymentActionsPanel::actionFailed, this,
                [this](const QString& message) { m_errorBanner->showMessage(message, false); });
        connect(m_actions, &DeploymentActionsPanel::busyChanged, this, &DeploymentDetailPane::updateRowButtons);
    }
    m_errorBanner->hide();
    updateRowButtons();
}

void DeploymentDetailPane::abortLoading()
{
    // abort() deletes the call later; forget it now so the next load() is not taken for a running one.
    if (m_loading) m_loading->abort();
    m_loading = nullptr;
    m_refreshQueued = false;
}

void DeploymentDetailPane::clear()
{
    abortLoading();
    m_refreshTimer.stop();
    m_name.clear();
    m_detail.reset();
    m_stack->setCurrentIndex(0);
}

void DeploymentDetailPane::showDeployment(const QString& name)
{
    if (name == m_name && (m_detail || m_loading)) return; // shown, or on its way
    abortLoading();
    m_name = name;
    m_detail.reset();
    m_errorBanner->hide();
    m_placeholder->setText(tr("Loading %1…").arg(name));
    m_stack->setCurrentIndex(0);
    load();
}

void DeploymentDetailPane::refresh()
{
    if (m_name.isEmpty()) return;
    if (m_loading) {
        m_refreshQueued = true;
        return;
    }
    if (!m_refreshTimer.isActive()) m_refreshTimer.start();
}

void DeploymentDetailPane::load()
{
    if (m_name.isEmpty() || m_loading) return;
    m_refreshQueued = false;
    m_loading = m_service->fetchDetail(m_name, this, [this](models::ApiOutcome<DeploymentDetail> outcome) {
        m_loading = nullptr;
        onLoaded(outcome.value, outcome.error);
        if (m_refreshQueued) refresh();
    });
}

void DeploymentDetailPane::onLoaded(const std::optional<DeploymentDetail>& detail,
                                    const std::optional<models::ApiError>& error)
{
    if (error) {
        if (!m_detail) {
            m_placeholder->setText(error->isNotFound()
                                       ? tr("%1 no longer exists.").arg(m_name)
                                       : models::opsErrorText(*error, models::OpsErrorView::ClusterViews));
            m_stack->setCurrentIndex(0);
        } else {
            m_errorBanner->showMessage(tr("The latest state could not be read. %1")
                                           .arg(models::opsErrorText(*error, models::OpsErrorView::ClusterViews)));
        }
        return;
    }
    if (!detail) return;
    const bool changed = !m_detail || m_detail->deployment != detail->deployment;
    m_detail = *detail;
    render(*detail);
    if (changed) emit deploymentChanged(detail->deployment);
}

void DeploymentDetailPane::render(const DeploymentDetail& detail)
{
    renderHeader(detail.deployment);
    fillConditions(detail.deployment);
    fillRevisions(detail);
    fillPods(detail);
    fillEvents(detail);
    if (m_actions) m_actions->setDeployment(detail.deployment);
    m_sections->setTabText(0, tr("Pods (%1)").arg(detail.pods.size()));
    m_sections->setTabText(1, tr("Revision history (%1)").arg(detail.revisions.size()));
    m_sections->setTabText(3, tr("Events (%1)").arg(detail.events.size()));
    updateRowButtons();
    m_stack->setCurrentIndex(1);
}

void DeploymentDetailPane::renderHeader(const Deployment& d)
{
    m_title->setText(d.name);
    QColor colour;
    switch (d.rolloutState) {
    case RolloutState::Complete:
        colour = QColor(0x2e, 0x7d, 0x32);
        break;
    case RolloutState::Progressing:
        colour = QColor(0x15, 0x65, 0xc0);
        break;
    case RolloutState::Failed:
        colour = RolloutProgressDelegate::failureColour(palette());
        break;
    case RolloutState::Paused:
        colour = QColor(0x75, 0x75, 0x75);
        break;
    }
    m_state->setText(models::rolloutStateLabel(d.rolloutState));
    m_state->setStyleSheet(QStringLiteral("QLabel { color: %1; border: 1px solid %1; border-radius: 8px; "
                                          "padding: 1px 8px; font-weight: bold; }")
                               .arg(colour.name()));
    m_state->setProperty("stateCode", models::rolloutStateCode(d.rolloutState));
    const bool failed = d.rolloutState == RolloutState::Failed;
    QString message = d.rolloutMessage;
    if (failed && !d.failureReason().isEmpty() && !message.contains(d.failureReason()))
        message = d.failureReason() + QStringLiteral(": ") + message;
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
    m_message->setStyleSheet(failed ? QStringLiteral("color: %1; font-weight: bold;").arg(colour.name()) : QString());
    const auto& r = d.replicas;
    m_meta->setText(tr("Namespace %1 · %2 · revision %3 · desired %4, ready %5, updated %6, available %7 · "
                       "generation %8 (observed %9)")
                        .arg(d.namespaceName, d.strategy.isEmpty() ? tr("strategy unknown") : d.strategy)
                        .arg(d.revision)
                        .arg(r.desired)
                        .arg(r.ready)
                        .arg(r.updated)
                        .arg(r.available)
                        .arg(d.generation)
                        .arg(d.observedGeneration));
}

void DeploymentDetailPane::fillConditions(const Deployment& d)
{
    m_conditions->setRowCount(static_cast<int>(d.conditions.size()));
    for (int row = 0; row < d.conditions.size(); ++row) {
        const models::DeploymentCondition& c = d.conditions.at(row);
        m_conditions->setItem(row, 0, cell(c.type));
        auto* status = cell(c.status);
        if (c.status == QLatin1String("False"))
            status->setForeground(RolloutProgressDelegate::failureColour(palette()));
        m_conditions->setItem(row, 1, status);
        m_conditions->setItem(row, 2, cell(c.reason));
        m_conditions->setItem(row, 3, cell(when(c.lastUpdate)));
        m_conditions->setItem(row, 4, cell(c.message, c.message));
    }
}

void DeploymentDetailPane::fillRevisions(const DeploymentDetail& detail)
{
    const int selected = m_revisions->currentRow() >= 0 && m_revisions->item(m_revisions->currentRow(), 0)
                             ? m_revisions->item(m_revisions->currentRow(), 0)->data(Qt::UserRole).toInt()
                             : -1;
    const QSignalBlocker quiet(m_revisions);
    m_revisions->clearSelection();
    m_revisions->setRowCount(static_cast<int>(detail.revisions.size()));
    for (int row = 0; row < detail.revisions.size(); ++row) {
        const models::DeploymentRevision& r = detail.revisions.at(row);
        auto* number = cell(r.current ? tr("%1 (current)").arg(r.revision) : QString::number(r.revision), r.replicaSet);
        number->setData(Qt::UserRole, r.revision);
        if (r.current) {
            QFont bold = number->font();
            bold.setBold(true);
            number->setFont(bold);
        }
        m_revisions->setItem(row, 0, number);
        m_revisions->setItem(row, 1, cell(QString::number(r.replicas)));
        m_revisions->setItem(row, 2, cell(when(r.createdAt)));
        m_revisions->setItem(row, 3, cell(models::shortImageNames(r.images), r.images.join(QLatin1Char('\n'))));
        if (r.revision == selected) m_revisions->selectRow(row);
    }
}

void DeploymentDetailPane::fillPods(const DeploymentDetail& detail)
{
    const QString selected = m_pods->currentRow() >= 0 && m_pods->item(m_pods->currentRow(), 0)
                                 ? m_pods->item(m_pods->currentRow(), 0)->text()
                                 : QString();
    const QSignalBlocker quiet(m_pods);
    m_pods->clearSelection();
    m_pods->setRowCount(static_cast<int>(detail.pods.size()));
    for (int row = 0; row < detail.pods.size(); ++row) {
        const models::PodSummary& p = detail.pods.at(row);
        m_pods->setItem(row, 0, cell(p.name, p.containers.join(QStringLiteral(", "))));
        m_pods->setItem(row, 1, cell(p.phase));
        auto* ready = cell(p.ready ? tr("Yes") : tr("No"));
        if (!p.ready) ready->setForeground(RolloutProgressDelegate::failureColour(palette()));
        m_pods->setItem(row, 2, ready);
        auto* restarts = cell(QString::number(p.restarts));
        restarts->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        if (p.restarts > 0) restarts->setForeground(RolloutProgressDelegate::failureColour(palette()));
        m_pods->setItem(row, 3, restarts);
        m_pods->setItem(row, 4, cell(p.node));
        m_pods->setItem(row, 5, cell(ago(p.startedAt), when(p.startedAt)));
        if (p.name == selected) m_pods->selectRow(row);
    }
}

void DeploymentDetailPane::fillEvents(const DeploymentDetail& detail)
{
    m_events->setRowCount(static_cast<int>(detail.events.size()));
    for (int row = 0; row < detail.events.size(); ++row) {
        const models::ClusterEvent& e = detail.events.at(row);
        auto* type = cell(e.type);
        if (e.type == QLatin1String("Warning")) type->setForeground(RolloutProgressDelegate::failureColour(palette()));
        m_events->setItem(row, 0, cell(ago(e.lastSeen), when(e.lastSeen)));
        m_events->setItem(row, 1, type);
        m_events->setItem(row, 2, cell(e.reason));
        m_events->setItem(row, 3, cell(e.object, e.object));
        m_events->setItem(row, 4, cell(QString::number(e.count)));
        m_events->setItem(row, 5, cell(e.message, e.message));
    }
}

void DeploymentDetailPane::updateRowButtons()
{
    const int revisionRow = m_revisions->currentRow();
    const bool revisionPicked = m_detail && !m_revisions->selectedItems().isEmpty() && revisionRow >= 0 &&
                                revisionRow < m_detail->revisions.size() &&
                                !m_detail->revisions.at(revisionRow).current;
    m_rollback->setEnabled(revisionPicked && m_actions && !m_actions->isBusy());
    m_rollback->setToolTip(revisionPicked ? tr("Restore this revision's pod template")
                                          : tr("Pick an earlier revision in the history first"));
    m_logs->setEnabled(m_detail && !m_detail->pods.isEmpty());
}

void DeploymentDetailPane::rollbackSelected()
{
    const int row = m_revisions->currentRow();
    if (!m_detail || !m_actions || row < 0 || row >= m_detail->revisions.size()) return;
    const models::DeploymentRevision& revision = m_detail->revisions.at(row);
    m_actions->rollbackTo(revision.revision, revision.images);
}

void DeploymentDetailPane::openLogs()
{
    if (!m_detail || m_detail->pods.isEmpty()) return;
    const int row = m_pods->currentRow();
    const QString pod =
        row >= 0 && row < m_detail->pods.size() ? m_detail->pods.at(row).name : m_detail->pods.first().name;
    auto* dialog = new LogViewerDialog(m_context.client, m_detail->deployment.name, m_detail->pods, pod, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

} // namespace md::ui
