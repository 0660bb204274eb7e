#pragma once
// Deployments: the cluster's Deployments in a server-paged table (ready/updated/available against
// desired, a progress bar while a rollout runs, a red failed state with Kubernetes' message), a
// search by name, a banner naming the cluster (and saying when it is the simulator), and the detail
// pane of the selected Deployment. `deployment.updated` live events update rows in place and the
// shown detail, so a rollout's progress is seen as it happens.

#include "ui/common/PageContext.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace md::models {
class DeploymentListModel;
class DeploymentService;
struct SseEvent;
} // namespace md::models

namespace md::widgets {
class SearchField;
} // namespace md::widgets

namespace md::ui {

class DeploymentDetailPane;
class PagedTable;

class DeploymentsPage : public QWidget {
    Q_OBJECT
public:
    explicit DeploymentsPage(const PageContext& context, QWidget* parent = nullptr);
    ~DeploymentsPage() override;

    models::DeploymentListModel* model() const { return m_model; }
    DeploymentDetailPane* detailPane() const { return m_detail; }
    QTableView* table() const { return m_table; }
    // Selects the Deployment's row when loaded and shows it in the detail pane.
    void openDeployment(const QString& name);

public slots:
    void reload();

private:
    void loadCluster();
    // The empty table's text: the load failure, an empty namespace, or the usual.
    QString emptyText() const;
    void onSelectionChanged();
    void onEvent(const models::SseEvent& event);

    PageContext m_context;
    models::DeploymentListModel* m_model;
    models::DeploymentService* m_service;
    QLabel* m_clusterBanner;
    widgets::SearchField* m_search;
    QPushButton* m_refreshButton;
    PagedTable* m_list;  // error banner, table, status line
    QTableView* m_table; // m_list's
    DeploymentDetailPane* m_detail;
};

} // namespace md::ui
