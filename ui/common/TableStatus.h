#pragma once
// The one-line summary under a paged table ("120 products loaded · scroll for more") and the text
// of its empty state, derived from the model's loading state in one place for every page (see
// PagedTable, which shows them).

#include <QString>

#include <functional>

namespace md::models {
class PagedTableModel;
}

namespace md::ui {

struct TableStatusTexts {
    QString loading;                     // e.g. "Loading products…"
    QString empty;                       // e.g. "No products match these filters."
    std::function<QString(int)> counted; // "120 products loaded", plural-aware through tr(%n)
    // e.g. "Products could not be loaded. %1", %1 what went wrong (PagedTable's banner). Initialised so
    // that the three-text initialisations of tables that do not use PagedTable stay warning-free.
    QString failed = {};
};

QString tableFooterText(const models::PagedTableModel& model, const TableStatusTexts& texts);
QString tableEmptyText(const models::PagedTableModel& model, const TableStatusTexts& texts);

} // namespace md::ui
