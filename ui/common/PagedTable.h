#pragma once
// The list part every server-paged page shares, wired to its PagedTableModel in one place: an error
// banner whose "Try again" repeats the page that failed (or loads the list again when nothing has
// loaded yet), the table with its empty-state message, and the status line under it ("120 products
// loaded · scroll down for more"). The page sets up the table's columns, puts the three widgets into
// its own layout (addTo) between its filters and its detail pane, and never repeats the loading and
// failure wiring.

#include "ui/common/TableStatus.h"

#include <QObject>

#include <functional>

class QBoxLayout;
class QLabel;
class QTableView;
class QWidget;

namespace md::models {
class PagedTableModel;
struct ApiError;
} // namespace md::models

namespace md::widgets {
class EmptyStateOverlay;
class ErrorBanner;
} // namespace md::widgets

namespace md::ui {

class PagedTable : public QObject {
    Q_OBJECT
public:
    // Creates the widgets as children of `page`. `name` gives their objectNames: "<name>Table" and
    // "<name>StatusLine". `texts.failed` is the banner's text on a load failure, its %1 what went wrong.
    PagedTable(models::PagedTableModel* model, TableStatusTexts texts, const QString& name, QWidget* page);

    QTableView* table() const { return m_table; }
    widgets::ErrorBanner* errorBanner() const { return m_errorBanner; }
    // Appends the banner, the table (taking the free height) and the status line to `layout`.
    void addTo(QBoxLayout* layout) const;

    // What "Try again" does when no page has loaded yet: reload() unless a page that reloads more
    // than its list (Deployments: the cluster banner too) sets its own.
    void setReloadAction(std::function<void()> reload);
    // How a load failure is worded (the banner's %1): ApiError::displayText() unless set.
    void setFailureDetail(std::function<QString(const models::ApiError&)> detail);
    // The text over the empty table: tableEmptyText() unless set.
    void setEmptyText(std::function<QString()> emptyText);
    // What the last load failure said; empty once a page has loaded or the list reloads.
    QString failureDetail() const { return m_failureDetail; }

public slots:
    // Loads the list again from its first page; the banner goes.
    void reload();
    // Says again where loading stands: the status line and the empty table's text.
    void updateStatus();

private:
    void retry();
    void onLoadFailed(const models::ApiError& error);

    models::PagedTableModel* m_model;
    TableStatusTexts m_texts;
    widgets::ErrorBanner* m_errorBanner;
    QTableView* m_table;
    widgets::EmptyStateOverlay* m_emptyState;
    QLabel* m_statusLine;
    std::function<void()> m_reloadAction;
    std::function<QString(const models::ApiError&)> m_failureDetailOf;
    std::function<QString()> m_emptyText;
    QString m_failureDetail;
};

} // namespace md::ui
