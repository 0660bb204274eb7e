#include "ui/products/ProductsPage.h"

#include "models/catalog/ProductListModel.h"
#include "models/catalog/ProductService.h"
#include "ui/common/ConsoleSettings.h"
#include "ui/common/PageLayout.h"
#include "ui/common/PagedTable.h"
#include "ui/common/ServerSortHeader.h"
#include "ui/products/ProductBulkDialog.h"
#include "ui/products/ProductEditorDialog.h"
#include "ui/products/ProductExportDialog.h"
#include "ui/products/ProductImportDialog.h"
#include "widgets/ErrorBanner.h"
#include "widgets/MoneyDelegate.h"
#include "widgets/SearchField.h"
#include "widgets/StatusBadgeDelegate.h"
#include "widgets/ThemedIcon.h"

#include <QCollator>
#include <QComboBox>
#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace md::ui {

using models::Capability;
using models::Product;
using models::ProductListModel;
using models::ProductStatus;

namespace {

TableStatusTexts productTexts()
{
    return {ProductsPage::tr("Loading products…"), ProductsPage::tr("No products match these filters."),
            [](int rows) { return ProductsPage::tr("%n product(s) loaded", nullptr, rows); },
            ProductsPage::tr("Products could not be loaded. %1")};
}

} // namespace

ProductsPage::ProductsPage(const PageContext& context, QWidget* parent)
    : QWidget(parent), m_context(context), m_model(new ProductListModel(context.client, this)),
      m_service(new models::ProductService(context.client, this)), m_search(new widgets::SearchField(this)),
      m_statusFilter(new QComboBox(this)), m_categoryFilter(new QComboBox(this)), m_newButton(new QPushButton(this)),
      m_editButton(new QPushButton(this)), m_archiveButton(new QPushButton(this)),
      m_duplicateButton(new QPushButton(this)), m_bulkButton(new QPushButton(this)),
      m_importButton(new QPushButton(this)), m_exportButton(new QPushButton(this)),
      m_refreshButton(new QPushButton(this)),
      m_list(new PagedTable(m_model, productTexts(), QStringLiteral("product"), this)), m_table(m_list->table())
{
    setObjectName(QStringLiteral("productsPage"));
    QHBoxLayout* filters = setUpFilters();
    QHBoxLayout* actions = setUpActionButtons(context.user.allows(Capability::EditProducts));
    setUpTable();

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addLayout(actions);
    m_list->addTo(layout);

    connect(m_search, &widgets::SearchField::searchChanged, this, &ProductsPage::applyFilters);
    connect(m_statusFilter, &QComboBox::currentIndexChanged, this, &ProductsPage::applyFilters);
    connect(m_categoryFilter, &QComboBox::currentIndexChanged, this, &ProductsPage::applyFilters);
    connect(m_categoryFilter->lineEdit(), &QLineEdit::editingFinished, this, &ProductsPage::applyFilters);
    connect(m_refreshButton, &QPushButton::clicked, this, &ProductsPage::reload);
    connect(m_newButton, &QPushButton::clicked, this, &ProductsPage::createProduct);
    connect(m_editButton, &QPushButton::clicked, this, &ProductsPage::editSelected);
    connect(m_archiveButton, &QPushButton::clicked, this, &ProductsPage::archiveSelected);
    connect(m_duplicateButton, &QPushButton::clicked, this, &ProductsPage::duplicateSelected);
    connect(m_bulkButton, &QPushButton::clicked, this, &ProductsPage::bulkChangeSelected);
    connect(m_importButton, &QPushButton::clicked, this, &ProductsPage::importProducts);
    connect(m_exportButton, &QPushButton::clicked, this, &ProductsPage::exportProducts);
    connect(m_table, &QTableView::doubleClicked, this, &ProductsPage::editSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ProductsPage::updateActions);
    connect(m_model, &ProductListModel::pageLoaded, this, [this] {
        rememberCategories();
        updateActions();
    });
    connect(m_model, &ProductListModel::modelReset, this, &ProductsPage::updateActions);

    applyFilters();
    updateActions();
}

