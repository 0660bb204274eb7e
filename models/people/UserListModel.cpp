#include "models/people/UserListModel.h"

namespace md::models {

UserListModel::UserListModel(ApiClient* client, QObject* parent)
    : PagedRowModel<UserAccount>(client, QStringLiteral("/api/v1/users"), &parseUserAccount, parent)
{
}

void UserListModel::setFilter(const UserFilter& filter)
{
    m_filter = filter;
    setQuery(m_filter.toQuery());
}

std::optional<UserAccount> UserListModel::userFromIndex(const QModelIndex& index) const
{
    if (!index.isValid() || index.model() != this) return std::nullopt;
    if (const UserAccount* user = rowAt(index.row())) return *user;
    return std::nullopt;
}

QModelIndex UserListModel::indexOfUser(qint64 userId) const
{
    for (int row = 0; row < rows().size(); ++row)
        if (rows().at(row).id == userId) return index(row, 0);
    return {};
}

void UserListModel::updateUser(const UserAccount& user)
{
    const QModelIndex existing = indexOfUser(user.id);
    if (existing.isValid()) replaceRow(existing.row(), user);
}

QString UserListModel::sortFieldFor(int column)
{
    // The server orders users by these fields only (backend/auth/UserRepository.cpp).
    switch (column) {
    case EmailColumn:
        return QStringLiteral("email");
    case CreatedColumn:
        return QStringLiteral("created_at");
    default:
        return {};
    }
}

int UserListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant UserListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) return {};
    const UserAccount* user = rowAt(index.row());
    if (!user) return {};

    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        switch (index.column()) {
        case NameColumn:
            return user->displayName;
        case EmailColumn:
            return user->email;
        case RoleColumn:
            return roleLabel(user->role);
        case SellerColumn:
            return user->sellerName;
        case StatusColumn:
            return userStatusLabel(user->disabled);
        case CreatedColumn:
            return user->createdAt.toLocalTime();
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == NameColumn || index.column() == EmailColumn)
            return user->displayName.isEmpty() ? user->email
                                               : QStringLiteral("%1 <%2>").arg(user->displayName, user->email);
        if (index.column() == SellerColumn && user->sellerId) return user->sellerName;
        return {};
    case UserIdRole:
        return user->id;
    case RoleCodeRole:
        return roleCode(user->role);
    case StatusCodeRole:
        return userStatusCode(user->disabled);
    case VersionRole:
        return user->version;
    }
    return {};
}

QVariant UserListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case EmailColumn:
        return tr("E-mail");
    case RoleColumn:
        return tr("Role");
    case SellerColumn:
        return tr("Seller");
    case StatusColumn:
        return tr("Status");
    case CreatedColumn:
        return tr("Created");
    }
    return {};
}

void UserListModel::sort(int column, Qt::SortOrder order)
{
    const QString field = sortFieldFor(column);
    if (field.isEmpty()) return;
    UserFilter filter = m_filter;
    filter.sortField = field;
    filter.descending = order == Qt::DescendingOrder;
    if (filter == m_filter && (isLoading() || hasLoadedFirstPage())) return;
    setFilter(filter);
}

} // namespace md::models
