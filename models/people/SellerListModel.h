#pragma once
// The sellers: GET /api/v1/sellers page by page (in the order they were created), searched by name
// on the server. Used by the Sellers tab and by the seller picker of the user forms.

#include "models/dto/Seller.h"
#include "models/paging/PagedRowModel.h"

namespace md::models {

class SellerListModel : public PagedRowModel<Seller> {
    Q_OBJECT
public:
    enum Column { NameColumn, IdColumn, CreatedColumn, ColumnCount };
    Q_ENUM(Column)

    enum DataRole { SellerIdRole = Qt::UserRole + 1 };

    explicit SellerListModel(ApiClient* client, QObject* parent = nullptr);

    // Part of the name; empty lists every seller. Starts the query over (also the first load).
    void setSearch(const QString& search);
    const QString& search() const { return m_search; }

    std::optional<Seller> sellerFromIndex(const QModelIndex& index) const;
    QModelIndex indexOfSeller(qint64 sellerId) const;

    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString m_search;
};

} // namespace md::models
