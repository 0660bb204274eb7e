#include "ui/common/ServerSortHeader.h"

#include <QAbstractItemModel>
#include <QHeaderView>
#include <QSignalBlocker>

namespace md::ui {

void keepServerSortIndicator(QHeaderView* header, QAbstractItemModel* model,
                             std::function<QString(int column)> sortFieldOf, std::function<ServerSort()> currentSort)
{
    QObject::connect(header, &QHeaderView::sortIndicatorChanged, model,
                     [header, model, sortFieldOf = std::move(sortFieldOf),
                      currentSort = std::move(currentSort)](int column, Qt::SortOrder order) {
                         if (!sortFieldOf(column).isEmpty()) {
                             model->sort(column, order);
                             return;
                         }
                         // The server cannot sort by this column: the rows keep their order, and the
                         // indicator goes back to the column that gives it.
                         const ServerSort sort = currentSort();
                         int sortedColumn = -1; // the server's default order: no column shows it
                         for (int c = 0; c < header->count() && !sort.field.isEmpty(); ++c) {
                             if (sortFieldOf(c) == sort.field) {
                                 sortedColumn = c;
                                 break;
                             }
                         }
                         const QSignalBlocker blocker(header);
                         header->setSortIndicator(sortedColumn,
                                                  sort.descending ? Qt::DescendingOrder : Qt::AscendingOrder);
                     });
}

} // namespace md::ui
