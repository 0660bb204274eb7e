#include "models/people/SellerListModel.h"

namespace md::models {

SellerListModel::SellerListModel(ApiClient* client, QObject* parent)
    : PagedRowModel<Seller>(client, QStringLiteral("/api/v1/sellers"), &parseSeller, parent)
{
}

void SellerListModel::setSearch(const QString& search)
{
    m_search = search.simplified();
    QUrlQuery query;
    if (!m_search.isEmpty()) query.addQueryItem(QStringLiteral("q"), m_search);
    setQuery(query);
}

std::optional<Seller> SellerListModel::sellerFromIndex(const QModelIndex& index) const
{
    if (!index.isValid() || index.model() != this) return std::nullopt;
    if (const Seller* seller = rowAt(index.row())) return *seller;
    return std::nullopt;
}

QModelIndex SellerListModel::indexOfSeller(qint64 sellerId) const
{
    for (int row = 0; row < rows().size(); ++row)
        if (rows().at(row).id == sellerId) return index(row, 0);
    return {};
}

int SellerListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SellerListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) return {};
    const Seller* seller = rowAt(index.row());
    if (!seller) return {};
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        switch (index.column()) {
        case NameColumn:
            return seller->name;
        case IdColumn:
            return seller->id;
        case CreatedColumn:
            return seller->createdAt.toLocalTime();
        }
        return {};
    case Qt::ToolTipRole:
        return index.column() == NameColumn ? QVariant(seller->name) : QVariant();
    case Qt::TextAlignmentRole:
        if (index.column() == IdColumn) return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case SellerIdRole:
        return seller->id;
    }
    return {};
}

QVariant SellerListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case IdColumn:
        return tr("ID");
    case CreatedColumn:
        return tr("Created");
    }
    return {};
}

} // namespace md::models
