#include "catalog/ProductCache.h"

#include "observability/Metrics.h"

namespace md::catalog {

ProductCache::ProductCache(std::size_t capacity)
    : m_capacity(capacity), m_hits(obs::MetricsRegistry::instance().counter(
                                "product_cache_hits_total", "Product reads answered from the hot product cache.")),
      m_misses(obs::MetricsRegistry::instance().counter("product_cache_misses_total",
                                                        "Product reads the hot product cache could not answer.")),
      m_invalidations(obs::MetricsRegistry::instance().counter(
          "product_cache_invalidations_total",
          "Product cache invalidations (local writes and md_cache notifications)."))
{
    m_index.reserve(capacity);
    obs::MetricsRegistry::instance().gauge("product_cache_entries", "Products held in the hot product cache.", {},
                                           [this] { return static_cast<double>(size()); });
}

std::shared_ptr<const CachedProduct> ProductCache::find(long long id)
{
    std::unique_lock lock(m_mutex);
    auto it = m_index.find(id);
    if (it == m_index.end()) {
        lock.unlock();
        m_misses.inc();
        return nullptr;
    }
    m_entries.splice(m_entries.begin(), m_entries, it->second);
    std::shared_ptr<const CachedProduct> entry = *it->second;
    lock.unlock();
    m_hits.inc();
    return entry;
}

ProductCache::Ticket ProductCache::ticket(long long id) const
{
    std::lock_guard lock(m_mutex);
    return {m_epoch, m_stripeVersions[stripeOf(id)]};
}

void ProductCache::insert(std::shared_ptr<const CachedProduct> entry, Ticket ticket)
{
    if (m_capacity == 0 || !entry) return;
    std::shared_ptr<const CachedProduct> evicted; // released after the lock
    std::lock_guard lock(m_mutex);
    if (ticket.epoch != m_epoch || ticket.stripeVersion != m_stripeVersions[stripeOf(entry->id)]) return;
    auto it = m_index.find(entry->id);
    if (it != m_index.end()) {
        *it->second = std::move(entry);
        m_entries.splice(m_entries.begin(), m_entries, it->second);
        return;
    }
    const long long id = entry->id;
    m_entries.push_front(std::move(entry));
    m_index.emplace(id, m_entries.begin());
    if (m_entries.size() > m_capacity) {
        evicted = std::move(m_entries.back());
        m_index.erase(evicted->id);
        m_entries.pop_back();
    }
}

void ProductCache::invalidate(long long id)
{
    std::shared_ptr<const CachedProduct> dropped;
    {
        std::lock_guard lock(m_mutex);
        ++m_stripeVersions[stripeOf(id)];
        auto it = m_index.find(id);
        if (it != m_index.end()) {
            dropped = std::move(*it->second);
            m_entries.erase(it->second);
            m_index.erase(it);
        }
    }
    m_invalidations.inc();
}

void ProductCache::clear()
{
    Entries dropped;
    {
        std::lock_guard lock(m_mutex);
        ++m_epoch;
        dropped.swap(m_entries);
        m_index.clear();
    }
}

std::size_t ProductCache::size() const
{
    std::lock_guard lock(m_mutex);
    return m_entries.size();
}

} // namespace md::catalog
