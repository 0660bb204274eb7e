#pragma once
// The user table of the People page: GET /api/v1/users page by page, searched, filtered and sorted
// by the server, so a marketplace with a hundred thousand accounts loads one page at a time as the
// view scrolls (see PagedTableModel).

#include "models/dto/UserAccount.h"
#include "models/paging/PagedRowModel.h"
#include "models/people/UserFilter.h"

namespace md::models {

class UserListModel : public PagedRowModel<UserAccount> {
    Q_OBJECT
public:
    enum Column { NameColumn, EmailColumn, RoleColumn, SellerColumn, StatusColumn, CreatedColumn, ColumnCount };
    Q_ENUM(Column)

    // Item data roles ("DataRole": `Role` is the user's role in this model).
    enum DataRole {
        UserIdRole = Qt::UserRole + 1,
        RoleCodeRole,   // "admin" | "seller" | ...
        StatusCodeRole, // "active" | "disabled"
        VersionRole,
    };

    explicit UserListModel(ApiClient* client, QObject* parent = nullptr);

    void setFilter(const UserFilter& filter);
    const UserFilter& filter() const { return m_filter; }

    std::optional<UserAccount> userFromIndex(const QModelIndex& index) const;
    QModelIndex indexOfUser(qint64 userId) const;
    // Puts the server's latest copy of a user into their row, if they are shown.
    void updateUser(const UserAccount& user);

    // The server-side sort field behind a column, empty when the column cannot be sorted.
    static QString sortFieldFor(int column);

    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    UserFilter m_filter;
};

} // namespace md::models
