#pragma once
// Sorting a server-paged table from its header. The server orders each list by a few fields only, so
// only some columns can be sorted: clicking one of them sorts the model (the query starts over);
// clicking any other puts the indicator back on the column the rows are actually sorted by, in the
// direction they are sorted, so the header never shows an order the rows do not have. Every paged
// page goes through this one function, so the rule cannot drift between pages again.

#include <QString>

#include <functional>

class QAbstractItemModel;
class QHeaderView;

namespace md::ui {

// The order a model's rows are in: the server's sort field ("created_at"; empty for the server's
// default order) and its direction.
struct ServerSort {
    QString field;
    bool descending = false;
};

// Connects `header` to `model`: a click on a column whose `sortFieldOf(column)` is not empty calls
// model->sort(); a click on any other column shows `currentSort()` again (no indicator when no
// column has that field). The connection lives as long as `model`.
void keepServerSortIndicator(QHeaderView* header, QAbstractItemModel* model,
                             std::function<QString(int column)> sortFieldOf, std::function<ServerSort()> currentSort);

// The same for the console's list models: a static Model::sortFieldFor(column) and a filter() with
// sortField and descending (ProductListModel, OrderListModel, InventoryListModel, UserListModel).
template <typename Model> void keepServerSortIndicator(QHeaderView* header, Model* model)
{
    keepServerSortIndicator(header, model, &Model::sortFieldFor, [model] {
        return ServerSort{model->filter().sortField, model->filter().descending};
    });
}

} // namespace md::ui
