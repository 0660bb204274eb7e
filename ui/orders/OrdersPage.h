#pragma once
// Orders: a server-paged table filtered by status (several at once), creation date and search, next
// to the detail pane of the selected order. A new order arriving live goes on top of the list (or,
// when only the server can tell whether it matches the filters, an offer to reload appears) and a
// seller is notified of it; a changed order's row is refreshed in place; the shown order reloads.

#include "ui/common/PageContext.h"

#include <QHash>
#include <QWidget>

class QComboBox;
class QDateEdit;
class QHBoxLayout;
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
class SearchField;
} // namespace md::widgets

namespace md::ui {

class OrderDetailPane;
class PagedTable;

class OrdersPage : public QWidget {
    Q_OBJECT
public:
    explicit OrdersPage(const PageContext& context, QWidget* parent = nullptr);
    ~OrdersPage() override;

    models::OrderListModel* model() const { return m_model; }
    OrderDetailPane* detailPane() const { return m_detail; }
    // Selects the order's row (when loaded) and shows it in the detail pane.
    void openOrder(qint64 orderId);
    void focusSearch();

public slots:
    void reload();

private:
    // Set up the widgets made in the constructor; the filters return their row of the layout.
    QHBoxLayout* setUpStatusFilter();
    QHBoxLayout* setUpDateFilter();
    void setUpTable();
    void applyFilters();
    void onSelectionChanged();
    void onEvent(const models::SseEvent& event);
    void onOrderCreated(const models::Order& order);
    void onDateRangeChosen();

    PageContext m_context;
    models::OrderListModel* m_model;
    models::OrderService* m_service;
    widgets::SearchField* m_search;
    QHash<int, QToolButton*> m_statusButtons; // OrderStatus -> toggle
    QComboBox* m_dateRange;
    QDateEdit* m_dateFrom;
    QDateEdit* m_dateTo;
    QPushButton* m_refreshButton;
    QPushButton* m_staleButton;
    PagedTable* m_list;  // error banner, table, status line
    QTableView* m_table; // m_list's
    OrderDetailPane* m_detail;
};

} // namespace md::ui
