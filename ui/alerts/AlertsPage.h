#pragma once
// Alerts: what Prometheus has firing or pending (severity, name, state, since when, labels and
// summary), from the window's AlertService, which polls every 30 s and also drives the count in
// the navigation. A reload asks at once.

#include "ui/common/PageContext.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace md::models {
class AlertListModel;
class AlertService;
struct ApiError;
} // namespace md::models

namespace md::widgets {
class EmptyStateOverlay;
class ErrorBanner;
} // namespace md::widgets

namespace md::ui {

class AlertsPage : public QWidget {
    Q_OBJECT
public:
    AlertsPage(const PageContext& context, models::AlertService* service, QWidget* parent = nullptr);

    models::AlertListModel* model() const { return m_model; }

public slots:
    void reload();

private:
    void onAlerts();
    void onFailed(const models::ApiError& error);
    void updateStatus();

    models::AlertService* m_service;
    models::AlertListModel* m_model;
    QPushButton* m_refreshButton;
    widgets::ErrorBanner* m_errorBanner;
    QTableView* m_table;
    widgets::EmptyStateOverlay* m_emptyState;
    QLabel* m_statusLine;
};

} // namespace md::ui