QHBoxLayout* ProductsPage::setUpFilters()
{
    m_search->setObjectName(QStringLiteral("productSearch"));
    m_search->setPlaceholderText(tr("Search title, SKU, category, description…"));
    m_statusFilter->setObjectName(QStringLiteral("productStatusFilter"));
    m_statusFilter->addItem(tr("All statuses"));
    for (ProductStatus status : {ProductStatus::Active, ProductStatus::Draft, ProductStatus::Archived})
        m_statusFilter->addItem(models::productStatusLabel(status), static_cast<int>(status));
    m_categoryFilter->setObjectName(QStringLiteral("productCategoryFilter"));
    m_categoryFilter->setEditable(true);
    m_categoryFilter->setInsertPolicy(QComboBox::NoInsert);
    m_categoryFilter->setMinimumContentsLength(12);
    m_categoryFilter->lineEdit()->setPlaceholderText(tr("All categories"));
    m_categoryFilter->lineEdit()->setClearButtonEnabled(true);
    m_refreshButton->setObjectName(QStringLiteral("productRefreshButton"));
    m_refreshButton->setIcon(widgets::ThemedIcon::fromSvg(QStringLiteral(":/icons/refresh.svg")));
    m_refreshButton->setToolTip(tr("Reload from the server"));

    auto* filters = new QHBoxLayout;
    filters->addWidget(m_search, 3);
    filters->addWidget(m_statusFilter);
    filters->addWidget(m_categoryFilter, 1);
    filters->addWidget(m_refreshButton);
    return filters;
}

QHBoxLayout* ProductsPage::setUpActionButtons(bool mayEdit)
{
    m_newButton->setObjectName(QStringLiteral("newProductButton"));
    m_newButton->setText(tr("New product"));
    m_newButton->setIcon(widgets::ThemedIcon::fromSvg(QStringLiteral(":/icons/add.svg"), QPalette::Link));
    m_newButton->setVisible(mayEdit);
    m_editButton->setObjectName(QStringLiteral("editProductButton"));
    m_editButton->setText(mayEdit ? tr("Edit") : tr("Open"));
    m_archiveButton->setObjectName(QStringLiteral("archiveProductButton"));
    m_archiveButton->setText(tr("Archive"));
    m_archiveButton->setVisible(mayEdit);
    m_duplicateButton->setObjectName(QStringLiteral("duplicateProductButton"));
    m_duplicateButton->setText(tr("Duplicate"));
    m_duplicateButton->setToolTip(tr("Create a new draft product from a copy of the selected one"));
    m_duplicateButton->setVisible(mayEdit);
    m_bulkButton->setObjectName(QStringLiteral("bulkChangeButton"));
    m_bulkButton->setText(tr("Change selected…"));
    m_bulkButton->setToolTip(tr("Set the status or change the price of all selected products"));
    m_bulkButton->setVisible(mayEdit);
    m_importButton->setObjectName(QStringLiteral("importProductsButton"));
    m_importButton->setText(tr("Import CSV…"));
    m_importButton->setVisible(mayEdit);
    m_exportButton->setObjectName(QStringLiteral("exportProductsButton"));
    m_exportButton->setText(tr("Export CSV…"));
    m_exportButton->setToolTip(tr("Save the products of the current filter as a CSV file"));

    auto* actions = new QHBoxLayout;
    actions->addWidget(m_newButton);
    actions->addWidget(m_editButton);
    actions->addWidget(m_duplicateButton);
    actions->addWidget(m_archiveButton);
    actions->addWidget(m_bulkButton);
    actions->addStretch(1);
    actions->addWidget(m_importButton);
    actions->addWidget(m_exportButton);
    return actions;
}

void ProductsPage::setUpTable()
{
    setUpRecordTable(m_table, QAbstractItemView::ExtendedSelection);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->setItemDelegateForColumn(ProductListModel::PriceColumn,
                                      new widgets::MoneyDelegate(ProductListModel::CurrencyRole, m_table));
    m_table->setItemDelegateForColumn(ProductListModel::StatusColumn,
                                      new widgets::StatusBadgeDelegate(ProductListModel::StatusCodeRole,
                                                                       widgets::StatusBadgeDelegate::standardColours(),
                                                                       m_table));
    QHeaderView* header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(ProductListModel::TitleColumn, QHeaderView::Stretch);
    header->resizeSection(ProductListModel::SkuColumn, 150);
    header->resizeSection(ProductListModel::CategoryColumn, 130);
    header->resizeSection(ProductListModel::PriceColumn, 120);
    header->resizeSection(ProductListModel::StatusColumn, 110);
    header->resizeSection(ProductListModel::UpdatedColumn, 150);
    header->setSortIndicatorShown(true);
    header->setSortIndicator(ProductListModel::UpdatedColumn, Qt::DescendingOrder);
    keepServerSortIndicator(header, m_model);
    // The columns as the person last left them (widths, order, sort).
    const QByteArray state = m_context.settings ? m_context.settings->headerState(objectName()) : QByteArray();
    if (!state.isEmpty()) header->restoreState(state);
}

