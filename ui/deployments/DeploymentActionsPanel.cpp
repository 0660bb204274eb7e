#include "ui/deployments/DeploymentActionsPanel.h"

#include "models/ops/DeploymentService.h"
#include "models/ops/OpsErrorText.h"
#include "ui/common/ConfirmationPresenter.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

namespace md::ui {

using models::ApiOutcome;
using models::Deployment;

DeploymentActionsPanel::DeploymentActionsPanel(models::DeploymentService* service, QWidget* parent)
    : QWidget(parent), m_service(service), m_replicas(new QSpinBox(this)), m_scale(new QPushButton(tr("Scale"), this)),
      m_restart(new QPushButton(tr("Restart…"), this)), m_pause(new QPushButton(tr("Pause rollout"), this)),
      m_container(new QComboBox(this)), m_image(new QLineEdit(this)), m_setImage(new QPushButton(tr("Set image"), this))
{
    setObjectName(QStringLiteral("deploymentActions"));
    m_replicas->setObjectName(QStringLiteral("replicasSpin"));
    m_replicas->setRange(0, models::DeploymentService::MaxReplicas);
    m_replicas->setToolTip(tr("Desired number of pods"));
    m_scale->setObjectName(QStringLiteral("scaleButton"));
    m_restart->setObjectName(QStringLiteral("restartButton"));
    m_restart->setToolTip(tr("Replace every pod, a few at a time, with the same template"));
    m_pause->setObjectName(QStringLiteral("pauseButton"));
    m_container->setObjectName(QStringLiteral("imageContainerCombo"));
    m_container->setToolTip(tr("The container whose image changes"));
    m_image->setObjectName(QStringLiteral("imageEdit"));
    m_image->setPlaceholderText(tr("registry/repository:tag"));
    m_image->setClearButtonEnabled(true);
    m_setImage->setObjectName(QStringLiteral("setImageButton"));

    auto* layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new QLabel(tr("Replicas:"), this), 0, 0);
    auto* scaleRow = new QHBoxLayout;
    scaleRow->addWidget(m_replicas);
    scaleRow->addWidget(m_scale);
    scaleRow->addSpacing(12);
    scaleRow->addWidget(m_restart);
    scaleRow->addWidget(m_pause);
    scaleRow->addStretch(1);
    layout->addLayout(scaleRow, 0, 1);
    layout->addWidget(new QLabel(tr("Image:"), this), 1, 0);
    auto* imageRow = new QHBoxLayout;
    imageRow->addWidget(m_container);
    imageRow->addWidget(m_image, 1);
    imageRow->addWidget(m_setImage);
    layout->addLayout(imageRow, 1, 1);
    layout->setColumnStretch(1, 1);

    connect(m_scale, &QPushButton::clicked, this, &DeploymentActionsPanel::confirmScale);
    connect(m_replicas, &QSpinBox::editingFinished, this, &DeploymentActionsPanel::updateEnabled);
    connect(m_replicas, &QSpinBox::valueChanged, this, &DeploymentActionsPanel::updateEnabled);
    connect(m_restart, &QPushButton::clicked, this, &DeploymentActionsPanel::confirmRestart);
    connect(m_pause, &QPushButton::clicked, this, &DeploymentActionsPanel::confirmPauseOrResume);
    connect(m_setImage, &QPushButton::clicked, this, &DeploymentActionsPanel::confirmSetImage);
    connect(m_image, &QLineEdit::returnPressed, this, &DeploymentActionsPanel::confirmSetImage);
    connect(m_image, &QLineEdit::textChanged, this, &DeploymentActionsPanel::updateEnabled);
    connect(m_container, &QComboBox::currentIndexChanged, this, [this](int row) {
        if (m_deployment && row >= 0 && row < m_deployment->containers.size())
            m_image->setText(m_deployment->containers.at(row).image);
    });
    updateEnabled();
}

void DeploymentActionsPanel::setDeployment(const Deployment& deployment)
{
    const bool other = !m_deployment || m_deployment->name != deployment.name;
    const int previousDesired = m_deployment ? m_deployment->replicas.desired : -1;
    const QString previousImage = m_container->currentIndex() >= 0 && m_deployment &&
                                          m_container->currentIndex() < m_deployment->containers.size()
                                      ? m_deployment->containers.at(m_container->currentIndex()).image
                                      : QString();
    m_deployment = deployment;
    // Follow the server's value unless the person has typed a different one for this Deployment.
    if (other || m_replicas->value() == previousDesired) m_replicas->setValue(deployment.replicas.desired);
    const QString chosen = other ? QString() : m_container->currentText();
    {
        const QSignalBlocker quiet(m_container);
        m_container->clear();
        for (const models::ContainerImage& container : deployment.containers)
            m_container->addItem(container.container);
        const int keep = m_container->findText(chosen);
        m_container->setCurrentIndex(keep >= 0 ? keep : (m_container->count() > 0 ? 0 : -1));
    }
    const int row = m_container->currentIndex();
    const QString current = row >= 0 ? deployment.containers.at(row).image : QString();
    if (other || m_image->text().isEmpty() || m_image->text() == previousImage) m_image->setText(current);
    m_pause->setText(deployment.paused ? tr("Resume rollout") : tr("Pause rollout"));
    m_pause->setToolTip(deployment.paused ? tr("Let the rollout continue")
                                          : tr("Hold the rollout where it is; changes to the template wait"));
    updateEnabled();
}

