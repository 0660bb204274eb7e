#include "ui/common/TableStatus.h"

#include "models/paging/PagedTableModel.h"

#include <QCoreApplication>

namespace md::ui {

QString tableFooterText(const models::PagedTableModel& model, const TableStatusTexts& texts)
{
    const int rows = model.rowCount();
    if (model.isLoading() && !model.hasLoadedFirstPage()) return texts.loading;
    if (!model.hasLoadedFirstPage()) return {};
    QString text = texts.counted(rows);
    if (model.isLoading())
        text += QCoreApplication::translate("TableStatus", " · loading more…");
    else if (model.hasMore())
        text += QCoreApplication::translate("TableStatus", " · scroll down for more");
    return text;
}

QString tableEmptyText(const models::PagedTableModel& model, const TableStatusTexts& texts)
{
    if (model.lastError()) return {}; // the error banner speaks
    if (!model.hasLoadedFirstPage()) return texts.loading;
    return texts.empty;
}

} // namespace md::ui
