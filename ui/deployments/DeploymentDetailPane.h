#pragma once
// Everything about one Deployment: its rollout state (a failed one in red with Kubernetes' message),
// conditions, revision history with the images of each (the current one marked, any other one a
// rollback target), pods and events; the actions for roles that may use them; and the pod logs.
// It reloads itself when told the Deployment changed (live events), at most a few times a second.

#include "models/ops/Deployment.h"
#include "ui/common/PageContext.h"

#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;
class QStackedWidget;
class QTableWidget;
class QTabWidget;

namespace md::models {
class ApiCall;
class DeploymentService;
struct ApiError;
} // namespace md::models

namespace md::widgets {
class ErrorBanner;
}

namespace md::ui {

class DeploymentActionsPanel;

class DeploymentDetailPane : public QWidget {
    Q_OBJECT
public:
    DeploymentDetailPane(models::DeploymentService* service, const PageContext& context, QWidget* parent = nullptr);

    void showDeployment(const QString& name);
    void clear();
    // Reads the shown Deployment again (coalesced: one request in flight, one queued at most).
    void refresh();
    const QString& deploymentName() const { return m_name; }
    const std::optional<models::DeploymentDetail>& detail() const { return m_detail; }
    DeploymentActionsPanel* actions() const { return m_actions; }

signals:
    void deploymentChanged(const md::models::Deployment& deployment);

private:
    void load();
    void abortLoading();
    void onLoaded(const std::optional<models::DeploymentDetail>& detail, const std::optional<models::ApiError>& error);
    void render(const models::DeploymentDetail& detail);
    void renderHeader(const models::Deployment& deployment);
    void fillConditions(const models::Deployment& deployment);
    void fillRevisions(const models::DeploymentDetail& detail);
    void fillPods(const models::DeploymentDetail& detail);
    void fillEvents(const models::DeploymentDetail& detail);
    void updateRowButtons();
    void rollbackSelected();
    void openLogs();

    models::DeploymentService* m_service;
    PageContext m_context;
    QString m_name;
    std::optional<models::DeploymentDetail> m_detail;
    QPointer<models::ApiCall> m_loading;
    bool m_refreshQueued = false;
    QTimer m_refreshTimer;

    QStackedWidget* m_stack;
    QLabel* m_placeholder;
    widgets::ErrorBanner* m_errorBanner;
    QLabel* m_title;
    QLabel* m_state;
    QLabel* m_message;
    QLabel* m_meta;
    DeploymentActionsPanel* m_actions = nullptr;
    QTableWidget* m_conditions;
    QTableWidget* m_revisions;
    QPushButton* m_rollback;
    QTableWidget* m_pods;
    QPushButton* m_logs;
    QTableWidget* m_events;
    QTabWidget* m_sections;
};

} // namespace md::ui
