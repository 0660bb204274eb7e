#pragma once
// Orders: a server-paged table filtered by status (several at once) and search, next to the detail
// pane of the selected order. Live events mark the list stale instead of reshuffling it under the
// person's cursor; the shown order reloads by itself.

#include "ui/common/PageContext.h"

#include <QHash>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;
class QToolButton;

namespace md::models {
class OrderListModel;
class OrderService;
struct Order;
struct SseEvent;
} // namespace md::models

namespace md::widgets {
class EmptyStateOverlay;
class ErrorBanner;
class SearchField;
} // namespace md::widgets

namespace md::ui {

class OrderDetailPane;

class OrdersPage : public QWidget {
    Q_OBJECT
public:
    explicit OrdersPage(const PageContext& context, QWidget* parent = nullptr);
    ~OrdersPage() override;

    models::OrderListModel* model() const { return m_model; }
    OrderDetailPane* detailPane() const { return m_detail; }

public slots:
    void reload();

private:
    void applyFilters();
    void updateStatusLine();
    void onSelectionChanged();
    void onEvent(const models::SseEvent& event);

    PageContext m_context;
    models::OrderListModel* m_model;
    models::OrderService* m_service;
    widgets::SearchField* m_search;
    QHash<int, QToolButton*> m_statusButtons; // OrderStatus -> toggle
    QPushButton* m_refreshButton;
    QPushButton* m_staleButton;
    widgets::ErrorBanner* m_errorBanner;
    QTableView* m_table;
    widgets::EmptyStateOverlay* m_emptyState;
    QLabel* m_statusLine;
    OrderDetailPane* m_detail;
};

} // namespace md::ui
