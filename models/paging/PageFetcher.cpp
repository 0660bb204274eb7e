#include "models/paging/PageFetcher.h"

#include "models/api/ApiClient.h"
#include "models/paging/PageEnvelope.h"

namespace md::models {

PageFetcher::PageFetcher(ApiClient* client, QString path, QObject* parent)
    : QObject(parent), m_client(client), m_path(std::move(path))
{
}

void PageFetcher::setQuery(const QUrlQuery& query)
{
    m_query = query;
    restart();
}

void PageFetcher::restart()
{
    const bool wasLoading = m_state.isLoading();
    if (m_inFlight) m_inFlight->abort();
    m_inFlight = nullptr;
    m_lastError.reset();
    m_state.restart();
    if (wasLoading) emit loadingChanged(false);
    fetchMore();
}

void PageFetcher::fetchMore()
{
    const auto request = m_state.beginRequest();
    if (!request) return;

    QUrlQuery query = m_query;
    query.addQueryItem(QStringLiteral("limit"), QString::number(m_pageSize));
    if (!request->cursor.isEmpty()) query.addQueryItem(QStringLiteral("cursor"), request->cursor);

    m_inFlight = m_client->get(m_path, query);
    const quint64 generation = request->generation;
    const bool firstPage = request->firstPage;
    connect(m_inFlight, &ApiCall::finished, this, [this, generation, firstPage](const ApiResult& result) {
        onFinished(generation, firstPage, result.object(), result.error);
    });
    emit loadingChanged(true);
}

void PageFetcher::retry()
{
    if (!m_state.hasFailed()) return;
    m_state.clearFailure();
    m_lastError.reset();
    fetchMore();
}

void PageFetcher::onFinished(quint64 generation, bool firstPage, const QJsonObject& json,
                             const std::optional<ApiError>& error)
{
    std::optional<ApiError> failure = error;
    std::optional<PageEnvelope> envelope;
    if (!failure) {
        QString parseError;
        envelope = parsePageEnvelope(json, &parseError);
        if (!envelope) failure = ApiError::invalidResponse(parseError);
    }

    if (failure) {
        if (!m_state.acceptFailure(generation)) return; // a reply to an abandoned query
        m_inFlight = nullptr;
        m_lastError = failure;
        emit loadingChanged(false);
        emit failed(*failure, firstPage);
        return;
    }
    if (!m_state.acceptPage(generation, envelope->nextCursor)) return;
    m_inFlight = nullptr;
    m_lastError.reset();
    emit loadingChanged(false);
    emit pageArrived(envelope->items, firstPage);
}

} // namespace md::models
