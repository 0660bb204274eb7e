#include "models/catalog/ProductListModel.h"

namespace md::models {

ProductListModel::ProductListModel(ApiClient* client, QObject* parent)
    : PagedRowModel<Product>(client, QStringLiteral("/api/v1/products"), &parseProduct, parent)
{
}

void ProductListModel::setFilter(const ProductFilter& filter)
{
    m_filter = filter;
    setQuery(m_filter.toQuery());
}

std::optional<Product> ProductListModel::productFromIndex(const QModelIndex& index) const
{
    if (!index.isValid() || index.model() != this) return std::nullopt;
    if (const Product* product = rowAt(index.row())) return *product;
    return std::nullopt;
}

QModelIndex ProductListModel::indexOfProduct(qint64 productId) const
{
    for (int row = 0; row < rows().size(); ++row)
        if (rows().at(row).id == productId) return index(row, 0);
    return {};
}

void ProductListModel::updateProduct(const Product& product)
{
    const QModelIndex existing = indexOfProduct(product.id);
    if (existing.isValid()) replaceRow(existing.row(), product);
}

QString ProductListModel::sortFieldFor(int column)
{
    // The server orders products by these fields only (backend/catalog/ProductSort.h).
    switch (column) {
    case SkuColumn:
        return QStringLiteral("sku");
    case TitleColumn:
        return QStringLiteral("title");
    case PriceColumn:
        return QStringLiteral("price_cents");
    case UpdatedColumn:
        return QStringLiteral("updated_at");
    default:
        return {};
    }
}

int ProductListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProductListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) return {};
    const Product* product = rowAt(index.row());
    if (!product) return {};

    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        switch (index.column()) {
        case SkuColumn:
            return product->sku;
        case TitleColumn:
            return product->title;
        case CategoryColumn:
            return product->category;
        case PriceColumn:
            return product->priceCents; // the money delegate formats it with the currency
        case StatusColumn:
            return productStatusLabel(product->status);
        case UpdatedColumn:
            return product->updatedAt.toLocalTime();
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == TitleColumn && !product->description.isEmpty()) return product->description.left(500);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == PriceColumn) return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case ProductIdRole:
        return product->id;
    case StatusCodeRole:
        return productStatusCode(product->status);
    case CurrencyRole:
        return product->currency;
    case MinorUnitsRole:
        return index.column() == PriceColumn ? QVariant(product->priceCents) : QVariant();
    case VersionRole:
        return product->version;
    }
    return {};
}

QVariant ProductListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
    switch (section) {
    case SkuColumn:
        return tr("SKU");
    case TitleColumn:
        return tr("Title");
    case CategoryColumn:
        return tr("Category");
    case PriceColumn:
        return tr("Price");
    case StatusColumn:
        return tr("Status");
    case UpdatedColumn:
        return tr("Updated");
    }
    return {};
}

void ProductListModel::sort(int column, Qt::SortOrder order)
{
    const QString field = sortFieldFor(column);
    if (field.isEmpty()) return;
    ProductFilter filter = m_filter;
    filter.sortField = field;
    filter.descending = order == Qt::DescendingOrder;
    if (filter == m_filter && (isLoading() || hasLoadedFirstPage())) return;
    setFilter(filter);
}

} // namespace md::models
