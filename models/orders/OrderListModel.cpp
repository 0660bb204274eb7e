#include "models/orders/OrderListModel.h"

namespace md::models {

OrderListModel::OrderListModel(ApiClient* client, QObject* parent)
    : PagedRowModel<Order>(client, QStringLiteral("/api/v1/orders"), &parseOrder, parent)
{
}

void OrderListModel::setFilter(const OrderFilter& filter)
{
    m_filter = filter;
    setQuery(m_filter.toQuery());
}

std::optional<Order> OrderListModel::orderFromIndex(const QModelIndex& index) const
{
    if (!index.isValid() || index.model() != this) return std::nullopt;
    if (const Order* order = rowAt(index.row())) return *order;
    return std::nullopt;
}

QModelIndex OrderListModel::indexOfOrder(qint64 orderId) const
{
    for (int row = 0; row < rows().size(); ++row)
        if (rows().at(row).id == orderId) return index(row, 0);
    return {};
}

void OrderListModel::updateOrder(const Order& order)
{
    const QModelIndex existing = indexOfOrder(order.id);
    if (existing.isValid()) replaceRow(existing.row(), order);
}

bool OrderListModel::insertNewOrder(const Order& order)
{
    if (indexOfOrder(order.id).isValid()) {
        updateOrder(order);
        return true;
    }
    if (!hasLoadedFirstPage() || !m_filter.placesNewOrdersLocally() || !m_filter.matches(order)) return false;
    insertRowAt(0, order);
    return true;
}

QString OrderListModel::sortFieldFor(int column)
{
    switch (column) {
    // The server orders by these fields only (backend/orders/OrderSort.cpp); numbers follow creation.
    case CreatedColumn:
        return QStringLiteral("created_at");
    case TotalColumn:
        return QStringLiteral("total_cents");
    default:
        return {};
    }
}

int OrderListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OrderListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) return {};
    const Order* order = rowAt(index.row());
    if (!order) return {};

    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NumberColumn:
            return order->number;
        case CreatedColumn:
            return order->createdAt.toLocalTime();
        case CustomerColumn:
            return order->personalDataRedacted ? tr("Hidden") : order->customerEmail;
        case StatusColumn:
            return orderStatusLabel(order->status);
        case ItemsColumn:
            return order->itemCount;
        case TotalColumn:
            return order->totalCents;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == TotalColumn || index.column() == ItemsColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ToolTipRole:
        if (index.column() == CustomerColumn && order->personalDataRedacted)
            return tr("Customers' personal data is not shown to your role.");
        return {};
    case OrderIdRole:
        return order->id;
    case StatusCodeRole:
        return orderStatusCode(order->status);
    case CurrencyRole:
        return order->currency;
    case MinorUnitsRole:
        return index.column() == TotalColumn ? QVariant(order->totalCents) : QVariant();
    }
    return {};
}

QVariant OrderListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
    switch (section) {
    case NumberColumn:
        return tr("Order");
    case CreatedColumn:
        return tr("Placed at");
    case CustomerColumn:
        return tr("Customer");
    case StatusColumn:
        return tr("Status");
    case ItemsColumn:
        return tr("Items");
    case TotalColumn:
        return tr("Total");
    }
    return {};
}

void OrderListModel::sort(int column, Qt::SortOrder order)
{
    const QString field = sortFieldFor(column);
    if (field.isEmpty()) return;
    OrderFilter filter = m_filter;
    filter.sortField = field;
    filter.descending = order == Qt::DescendingOrder;
    if (filter == m_filter && (isLoading() || hasLoadedFirstPage())) return;
    setFilter(filter);
}

} // namespace md::models
