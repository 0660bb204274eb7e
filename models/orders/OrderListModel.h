#pragma once
// The order table: GET /api/v1/orders page by page, filtered and sorted by the server.

#include "models/dto/Order.h"
#include "models/orders/OrderFilter.h"
#include "models/paging/PagedRowModel.h"

namespace md::models {

class OrderListModel : public PagedRowModel<Order> {
    Q_OBJECT
public:
    enum Column { NumberColumn, CreatedColumn, CustomerColumn, StatusColumn, ItemsColumn, TotalColumn, ColumnCount };
    Q_ENUM(Column)

    enum Role {
        OrderIdRole = Qt::UserRole + 1,
        StatusCodeRole,
        CurrencyRole,
        MinorUnitsRole,
    };

    explicit OrderListModel(ApiClient* client, QObject* parent = nullptr);

    void setFilter(const OrderFilter& filter);
    const OrderFilter& filter() const { return m_filter; }

    std::optional<Order> orderFromIndex(const QModelIndex& index) const;
    QModelIndex indexOfOrder(qint64 orderId) const;
    void updateOrder(const Order& order);
    // Puts an order that was just placed (live event) on top when the filter allows deciding that
    // here; false when it does not belong or only the server can tell (then reload).
    bool insertNewOrder(const Order& order);

    static QString sortFieldFor(int column);

    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    OrderFilter m_filter;
};

} // namespace md::models
