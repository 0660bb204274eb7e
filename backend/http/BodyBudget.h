#pragma once
// The memory request bodies may hold at once on this replica. Beast reads a whole body into memory
// before the handler runs (a CSV import is up to 20 MiB), so without a bound a handful of slow
// uploads, or many connections each promising a 1 MiB body, take a replica past its memory limit
// long before any handler could refuse them. A request reserves its declared length (a chunked
// body: its route's limit) when its header arrives and returns it once answered; one that does not
// fit is refused before its body is read (503 with Retry-After, or no 100 Continue).
//
// Large bodies may use the budget only up to what leaves a floor for small ones, so a few uploads
// in progress never turn away the orders and edits that make up most requests.

#include <atomic>
#include <cstddef>

namespace md::http {

class BodyBudget {
public:
    // Bodies up to this size count as small.
    static constexpr std::size_t kSmallBody = 1 << 20;

    explicit BodyBudget(std::size_t totalBytes);

    // Reserves bytes; false when they do not fit (nothing is reserved then).
    bool tryReserve(std::size_t bytes);
    void release(std::size_t bytes);

    std::size_t inUse() const { return m_inUse.load(std::memory_order_relaxed); }
    std::size_t total() const { return m_total; }
    // What large bodies may hold together.
    std::size_t largeLimit() const { return m_largeLimit; }

private:
    const std::size_t m_total;
    const std::size_t m_largeLimit;
    std::atomic<std::size_t> m_inUse{0};
};

} // namespace md::http
