#pragma once
// Stock levels: on hand, reserved and available per product, low stock highlighted, with the
// movement history of the selected product and (for sellers and admins) stock adjustments.

#include "ui/common/PageContext.h"

#include <QPointer>
#include <QWidget>

class QCheckBox;
class QLabel;
class QPushButton;
class QTableView;
class QTableWidget;

namespace md::models {
class ApiCall;
class InventoryListModel;
class InventoryService;
struct InventoryItem;
struct SseEvent;
} // namespace md::models

namespace md::widgets {
class SearchField;
} // namespace md::widgets

namespace md::ui {

class PagedTable;

class InventoryPage : public QWidget {
    Q_OBJECT
public:
    explicit InventoryPage(const PageContext& context, QWidget* parent = nullptr);

    models::InventoryListModel* model() const { return m_model; }
    void focusSearch();

public slots:
    void reload();
    void adjustSelected();

private:
    void applyFilters();
    void onSelectionChanged();
    void loadMovements(qint64 productId);
    void onEvent(const models::SseEvent& event);
    std::optional<models::InventoryItem> selectedItem() const;

    PageContext m_context;
    models::InventoryListModel* m_model;
    models::InventoryService* m_service;
    widgets::SearchField* m_search;
    QCheckBox* m_lowStockOnly;
    QPushButton* m_refreshButton;
    QPushButton* m_adjustButton;
    PagedTable* m_list;  // error banner, table, status line
    QTableView* m_table; // m_list's
    QLabel* m_historyTitle;
    QTableWidget* m_movements;
    QLabel* m_movementsNote;
    QPointer<models::ApiCall> m_movementsCall;
};

} // namespace md::ui
