#pragma once
// Loads one list endpoint page by page for whatever query is current. setQuery() starts over: the
// request in flight is aborted and, should its answer still arrive, dropped (PagingState's
// generation), so a consumer only ever sees pages of the current query.

#include "models/api/ApiError.h"
#include "models/paging/PagingState.h"

#include <QJsonArray>
#include <QObject>
#include <QPointer>
#include <QUrlQuery>

#include <optional>

namespace md::models {

class ApiCall;
class ApiClient;

class PageFetcher : public QObject {
    Q_OBJECT
public:
    PageFetcher(ApiClient* client, QString path, QObject* parent = nullptr);

    void setPageSize(int pageSize) { m_pageSize = pageSize; }
    int pageSize() const { return m_pageSize; }

    // Replaces the query (filters and sort, without limit and cursor) and loads its first page.
    void setQuery(const QUrlQuery& query);
    const QUrlQuery& query() const { return m_query; }
    // Starts the current query over, e.g. after the data changed on the server.
    void restart();

    bool canFetchMore() const { return m_state.canRequest(); }
    void fetchMore();
    // Repeats the request that failed.
    void retry();

    bool isLoading() const { return m_state.isLoading(); }
    bool isExhausted() const { return m_state.isExhausted(); }
    const std::optional<ApiError>& lastError() const { return m_lastError; }
    int pagesLoaded() const { return m_state.pagesLoaded(); }

signals:
    // `firstPage` means the items replace everything the consumer holds.
    void pageArrived(const QJsonArray& items, bool firstPage);
    void failed(const md::models::ApiError& error, bool firstPage);
    void loadingChanged(bool loading);

private:
    void onFinished(quint64 generation, bool firstPage, const QJsonObject& json, const std::optional<ApiError>& error);

    ApiClient* m_client;
    QString m_path;
    QUrlQuery m_query;
    int m_pageSize = 100;
    PagingState m_state;
    QPointer<ApiCall> m_inFlight;
    std::optional<ApiError> m_lastError;
};

} // namespace md::models
