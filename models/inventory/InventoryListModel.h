#pragma once
// The stock table: GET /api/v1/inventory page by page. Rows at or below their low-stock threshold
// carry LowStockRole so the view can highlight them.

#include "models/dto/InventoryItem.h"
#include "models/inventory/InventoryFilter.h"
#include "models/paging/PagedRowModel.h"

namespace md::models {

class InventoryListModel : public PagedRowModel<InventoryItem> {
    Q_OBJECT
public:
    enum Column { SkuColumn, TitleColumn, OnHandColumn, ReservedColumn, AvailableColumn, ThresholdColumn, ColumnCount };
    Q_ENUM(Column)

    enum Role {
        ProductIdRole = Qt::UserRole + 1,
        LowStockRole, // bool
        VersionRole,
    };

    explicit InventoryListModel(ApiClient* client, QObject* parent = nullptr);

    void setFilter(const InventoryFilter& filter);
    const InventoryFilter& filter() const { return m_filter; }

    std::optional<InventoryItem> itemFromIndex(const QModelIndex& index) const;
    QModelIndex indexOfProduct(qint64 productId) const;
    void updateItem(const InventoryItem& item);

    static QString sortFieldFor(int column);

    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    InventoryFilter m_filter;
};

} // namespace md::models
