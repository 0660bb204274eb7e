#pragma once
// The rollout actions on one Deployment: scale, restart, pause/resume, set a container's image and
// roll back to a revision (chosen in the detail pane's history). Each asks first, in words that
// state the effect ("Scale checkout-api from 4 to 6 replicas in namespace marketplace?"), then
// goes to the server; the server's answer (or its error message) is what the pane shows next.
// Only built for roles with ManageDeployments.

#include "models/api/ApiError.h"
#include "models/ops/Deployment.h"

#include <QPointer>
#include <QWidget>

#include <optional>

class QComboBox;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace md::models {
class ApiCall;
class DeploymentService;
} // namespace md::models

namespace md::ui {

class DeploymentActionsPanel : public QWidget {
    Q_OBJECT
public:
    DeploymentActionsPanel(models::DeploymentService* service, QWidget* parent = nullptr);

    // The Deployment the actions apply to; the inputs follow it unless the person is editing them.
    void setDeployment(const models::Deployment& deployment);
    bool isBusy() const { return m_running != nullptr; }

public slots:
    void rollbackTo(int revision, const QStringList& images);

signals:
    // The server accepted an action and answered with the Deployment's new state.
    void deploymentChanged(const md::models::Deployment& deployment);
    void actionFailed(const QString& message);
    void busyChanged(bool busy);

private:
    void confirmScale();
    void confirmRestart();
    void confirmPauseOrResume();
    void confirmSetImage();
    void run(const QString& confirmationId, const QString& title, const QString& text, const QString& confirmText,
             bool destructive, std::function<models::ApiCall*()> start);
    void onDone(const std::optional<models::Deployment>& deployment, const std::optional<models::ApiError>& error);
    void updateEnabled();

    models::DeploymentService* m_service;
    std::optional<models::Deployment> m_deployment;
    QPointer<models::ApiCall> m_running;

    QSpinBox* m_replicas;
    QPushButton* m_scale;
    QPushButton* m_restart;
    QPushButton* m_pause;
    QComboBox* m_container;
    QLineEdit* m_image;
    QPushButton* m_setImage;
};

} // namespace md::ui