void DeploymentActionsPanel::updateEnabled()
{
    const bool ready = m_deployment.has_value() && !m_running;
    m_replicas->setEnabled(ready);
    m_scale->setEnabled(ready && m_replicas->value() != m_deployment->replicas.desired);
    m_restart->setEnabled(ready);
    m_pause->setEnabled(ready);
    m_container->setEnabled(ready && m_container->count() > 0);
    m_image->setEnabled(ready && m_container->count() > 0);
    const int row = m_container->currentIndex();
    const QString image = m_image->text().trimmed();
    m_setImage->setEnabled(ready && row >= 0 && !image.isEmpty() && !image.contains(QLatin1Char(' ')) &&
                           image != m_deployment->containers.at(row).image);
}

void DeploymentActionsPanel::run(const QString& confirmationId, const QString& title, const QString& text,
                                 const QString& confirmText, bool destructive, std::function<models::ApiCall*()> start)
{
    if (!m_deployment || m_running) return;
    askConfirmation(this, {confirmationId, title, text, confirmText, {}, destructive},
                    [this, start = std::move(start)](bool confirmed) {
                        if (!confirmed || m_running) return;
                        m_running = start();
                        emit busyChanged(true);
                        updateEnabled();
                    });
}

void DeploymentActionsPanel::onDone(const std::optional<Deployment>& deployment,
                                    const std::optional<models::ApiError>& error)
{
    m_running = nullptr;
    emit busyChanged(false);
    if (error)
        emit actionFailed(models::opsErrorText(*error, models::OpsErrorView::ClusterViews));
    else if (deployment)
        emit deploymentChanged(*deployment);
    updateEnabled();
}

void DeploymentActionsPanel::confirmScale()
{
    if (!m_deployment) return;
    const Deployment d = *m_deployment;
    const int replicas = m_replicas->value();
    const QString text = tr("Scale %1 from %2 to %3 replicas in namespace %4?")
                             .arg(d.name)
                             .arg(d.replicas.desired)
                             .arg(replicas)
                             .arg(d.namespaceName);
    run(QStringLiteral("confirmScale"), tr("Scale deployment"),
        replicas == 0 ? text + QLatin1Char(' ') + tr("With 0 replicas the service stops answering.") : text,
        tr("Scale"), replicas < d.replicas.desired, [this, d, replicas] {
            return m_service->scale(d.name, replicas, this,
                                    [this](ApiOutcome<Deployment> outcome) { onDone(outcome.value, outcome.error); });
        });
}

void DeploymentActionsPanel::confirmRestart()
{
    if (!m_deployment) return;
    const Deployment d = *m_deployment;
    run(QStringLiteral("confirmRestart"), tr("Restart deployment"),
        tr("Restart %1 in namespace %2? All %n pod(s) are replaced, a few at a time.", nullptr, d.replicas.desired)
            .arg(d.name, d.namespaceName),
        tr("Restart"), true, [this, d] {
            return m_service->restart(d.name, this,
                                      [this](ApiOutcome<Deployment> outcome) { onDone(outcome.value, outcome.error); });
        });
}

void DeploymentActionsPanel::confirmPauseOrResume()
{
    if (!m_deployment) return;
    const Deployment d = *m_deployment;
    const bool pause = !d.paused;
    run(pause ? QStringLiteral("confirmPause") : QStringLiteral("confirmResume"),
        pause ? tr("Pause rollout") : tr("Resume rollout"),
        pause ? tr("Pause the rollout of %1 in namespace %2? Pods stay as they are until it is resumed.")
                    .arg(d.name, d.namespaceName)
              : tr("Resume the rollout of %1 in namespace %2? Pending template changes roll out.")
                    .arg(d.name, d.namespaceName),
        pause ? tr("Pause") : tr("Resume"), false, [this, d, pause] {
            return m_service->setPaused(
                d.name, pause, this, [this](ApiOutcome<Deployment> outcome) { onDone(outcome.value, outcome.error); });
        });
}

void DeploymentActionsPanel::confirmSetImage()
{
    if (!m_deployment || !m_setImage->isEnabled()) return;
    const Deployment d = *m_deployment;
    const int row = m_container->currentIndex();
    const QString container = d.containers.at(row).container;
    const QString from = d.containers.at(row).image;
    const QString image = m_image->text().trimmed();
    run(QStringLiteral("confirmSetImage"), tr("Set image"),
        tr("Change the image of container %1 of %2 in namespace %3 from %4 to %5? Every pod is replaced.")
            .arg(container, d.name, d.namespaceName, from, image),
        tr("Set image"), true, [this, d, container, image] {
            return m_service->setImage(d.name, container, image, this, [this](ApiOutcome<Deployment> outcome) {
                onDone(outcome.value, outcome.error);
            });
        });
}

void DeploymentActionsPanel::rollbackTo(int revision, const QStringList& images)
{
    if (!m_deployment) return;
    const Deployment d = *m_deployment;
    run(QStringLiteral("confirmRollback"), tr("Roll back"),
        tr("Roll %1 in namespace %2 back from revision %3 to revision %4 (%5)? Every pod is replaced.")
            .arg(d.name, d.namespaceName)
            .arg(d.revision)
            .arg(revision)
            .arg(images.join(QStringLiteral(", "))),
        tr("Roll back"), true, [this, d, revision] {
            return m_service->rollback(d.name, revision, this, [this](ApiOutcome<Deployment> outcome) {
                onDone(outcome.value, outcome.error);
            });
        });
}

} // namespace md::ui
