#pragma once
// The common part of the console's server-backed tables: rows arrive page by page from a
// PageFetcher; views pull pages through canFetchMore()/fetchMore(); a new query replaces the rows
// when (and only when) its first page arrives, so the table never mixes rows of two queries and
// does not flash empty on every keystroke of a search.
//
// Subclasses hold the typed rows (see PagedRowModel) and describe columns and data.

#include "models/api/ApiError.h"
#include "models/paging/PageFetcher.h"

#include <QAbstractTableModel>
#include <QJsonArray>

#include <optional>

namespace md::models {

class ApiClient;

class PagedTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    int rowCount(const QModelIndex& parent = QModelIndex()) const final;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

    bool isLoading() const { return m_fetcher->isLoading(); }
    bool hasMore() const { return !m_fetcher->isExhausted(); }
    bool hasLoadedFirstPage() const { return m_firstPageLoaded; }
    const std::optional<ApiError>& lastError() const { return m_fetcher->lastError(); }
    PageFetcher* fetcher() const { return m_fetcher; }

public slots:
    // Loads the current query again from its first page.
    void reload();
    // Repeats a failed page request.
    void retry();

signals:
    void loadingChanged(bool loading);
    void loadFailed(const md::models::ApiError& error);
    // A page was added (or the first page replaced the rows).
    void pageLoaded();

protected:
    PagedTableModel(ApiClient* client, const QString& path, QObject* parent);

    void setQuery(const QUrlQuery& query);

    virtual qsizetype loadedRowCount() const = 0;
    // Parses `items` into rows held aside; returns how many, or nullopt with `error` set.
    virtual std::optional<qsizetype> stageRows(const QJsonArray& items, QString* error) = 0;
    virtual void appendStagedRows() = 0;
    virtual void clearRows() = 0;

private:
    void onPageArrived(const QJsonArray& items, bool firstPage);
    void onFailed(const ApiError& error, bool firstPage);

    PageFetcher* m_fetcher;
    bool m_firstPageLoaded = false;
};

} // namespace md::models
