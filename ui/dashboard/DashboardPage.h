#pragma once
// The operators' Dashboard: the panels of resources/dashboards/overview.json in a scrolling grid,
// charted from Prometheus through the server. A time range (15 min … 7 days, or a custom one), an
// optional auto-refresh, and reload (F5). Each panel asks for a step that suits the range and its
// own pixel width. An automatic refresh skips panels still loading; a manual one replaces them.

#include "models/ops/DashboardDefinition.h"
#include "ui/common/PageContext.h"

#include <QDateTime>
#include <QList>
#include <QTimer>
#include <QWidget>

#include <chrono>
#include <optional>

class QComboBox;
class QDateTimeEdit;
class QGridLayout;
class QLabel;
class QPushButton;
class QScrollArea;

namespace md::models {
class MetricsQueryService;
}

namespace md::widgets {
class ErrorBanner;
}

namespace md::ui {

class DashboardPanel;

class DashboardPage : public QWidget {
    Q_OBJECT
public:
    // The built-in dashboard; another file (same format) can be given, e.g. by tests.
    static QString defaultDefinitionPath();

    explicit DashboardPage(const PageContext& context, QWidget* parent = nullptr,
                           const QString& definitionPath = defaultDefinitionPath());

    const QList<DashboardPanel*>& panels() const { return m_panels; }
    DashboardPanel* panel(const QString& id) const;
    bool isRefreshing() const;
    // The window the next refresh covers: the preset ending now, or the custom range.
    std::optional<std::pair<QDateTime, QDateTime>> currentRange(QString* problem = nullptr) const;

public slots:
    // Reloads every panel now, replacing refreshes in flight.
    void reload();

protected:
    void showEvent(QShowEvent* event) override;

private:
    enum class Trigger { Manual, Automatic };
    void buildToolbar();
    void buildPanels();
    void refresh(Trigger trigger);
    void onRangeChoice();
    void onAutoRefreshChoice();
    void updateStatus();

    PageContext m_context;
    models::MetricsQueryService* m_service;
    std::optional<models::DashboardDefinition> m_definition;
    QString m_definitionError;
    QComboBox* m_rangeCombo;
    QDateTimeEdit* m_fromEdit;
    QDateTimeEdit* m_toEdit;
    QComboBox* m_autoRefreshCombo;
    QPushButton* m_refreshButton;
    QLabel* m_statusLabel;
    widgets::ErrorBanner* m_errorBanner;
    QScrollArea* m_scrollArea;
    QGridLayout* m_grid;
    QList<DashboardPanel*> m_panels;
    QTimer m_autoRefresh;
    QDateTime m_lastRefresh;
    bool m_shownOnce = false;
};

} // namespace md::ui
