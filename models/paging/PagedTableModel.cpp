#include "models/paging/PagedTableModel.h"

#include "models/api/ApiClient.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcPaging, "md.paging")

namespace md::models {

PagedTableModel::PagedTableModel(ApiClient* client, const QString& path, QObject* parent)
    : QAbstractTableModel(parent), m_fetcher(new PageFetcher(client, path, this))
{
    connect(m_fetcher, &PageFetcher::pageArrived, this, &PagedTableModel::onPageArrived);
    connect(m_fetcher, &PageFetcher::failed, this, &PagedTableModel::onFailed);
    connect(m_fetcher, &PageFetcher::loadingChanged, this, &PagedTableModel::loadingChanged);
    // A table that failed only because the server was unreachable loads again once it is back.
    connect(client, &ApiClient::onlineChanged, this, [this](bool online) {
        const auto& error = m_fetcher->lastError();
        if (!online || !error || !error->offline) return;
        if (m_firstPageLoaded)
            retry();
        else
            reload();
    });
}

int PagedTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(loadedRowCount());
}

bool PagedTableModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_firstPageLoaded && m_fetcher->canFetchMore();
}

void PagedTableModel::fetchMore(const QModelIndex& parent)
{
    if (!parent.isValid()) m_fetcher->fetchMore();
}

void PagedTableModel::reload()
{
    m_fetcher->restart();
}

void PagedTableModel::retry()
{
    m_fetcher->retry();
}

void PagedTableModel::setQuery(const QUrlQuery& query)
{
    m_fetcher->setQuery(query);
}

void PagedTableModel::onPageArrived(const QJsonArray& items, bool firstPage)
{
    QString parseError;
    const auto staged = stageRows(items, &parseError);
    if (!staged) {
        // The page broke the contract; say so instead of showing a partial table.
        qCWarning(lcPaging).noquote() << "unusable page:" << parseError;
        onFailed(ApiError::invalidResponse(parseError), firstPage);
        return;
    }
    if (firstPage) {
        beginResetModel();
        clearRows();
        appendStagedRows();
        m_firstPageLoaded = true;
        endResetModel();
    } else if (*staged > 0) {
        const int first = static_cast<int>(loadedRowCount());
        beginInsertRows(QModelIndex(), first, first + static_cast<int>(*staged) - 1);
        appendStagedRows();
        endInsertRows();
    }
    emit pageLoaded();
}

void PagedTableModel::onFailed(const ApiError& error, bool firstPage)
{
    if (firstPage && loadedRowCount() > 0) {
        // Rows of the previous query must not stay on screen under the new filter.
        beginResetModel();
        clearRows();
        endResetModel();
    }
    if (firstPage) m_firstPageLoaded = false;
    emit loadFailed(error);
}

} // namespace md::models
