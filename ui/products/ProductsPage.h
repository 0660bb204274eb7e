#pragma once
// The catalog: a server-paged, server-sorted table of products with search-as-you-type and status
// and category filters, and (for those who may) creating, editing, duplicating and archiving
// products, changing many at once (ProductBulkDialog) and importing a CSV file
// (ProductImportDialog); anyone may export the current filter as CSV (ProductExportDialog).

#include "ui/common/PageContext.h"

#include <QWidget>

class QComboBox;
class QHBoxLayout;
class QPushButton;
class QTableView;

namespace md::models {
class ProductListModel;
class ProductService;
struct Product;
} // namespace md::models

namespace md::widgets {
class SearchField;
} // namespace md::widgets

namespace md::ui {

class PagedTable;
class ProductEditorDialog;

class ProductsPage : public QWidget {
    Q_OBJECT
public:
    explicit ProductsPage(const PageContext& context, QWidget* parent = nullptr);
    ~ProductsPage() override;

    models::ProductListModel* model() const { return m_model; }

public slots:
    void reload();
    void createProduct();
    void editSelected();
    void archiveSelected();
    void duplicateSelected();
    void bulkChangeSelected();
    void importProducts();
    // Asks where to save, then exportTo().
    void exportProducts();
    void exportTo(const QString& path);

private:
    // Set up the widgets made in the constructor; the first two return their row of the layout.
    QHBoxLayout* setUpFilters();
    QHBoxLayout* setUpActionButtons(bool mayEdit);
    void setUpTable();
    void applyFilters();
    void updateActions();
    void rememberCategories();
    void onProductSaved(const models::Product& product, bool created);
    std::optional<models::Product> selectedProduct() const; // exactly one selected
    QList<models::Product> selectedProducts() const;
    ProductEditorDialog* openEditor(int mode);

    PageContext m_context;
    models::ProductListModel* m_model;
    models::ProductService* m_service;
    widgets::SearchField* m_search;
    QComboBox* m_statusFilter;
    QComboBox* m_categoryFilter;
    QPushButton* m_newButton;
    QPushButton* m_editButton;
    QPushButton* m_archiveButton;
    QPushButton* m_duplicateButton;
    QPushButton* m_bulkButton;
    QPushButton* m_importButton;
    QPushButton* m_exportButton;
    QPushButton* m_refreshButton;
    PagedTable* m_list;  // error banner, table, status line
    QTableView* m_table; // m_list's
    QStringList m_knownCategories;
};

} // namespace md::ui
