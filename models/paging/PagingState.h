#pragma once
// The bookkeeping of keyset pagination over a query that can change at any moment, kept free of
// networking so that every rule is tested offline:
//  - restart() begins a new generation; an answer carrying an older generation is stale and must
//    be dropped, however late it arrives;
//  - one page request at a time, and none after the last page or after a failure until retry;
//  - a server that answers with the cursor it was given would loop forever, so that ends paging.

#include <QString>

#include <optional>

namespace md::models {

class PagingState {
public:
    struct PageRequest {
        quint64 generation = 0;
        QString cursor; // empty for the first page
        bool firstPage = true;
    };

    void restart();
    quint64 generation() const { return m_generation; }

    bool canRequest() const { return !m_loading && !m_exhausted && !m_failed; }
    // Marks a request as issued; nullopt when one is running, the data is exhausted or the last
    // request failed.
    std::optional<PageRequest> beginRequest();

    // The answer to a request of `generation`; false (and nothing changes) when it is stale.
    bool acceptPage(quint64 generation, const std::optional<QString>& nextCursor);
    bool acceptFailure(quint64 generation);
    // Allows the failed request to be issued again.
    void clearFailure() { m_failed = false; }

    bool isLoading() const { return m_loading; }
    bool isExhausted() const { return m_exhausted; }
    bool hasFailed() const { return m_failed; }
    int pagesLoaded() const { return m_pagesLoaded; }
    // True while the request in flight (or the next one) is for the first page of the query.
    bool isAtFirstPage() const { return m_pagesLoaded == 0; }

private:
    quint64 m_generation = 0;
    QString m_cursor;
    bool m_loading = false;
    bool m_exhausted = false;
    bool m_failed = false;
    int m_pagesLoaded = 0;
};

} // namespace md::models
