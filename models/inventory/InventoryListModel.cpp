#include "models/inventory/InventoryListModel.h"

namespace md::models {

InventoryListModel::InventoryListModel(ApiClient* client, QObject* parent)
    : PagedRowModel<InventoryItem>(client, QStringLiteral("/api/v1/inventory"), &parseInventoryItem, parent)
{
}

void InventoryListModel::setFilter(const InventoryFilter& filter)
{
    m_filter = filter;
    setQuery(m_filter.toQuery());
}

std::optional<InventoryItem> InventoryListModel::itemFromIndex(const QModelIndex& index) const
{
    if (!index.isValid() || index.model() != this) return std::nullopt;
    if (const InventoryItem* item = rowAt(index.row())) return *item;
    return std::nullopt;
}

QModelIndex InventoryListModel::indexOfProduct(qint64 productId) const
{
    for (int row = 0; row < rows().size(); ++row)
        if (rows().at(row).productId == productId) return index(row, 0);
    return {};
}

void InventoryListModel::updateItem(const InventoryItem& item)
{
    const QModelIndex existing = indexOfProduct(item.productId);
    if (existing.isValid()) replaceRow(existing.row(), item);
}

QString InventoryListModel::sortFieldFor(int column)
{
    switch (column) {
    // The server orders stock by these fields only (backend/inventory/InventorySort.cpp).
    case SkuColumn:
        return QStringLiteral("sku");
    case AvailableColumn:
        return QStringLiteral("available");
    default:
        return {};
    }
}

int InventoryListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant InventoryListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) return {};
    const InventoryItem* item = rowAt(index.row());
    if (!item) return {};

    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case SkuColumn:
            return item->sku;
        case TitleColumn:
            return item->title;
        case OnHandColumn:
            return item->onHand;
        case ReservedColumn:
            return item->reserved;
        case AvailableColumn:
            return item->available;
        case ThresholdColumn:
            return item->lowStockThreshold;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() >= OnHandColumn) return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ToolTipRole:
        if (item->isLowStock())
            return tr("Low stock: %n available, threshold %1", nullptr, item->available).arg(item->lowStockThreshold);
        return {};
    case ProductIdRole:
        return item->productId;
    case LowStockRole:
        return item->isLowStock();
    case VersionRole:
        return item->version;
    }
    return {};
}

QVariant InventoryListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal) return {};
    if (role == Qt::ToolTipRole && section == ThresholdColumn)
        return tr("Low-stock threshold: with this many or fewer available, the product counts as low on stock.");
    if (role != Qt::DisplayRole) return {};
    switch (section) {
    case SkuColumn:
        return tr("SKU");
    case TitleColumn:
        return tr("Product");
    case OnHandColumn:
        return tr("On hand");
    case ReservedColumn:
        return tr("Reserved");
    case AvailableColumn:
        return tr("Available");
    case ThresholdColumn:
        return tr("Low at");
    }
    return {};
}

void InventoryListModel::sort(int column, Qt::SortOrder order)
{
    const QString field = sortFieldFor(column);
    if (field.isEmpty()) return;
    InventoryFilter filter = m_filter;
    filter.sortField = field;
    filter.descending = order == Qt::DescendingOrder;
    if (filter == m_filter && (isLoading() || hasLoadedFirstPage())) return;
    setFilter(filter);
}

} // namespace md::models