ProductsPage::~ProductsPage()
{
    if (m_context.settings) m_context.settings->setHeaderState(objectName(), m_table->horizontalHeader()->saveState());
}

void ProductsPage::applyFilters()
{
    models::ProductFilter filter = m_model->filter();
    filter.search = m_search->currentSearch();
    if (m_statusFilter->currentIndex() > 0)
        filter.status = static_cast<ProductStatus>(m_statusFilter->currentData().toInt());
    else
        filter.status.reset();
    filter.category = m_categoryFilter->currentText().trimmed();
    if (filter.sortField.isEmpty()) {
        const QHeaderView* header = m_table->horizontalHeader();
        filter.sortField = ProductListModel::sortFieldFor(header->sortIndicatorSection());
        filter.descending = header->sortIndicatorOrder() == Qt::DescendingOrder;
    }
    if (filter == m_model->filter() && (m_model->hasLoadedFirstPage() || m_model->isLoading())) return;
    m_model->setFilter(filter);
    m_list->updateStatus();
}

void ProductsPage::reload()
{
    m_list->reload();
}

void ProductsPage::updateActions()
{
    const auto product = selectedProduct();
    m_editButton->setEnabled(product.has_value());
    m_duplicateButton->setEnabled(product.has_value());
    m_archiveButton->setEnabled(product && product->status != ProductStatus::Archived);
    const qsizetype selected = m_table->selectionModel()->selectedRows().size();
    m_bulkButton->setEnabled(selected > 0);
    m_bulkButton->setText(selected > 1 ? tr("Change %n selected…", nullptr, static_cast<int>(selected))
                                       : tr("Change selected…"));
}

void ProductsPage::rememberCategories()
{
    // Categories have no endpoint of their own; offer the ones seen so far, sorted for Korean readers.
    bool changed = false;
    for (const Product& product : m_model->rows()) {
        if (!product.category.isEmpty() && !m_knownCategories.contains(product.category)) {
            m_knownCategories.append(product.category);
            changed = true;
        }
    }
    if (!changed) return;
    QCollator collator;
    std::sort(m_knownCategories.begin(), m_knownCategories.end(), collator);
    const QString current = m_categoryFilter->currentText();
    QSignalBlocker blocker(m_categoryFilter);
    m_categoryFilter->clear();
    m_categoryFilter->addItem(QString());
    m_categoryFilter->addItems(m_knownCategories);
    m_categoryFilter->setCurrentText(current);
}

std::optional<Product> ProductsPage::selectedProduct() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.size() != 1) return std::nullopt;
    return m_model->productFromIndex(rows.first());
}

QList<Product> ProductsPage::selectedProducts() const
{
    QModelIndexList rows = m_table->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(), [](const QModelIndex& a, const QModelIndex& b) { return a.row() < b.row(); });
    QList<Product> products;
    for (const QModelIndex& index : rows)
        if (auto product = m_model->productFromIndex(index)) products.append(*product);
    return products;
}

