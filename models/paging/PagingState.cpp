#include "models/paging/PagingState.h"

namespace md::models {

void PagingState::restart()
{
    ++m_generation;
    m_cursor.clear();
    m_loading = false;
    m_exhausted = false;
    m_failed = false;
    m_pagesLoaded = 0;
}

std::optional<PagingState::PageRequest> PagingState::beginRequest()
{
    if (!canRequest()) return std::nullopt;
    m_loading = true;
    return PageRequest{m_generation, m_cursor, m_pagesLoaded == 0};
}

bool PagingState::acceptPage(quint64 generation, const std::optional<QString>& nextCursor)
{
    if (generation != m_generation || !m_loading) return false;
    m_loading = false;
    ++m_pagesLoaded;
    if (!nextCursor || nextCursor->isEmpty() || (*nextCursor == m_cursor && !m_cursor.isEmpty())) {
        m_exhausted = true;
        m_cursor.clear();
    } else {
        m_cursor = *nextCursor;
    }
    return true;
}

bool PagingState::acceptFailure(quint64 generation)
{
    if (generation != m_generation || !m_loading) return false;
    m_loading = false;
    m_failed = true;
    return true;
}

} // namespace md::models
