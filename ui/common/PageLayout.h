#pragma once
// The look the console's list pages and their detail panes share, set in one place: a record table
// (whole rows selected, one text line per row, no row numbers), the list/detail splitter, and a
// detail pane's "select something" placeholder and big bold title.

#include <QAbstractItemView>
#include <QList>
#include <QString>

class QLabel;
class QSplitter;
class QStackedWidget;
class QTableView;
class QWidget;

namespace md::ui {

void setUpRecordTable(QTableView* table,
                      QAbstractItemView::SelectionMode selection = QAbstractItemView::SingleSelection);

// The list on the left (3 parts of the width), the detail pane on the right (2 parts); neither can
// be collapsed away. `sizes` are the initial widths in pixels.
QSplitter* makeListDetailSplitter(const QString& objectName, QWidget* listSide, QWidget* detailPane,
                                  const QList<int>& sizes, QWidget* parent);

// Lays out a detail pane edge to edge: `stack` shows `placeholder` (page 0) or, once something is
// selected, `content` in a frameless scroll area named `scrollObjectName` (page 1).
void layOutDetailPane(QWidget* pane, QStackedWidget* stack, QLabel* placeholder, QWidget* content,
                      const QString& scrollObjectName);
// Centred, wrapped, muted text shown while nothing is selected.
void setUpDetailPlaceholder(QLabel* placeholder, const QString& text);
// The selected record's name or number: larger, bold and selectable for copying.
void setUpDetailTitle(QLabel* title);

} // namespace md::ui