ProductEditorDialog* ProductsPage::openEditor(int mode)
{
    auto* dialog = new ProductEditorDialog(m_service, static_cast<ProductEditorDialog::Mode>(mode),
                                           m_context.user.allows(Capability::ChooseSeller), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setKnownCategories(m_knownCategories);
    return dialog;
}

void ProductsPage::createProduct()
{
    if (!m_context.user.allows(Capability::EditProducts)) return;
    ProductEditorDialog* dialog = openEditor(static_cast<int>(ProductEditorDialog::Mode::Create));
    connect(dialog, &ProductEditorDialog::saved, this,
            [this](const Product& product) { onProductSaved(product, true); });
    dialog->open();
}

void ProductsPage::editSelected()
{
    const auto product = selectedProduct();
    if (!product) return;
    const bool mayEdit = m_context.user.allows(Capability::EditProducts);
    ProductEditorDialog* dialog =
        openEditor(static_cast<int>(mayEdit ? ProductEditorDialog::Mode::Edit : ProductEditorDialog::Mode::View));
    dialog->setProduct(*product);
    connect(dialog, &ProductEditorDialog::saved, this, [this](const Product& saved) { onProductSaved(saved, false); });
    dialog->open();
}

void ProductsPage::onProductSaved(const Product& product, bool created)
{
    if (created) {
        // Where a new product lands depends on the sort and filters; ask the server.
        reload();
        return;
    }
    m_model->updateProduct(product);
    updateActions();
}

void ProductsPage::archiveSelected()
{
    const auto product = selectedProduct();
    if (!product || product->status == ProductStatus::Archived) return;
    auto* confirm = new QMessageBox(QMessageBox::Question, tr("Archive product"),
                                    tr("Archive “%1” (%2)? It disappears from the storefront; orders that "
                                       "contain it keep it.")
                                        .arg(product->title, product->sku),
                                    QMessageBox::Cancel, this);
    confirm->setObjectName(QStringLiteral("archiveConfirm"));
    confirm->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton* archive = confirm->addButton(tr("Archive"), QMessageBox::AcceptRole);
    archive->setObjectName(QStringLiteral("archiveConfirmButton"));
    const qint64 productId = product->id;
    connect(archive, &QPushButton::clicked, this, [this, productId] {
        m_service->archive(productId, this, [this](models::ApiOutcome<Product> outcome) {
            if (outcome.value) {
                m_model->updateProduct(*outcome.value);
                updateActions();
            } else {
                m_list->errorBanner()->showMessage(
                    tr("The product was not archived. %1").arg(outcome.error->displayText()), false);
            }
        });
    });
    confirm->open();
}

void ProductsPage::duplicateSelected()
{
    const auto product = selectedProduct();
    if (!product || !m_context.user.allows(Capability::EditProducts)) return;
    models::ProductDraft copy = models::ProductDraft::fromProduct(*product);
    // SKUs are unique per seller; the copy starts as an unpublished draft the person renames.
    copy.sku = product->sku.left(59) + QStringLiteral("-COPY");
    copy.title = tr("%1 (copy)").arg(product->title).left(200);
    copy.status = ProductStatus::Draft;
    ProductEditorDialog* dialog = openEditor(static_cast<int>(ProductEditorDialog::Mode::Create));
    dialog->setWindowTitle(tr("Duplicate %1").arg(product->sku));
    dialog->prefill(copy);
    connect(dialog, &ProductEditorDialog::saved, this, [this](const Product& saved) { onProductSaved(saved, true); });
    dialog->open();
}

void ProductsPage::bulkChangeSelected()
{
    const QList<Product> products = selectedProducts();
    if (products.isEmpty() || !m_context.user.allows(Capability::EditProducts)) return;
    auto* dialog = new ProductBulkDialog(m_service, products, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ProductBulkDialog::productsChanged, this, [this](const QList<Product>& changed) {
        for (const Product& product : changed)
            m_model->updateProduct(product);
        updateActions();
    });
    dialog->open();
}

void ProductsPage::importProducts()
{
    if (!m_context.user.allows(Capability::EditProducts)) return;
    auto* dialog = new ProductImportDialog(m_context.client, m_context.user.allows(Capability::ChooseSeller), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ProductImportDialog::imported, this, &ProductsPage::reload);
    dialog->open();
}

void ProductsPage::exportProducts()
{
    const QString suggested = QDir::home().filePath(
        QStringLiteral("products-%1.csv").arg(QDate::currentDate().toString(QStringLiteral("yyyyMMdd"))));
    auto* dialog = new QFileDialog(this, tr("Export products as CSV"), suggested, tr("CSV files (*.csv)"));
    dialog->setObjectName(QStringLiteral("exportFileDialog"));
    dialog->setOption(QFileDialog::DontUseNativeDialog);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setFileMode(QFileDialog::AnyFile);
    dialog->setDefaultSuffix(QStringLiteral("csv"));
    dialog->selectFile(suggested);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, &ProductsPage::exportTo);
    dialog->open();
}

void ProductsPage::exportTo(const QString& path)
{
    if (path.isEmpty()) return;
    auto* dialog = new ProductExportDialog(m_context.client, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->start(m_model->filter(), path); // before open(), so the dialog is sized for its texts
    dialog->open();
}

} // namespace md::ui
