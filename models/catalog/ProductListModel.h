#pragma once
// The product table: GET /api/v1/products page by page, filtered and sorted by the server.
// sort() and setFilter() start the query over; see PagedTableModel for how pages arrive.

#include "models/catalog/ProductFilter.h"
#include "models/dto/Product.h"
#include "models/paging/PagedRowModel.h"

namespace md::models {

class ProductListModel : public PagedRowModel<Product> {
    Q_OBJECT
public:
    enum Column { SkuColumn, TitleColumn, CategoryColumn, PriceColumn, StatusColumn, UpdatedColumn, ColumnCount };
    Q_ENUM(Column)

    enum Role {
        ProductIdRole = Qt::UserRole + 1,
        StatusCodeRole, // "draft" | "active" | "archived"
        CurrencyRole,   // ISO code of the price column's amount
        MinorUnitsRole, // price as integer minor units (DisplayRole carries the same)
        VersionRole,
    };

    explicit ProductListModel(ApiClient* client, QObject* parent = nullptr);

    void setFilter(const ProductFilter& filter);
    const ProductFilter& filter() const { return m_filter; }

    std::optional<Product> productFromIndex(const QModelIndex& index) const;
    QModelIndex indexOfProduct(qint64 productId) const;
    // Puts the server's latest copy of a product into its row, if the product is shown.
    void updateProduct(const Product& product);

    // The server-side sort field behind a column, empty when the column cannot be sorted.
    static QString sortFieldFor(int column);

    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    ProductFilter m_filter;
};

} // namespace md::models
